/**
 * Row-by-row comparison of two prediction tables: the same examples (joined
 * on an id column, or by position) must carry the same values, numbers within
 * a tolerance, everything else exactly. Used for reproducibility (run 1 vs run
 * 2) and for the canary (serving vs training predictions). Cost: O(n) with a
 * hash join on the id.
 */

import type { Table } from '../data/table.ts';
import { parseNumberCell } from '../formats/parse-number.ts';
import type { Cell } from '../model/check.ts';
import { relativeDifference, type Tolerance, withinTolerance } from './tolerance.ts';

export interface ColumnPair {
  left: string;
  right: string;
}

export interface CellDifference {
  id: string;
  left: Cell;
  right: Cell;
  /** The line of the left file the row is on. */
  line: number;
}

export interface ColumnComparison extends ColumnPair {
  compared: number;
  differing: number;
  /** Over numeric pairs only; null when none was numeric on both sides. */
  maxAbsoluteDifference: number | null;
  maxRelativeDifference: number | null;
  examples: CellDifference[];
}

export interface TableComparison {
  leftRows: number;
  rightRows: number;
  matchedRows: number;
  /** Ids (or `row N`) present on one side only, the first few of each. */
  onlyLeft: string[];
  onlyRight: string[];
  onlyLeftCount: number;
  onlyRightCount: number;
  columns: ColumnComparison[];
}

export interface CompareTablesOptions {
  /** Join on this column (present in both); default: by row position. */
  idColumn?: string;
  /** Default: every column both tables have, except the id. */
  columns?: readonly ColumnPair[];
  tolerance: Tolerance;
  maxExamples: number;
}

export function compareTables(
  left: Table,
  right: Table,
  options: CompareTablesOptions,
): TableComparison {
  const pairs =
    options.columns ??
    left.columnNames
      .filter((name) => name !== options.idColumn && right.columnNames.includes(name))
      .map((name) => ({ left: name, right: name }));
  for (const pair of pairs) {
    requireColumn(left, pair.left);
    requireColumn(right, pair.right);
  }
  const rowPairs = options.idColumn
    ? joinOnId(left, right, options.idColumn)
    : joinByPosition(left, right);
  const columns = pairs.map((pair) => compareColumn(left, right, pair, rowPairs.matched, options));
  const cap = (ids: string[]) => ids.slice(0, options.maxExamples);
  return {
    leftRows: left.rowCount,
    rightRows: right.rowCount,
    matchedRows: rowPairs.matched.length,
    onlyLeft: cap(rowPairs.onlyLeft),
    onlyRight: cap(rowPairs.onlyRight),
    onlyLeftCount: rowPairs.onlyLeft.length,
    onlyRightCount: rowPairs.onlyRight.length,
    columns,
  };
}

interface RowPair {
  id: string;
  left: number;
  right: number;
}

function requireColumn(table: Table, name: string): readonly Cell[] {
  const cells = table.column(name);
  if (!cells) {
    throw new Error(
      `${table.source}: no column named "${name}"; the file has: ${table.columnNames.join(', ')}`,
    );
  }
  return cells;
}

function idIndex(table: Table, idColumn: string): Map<string, number> {
  const cells = requireColumn(table, idColumn);
  const index = new Map<string, number>();
  cells.forEach((cell, row) => {
    if (cell === null) {
      throw new Error(
        `${table.source}:${table.lineOf(row)}: the id column "${idColumn}" is empty; every row needs an id`,
      );
    }
    const id = String(cell);
    const earlier = index.get(id);
    if (earlier !== undefined) {
      throw new Error(
        `${table.source}:${table.lineOf(row)}: id "${id}" in column "${idColumn}" also appears on line ${table.lineOf(earlier)}; ids must be unique to compare row by row`,
      );
    }
    index.set(id, row);
  });
  return index;
}

function joinOnId(left: Table, right: Table, idColumn: string) {
  const leftIds = idIndex(left, idColumn);
  const rightIds = idIndex(right, idColumn);
  const matched: RowPair[] = [];
  const onlyLeft: string[] = [];
  for (const [id, row] of leftIds) {
    const other = rightIds.get(id);
    if (other === undefined) onlyLeft.push(id);
    else matched.push({ id, left: row, right: other });
  }
  const onlyRight = [...rightIds.keys()].filter((id) => !leftIds.has(id));
  return { matched, onlyLeft, onlyRight };
}

function joinByPosition(left: Table, right: Table) {
  const matched: RowPair[] = [];
  const shared = Math.min(left.rowCount, right.rowCount);
  for (let row = 0; row < shared; row++)
    matched.push({ id: `row ${row + 1}`, left: row, right: row });
  const rest = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, k) => `row ${from + k + 1}`);
  return {
    matched,
    onlyLeft: rest(shared, left.rowCount),
    onlyRight: rest(shared, right.rowCount),
  };
}

function compareColumn(
  left: Table,
  right: Table,
  pair: ColumnPair,
  rows: readonly RowPair[],
  options: CompareTablesOptions,
): ColumnComparison {
  const leftCells = requireColumn(left, pair.left);
  const rightCells = requireColumn(right, pair.right);
  let differing = 0;
  let maxAbsolute: number | null = null;
  let maxRelative: number | null = null;
  const examples: CellDifference[] = [];
  for (const row of rows) {
    const a = leftCells[row.left] ?? null;
    const b = rightCells[row.right] ?? null;
    const x = parseNumberCell(a);
    const y = parseNumberCell(b);
    let same: boolean;
    if (typeof x === 'number' && typeof y === 'number') {
      same = withinTolerance(x, y, options.tolerance);
      if (Number.isFinite(x) && Number.isFinite(y)) {
        maxAbsolute = Math.max(maxAbsolute ?? 0, Math.abs(x - y));
        maxRelative = Math.max(maxRelative ?? 0, relativeDifference(x, y));
      }
    } else {
      same = a === null || b === null ? a === b : String(a) === String(b);
    }
    if (!same) {
      differing++;
      if (examples.length < options.maxExamples) {
        examples.push({ id: row.id, left: a, right: b, line: left.lineOf(row.left) });
      }
    }
  }
  return {
    ...pair,
    compared: rows.length,
    differing,
    maxAbsoluteDifference: maxAbsolute,
    maxRelativeDifference: maxRelative,
    examples,
  };
}
