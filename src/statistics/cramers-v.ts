/**
 * Cramér's V, the strength of association between two categorical variables:
 * V = √(X² / (n · (min(r, c) − 1))) from the r × c contingency table, between 0
 * (independent) and 1 (one determines the other). No bias correction.
 *
 * Reference: scipy.stats.contingency.association(table, method='cramer').
 * Cost: O(r·c) plus building the table.
 */
import { chiSquareIndependence } from './chi-square-homogeneity.ts';

/** V for a table with every row and column total positive; null when a side has one level. */
export function cramersV(table: readonly (readonly number[])[]): number | null {
  const rows = table.length;
  const columns = table[0]?.length ?? 0;
  const smaller = Math.min(rows, columns);
  if (smaller < 2) return null;
  const { statistic } = chiSquareIndependence(table);
  let n = 0;
  for (const row of table) for (const c of row) n += c;
  return Math.sqrt(statistic / (n * (smaller - 1)));
}
