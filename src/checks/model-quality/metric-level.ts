/**
 * pass / warn / fail for one metric, from TFMA-style bounds (absolute floor
 * and ceiling, signed change against production, absolute and relative) and,
 * when the two prediction sets are paired, the bootstrap interval of the
 * change: a failing change the interval does not confirm can be demoted to a
 * warning, so that noise does not block a merge. Config calls the failing
 * bounds `red` and the warning ones `amber` (TFMA's names); the levels here
 * are the words the report uses.
 */
import type { Direction } from '../../metrics/metric-catalog.ts';
import { formatNumber, formatSigned } from '../../metrics/metric-value.ts';
import type { Comparator, Measure } from '../../model/check.ts';
import type { ThresholdLevel } from './model-quality-config.ts';

export type Level = 'pass' | 'warn' | 'fail';

/** The config key of the bounds that give each level. */
export const levelKey = { fail: 'red', warn: 'amber' } as const;

export interface MetricComparison {
  candidate: number;
  production: number | null;
  /** Interval of candidate − production from the paired bootstrap. */
  interval: { low: number; high: number } | null;
}

export interface Breach {
  text: string;
  /** The number that broke its bound, for the report. */
  measure: Measure;
  /** The key of the broken bound within its level, e.g. `min` or `change_absolute`. */
  bound: keyof ThresholdLevel;
  /** A change bound (against production) rather than an absolute one. */
  change: boolean;
  /** For change bounds with an interval: whether the interval confirms the breach. */
  significant: boolean | null;
}

export function breaches(
  level: ThresholdLevel,
  direction: Direction,
  comparison: MetricComparison,
  metric = 'metric',
): Breach[] {
  const { candidate, production } = comparison;
  const reference =
    production === null ? {} : { reference: { label: 'production', value: production } };
  const absolute = (
    bound: 'min' | 'max',
    comparator: Comparator,
    limit: number,
    text: string,
  ): Breach => ({
    text,
    measure: { figure: metric, value: candidate, bound: { comparator, limit }, ...reference },
    bound,
    change: false,
    significant: null,
  });
  const found: Breach[] = [];
  if (level.min !== undefined && candidate < level.min) {
    found.push(
      absolute(
        'min',
        '>=',
        level.min,
        `${formatNumber(candidate)} is below the floor ${level.min}`,
      ),
    );
  }
  if (level.max !== undefined && candidate > level.max) {
    found.push(
      absolute(
        'max',
        '<=',
        level.max,
        `${formatNumber(candidate)} is above the ceiling ${level.max}`,
      ),
    );
  }
  if (production === null) return found;
  return [...found, ...changeBreaches(level, direction, { ...comparison, production }, metric)];
}

function changeBreaches(
  level: ThresholdLevel,
  direction: Direction,
  comparison: MetricComparison & { production: number },
  metric: string,
): Breach[] {
  const { candidate, production, interval } = comparison;
  const delta = candidate - production;
  // A change bound says how much worse than production is tolerable; the sign follows TFMA.
  const higher = direction === 'higher_is_better';
  const breached = (change: number, tolerance: number) =>
    higher ? change < tolerance : change > tolerance;
  const confirmed = (low: number, high: number, tolerance: number) =>
    higher ? high < tolerance : low > tolerance;
  const comparator: Comparator = higher ? '>=' : '<=';
  const symbol = higher ? '≥' : '≤';
  const reference = { label: 'production', value: production };
  const found: Breach[] = [];
  if (level.change_absolute !== undefined && breached(delta, level.change_absolute)) {
    found.push({
      text: `Δ ${formatSigned(delta)} vs production ${formatNumber(production)}, allowed Δ ${symbol} ${formatSigned(level.change_absolute)}`,
      measure: {
        figure: `Δ ${metric}`,
        value: delta,
        bound: { comparator, limit: level.change_absolute },
        reference,
      },
      bound: 'change_absolute',
      change: true,
      significant: interval ? confirmed(interval.low, interval.high, level.change_absolute) : null,
    });
  }
  if (level.change_relative !== undefined && production !== 0) {
    const scale = Math.abs(production);
    if (breached(delta / scale, level.change_relative)) {
      found.push({
        text: `Δ ${signedPercent(delta / scale)} vs production ${formatNumber(production)}, allowed Δ ${symbol} ${signedPercent(level.change_relative)}`,
        measure: {
          figure: `relative Δ ${metric}`,
          value: delta / scale,
          bound: { comparator, limit: level.change_relative },
          reference,
        },
        bound: 'change_relative',
        change: true,
        significant: interval
          ? confirmed(interval.low / scale, interval.high / scale, level.change_relative)
          : null,
      });
    }
  }
  return found;
}

/** A breach, and the level it gives. */
export interface LevelReason extends Breach {
  level: Exclude<Level, 'pass'>;
  /** The config key of the level whose bound broke: `red` or `amber`. */
  levelKey: 'red' | 'amber';
}

export interface LevelResult {
  level: Level;
  /** Why it does not pass, one sentence each. */
  reasons: string[];
  /** The breach that set the level (the first at that level), when it does not pass. */
  decisive: LevelReason | null;
  /** Whether a change bound against production is among the reasons. */
  changeBreached: boolean;
}

export function metricLevel(
  threshold: { red?: ThresholdLevel | undefined; amber?: ThresholdLevel | undefined },
  direction: Direction,
  comparison: MetricComparison,
  blockOnlySignificantChanges: boolean,
  metric = 'metric',
): LevelResult {
  const found: (LevelReason & { sentence: string })[] = [];
  for (const breach of threshold.red
    ? breaches(threshold.red, direction, comparison, metric)
    : []) {
    const unconfirmed = blockOnlySignificantChanges && breach.significant === false;
    found.push({
      ...breach,
      level: unconfirmed ? 'warn' : 'fail',
      levelKey: 'red',
      sentence: unconfirmed
        ? `${breach.text}, but the bootstrap interval does not confirm the drop`
        : breach.text,
    });
  }
  for (const breach of threshold.amber
    ? breaches(threshold.amber, direction, comparison, metric)
    : []) {
    found.push({
      ...breach,
      level: 'warn',
      levelKey: 'amber',
      sentence: `${breach.text} (\`amber\` bound)`,
    });
  }
  const level: Level = found.some((reason) => reason.level === 'fail')
    ? 'fail'
    : found.length > 0
      ? 'warn'
      : 'pass';
  const decisive = found.find((reason) => reason.level === level);
  return {
    level,
    reasons: found.map((reason) => reason.sentence),
    decisive: decisive ? withoutSentence(decisive) : null,
    changeBreached: found.some((reason) => reason.change),
  };
}

function withoutSentence({
  sentence: _,
  ...reason
}: LevelReason & { sentence: string }): LevelReason {
  return reason;
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
