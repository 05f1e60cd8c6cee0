/**
 * Read-only views of a profiled column for statistics that run against a
 * profile instead of raw rows (drift against a committed reference profile).
 * A view carries its accuracy: when `exact` is false, every CDF value and
 * every quantile's rank is off by at most `rankError` (always, not with some
 * probability), and category counts by at most `countErrorBound`.
 */

import { countAtMost, quantileOf } from '../statistics/quantile-summary.ts';
import type { ColumnProfile, NumericProfile } from './profile-types.ts';

export interface NumericDistribution {
  /** Finite values summarised (NaN and ±Infinity are left out; see the column profile for their counts). */
  n: number;
  min: number;
  max: number;
  exact: boolean;
  /** Normalized rank error ε (0 when exact). */
  rankError: number;
  /** Weighted values, ascending: the exact table of values and counts when `exact`. */
  values: readonly number[];
  weights: readonly number[];
  /** Share of values ≤ x, within ± rankError. */
  cdf(x: number): number;
  /** numpy.quantile(x, p) (linear), exact or within the rank error. */
  quantile(p: number): number;
}

export interface CategoryDistribution {
  /** Text and boolean cells. */
  total: number;
  /** True when `counts` holds every category with its exact count. */
  exact: boolean;
  /** Each listed count may be this much too low; an unlisted category occurs at most this often. */
  countErrorBound: number;
  counts: ReadonlyMap<string, number>;
}

/**
 * The numbers of a column, or its datetimes (epoch ms) for a datetime column;
 * null when it has no finite number.
 */
export function numericDistribution(column: ColumnProfile): NumericDistribution | null {
  const profile: NumericProfile | null =
    column.kind === 'datetime' ? column.datetime : column.numeric;
  if (!profile || profile.count === 0 || profile.min === null || profile.max === null) return null;
  const sketch = profile.sketch;
  return {
    n: sketch.n,
    min: profile.min,
    max: profile.max,
    exact: sketch.error === 0,
    rankError: sketch.error / sketch.n,
    values: sketch.values,
    weights: sketch.weights,
    cdf: (x) => countAtMost(sketch, x) / sketch.n,
    quantile: (p) => (p <= 0 ? profile.min! : p >= 1 ? profile.max! : quantileOf(sketch, p)),
  };
}

/** The categories of a column (its text and boolean cells); null when it has none. */
export function categoryDistribution(column: ColumnProfile): CategoryDistribution | null {
  const categories = column.categories;
  if (!categories) return null;
  return {
    total: categories.count,
    exact: categories.exact,
    countErrorBound: categories.countErrorBound,
    counts: new Map(categories.items.map((item) => [item.value, item.count])),
  };
}
