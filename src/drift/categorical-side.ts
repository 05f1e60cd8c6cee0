/**
 * One side of a categorical comparison: how often each category occurs.
 * Built from a dictionary-coded scan column (exact, no per-row work) or from
 * a profile's category counts, which may list only the most frequent
 * categories (then `exact` is false and counts are within `countErrorBound`).
 */
import type { ScanCategoryColumn, ScanNumericColumn } from '../data/table-scan.ts';
import { CELL_PRESENT } from '../data/table-scan.ts';
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

/** A boolean column as the categories `true` and `false`, as profiles list it. */
export function categoricalSideFromBooleans(column: ScanNumericColumn): CategoricalSide {
  let ones = 0;
  let zeros = 0;
  for (let i = 0; i < column.values.length; i++) {
    if (column.status[i] !== CELL_PRESENT) continue;
    if (column.values[i] === 1) ones++;
    else zeros++;
  }
  const counts = new Map<string, number>();
  if (ones > 0) counts.set('true', ones);
  if (zeros > 0) counts.set('false', zeros);
  return {
    counts,
    total: ones + zeros,
    exact: true,
    countErrorBound: 0,
    summary: summaryOf(ones + zeros, column.missingCount, column.badCount),
  };
}

/** Numbers as categories, by their shortest decimal text (a text column whose current cells all parse as numbers). */
export function categoricalSideFromNumbers(column: ScanNumericColumn): CategoricalSide {
  const counts = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < column.values.length; i++) {
    if (column.status[i] !== CELL_PRESENT) continue;
    const text = String(column.values[i]);
    counts.set(text, (counts.get(text) ?? 0) + 1);
    total++;
  }
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
