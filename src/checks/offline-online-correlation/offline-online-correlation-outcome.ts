/**
 * offline_online_correlation's estimates as a check outcome: too few pairs
 * warn; otherwise the gated correlation (its estimate or its interval's bound,
 * in the expected direction) must clear min_correlation. Figures carry their
 * bounds; the table shows both correlations with their intervals.
 */
import { formatNumber } from '../../metrics/metric-value.ts';
import type { Bound, CheckOutcome, Finding } from '../../model/check.ts';
import type { CorrelationEstimate } from '../../statistics/correlation-interval.ts';
import { key, type MetricPairs } from './metric-pairs.ts';
import type { OfflineOnlineCorrelationConfig } from './offline-online-correlation-config.ts';

const names = { pearson: 'Pearson r', spearman: 'Spearman ρ' } as const;

type Defined = Extract<CorrelationEstimate, { defined: true }>;

export function correlationOutcome(
  config: OfflineOnlineCorrelationConfig,
  path: string,
  pairs: MetricPairs,
  estimates: readonly CorrelationEstimate[],
): CheckOutcome {
  const gated = estimates.find((estimate) => estimate.method === config.method);
  if (!gated) throw new Error(`${key}.method: no ${config.method} estimate`);
  const count = pairs.offline.length;
  const label = names[config.method];
  const bound: Bound =
    config.expect === 'positive'
      ? { comparator: '>=', limit: config.min_correlation }
      : { comparator: '<=', limit: -config.min_correlation };
  const threshold = `${config.expect === 'positive' ? '≥' : '≤'} ${bound.limit}`;
  const finding = findingOf(config, path, count, gated, bound, threshold);
  const pairsFigure = {
    name: 'pairs',
    value: count,
    threshold: `≥ ${config.min_pairs}`,
    bound: { comparator: '>=', limit: config.min_pairs },
  } as const;
  const correlationFigure = {
    name: label,
    value: gated.defined ? gated.r : null,
    threshold,
    bound,
  };
  const show = (estimate: CorrelationEstimate) => [
    names[estimate.method],
    estimate.defined ? formatNumber(estimate.r, 3) : `undefined (${estimate.reason})`,
    estimate.defined ? intervalText(estimate, config.confidence) : '—',
    estimate.method === config.method ? threshold : 'not gated',
  ];
  return {
    kind: 'ran',
    summary: gated.defined
      ? `${label} ${formatNumber(gated.r, 3)} ${intervalText(gated, config.confidence)} between ${config.offline_column} and ${config.online_column} over ${count} pairs`
      : `${label} undefined over ${count} pairs`,
    figures:
      finding?.id === 'pairs' ? [pairsFigure, correlationFigure] : [correlationFigure, pairsFigure],
    findings: finding ? [finding] : [],
    details: [
      {
        type: 'table',
        title: `${config.offline_column} (offline) vs ${config.online_column} (online)`,
        header: [
          'measure',
          'estimate',
          `${Math.round(config.confidence * 100)}% interval (Fisher z)`,
          'threshold',
        ],
        rows: estimates.map(show),
        note: `${count} pairs from ${path}${pairs.incomplete > 0 ? `; ${pairs.incomplete} row(s) missing a value left out` : ''}.`,
      },
    ],
  };
}

function findingOf(
  config: OfflineOnlineCorrelationConfig,
  path: string,
  count: number,
  gated: CorrelationEstimate,
  bound: Bound,
  threshold: string,
): Finding | null {
  const label = names[config.method];
  const location = { path };
  if (count < config.min_pairs) {
    return {
      id: 'pairs',
      severity: 'warn',
      message: `${count} complete pair(s) in ${path}; at least ${config.min_pairs} are needed to judge whether offline metrics track online impact`,
      location,
      measure: {
        figure: 'complete pairs',
        value: count,
        bound: { comparator: '>=', limit: config.min_pairs },
      },
      fix: `Record the offline and online metrics of more versions in ${path}, or lower \`${key}.min_pairs\`.`,
    };
  }
  if (!gated.defined) {
    // Its own id: a waiver for "cannot be computed" must not accept a weak correlation.
    return {
      id: `correlation:${config.method}:undefined`,
      severity: 'fail',
      message: `${label} is undefined: ${gated.reason}`,
      location,
      measure: { figure: label, value: null },
      fix: `Record versions in ${path} whose ${config.offline_column} and ${config.online_column} vary, so that ${label} can be computed.`,
    };
  }
  return weakCorrelation(config, path, count, gated, bound, threshold);
}

function weakCorrelation(
  config: OfflineOnlineCorrelationConfig,
  path: string,
  count: number,
  gated: Defined,
  bound: Bound,
  threshold: string,
): Finding | null {
  const label = names[config.method];
  const onEstimate = config.gate_on === 'estimate';
  const positive = config.expect === 'positive';
  const judged = onEstimate ? gated.r : positive ? gated.low : gated.high;
  if ((positive ? judged : -judged) >= config.min_correlation) return null;
  const side = positive ? 'lower' : 'upper';
  return {
    id: `correlation:${config.method}`,
    severity: 'fail',
    message: `${label} ${formatNumber(gated.r, 3)} ${intervalText(gated, config.confidence)} over ${count} pairs: ${onEstimate ? 'the estimate' : 'the interval’s bound'} is not ${threshold}; offline gains may not carry over online`,
    location: { path },
    measure: {
      figure: onEstimate
        ? label
        : `${side} bound of the ${Math.round(config.confidence * 100)}% interval of ${label}`,
      value: judged,
      bound,
      ...(onEstimate ? {} : { reference: { label: 'estimate', value: gated.r } }),
    },
    fix: `Gate on an offline metric that tracks ${config.online_column} (\`${key}.offline_column\`) or gather more pairs, or change \`${key}.min_correlation\` if the bar is wrong.`,
  };
}

function intervalText(estimate: Defined, confidence: number): string {
  return `[${formatNumber(estimate.low, 3)}, ${formatNumber(estimate.high, 3)}] (${Math.round(confidence * 100)}%)`;
}
