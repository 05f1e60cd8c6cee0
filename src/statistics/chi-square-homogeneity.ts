/**
 * Pearson's chi-square test of homogeneity on a 2 × k table (reference and
 * current counts per category), without Yates' continuity correction:
 * X² = Σ (O − E)² / E with E from the row and column totals, k − 1 degrees of
 * freedom, p = χ²_{k−1}.sf(X²). A single category leaves nothing to test:
 * X² = 0, dof = 0, p = 1, as scipy reports.
 *
 * Reference: scipy.stats.chi2_contingency([reference, current], correction=False).
 * Cost: O(k) plus the chi-square tail (see regularized-gamma.ts).
 */
import { chiSquareSf } from './regularized-gamma.ts';

export interface ChiSquareResult {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
}

/** Every category must have a positive count on at least one side, and each side a positive total. */
export function chiSquareHomogeneity(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): ChiSquareResult {
  return chiSquareIndependence([referenceCounts, currentCounts]);
}

/** The r × c test of independence, rows as given (each row one group). */
export function chiSquareIndependence(table: readonly (readonly number[])[]): ChiSquareResult {
  const rows = table.length;
  const columns = table[0]?.length ?? 0;
  const rowTotals = table.map((row) => row.reduce((s, c) => s + c, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) =>
    table.reduce((s, row) => s + row[j]!, 0),
  );
  const total = rowTotals.reduce((s, c) => s + c, 0);
  if (rowTotals.some((t) => !(t > 0)) || columnTotals.some((t) => !(t > 0))) {
    throw new RangeError('a chi-square table needs a positive total in every row and column');
  }
  const degreesOfFreedom = (rows - 1) * (columns - 1);
  if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };
  let statistic = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const expected = (rowTotals[i]! * columnTotals[j]!) / total;
      const deviation = table[i]![j]! - expected;
      statistic += (deviation * deviation) / expected;
    }
  }
  return { statistic, degreesOfFreedom, pValue: chiSquareSf(statistic, degreesOfFreedom) };
}
