/**
 * Proxies: the association of every candidate feature with each protected
 * attribute (strongest first), and a finding for each above
 * `proxies.max_association`. A proxy is a reason to look, so its severity is
 * the user's.
 */
import { formatNumber } from '../../metrics/metric-value.ts';
import type { Finding } from '../../model/check.ts';
import { key } from './attribute-disparities.ts';
import type { FairnessConfig } from './fairness-config.ts';
import type { Association } from './proxy-association.ts';

export type ProxyAssociation = Association & { feature: string; attribute: string; path: string };

export function isProxy(config: FairnessConfig, proxy: Association): boolean {
  return proxy.value !== null && proxy.value > config.proxies.max_association;
}

export function proxyFindings(
  config: FairnessConfig,
  proxies: readonly ProxyAssociation[],
): Finding[] {
  const limit = config.proxies.max_association;
  return proxies
    .filter((proxy) => isProxy(config, proxy))
    .map((proxy) => ({
      id: `proxy:${proxy.feature}:${proxy.attribute}`,
      severity: config.proxies.severity,
      message: `${proxy.feature} may stand in for ${proxy.attribute}: ${proxy.measure} ${formatNumber(proxy.value ?? 0)} > ${limit}`,
      location: { path: proxy.path, column: proxy.feature, feature: proxy.feature },
      measure: {
        figure: `${proxy.measure} of ${proxy.feature} with ${proxy.attribute}`,
        value: proxy.value,
        bound: { comparator: '<=', limit },
      },
      fix: `Drop or transform ${proxy.feature} if it stands in for ${proxy.attribute}, or change \`${key}.proxies.max_association\` if the association is acceptable.`,
    }));
}

/** The features to test: the configured ones, or every column but ids, labels, scores and protected attributes. */
export function proxyCandidates(config: FairnessConfig, available: readonly string[]): string[] {
  if (config.proxies.columns) return config.proxies.columns;
  const excluded = new Set(
    [
      config.id_column,
      config.features_id_column,
      config.label_column,
      config.score_column,
      config.prediction_column,
      ...config.protected_attributes,
    ].filter((name): name is string => name !== undefined),
  );
  return available.filter((name) => !excluded.has(name));
}
