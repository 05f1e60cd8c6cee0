/**
 * The candidate's gain over the baseline on each gated metric, in the
 * metric's better direction, with the paired bootstrap interval of the gain,
 * and the finding when the gain (or, with require_significant, its interval's
 * worse end) does not clear the margin. A metric that cannot be computed is
 * `metric:<name>:undefined`, apart from `metric:<name>` (not better enough),
 * so a waiver covers one of the two.
 */
import { type Direction, improvement } from '../../metrics/metric-catalog.ts';
import { formatNumber, formatSigned, type MetricValue } from '../../metrics/metric-value.ts';
import type { Finding } from '../../model/check.ts';
import type { BootstrapInterval } from '../../statistics/paired-bootstrap.ts';
import type { BaselineComparisonConfig } from './baseline-comparison-config.ts';

export const key = 'checks.baseline_comparison';

export interface MetricGain {
  name: string;
  margin: number;
  candidate: MetricValue;
  baseline: MetricValue;
  /** Null when either side is undefined. */
  gain: number | null;
  /** The gain's interval, when both are defined and the bootstrap gave one. */
  interval: { low: number; high: number } | null;
  finding: Finding | null;
}

export interface Compared {
  name: string;
  direction: Direction;
  candidate: MetricValue;
  baseline: MetricValue;
  delta: BootstrapInterval | null;
}

export function metricGain(
  config: BaselineComparisonConfig,
  compared: Compared,
  where: { path: string; baseline: string },
): MetricGain {
  const { name, direction, candidate: a, baseline: b, delta } = compared;
  const margin = config.margins[name] ?? 0;
  const location = { path: where.path };
  if (!a.defined || !b.defined) {
    const reason = a.defined ? (b.defined ? '' : b.reason) : a.reason;
    const side = a.defined ? 'baseline' : 'candidate';
    const finding: Finding = {
      id: `metric:${name}:undefined`,
      severity: 'fail',
      message: `${name} is undefined for the ${side} (${reason}), so the comparison cannot be made`,
      location,
      measure: { figure: `${name} of the ${side}`, value: null },
      fix: `Evaluate both models on rows where ${name} can be computed (${reason}).`,
    };
    return { name, margin, candidate: a, baseline: b, gain: null, interval: null, finding };
  }
  const gain = improvement(direction, a.value, b.value);
  // The improvement's interval: a − b, mirrored when lower is better.
  const interval = delta
    ? direction === 'higher_is_better'
      ? { low: delta.low, high: delta.high }
      : { low: -delta.high, high: -delta.low }
    : null;
  const result = { name, margin, candidate: a, baseline: b, gain, interval };
  return { ...result, finding: shortfall(config, result, where, a.value, b.value) };
}

function shortfall(
  config: BaselineComparisonConfig,
  { name, margin, gain, interval }: Omit<MetricGain, 'finding'> & { gain: number },
  where: { path: string; baseline: string },
  candidate: number,
  baseline: number,
): Finding | null {
  const short = gain < margin;
  const unconfirmed =
    !short && config.require_significant && (interval === null || interval.low < margin);
  if (!short && !unconfirmed) return null;
  const percent = `${Math.round(config.bootstrap.confidence * 100)}%`;
  const intervalText = interval
    ? ` [${formatSigned(interval.low)}, ${formatSigned(interval.high)}]`
    : '';
  const bound = { comparator: '>=', limit: margin } as const;
  const marginKey = `\`${key}.margins.${name}\``;
  if (short) {
    return {
      id: `metric:${name}`,
      severity: 'fail',
      message: `${name}: the candidate (${formatNumber(candidate)}) gains ${formatSigned(gain)} over the baseline (${formatNumber(baseline)}), less than the required ${margin}${intervalText ? `; ${percent} interval${intervalText}` : ''}`,
      location: { path: where.path },
      measure: {
        figure: `${name} gain over baseline`,
        value: gain,
        bound,
        reference: { label: 'baseline', value: baseline },
      },
      fix: `Improve the model until it beats the baseline (${where.baseline}) on ${name} by at least ${margin}, or change ${marginKey} if the margin is wrong.`,
    };
  }
  return {
    id: `metric:${name}`,
    severity: 'fail',
    message: `${name}: the candidate beats the baseline by ${formatSigned(gain)}, but the ${percent} interval${intervalText} does not clear the required ${margin}`,
    location: { path: where.path },
    measure: {
      figure: `lower bound of the ${percent} interval of the ${name} gain`,
      value: interval?.low ?? null,
      bound,
      reference: { label: 'estimated gain', value: gain },
    },
    fix: `Evaluate on more rows to narrow the interval, improve the model on ${name}, or change ${marginKey} or \`${key}.require_significant\`.`,
  };
}
