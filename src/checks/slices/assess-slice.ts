/**
 * One slice of the slices check against its bounds: each gated metric's value,
 * its gap to overall, and a finding per way it misses them. Each is a finding
 * of its own, so a waiver for a known gap to overall does not also accept the
 * slice falling below its floor: `slice:<column>=<value>:<metric>` (outside
 * min/max), `…:<metric>:gap` (worse than overall by more than max_gap) and
 * `…:<metric>:undefined` (the metric cannot be computed, a warning). The
 * findings of one slice's metric share a cause: the slice is weak.
 */
import { directionOf, improvement } from '../../metrics/metric-catalog.ts';
import { formatMetric, type MetricValue } from '../../metrics/metric-value.ts';
import type { Bound, Finding, FindingLocation, Measure } from '../../model/check.ts';
import type { SlicesConfig } from './slices-config.ts';

export const key = 'checks.slices';

type Bounds = SlicesConfig['metrics'][string];

export interface SliceResult {
  column: string;
  value: string;
  rows: number;
  metrics: Record<string, { value: MetricValue; gap: number | null; problems: string[] }>;
  small: boolean;
  /** The largest gap to overall among the gated metrics, for worst-first order. */
  worstGap: number;
  findings: Finding[];
}

interface SliceProblem {
  suffix: '' | ':gap' | ':undefined';
  text: string;
  measure: Measure;
  /** The config key under the metric whose bound is broken. */
  bound?: 'min' | 'max' | 'max_gap';
}

export interface Slice {
  column: string;
  value: string;
  rows: number;
  path: string;
  metrics: Record<string, MetricValue>;
}

export function assessSlice(
  config: SlicesConfig,
  slice: Slice,
  overall: Record<string, MetricValue>,
): SliceResult {
  const small = slice.rows < config.min_slice_size;
  const result: SliceResult = {
    column: slice.column,
    value: slice.value,
    rows: slice.rows,
    metrics: {},
    small,
    worstGap: Number.NEGATIVE_INFINITY,
    findings: [],
  };
  for (const [name, bounds] of Object.entries(config.metrics)) {
    const value = slice.metrics[name] ?? { defined: false, reason: 'not a metric of this task' };
    const whole = overall[name] ?? { defined: false, reason: 'not a metric of this task' };
    const direction = directionOf(name);
    // The config accepts only metrics of the task, whose direction is known.
    if (!direction) throw new Error(`${key}.metrics.${name}: not a metric mlgate knows`);
    const gap =
      value.defined && whole.defined ? improvement(direction, whole.value, value.value) : null;
    const problems = small ? [] : problemsOf(name, bounds, value, whole, gap);
    result.metrics[name] = { value, gap, problems: problems.map((p) => p.text) };
    if (gap !== null) result.worstGap = Math.max(result.worstGap, gap);
    result.findings.push(...problems.map((problem) => findingOf(slice, name, value, problem)));
  }
  return result;
}

function problemsOf(
  name: string,
  bounds: Bounds,
  value: MetricValue,
  whole: MetricValue,
  gap: number | null,
): SliceProblem[] {
  if (!value.defined) {
    return [
      {
        suffix: ':undefined',
        text: `is undefined (${value.reason}), so it cannot be checked`,
        measure: { figure: name, value: null },
      },
    ];
  }
  const reference = whole.defined ? { reference: { label: 'overall', value: whole.value } } : {};
  const measure = (figure: string, shown: number, bound: Bound): Measure => ({
    figure,
    value: shown,
    bound,
    ...reference,
  });
  const problems: SliceProblem[] = [];
  if (bounds.min !== undefined && value.value < bounds.min)
    problems.push({
      suffix: '',
      text: `is below the floor ${bounds.min}`,
      measure: measure(name, value.value, { comparator: '>=', limit: bounds.min }),
      bound: 'min',
    });
  if (bounds.max !== undefined && value.value > bounds.max)
    problems.push({
      suffix: '',
      text: `is above the ceiling ${bounds.max}`,
      measure: measure(name, value.value, { comparator: '<=', limit: bounds.max }),
      bound: 'max',
    });
  if (bounds.max_gap !== undefined && gap !== null && gap > bounds.max_gap) {
    problems.push({
      suffix: ':gap',
      text: `is ${formatMetric({ defined: true, value: gap })} worse than overall ${formatMetric(whole)} (max_gap ${bounds.max_gap})`,
      measure: measure(`${name} gap to overall`, gap, { comparator: '<=', limit: bounds.max_gap }),
      bound: 'max_gap',
    });
  }
  return problems;
}

function findingOf(slice: Slice, name: string, value: MetricValue, problem: SliceProblem): Finding {
  const id = `slice:${slice.column}=${slice.value}`;
  const label = `${slice.column} = ${slice.value}`;
  const location: FindingLocation = { path: slice.path, column: slice.column, slice: label };
  return {
    id: `${id}:${name}${problem.suffix}`,
    severity: value.defined ? 'fail' : 'warn',
    message: `${label} (${slice.rows} rows): ${name}${value.defined ? ` ${formatMetric(value)}` : ''} ${problem.text}`,
    location,
    measure: problem.measure,
    cause: `${id}:${name}`,
    fix: problem.bound
      ? `Improve the model on ${label} (e.g. more or better training rows of it), or change \`${key}.metrics.${name}.${problem.bound}\` if the bound is wrong.`
      : `Evaluate on rows of ${label} that make ${name} computable, or raise \`${key}.min_slice_size\` to leave the slice ungated.`,
  };
}
