/**
 * fairness's assessments as a check outcome: the disparity and proxy
 * findings, three figures per attribute against their limits (those over
 * their limit first), a summary table per attribute, each attribute's groups
 * (least selected first) and the proxy table.
 */
import { formatNumber } from '../../metrics/metric-value.ts';
import { comparatorSymbol, meetsBound } from '../../model/bound.ts';
import type { CheckOutcome, DetailBlock, Figure } from '../../model/check.ts';
import { type AttributeAssessment, disparityRules } from './attribute-disparities.ts';
import type { FairnessConfig } from './fairness-config.ts';
import { isProxy, type ProxyAssociation, proxyFindings } from './proxy-findings.ts';

const show = (value: number | null) => (value === null ? '—' : formatNumber(value));

export function fairnessOutcome(
  config: FairnessConfig,
  attributes: readonly AttributeAssessment[],
  proxies: readonly ProxyAssociation[],
  positive: string,
): CheckOutcome {
  const findings = [...attributes.flatMap((a) => a.findings), ...proxyFindings(config, proxies)];
  const details: DetailBlock[] = [
    disparityTable(config, attributes, positive),
    ...attributes.map((assessment) => groupTable(config, assessment)),
    ...(proxies.length > 0 ? [proxyTable(config, proxies)] : []),
  ];
  const disparityCount = findings.filter(
    (f) => f.id.startsWith('attribute:') && f.severity === 'fail',
  ).length;
  const proxyCount = findings.filter((f) => f.id.startsWith('proxy:')).length;
  return {
    kind: 'ran',
    summary: `${config.protected_attributes.join(', ')}: ${disparityCount === 0 ? 'no disparity over the limits' : `${disparityCount} disparity finding(s)`}; ${proxyCount === 0 ? 'no proxy feature' : `${proxyCount} possible proxy feature(s)`}`,
    figures: figuresOf(config, attributes),
    findings,
    details,
  };
}

/** Demographic parity, equal opportunity and disparate impact per attribute; those over their limit first. */
function figuresOf(config: FairnessConfig, attributes: readonly AttributeAssessment[]): Figure[] {
  const shown = new Set(['demographic_parity', 'equal_opportunity', 'disparate_impact']);
  const rules = disparityRules(config).filter((rule) => shown.has(rule.id));
  const figures = attributes.flatMap(({ attribute, gaps }) =>
    rules.map((rule) => ({
      name: `${attribute}: ${rule.what}`,
      value: gaps[rule.gap],
      threshold: `${comparatorSymbol(rule.bound.comparator)} ${rule.bound.limit}`,
      bound: rule.bound,
    })),
  );
  const broken = (figure: Figure) =>
    figure.value !== null && figure.bound !== undefined && !meetsBound(figure.value, figure.bound);
  return [...figures.filter(broken), ...figures.filter((figure) => !broken(figure))];
}

function disparityTable(
  config: FairnessConfig,
  attributes: readonly AttributeAssessment[],
  positive: string,
): DetailBlock {
  const fpr = config.max_false_positive_rate_difference;
  return {
    type: 'table',
    title: 'Disparities per protected attribute',
    header: [
      'attribute',
      'groups compared',
      'demographic parity diff.',
      'equal opportunity diff.',
      'FPR diff.',
      'disparate impact ratio',
      'status',
    ],
    rows: attributes.map(({ attribute, gated, gaps, findings }) => [
      attribute,
      gated.length,
      show(gaps.demographicParityDifference),
      show(gaps.equalOpportunityDifference),
      show(gaps.falsePositiveRateDifference),
      show(gaps.disparateImpactRatio),
      findings.some((f) => f.severity === 'fail') ? 'fail' : 'pass',
    ]),
    note: `Limits: demographic parity ≤ ${config.max_demographic_parity_difference}, equal opportunity ≤ ${config.max_equal_opportunity_difference}${fpr !== undefined ? `, FPR ≤ ${fpr}` : ''}, disparate impact ≥ ${config.min_disparate_impact_ratio}; groups under ${config.min_group_size} rows are left out. Positive prediction: ${positive}.`,
  };
}

function groupTable(
  config: FairnessConfig,
  { attribute, rates }: AttributeAssessment,
): DetailBlock {
  const small = (rows: number) => Number(rows < config.min_group_size);
  // Worst first: the least selected groups, which the four-fifths rule protects.
  const ordered = [...rates].sort(
    (a, b) => small(a.rows) - small(b.rows) || a.selectionRate - b.selectionRate,
  );
  return {
    type: 'table',
    title: `Groups of ${attribute}, least selected first`,
    header: [
      'group',
      'rows',
      'selection rate',
      'true positive rate',
      'false positive rate',
      'gated',
    ],
    rows: ordered.map((rate) => [
      rate.value,
      rate.rows,
      formatNumber(rate.selectionRate),
      show(rate.truePositiveRate),
      show(rate.falsePositiveRate),
      rate.rows >= config.min_group_size ? 'yes' : `no (< ${config.min_group_size} rows)`,
    ]),
  };
}

function proxyTable(config: FairnessConfig, proxies: readonly ProxyAssociation[]): DetailBlock {
  return {
    type: 'table',
    title: 'Association of features with protected attributes, strongest first',
    header: ['feature', 'attribute', 'measure', 'association', 'status'],
    rows: proxies.map((proxy) => [
      proxy.feature,
      proxy.attribute,
      proxy.measure,
      proxy.value === null ? `— (${proxy.note})` : formatNumber(proxy.value),
      isProxy(config, proxy) ? `${config.proxies.severity}: possible proxy` : 'pass',
    ]),
  };
}
