/**
 * Train/serve skew example by example: joins two scans on an id column and
 * compares each feature's value for the same example — numbers within an
 * absolute or relative tolerance, text exactly, missing equal only to missing.
 * Counts mismatches per feature and skewed examples (any mismatch), and keeps
 * the worst examples and the first one. Also serves prediction parity (one column pair).
 * Cost: O(n) with one hash map of the serving ids; nothing per value is allocated
 * beyond the kept examples.
 */

import { CELL_PRESENT, type ScanColumn, type TableScan } from '../data/table-scan.ts';
import { parseNumberCell } from '../formats/parse-number.ts';

export interface Tolerance {
  /** |a − b| ≤ absolute + relative · max(|a|, |b|) counts as equal. */
  absolute: number;
  relative: number;
}

/** A column of the training file compared with a column of the serving file. */
export interface ColumnPair {
  name: string;
  training: string;
  serving: string;
}

export interface Mismatch {
  id: string;
  training: string | number | null;
  serving: string | number | null;
}

export interface ColumnComparison {
  name: string;
  /** Examples where at least one side has a value. */
  compared: number;
  mismatches: number;
  mismatchShare: number;
  /** Largest |training − serving| where both are numbers; null when none are. */
  maxAbsoluteDifference: number | null;
  /** The largest numeric differences first, then text mismatches in id order. */
  examples: Mismatch[];
  /** The first mismatch in the training file's order: where a reader starts looking. */
  first: Mismatch | null;
}

export interface ExampleComparison {
  idColumn: string;
  trainingRows: number;
  servingRows: number;
  joined: number;
  onlyInTraining: number;
  onlyInServing: number;
  /** Ids that occur more than once on a side: the join uses the first occurrence. */
  duplicateIds: { side: 'training' | 'serving'; id: string; count: number }[];
  columns: ColumnComparison[];
  /** Joined examples with at least one mismatched column. */
  skewedExamples: number;
  /** Examples with the most mismatched columns, most first. */
  worstExamples: { id: string; columns: string[] }[];
}

type Value = string | number | null;

/** Reads one cell of a scanned column as a number, a text, or null (missing). */
function reader(column: ScanColumn): (row: number) => Value {
  if (column.kind === 'category') {
    return (row) => {
      const code = column.codes[row]!;
      return code < 0 ? null : column.dictionary[code]!;
    };
  }
  return (row) => (column.status[row] === CELL_PRESENT ? column.values[row]! : null);
}

function idOf(value: Value): string | null {
  if (value === null) return null;
  return typeof value === 'number' ? String(value) : value;
}

export function compareExamples(
  training: TableScan,
  serving: TableScan,
  idColumn: string,
  pairs: readonly ColumnPair[],
  tolerance: Tolerance,
  keep: number,
): ExampleComparison {
  const trainingId = reader(requireColumn(training, idColumn));
  const servingId = reader(requireColumn(serving, idColumn));
  const duplicateIds: ExampleComparison['duplicateIds'] = [];
  const servingRows = new Map<string, number>();
  const servingCounts = new Map<string, number>();
  for (let row = 0; row < serving.rowCount; row++) {
    const id = idOf(servingId(row));
    if (id === null) continue;
    if (servingRows.has(id)) servingCounts.set(id, (servingCounts.get(id) ?? 1) + 1);
    else servingRows.set(id, row);
  }
  for (const [id, count] of servingCounts) {
    if (duplicateIds.length < keep) duplicateIds.push({ side: 'serving', id, count });
  }
  const columns = pairs.map((pair) => ({
    pair,
    training: reader(requireColumn(training, pair.training)),
    serving: reader(requireColumn(serving, pair.serving)),
    compared: 0,
    mismatches: 0,
    maxDifference: null as number | null,
    examples: [] as (Mismatch & { difference: number })[],
    first: null as Mismatch | null,
  }));
  const seen = new Map<string, number>();
  let joined = 0;
  let skewedExamples = 0;
  const worst: { id: string; columns: string[] }[] = [];
  for (let row = 0; row < training.rowCount; row++) {
    const id = idOf(trainingId(row));
    if (id === null) continue;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) continue;
    const match = servingRows.get(id);
    if (match === undefined) continue;
    joined++;
    const mismatched: string[] = [];
    for (const column of columns) {
      const a = column.training(row);
      const b = column.serving(match);
      if (a === null && b === null) continue;
      column.compared++;
      const difference = differenceOf(a, b, tolerance);
      if (difference === 0) continue;
      column.mismatches++;
      column.first ??= { id, training: a, serving: b };
      mismatched.push(column.pair.name);
      if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(difference)) {
        column.maxDifference = Math.max(column.maxDifference ?? 0, difference);
      }
      keepLargest(column.examples, { id, training: a, serving: b, difference }, keep);
    }
    if (mismatched.length > 0) {
      skewedExamples++;
      keepMost(worst, { id, columns: mismatched }, keep);
    }
  }
  for (const [id, count] of seen) {
    if (count > 1 && duplicateIds.length < 2 * keep)
      duplicateIds.push({ side: 'training', id, count });
  }
  let onlyInTraining = 0;
  for (const id of seen.keys()) if (!servingRows.has(id)) onlyInTraining++;
  let onlyInServing = 0;
  for (const id of servingRows.keys()) if (!seen.has(id)) onlyInServing++;
  return {
    idColumn,
    trainingRows: training.rowCount,
    servingRows: serving.rowCount,
    joined,
    onlyInTraining,
    onlyInServing,
    duplicateIds,
    columns: columns
      .map((column) => ({
        name: column.pair.name,
        compared: column.compared,
        mismatches: column.mismatches,
        mismatchShare: column.compared === 0 ? 0 : column.mismatches / column.compared,
        maxAbsoluteDifference: column.maxDifference,
        examples: column.examples.map(({ difference: _, ...mismatch }) => mismatch),
        first: column.first,
      }))
      .sort((a, b) => b.mismatches - a.mismatches || (a.name < b.name ? -1 : 1)),
    skewedExamples,
    worstExamples: worst,
  };
}

function requireColumn(scan: TableScan, name: string): ScanColumn {
  const column = scan.column(name);
  if (column) return column;
  throw new Error(
    scan.columnNames.includes(name)
      ? `${scan.source}: column "${name}" was not read; add it to the schema`
      : `${scan.source} has no column "${name}"; it has: ${scan.columnNames.join(', ')}`,
  );
}

/**
 * 0 when the two values agree; otherwise how far apart they are: |a − b| for
 * numbers (+∞ when one side is missing, not a number, or a different NaN/∞),
 * +∞ for differing texts. A text that is a number is compared as that number,
 * so "1.50" in one file equals 1.5 in the other.
 */
function differenceOf(a: Value, b: Value, tolerance: Tolerance): number {
  if (a === null || b === null) return Number.POSITIVE_INFINITY;
  const x = typeof a === 'number' ? a : typeof b === 'number' ? parseNumberCell(a) : undefined;
  const y = typeof b === 'number' ? b : typeof a === 'number' ? parseNumberCell(b) : undefined;
  if (x === undefined || y === undefined || x === null || y === null) {
    return a === b ? 0 : Number.POSITIVE_INFINITY;
  }
  if (Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y))) return 0;
  // Unequal infinities or NaN against a number: no tolerance makes them equal.
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Number.POSITIVE_INFINITY;
  const difference = Math.abs(x - y);
  return difference <= tolerance.absolute + tolerance.relative * Math.max(Math.abs(x), Math.abs(y))
    ? 0
    : difference;
}

/** Keeps the `keep` largest differences, largest first (text mismatches count as +∞, earliest kept). */
function keepLargest<T extends { difference: number }>(list: T[], item: T, keep: number): void {
  if (list.length >= keep && !(item.difference > list[list.length - 1]!.difference)) return;
  let at = list.length;
  while (at > 0 && item.difference > list[at - 1]!.difference) at--;
  list.splice(at, 0, item);
  if (list.length > keep) list.pop();
}

function keepMost(
  list: { id: string; columns: string[] }[],
  item: { id: string; columns: string[] },
  keep: number,
): void {
  if (list.length >= keep && !(item.columns.length > list[list.length - 1]!.columns.length)) return;
  let at = list.length;
  while (at > 0 && item.columns.length > list[at - 1]!.columns.length) at--;
  list.splice(at, 0, item);
  if (list.length > keep) list.pop();
}
