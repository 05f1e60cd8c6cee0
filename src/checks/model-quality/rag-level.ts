/**
 * GREEN / AMBER / RED for one metric, from TFMA-style bounds (absolute floor
 * and ceiling, signed change against production, absolute and relative) and,
 * when the two prediction sets are paired, the bootstrap interval of the
 * change: a RED change breach the interval does not confirm can be demoted to
 * AMBER, so that noise does not block a merge.
 */
import { type Direction, improvement } from '../../metrics/metric-catalog.ts';
import { formatNumber, formatSigned } from '../../metrics/metric-value.ts';
import type { ThresholdLevel } from './model-quality-config.ts';

export type Rag = 'green' | 'amber' | 'red';

export interface MetricComparison {
  candidate: number;
  production: number | null;
  /** Interval of candidate − production from the paired bootstrap. */
  interval: { low: number; high: number } | null;
}

export interface Breach {
  text: string;
  /** A change bound (against production) rather than an absolute one. */
  change: boolean;
  /** For change bounds with an interval: whether the interval confirms the breach. */
  significant: boolean | null;
}

export function breaches(
  level: ThresholdLevel,
  direction: Direction,
  comparison: MetricComparison,
): Breach[] {
  const found: Breach[] = [];
  const { candidate, production, interval } = comparison;
  if (level.min !== undefined && candidate < level.min) {
    found.push({
      text: `${formatNumber(candidate)} is below the floor ${level.min}`,
      change: false,
      significant: null,
    });
  }
  if (level.max !== undefined && candidate > level.max) {
    found.push({
      text: `${formatNumber(candidate)} is above the ceiling ${level.max}`,
      change: false,
      significant: null,
    });
  }
  if (production === null) return found;
  const delta = candidate - production;
  // A change bound says how much worse than production is tolerable; the sign follows TFMA.
  const breached = (change: number, tolerance: number) =>
    direction === 'higher_is_better' ? change < tolerance : change > tolerance;
  const confirmed = (low: number, high: number, tolerance: number) =>
    direction === 'higher_is_better' ? high < tolerance : low > tolerance;
  const comparator = direction === 'higher_is_better' ? '≥' : '≤';
  if (level.change_absolute !== undefined && breached(delta, level.change_absolute)) {
    found.push({
      text: `Δ ${formatSigned(delta)} vs production ${formatNumber(production)}, allowed Δ ${comparator} ${formatSigned(level.change_absolute)}`,
      change: true,
      significant: interval ? confirmed(interval.low, interval.high, level.change_absolute) : null,
    });
  }
  if (level.change_relative !== undefined && production !== 0) {
    const scale = Math.abs(production);
    if (breached(delta / scale, level.change_relative)) {
      found.push({
        text: `Δ ${signedPercent(delta / scale)} vs production ${formatNumber(production)}, allowed Δ ${comparator} ${signedPercent(level.change_relative)}`,
        change: true,
        significant: interval
          ? confirmed(interval.low / scale, interval.high / scale, level.change_relative)
          : null,
      });
    }
  }
  return found;
}

export interface RagResult {
  rag: Rag;
  /** Why it is not GREEN, one sentence each. */
  reasons: string[];
  /** Whether a change bound against production is among the reasons. */
  changeBreached: boolean;
}

export function ragLevel(
  threshold: { red?: ThresholdLevel | undefined; amber?: ThresholdLevel | undefined },
  direction: Direction,
  comparison: MetricComparison,
  blockOnlySignificantChanges: boolean,
): RagResult {
  const reasons: string[] = [];
  let rag: Rag = 'green';
  let changeBreached = false;
  for (const breach of threshold.red ? breaches(threshold.red, direction, comparison) : []) {
    changeBreached ||= breach.change;
    if (blockOnlySignificantChanges && breach.significant === false) {
      reasons.push(`${breach.text}, but the bootstrap interval does not confirm the drop`);
      if (rag === 'green') rag = 'amber';
    } else {
      reasons.push(breach.text);
      rag = 'red';
    }
  }
  for (const breach of threshold.amber ? breaches(threshold.amber, direction, comparison) : []) {
    changeBreached ||= breach.change;
    reasons.push(`${breach.text} (amber)`);
    if (rag === 'green') rag = 'amber';
  }
  return { rag, reasons, changeBreached };
}

/** `≥ 0.8, Δ ≥ −0.005` for the report's threshold column. */
export function describeLevel(level: ThresholdLevel, direction: Direction): string {
  const comparator = direction === 'higher_is_better' ? '≥' : '≤';
  return [
    level.min !== undefined ? `≥ ${level.min}` : '',
    level.max !== undefined ? `≤ ${level.max}` : '',
    level.change_absolute !== undefined
      ? `Δ ${comparator} ${formatSigned(level.change_absolute)}`
      : '',
    level.change_relative !== undefined
      ? `Δ ${comparator} ${signedPercent(level.change_relative)}`
      : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function signedPercent(fraction: number): string {
  const text = `${formatNumber(Math.abs(fraction) * 100, 2)}%`;
  return fraction < 0 ? `−${text}` : `+${text}`;
}

/** How much worse `candidate` is than `reference` (positive = worse). */
export function shortfall(direction: Direction, candidate: number, reference: number): number {
  return improvement(direction, reference, candidate);
}
