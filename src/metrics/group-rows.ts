/**
 * Splits rows into groups by the value of a column — a slice or a protected
 * group — optionally binning a numeric column at given edges. A missing value
 * is a group of its own, `(missing)`, so that rows without the attribute are
 * seen rather than dropped.
 * Cost: O(n).
 */
import { parseNumberCell } from '../formats/parse-number.ts';
import type { Cell } from '../model/check.ts';
import { labelKey } from './label-key.ts';

export const missingGroup = '(missing)';

export interface Group {
  value: string;
  rows: number[];
}

/** Groups in order of first appearance. `rowName(row)` names a row in errors. */
export function groupRows(
  cells: readonly Cell[],
  bins: readonly number[] | undefined,
  rowName: (row: number) => string,
): Group[] {
  const groups = new Map<string, number[]>();
  const sortedEdges = bins ? [...bins].sort((a, b) => a - b) : undefined;
  cells.forEach((cell, row) => {
    let value: string;
    if (cell === null) value = missingGroup;
    else if (sortedEdges) {
      const number = parseNumberCell(cell);
      if (typeof number !== 'number' || Number.isNaN(number)) {
        throw new Error(
          `${rowName(row)}: "${String(cell)}" is not a number, so it cannot be binned`,
        );
      }
      value = binLabel(number, sortedEdges);
    } else value = labelKey(cell) ?? missingGroup;
    const rows = groups.get(value);
    if (rows) rows.push(row);
    else groups.set(value, [row]);
  });
  return [...groups].map(([value, rows]) => ({ value, rows }));
}

/** `< 3500`, `[3500, 4500)`, `≥ 4500`. */
export function binLabel(value: number, edges: readonly number[]): string {
  const above = edges.filter((edge) => value >= edge).length;
  if (above === 0) return `< ${edges[0]}`;
  if (above === edges.length) return `≥ ${edges[edges.length - 1]}`;
  return `[${edges[above - 1]}, ${edges[above]})`;
}

/** 0/1 weights selecting `rows` out of `n`, for the metric evaluators. */
export function membership(n: number, rows: readonly number[]): Float64Array {
  const weights = new Float64Array(n);
  for (const row of rows) weights[row] = 1;
  return weights;
}
