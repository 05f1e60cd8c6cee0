/**
 * Joins the chunks of each column (one per range of a file, or one for a file
 * read whole) into the columns of a TableScan: numeric chunks concatenated (or
 * their value counts merged, layout `distribution`, or their cell checks'
 * results, src/data/cell-checks.ts), category chunks given one
 * dictionary in order of first appearance, an `auto` column resolved to the
 * kind every chunk agreed on, and the bad cells located and kept in file
 * order. A chunk's arrays are released as soon as they are copied, so peak
 * memory stays near one copy of the data.
 */
import { type CellChecks, mergeCellChecks, noCellViolations } from '../data/cell-checks.ts';
import {
  allocateColumn,
  emptyBytes,
  emptyFloat64s,
  emptyInt32s,
  releaseColumn,
  resizeColumn,
} from '../data/column-memory.ts';
import { countRanges } from '../data/range-counts.ts';
import {
  type BadCell,
  CELL_MISSING,
  type NumericScanKind,
  type ScanColumn,
  type ScanLayout,
} from '../data/table-scan.ts';
import type { ColumnPlan } from './column-plans.ts';
import type { ChunkBadCell, ChunkColumn } from './scan-column-builder.ts';

/** Where a chunk's bad cell is in the file: its data row and line. */
export type LocateCell = (
  chunk: number,
  cell: Pick<ChunkBadCell, 'record' | 'line'>,
) => { row: number; line: number | undefined };

export interface MergedColumns {
  columns: ScanColumn[];
  /** Per plan: its `auto` column lost its dictionary in some chunk and must be read again as text. */
  needsTextPass: boolean[];
  badCells: BadCell[];
}

/** Joins `chunkColumns[chunk][c]` over the chunks, for each plan c; empties `chunkColumns` on the way. */
export function mergeChunkColumns(
  plans: readonly ColumnPlan[],
  chunkColumns: ChunkColumn[][],
  locate: LocateCell,
  settings: { layout: ScanLayout; badCellsPerColumn: number },
): MergedColumns {
  const columns: ScanColumn[] = [];
  const needsTextPass: boolean[] = [];
  const badCells: BadCell[] = [];
  plans.forEach((plan, c) => {
    const parts = chunkColumns.map((columnsOfChunk) => columnsOfChunk[c]!);
    const kind = mergedKind(plan, parts);
    const merged = mergeColumn(plan, kind, parts, settings.layout);
    columns.push(merged.column);
    needsTextPass.push(merged.needsTextPass);
    keepBadCells(badCells, plan.name, kind, parts, locate, settings.badCellsPerColumn);
    // Release the chunk arrays column by column, so peak memory stays near one copy.
    for (const columnsOfChunk of chunkColumns)
      columnsOfChunk[c] = undefined as unknown as ChunkColumn;
  });
  const order = new Map(plans.map((plan, c) => [plan.name, c]));
  badCells.sort((a, b) => a.row - b.row || order.get(a.column)! - order.get(b.column)!);
  return { columns, needsTextPass, badCells };
}

/** The kind of the joined column: the plan's, or for `auto` the one kind every deciding chunk settled on. */
function mergedKind(plan: ColumnPlan, parts: readonly ChunkColumn[]): NumericScanKind | 'category' {
  if (plan.kind !== 'auto') return plan.kind;
  // A loop, not a Set: a wide table asks this for every one of its columns.
  let only: NumericScanKind | 'category' | undefined;
  for (const { kind } of parts) {
    if (kind === 'undecided' || kind === only) continue;
    if (only !== undefined) return 'category';
    only = kind;
  }
  return only ?? 'category';
}

function mergeColumn(
  plan: ColumnPlan,
  kind: NumericScanKind | 'category',
  parts: readonly ChunkColumn[],
  layout: ScanLayout,
): { column: ScanColumn; needsTextPass: boolean } {
  const name = plan.name;
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  if (kind !== 'category' && plan.checks) {
    return { column: mergeChecked(name, kind, parts, plan.checks), needsTextPass: false };
  }
  if (kind !== 'category') {
    return { column: mergeNumeric(name, kind, parts, length), needsTextPass: false };
  }
  const textPass = parts.some((part) => !part.dictionary || !(part.codes || part.counts));
  const column = textPass
    ? emptyCategory(name, length)
    : layout === 'distribution'
      ? mergeCategoryCounts(name, parts)
      : mergeCategory(name, parts, length);
  return { column, needsTextPass: textPass };
}

/** Adds the first `limit` bad cells of the column's chunks, located in the file, to `badCells`. */
function keepBadCells(
  badCells: BadCell[],
  column: string,
  kind: NumericScanKind | 'category',
  parts: readonly ChunkColumn[],
  locate: LocateCell,
  limit: number,
): void {
  let kept = 0;
  parts.forEach((part, chunk) => {
    for (const cell of part.badCells) {
      if (kept++ >= limit) return;
      badCells.push({
        ...locate(chunk, cell),
        column,
        value: cell.value,
        expected: kind as NumericScanKind,
      });
    }
  });
}

/** A column scanned with cell checks: the chunks' results as one, and no rows. */
function mergeChecked(
  name: string,
  kind: NumericScanKind,
  parts: readonly ChunkColumn[],
  checks: CellChecks,
): ScanColumn {
  const checked = mergeCellChecks(
    parts.map((part) => ({ results: part.checked ?? noCellViolations(), rows: part.length })),
    checks.examples,
  );
  return { name, kind, values: emptyFloat64s, status: emptyBytes, ...cellCounts(parts), checked };
}

function cellCounts(parts: readonly ChunkColumn[]) {
  const counts = { presentCount: 0, missingCount: 0, badCount: 0 };
  for (const part of parts) {
    counts.presentCount += part.presentCount;
    counts.missingCount += part.missingCount;
    counts.badCount += part.badCount;
  }
  return counts;
}

function mergeNumeric(
  name: string,
  kind: NumericScanKind,
  parts: readonly ChunkColumn[],
  length: number,
): ScanColumn {
  const counts = cellCounts(parts);
  if (parts.some((part) => part.counted)) {
    // Layout `distribution`: the ranges' counts (an undecided range counted nothing); one range's table as it is.
    const ranges = parts.flatMap((part) => (part.counted ? [part.counted] : []));
    const counted = countRanges(ranges);
    return {
      name,
      kind,
      values: emptyFloat64s,
      status: emptyBytes,
      ...counts,
      counted,
    };
  }
  // One range: its arrays (cut to size on the reading thread) are the column.
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only?.values && only.status) {
    return { name, kind, values: only.values, status: only.status, ...counts };
  }
  const { values, status } = concatenateNumeric(parts, length);
  return { name, kind, values, status, ...counts };
}

/**
 * The parts' values and statuses one after the other; a part without values
 * (undecided) is missing. The first part's arrays grow in place when their
 * buffers have the room (a scan reserves it): its half of the data is then
 * neither copied nor held twice, and fresh memory is touched only for the rest.
 */
function concatenateNumeric(
  parts: readonly ChunkColumn[],
  length: number,
): { values: Float64Array; status: Uint8Array } {
  const first = parts[0];
  const valuesInPlace = grownInPlace(first?.values, length);
  const statusInPlace = grownInPlace(first?.status, length);
  const values = valuesInPlace ?? allocateColumn(Float64Array, length);
  const status = statusInPlace ?? allocateColumn(Uint8Array, length);
  let offset = 0;
  for (const part of parts) {
    if (part.values) {
      if (part.values.buffer !== values.buffer) {
        values.set(part.values.subarray(0, part.length), offset);
        // Freed now rather than at the next garbage collection: peak memory stays near one copy.
        releaseColumn(part.values);
      }
      if (part.status && part.status.buffer !== status.buffer) {
        status.set(part.status.subarray(0, part.length), offset);
        releaseColumn(part.status);
      }
    } else {
      values.fill(Number.NaN, offset, offset + part.length);
      status.fill(CELL_MISSING, offset, offset + part.length);
    }
    offset += part.length;
  }
  return { values, status };
}

/** `column` grown to `length` elements in its own buffer, when that buffer has the room; else undefined. */
function grownInPlace<T extends Float64Array | Uint8Array>(
  column: T | null | undefined,
  length: number,
): T | undefined {
  const buffer = column?.buffer;
  if (!column || !(buffer instanceof ArrayBuffer) || !buffer.resizable) return undefined;
  if (column.byteOffset !== 0 || buffer.maxByteLength < length * column.BYTES_PER_ELEMENT) {
    return undefined;
  }
  return resizeColumn(column, length);
}

/** One dictionary over the parts' texts, in order of first appearance; `add` gives a text's code. */
function globalDictionary() {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const counts: number[] = [];
  const add = (text: string): number => {
    let code = index.get(text);
    if (code === undefined) {
      code = dictionary.length;
      index.set(text, code);
      dictionary.push(text);
      counts.push(0);
    }
    return code;
  };
  return { dictionary, counts, add };
}

/** Category counts of the ranges, joined in order of first appearance. */
function mergeCategoryCounts(name: string, parts: readonly ChunkColumn[]): ScanColumn {
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only?.counts && only.counts.length === only.dictionary!.length) {
    // One range: its dictionary is in order of first appearance already (a wide table has thousands).
    return {
      name,
      kind: 'category',
      codes: emptyInt32s,
      dictionary: only.dictionary!,
      counts: only.counts,
      presentCount: only.presentCount,
      missingCount: only.missingCount,
      badCount: 0,
    };
  }
  const { dictionary, counts, add } = globalDictionary();
  let presentCount = 0;
  let missingCount = 0;
  for (const part of parts) {
    part.dictionary!.forEach((text, code) => {
      counts[add(text)]! += part.counts?.[code] ?? 0;
    });
    presentCount += part.presentCount;
    missingCount += part.missingCount;
  }
  return {
    name,
    kind: 'category',
    codes: emptyInt32s,
    dictionary,
    counts: Int32Array.from(counts),
    presentCount,
    missingCount,
    badCount: 0,
  };
}

/** Category codes of the ranges, recoded to one dictionary. Its inner loop is per row (hot). */
function mergeCategory(name: string, parts: readonly ChunkColumn[], length: number): ScanColumn {
  if (parts.length === 1) return wholeCategory(name, parts[0]!);
  const codes = allocateColumn(Int32Array, length);
  const { dictionary, counts, add } = globalDictionary();
  let offset = 0;
  let missingCount = 0;
  for (const part of parts) {
    const remap = part.dictionary!.map(add);
    const source = part.codes!;
    for (let i = 0; i < part.length; i++) {
      const code = source[i]!;
      if (code < 0) {
        codes[offset + i] = -1;
        missingCount++;
      } else {
        const global = remap[code]!;
        codes[offset + i] = global;
        counts[global]!++;
      }
    }
    releaseColumn(source);
    offset += part.length;
  }
  return {
    name,
    kind: 'category',
    codes,
    dictionary,
    counts: Int32Array.from(counts),
    presentCount: length - missingCount,
    missingCount,
    badCount: 0,
  };
}

/** One range's category column: its codes and dictionary are in order of first appearance already. */
function wholeCategory(name: string, part: ChunkColumn): ScanColumn {
  const codes = part.codes!;
  const dictionary = part.dictionary!;
  const counts = new Int32Array(dictionary.length);
  let missingCount = 0;
  for (let i = 0; i < part.length; i++) {
    const code = codes[i]!;
    if (code < 0) missingCount++;
    else counts[code]!++;
  }
  return {
    name,
    kind: 'category',
    codes,
    dictionary,
    counts,
    presentCount: part.length - missingCount,
    missingCount,
    badCount: 0,
  };
}

/** Placeholder for a column the text pass will replace. */
function emptyCategory(name: string, length: number): ScanColumn {
  return {
    name,
    kind: 'category',
    codes: new Int32Array(length).fill(-1),
    dictionary: [],
    counts: new Int32Array(0),
    presentCount: 0,
    missingCount: length,
    badCount: 0,
  };
}
