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
  const servingIds = indexById(serving, idColumn);
  const columns = pairs.map((pair) => columnTally(training, serving, pair));
  const seen = new Map<string, number>();
  let joined = 0;
  let skewedExamples = 0;
  const worst: { id: string; columns: string[] }[] = [];
  // The hot loop: one pass over the training rows, a hash lookup and a compare per feature.
  for (let row = 0; row < training.rowCount; row++) {
    const id = idOf(trainingId(row));
    if (id === null) continue;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    const match = count > 1 ? undefined : servingIds.first.get(id);
    if (match === undefined) continue;
    joined++;
    const mismatched: string[] = [];
    for (const column of columns) {
      if (tallyRow(column, row, match, id, tolerance, keep)) mismatched.push(column.pair.name);
    }
    if (mismatched.length > 0) {
      skewedExamples++;
      keepMost(worst, { id, columns: mismatched }, keep);
    }
  }
  return {
    idColumn,
    trainingRows: training.rowCount,
    servingRows: serving.rowCount,
    joined,
    onlyInTraining: countMissing(seen.keys(), servingIds.first),
    onlyInServing: countMissing(servingIds.first.keys(), seen),
    duplicateIds: duplicates(servingIds.repeats, seen, keep),
    columns: columns
      .map(columnResult)
      .sort((a, b) => b.mismatches - a.mismatches || (a.name < b.name ? -1 : 1)),
    skewedExamples,
    worstExamples: worst,
  };
}

/** Each id's first row, and how often ids that repeat occur. */
function indexById(scan: TableScan, idColumn: string) {
  const ids = reader(requireColumn(scan, idColumn));
  const first = new Map<string, number>();
  const repeats = new Map<string, number>();
  for (let row = 0; row < scan.rowCount; row++) {
    const id = idOf(ids(row));
    if (id === null) continue;
    if (first.has(id)) repeats.set(id, (repeats.get(id) ?? 1) + 1);
    else first.set(id, row);
  }
  return { first, repeats };
}

/** Repeated ids, serving first, then training (whose counts are in `seen`), `keep` of each. */
function duplicates(
  servingRepeats: ReadonlyMap<string, number>,
  seen: ReadonlyMap<string, number>,
  keep: number,
): ExampleComparison['duplicateIds'] {
  const serving = [...servingRepeats].slice(0, keep).map(([id, count]) => ({
    side: 'serving' as const,
    id,
    count,
  }));
  const training = [...seen]
    .filter(([, count]) => count > 1)
    .slice(0, 2 * keep - serving.length)
    .map(([id, count]) => ({ side: 'training' as const, id, count }));
  return [...serving, ...training];
}

type ColumnTally = ReturnType<typeof columnTally>;

function columnTally(training: TableScan, serving: TableScan, pair: ColumnPair) {
  return {
    pair,
    training: reader(requireColumn(training, pair.training)),
    serving: reader(requireColumn(serving, pair.serving)),
    compared: 0,
    mismatches: 0,
    maxDifference: null as number | null,
    examples: [] as (Mismatch & { difference: number })[],
    first: null as Mismatch | null,
  };
}

/** Compares one joined example's value of a feature; true when it mismatches. */
function tallyRow(
  column: ColumnTally,
  row: number,
  match: number,
  id: string,
  tolerance: Tolerance,
  keep: number,
): boolean {
  const a = column.training(row);
  const b = column.serving(match);
  if (a === null && b === null) return false;
  column.compared++;
  const difference = differenceOf(a, b, tolerance);
  if (difference === 0) return false;
  column.mismatches++;
  column.first ??= { id, training: a, serving: b };
  if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(difference)) {
    column.maxDifference = Math.max(column.maxDifference ?? 0, difference);
  }
  keepLargest(column.examples, { id, training: a, serving: b, difference }, keep);
  return true;
}

function columnResult(column: ColumnTally): ColumnComparison {
  return {
    name: column.pair.name,
    compared: column.compared,
    mismatches: column.mismatches,
    mismatchShare: column.compared === 0 ? 0 : column.mismatches / column.compared,
    maxAbsoluteDifference: column.maxDifference,
    examples: column.examples.map(({ difference: _, ...mismatch }) => mismatch),
    first: column.first,
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

/** The keys `other` lacks, counted without an array of millions of ids. */
function countMissing(keys: Iterable<string>, other: ReadonlyMap<string, unknown>): number {
  let missing = 0;
  for (const key of keys) if (!other.has(key)) missing++;
  return missing;
}
