/**
 * A benchmark comparison as a check outcome: a finding per metric that
 * regressed suddenly (against production) or leaked slowly (against the best
 * of the last versions), its value against the value its limit allows, the
 * worst regression as the gated figure, and the table of every metric.
 */

import { percentsBeside } from '../../model/bound.ts';
import type { Bound, CheckOutcome, Finding, Measure } from '../../model/check.ts';
import type { BenchmarkComparison, Comparison, MetricComparison } from './compare-benchmarks.ts';

const key = 'checks.compute_performance';

export interface ComputePerformanceInputs {
  candidatePath: string;
  /** Production's label, e.g. `v12` or `at 0123456789ab`, when there are production results. */
  productionLabel?: string;
  leakWindow: number;
  maxRegression: number;
}

export function computePerformanceOutcome(
  comparison: BenchmarkComparison,
  inputs: ComputePerformanceInputs,
): CheckOutcome {
  const { metrics } = comparison;
  const findings = [
    ...comparison.missing.map((metric) => missingFinding(metric, inputs.candidatePath)),
    ...metrics.flatMap((metric) => regressionFindings(metric, inputs)),
  ];
  const judged = metrics.filter((m) => m.production || m.best).length;
  if (judged === 0) findings.push(nothingComparedFinding(metrics.length, inputs.candidatePath));
  const worst = Math.max(
    0,
    ...metrics.flatMap((m) => [m.production?.worse ?? 0, m.best?.worse ?? 0]),
  );
  return {
    kind: 'ran',
    summary: summary(comparison, findings, judged, inputs),
    figures: [
      {
        name: 'worst regression',
        value: worst,
        threshold: `≤ ${inputs.maxRegression}`,
        bound: { comparator: '<=', limit: inputs.maxRegression },
      },
      { name: 'metrics compared', value: metrics.length },
    ],
    findings,
    details: [
      {
        type: 'table',
        title: 'Benchmark results (positive change = worse)',
        header: [
          'Metric',
          'Better',
          'Candidate',
          'Production',
          'Change',
          `Best of last ${inputs.leakWindow}`,
          'vs best',
        ],
        rows: metrics.map(tableRow),
      },
      ...(comparison.ignored.length > 0
        ? [
            {
              type: 'list' as const,
              title: 'Not compared (declare under metrics with `better: lower|higher` to compare)',
              items: comparison.ignored,
            },
          ]
        : []),
    ],
  };
}

function summary(
  comparison: BenchmarkComparison,
  findings: readonly Finding[],
  judged: number,
  inputs: ComputePerformanceInputs,
): string {
  if (judged === 0) return `no metric of ${inputs.candidatePath} could be compared`;
  if (findings.length > 0) {
    const names = findings.map((f) => f.id.split(':').slice(1).join(':')).join(', ');
    return `${findings.length} performance regression${findings.length === 1 ? '' : 's'}: ${names}`;
  }
  const production = inputs.productionLabel ? ` of production (${inputs.productionLabel})` : '';
  const leak =
    comparison.window >= 2 ? ` and of the best of the last ${comparison.window} versions` : '';
  return `${comparison.metrics.length} performance metrics within limits${production}${leak}`;
}

/** A sudden regression, or else a slow leak: one finding per metric at most. */
function regressionFindings(metric: MetricComparison, inputs: ComputePerformanceInputs): Finding[] {
  const { production, best } = metric;
  const location = { path: inputs.candidatePath };
  if (production?.broken) {
    const [worse, limit] = percentsBeside(production.worse, production.limit);
    return [
      {
        id: `sudden:${metric.metric}`,
        severity: 'fail',
        message: `${metric.metric} is ${worse} worse than production (${inputs.productionLabel}): ${format(production.reference)} → ${format(metric.value)}; the limit is ${limit}`,
        location,
        measure: measure(metric, production, `production (${inputs.productionLabel})`),
        fix: fix(metric, production, 'max_regression'),
      },
    ];
  }
  if (best?.broken) {
    const [worse, limit] = percentsBeside(best.worse, best.limit);
    return [
      {
        id: `leak:${metric.metric}`,
        severity: 'fail',
        message: `${metric.metric} has crept to ${format(metric.value)}, ${worse} worse than the best of the last ${best.versions} versions (${format(best.reference)}); the limit is ${limit}`,
        location,
        measure: measure(metric, best, `best of the last ${best.versions} versions`),
        fix: fix(metric, best, 'max_leak'),
      },
    ];
  }
  return [];
}

/** The candidate's value against the value the limit allows, beside the reference it came from. */
function measure(metric: MetricComparison, comparison: Comparison, label: string): Measure {
  return {
    figure: metric.metric,
    value: metric.value,
    bound: passingBound(metric, comparison),
    reference: { label, value: comparison.reference },
  };
}

function passingBound(metric: MetricComparison, comparison: Comparison): Bound {
  return { comparator: metric.better === 'lower' ? '<=' : '>=', limit: comparison.boundary };
}

function fix(metric: MetricComparison, comparison: Comparison, limitKey: string): string {
  const { comparator } = passingBound(metric, comparison);
  const symbol = comparator === '<=' ? '≤' : '≥';
  return `Find and undo what made \`${metric.metric}\` worse so that it is ${symbol} ${format(comparison.boundary)} again, or raise \`${key}.${limitKey}\` (or \`${key}.metrics.${metric.metric}.${limitKey}\`) if the cost is accepted.`;
}

function missingFinding(metric: string, path: string): Finding {
  return {
    id: `missing:${metric}`,
    severity: 'fail',
    message: `${path} has no number at "${metric}", which ${key}.metrics declares; write it in the benchmark results or remove it from the config`,
    location: { path },
    fix: `Write \`${metric}\` in ${path}, or remove it from \`${key}.metrics\`.`,
  };
}

function nothingComparedFinding(candidateMetrics: number, path: string): Finding {
  const why =
    candidateMetrics === 0
      ? 'none is a known performance metric'
      : 'production and the history do not report the same keys';
  return {
    id: 'compared:none',
    severity: 'fail',
    message: `no metric of ${path} could be compared: ${why}; declare its keys under ${key}.metrics with better: lower|higher, and keep the key names the same across versions`,
    location: { path },
    measure: { figure: 'metrics compared', value: 0, bound: { comparator: '>', limit: 0 } },
    fix: `Declare the benchmark's keys under \`${key}.metrics\` with \`better: lower|higher\`, and keep key names the same across versions.`,
  };
}

function tableRow(metric: MetricComparison): Array<string | number | null> {
  const { production, best } = metric;
  return [
    metric.metric,
    metric.better,
    format(metric.value),
    production ? format(production.reference) : '—',
    production ? signed(production.worse) : '—',
    best ? format(best.reference) : '—',
    best ? signed(best.worse) : '—',
  ];
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

function signed(fraction: number): string {
  return `${fraction > 0 ? '+' : ''}${percent(fraction)}`;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
