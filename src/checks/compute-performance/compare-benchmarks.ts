/**
 * The comparison behind the compute-performance check: each metric of the
 * candidate against production (a sudden regression) and against the best of
 * the last versions in the history (a slow leak), with the limit each
 * comparison had to meet. Pure; the outcome is worded in
 * compute-performance-outcome.ts.
 */
import type { BenchmarkResults } from './benchmark-results.ts';
import { knownMetrics } from './benchmark-results.ts';
import type { ComputePerformanceConfig } from './compute-performance-config.ts';

/** One comparison of the candidate's value with a reference value. */
export interface Comparison {
  reference: number;
  /** How much worse the candidate is, as a fraction of the reference (negative: better). */
  worse: number;
  /** The largest `worse` allowed. */
  limit: number;
  /** The candidate value at that limit: the bound a passing value meets. */
  boundary: number;
  /** Worse than the limit by more than the metric's noise (`min_change`). */
  broken: boolean;
}

export interface MetricComparison {
  metric: string;
  better: 'lower' | 'higher';
  value: number;
  production?: Comparison;
  /** Against the best of the last `versions` history entries (needs two). */
  best?: Comparison & { versions: number };
}

export interface BenchmarkComparison {
  metrics: MetricComparison[];
  /** Metrics the config declares that the candidate does not report. */
  missing: string[];
  /** Candidate keys that are not performance metrics mlgate knows or was told about. */
  ignored: string[];
  /** History entries the slow-leak test looked at. */
  window: number;
}

type Rule = ComputePerformanceConfig['metrics'][string] | { better: 'lower' | 'higher' };

export function compareBenchmarks(
  candidate: BenchmarkResults,
  production: BenchmarkResults | undefined,
  history: readonly BenchmarkResults[],
  config: ComputePerformanceConfig,
): BenchmarkComparison {
  const rules: Record<string, Rule> = {
    ...Object.fromEntries(Object.entries(knownMetrics).map(([name, better]) => [name, { better }])),
    ...config.metrics,
  };
  const window = history.slice(-config.leak_window);
  const metrics: MetricComparison[] = [];
  const missing: string[] = [];
  for (const [metric, rule] of Object.entries(rules)) {
    const value = candidate.values.get(metric);
    if (value === undefined) {
      if (metric in config.metrics) missing.push(metric);
      continue;
    }
    metrics.push(compareMetric(metric, value, rule, production, window, config));
  }
  const ignored = [...candidate.values.keys()].filter((metric) => !(metric in rules));
  return { metrics, missing, ignored, window: window.length };
}

function compareMetric(
  metric: string,
  value: number,
  rule: Rule,
  production: BenchmarkResults | undefined,
  window: readonly BenchmarkResults[],
  config: ComputePerformanceConfig,
): MetricComparison {
  const minChange = 'min_change' in rule ? (rule.min_change ?? 0) : 0;
  const compare = (reference: number, limit: number) =>
    comparison(value, reference, limit, rule.better, minChange);
  const maxRegression =
    ('max_regression' in rule ? rule.max_regression : undefined) ?? config.max_regression;
  const maxLeak = ('max_leak' in rule ? rule.max_leak : undefined) ?? config.max_leak;
  const productionValue = production?.values.get(metric);
  const past = window
    .map((entry) => entry.values.get(metric))
    .filter((v): v is number => v !== undefined);
  const best = rule.better === 'lower' ? Math.min(...past) : Math.max(...past);
  return {
    metric,
    better: rule.better,
    value,
    ...(productionValue === undefined
      ? {}
      : { production: compare(productionValue, maxRegression) }),
    ...(past.length >= 2 ? { best: { ...compare(best, maxLeak), versions: past.length } } : {}),
  };
}

function comparison(
  value: number,
  reference: number,
  limit: number,
  better: 'lower' | 'higher',
  minChange: number,
): Comparison {
  const sign = better === 'lower' ? 1 : -1;
  const worse = reference === 0 ? 0 : (sign * (value - reference)) / Math.abs(reference);
  const noise = Math.abs(value - reference) < minChange;
  // 12 digits drop the float residue of 40 × 1.1 = 44.00000000000001.
  const boundary = Number((reference + sign * limit * Math.abs(reference)).toPrecision(12));
  return { reference, worse, limit, boundary, broken: worse > limit && !noise };
}
