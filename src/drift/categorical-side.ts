/**
 * One side of a categorical comparison: how often each category occurs.
 * Built from a dictionary-coded scan column (exact, no per-row work) or from
 * a profile's category counts, which may list only the most frequent
 * categories (then `exact` is false and counts are within `countErrorBound`).
 */
import { valueCountsOf } from '../data/count-values.ts';
import type { ScanCategoryColumn, ScanNumericColumn } from '../data/table-scan.ts';
import { categoryDistribution } from '../profile/profile-distribution.ts';
import type { ColumnProfile } from '../profile/profile-types.ts';
import type { SideSummary } from './drift-result.ts';

export interface CategoricalSide {
  counts: ReadonlyMap<string, number>;
  /** Cells counted, listed or not. */
  total: number;
  exact: boolean;
  countErrorBound: number;
  summary: SideSummary;
}

function summaryOf(total: number, missing: number, bad: number): SideSummary {
  return { count: total, missing, nonFinite: 0, bad, mean: null, std: null, min: null, max: null };
}

export function categoricalSideFromScan(column: ScanCategoryColumn): CategoricalSide {
  const counts = new Map<string, number>();
  column.dictionary.forEach((text, code) => {
    const count = column.counts[code]!;
    if (count > 0) counts.set(text, count);
  });
  return {
    counts,
    total: column.presentCount,
    exact: true,
    countErrorBound: 0,
    summary: summaryOf(column.presentCount, column.missingCount, 0),
  };
}

/** Exact category counts from elsewhere (an SQL engine's GROUP BY): every category listed. */
export function categoricalSideFromCounts(
  counts: ReadonlyMap<string, number>,
  total: number,
  missing: number,
): CategoricalSide {
  return { counts, total, exact: true, countErrorBound: 0, summary: summaryOf(total, missing, 0) };
}

/** A boolean column as the categories `true` and `false`, as profiles list it. */
export function categoricalSideFromBooleans(column: ScanNumericColumn): CategoricalSide {
  const { values, weights } = valueCountsOf(column);
  const counts = new Map<string, number>();
  let total = 0;
  // Ascending: 0 (false) before 1 (true); true is listed first, as before.
  for (let i = values.length - 1; i >= 0; i--) {
    counts.set(values[i] === 1 ? 'true' : 'false', weights[i]!);
    total += weights[i]!;
  }
  return {
    counts,
    total,
    exact: true,
    countErrorBound: 0,
    summary: summaryOf(total, column.missingCount, column.badCount),
  };
}

/** Numbers as categories, by their shortest decimal text (a text column whose current cells all parse as numbers). */
export function categoricalSideFromNumbers(column: ScanNumericColumn): CategoricalSide {
  const counted = valueCountsOf(column);
  const counts = new Map<string, number>();
  counted.values.forEach((value, i) => {
    counts.set(String(value), counted.weights[i]!);
  });
  const specials: [string, number][] = [
    ['NaN', counted.nan],
    ['Infinity', counted.positiveInfinity],
    ['-Infinity', counted.negativeInfinity],
  ];
  for (const [text, count] of specials) if (count > 0) counts.set(text, count);
  const total = column.presentCount;
  return {
    counts,
    total,
    exact: true,
    countErrorBound: 0,
    summary: summaryOf(total, column.missingCount, column.badCount),
  };
}

/** The reference side from a profiled column; null when it has no text or boolean cells. */
export function categoricalSideFromProfile(column: ColumnProfile): CategoricalSide | null {
  const distribution = categoryDistribution(column);
  if (distribution === null) return null;
  return {
    counts: distribution.counts,
    total: distribution.total,
    exact: distribution.exact,
    countErrorBound: distribution.countErrorBound,
    summary: summaryOf(distribution.total, column.missing, column.count - distribution.total),
  };
}
