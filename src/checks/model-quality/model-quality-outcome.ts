/**
 * model_quality's assessments as a check outcome: findings of every metric
 * and of the slow-leak bound, one figure per gated metric (failing first),
 * the metrics table (candidate, baseline, production, Δ, bounds, level) and
 * the list of undefined values.
 */
import { formatMetric, formatSigned, metricNumber } from '../../metrics/metric-value.ts';
import type { Bound, CheckOutcome, DetailBlock, Figure } from '../../model/check.ts';
import type { MetricAssessment } from './assess-metrics.ts';
import type { Compared } from './compare-models.ts';
import { describeLevel, type Level } from './metric-level.ts';
import type { MetricThreshold } from './model-quality-config.ts';
import type { SlowLeakReport } from './slow-leak-findings.ts';

export function modelQualityOutcome(
  compared: Compared,
  metrics: readonly MetricAssessment[],
  leaks: SlowLeakReport | null,
  confidence: number,
): CheckOutcome {
  const details: DetailBlock[] = [metricsTable(compared, metrics, confidence)];
  if (leaks) details.push(leaks.table);
  const undefinedValues = metrics.flatMap(({ name, value, production }) =>
    (
      [
        ['candidate', value],
        ['production', production],
      ] as const
    ).flatMap(([who, side]) => (side && !side.defined ? [`${who} ${name}: ${side.reason}`] : [])),
  );
  if (undefinedValues.length > 0)
    details.push({ type: 'list', title: 'Undefined metrics', items: undefinedValues });
  return {
    kind: 'ran',
    summary: summaryOf(compared, metrics, leaks),
    figures: figuresOf(metrics),
    findings: [...metrics.flatMap((metric) => metric.findings), ...(leaks?.findings ?? [])],
    details,
  };
}

const levelOrder: Record<Level, number> = { fail: 0, warn: 1, pass: 2 };

/** One figure per gated metric, failing ones first, so the report's key figure is the one that broke. */
function figuresOf(metrics: readonly MetricAssessment[]): Figure[] {
  const gated = metrics.filter(
    (metric): metric is MetricAssessment & { threshold: MetricThreshold; level: Level } =>
      metric.threshold !== undefined && metric.level !== null,
  );
  return gated
    .map((metric, index) => ({ metric, index }))
    .sort((a, b) => levelOrder[a.metric.level] - levelOrder[b.metric.level] || a.index - b.index)
    .map(({ metric: { name, value, threshold, direction } }) => {
      const bounds = threshold.red ?? threshold.amber;
      const bound: Bound | undefined =
        bounds?.min !== undefined
          ? { comparator: '>=', limit: bounds.min }
          : bounds?.max !== undefined
            ? { comparator: '<=', limit: bounds.max }
            : undefined;
      return {
        name,
        value: metricNumber(value),
        threshold: threshold.red
          ? describeLevel(threshold.red, direction)
          : `warn: ${describeLevel(threshold.amber ?? {}, direction)}`,
        ...(bound ? { bound } : {}),
      };
    });
}

function metricsTable(
  compared: Compared,
  metrics: readonly MetricAssessment[],
  confidence: number,
): DetailBlock {
  const { candidate, production, baseline, intervals } = compared;
  const rows = metrics.map(
    ({ name, value, production: productionValue, interval, threshold, direction, level }) => {
      const productionNumber = metricNumber(productionValue);
      const delta =
        value.defined && productionNumber !== null
          ? formatSigned(value.value - productionNumber)
          : '—';
      return [
        name,
        formatMetric(value),
        ...(baseline ? [formatMetric(baseline.values(name))] : []),
        productionValue ? formatMetric(productionValue) : '—',
        interval
          ? `${delta} [${formatSigned(interval.low)}, ${formatSigned(interval.high)}]`
          : delta,
        threshold
          ? [
              threshold.red ? `fail: ${describeLevel(threshold.red, direction)}` : '',
              threshold.amber ? `warn: ${describeLevel(threshold.amber, direction)}` : '',
            ]
              .filter(Boolean)
              .join('; ')
          : 'not gated',
        level ?? '—',
      ];
    },
  );
  return {
    type: 'table',
    title: 'Metrics: candidate vs production',
    header: [
      'metric',
      'candidate',
      ...(baseline ? ['baseline'] : []),
      'production',
      intervals ? `Δ vs production [${Math.round(confidence * 100)}% CI]` : 'Δ vs production',
      'threshold',
      'level',
    ],
    rows,
    note: [
      `Candidate: ${candidate.source}.`,
      production
        ? `Production: ${production.source}.`
        : `No production: ${compared.productionMissing}.`,
      ...(baseline ? [`Baseline: ${baseline.source}.`] : []),
      ...compared.notes,
    ].join(' '),
  };
}

function summaryOf(
  compared: Compared,
  metrics: readonly MetricAssessment[],
  leaks: SlowLeakReport | null,
): string {
  const named = (level: Level) =>
    metrics.filter((metric) => metric.level === level).map((metric) => metric.name);
  const failing = named('fail');
  const warning = named('warn');
  const passing = named('pass').length;
  const leakCount = leaks?.findings.length ?? 0;
  return [
    failing.length > 0 ? `fail: ${failing.join(', ')}` : '',
    leakCount > 0 ? `${leakCount} slow leak(s)` : '',
    warning.length > 0 ? `warn: ${warning.join(', ')}` : '',
    passing > 0 ? `${passing} pass` : '',
    compared.production ? '' : `no production to compare with (${compared.productionMissing})`,
  ]
    .filter(Boolean)
    .join('; ');
}
