/**
 * Scans a CSV, JSONL or Parquet file into a TableScan (src/data/table-scan.ts):
 * typed columns for the statistics, bad cells and bad rows counted and
 * located. Large CSV files are split at record boundaries and scanned on
 * worker threads; a thread that started inside a quoted field (its boundary
 * guess was wrong) is detected because the previous range ends elsewhere, and
 * its range is scanned again, so the result never depends on the threads.
 * Memory: the typed columns plus one read window per thread.
 */
import { stat } from 'node:fs/promises';
import { allocateColumn, releaseColumn } from '../data/column-memory.ts';
import { mergeValueCounts } from '../data/count-values.ts';
import type { TableFormat } from '../data/table.ts';
import {
  type BadCell,
  type BadRow,
  CELL_MISSING,
  type NumericScanKind,
  type ScanColumn,
  type ScanKind,
  type ScanLayout,
  type TableScan,
  type TableScanOptions,
} from '../data/table-scan.ts';
import {
  type ColumnPlan,
  type CsvChunkAbandoned,
  type CsvChunkFailure,
  type CsvChunkRequest,
  type CsvChunkScan,
  scanCsvChunk,
} from '../formats/csv-chunk-scan.ts';
import { CsvTokenizer, fieldText } from '../formats/csv-tokenizer.ts';
import { assertUtf8, bomLength } from '../formats/decode-utf8.ts';
import { formatFromPath } from '../formats/format-from-path.ts';
import { forEachJsonlLine } from '../formats/jsonl-lines.ts';
import { type ChunkColumn, ScanColumnBuilder } from '../formats/scan-column-builder.ts';
import { asTableReadError, TableReadError } from '../formats/table-read-error.ts';
import { openByteSource } from './byte-source.ts';
import { openParquet, parquetCell, readParquetRowGroups } from './parquet-row-groups.ts';
import { defaultScanThreads, scanCsvChunkOnWorker } from './scan-worker-pool.ts';

/** Below this many bytes a CSV file is scanned in the calling thread. */
export const PARALLEL_MIN_BYTES = 8 << 20;
const HEADER_WINDOW_BYTES = 1 << 16;

type Input = { path: string } | { bytes: Buffer };

interface Settings {
  source: string;
  format: TableFormat;
  delimiter: string;
  missingValues: readonly string[];
  columns: Readonly<Record<string, ScanKind>>;
  otherColumns: ScanKind | 'skip';
  badCellsPerColumn: number;
  badRowsKept: number;
  allowNoRows: boolean;
  layout: ScanLayout;
  threads: number;
}

function settingsFor(source: string, options: TableScanOptions): Settings {
  return {
    source,
    format: options.format ?? formatFromPath(source),
    delimiter: options.delimiter ?? (source.toLowerCase().endsWith('.tsv') ? '\t' : ','),
    missingValues: options.missingValues ?? [''],
    columns: options.columns ?? {},
    otherColumns: options.otherColumns ?? 'skip',
    badCellsPerColumn: options.badCellsPerColumn ?? 100,
    badRowsKept: options.badRowsKept ?? 100,
    allowNoRows: options.allowNoRows ?? false,
    layout: options.layout ?? 'rows',
    threads: Math.max(1, Math.floor(options.threads ?? defaultScanThreads())),
  };
}

/** Scans a file on disk. `source` is the path as the user wrote it, for messages. */
export async function scanTableFile(
  absolutePath: string,
  source: string,
  options: TableScanOptions = {},
): Promise<TableScan> {
  activeFileScans++;
  try {
    return await scanFile(absolutePath, source, options);
  } catch (error) {
    throw asTableReadError(source, error);
  } finally {
    activeFileScans--;
  }
}

/**
 * File scans under way. Scans started together (`Promise.all`) have all been
 * counted by the time any of them reaches its first await, so they share the
 * threads: two files on two threads are one range each, and a range scanned
 * whole needs no join with others (no copy of the rows layout's columns, no
 * merge of the distribution layout's counts, which then happen on the
 * scanning threads instead of this one).
 */
let activeFileScans = 0;

async function scanFile(
  absolutePath: string,
  source: string,
  options: TableScanOptions,
): Promise<TableScan> {
  const settings = settingsFor(source, options);
  if (settings.format === 'parquet') return scanParquet(absolutePath, settings);
  const input = { path: absolutePath };
  if (settings.format === 'jsonl') return scanJsonl(input, settings);
  const { size } = await stat(absolutePath);
  const { header, plans } = prepareCsv(input, settings);
  const ranges = Math.max(1, Math.floor(settings.threads / activeFileScans));
  const pass = (scanPlans: readonly ColumnPlan[]) =>
    settings.threads > 1 && size - header.dataStart >= PARALLEL_MIN_BYTES
      ? scanCsvParallel(input, size, header, scanPlans, settings, ranges)
      : scanCsvPass(input, size, header, scanPlans, settings);
  const first = await pass(plans);
  const again = textPassPlans(plans, first.needsTextPass);
  return finishCsv(
    header,
    settings,
    first,
    again,
    again.length > 0 ? await pass(again) : undefined,
  );
}

/** Scans CSV or JSONL text held in memory (tests, in-memory workspaces), in this thread. */
export function scanTableText(
  text: string,
  source: string,
  options: TableScanOptions = {},
): TableScan {
  return scanTableBytes(Buffer.from(text), source, options);
}

/** As scanTableText, for bytes (which need not be valid UTF-8: that is checked). */
export function scanTableBytes(
  bytes: Buffer,
  source: string,
  options: TableScanOptions = {},
): TableScan {
  const settings = { ...settingsFor(source, options), threads: 1 };
  if (settings.format === 'parquet') {
    throw new TableReadError(source, undefined, 'Parquet is binary; scan it from a file');
  }
  const input = { bytes };
  if (settings.format === 'jsonl') return scanJsonl(input, settings);
  const { header, plans } = prepareCsv(input, settings);
  const first = scanCsvPass(input, bytes.length, header, plans, settings);
  const again = textPassPlans(plans, first.needsTextPass);
  return finishCsv(
    header,
    settings,
    first,
    again,
    again.length > 0 ? scanCsvPass(input, bytes.length, header, again, settings) : undefined,
  );
}

/** `auto` columns that fell back to text after their dictionary grew large: read again as text. */
function textPassPlans(
  plans: readonly ColumnPlan[],
  needsTextPass: readonly boolean[],
): ColumnPlan[] {
  return plans
    .filter((_plan, c) => needsTextPass[c])
    .map((plan) => ({ ...plan, kind: 'category' as const }));
}

/** Replaces the columns of `first` that were read again as text in `second`. */
function withTextPass(
  first: Merged,
  again: readonly ColumnPlan[],
  second: Merged | undefined,
): Merged {
  if (!second) return first;
  const columns = [...first.columns];
  again.forEach((plan, i) => {
    columns[first.plans.findIndex((p) => p.name === plan.name)] = second.columns[i]!;
  });
  return { ...first, columns };
}

/** Which columns to read, and how, given the file's columns. */
function planColumns(names: readonly string[], settings: Settings): ColumnPlan[] {
  for (const name of Object.keys(settings.columns)) {
    if (!names.includes(name)) {
      throw new TableReadError(
        settings.source,
        undefined,
        `no column named "${name}"; the file has: ${names.join(', ')}`,
      );
    }
  }
  const plans: ColumnPlan[] = [];
  names.forEach((name, index) => {
    const kind = Object.hasOwn(settings.columns, name)
      ? settings.columns[name]!
      : settings.otherColumns;
    if (kind !== 'skip') plans.push({ name, index, kind });
  });
  return plans;
}

function checkHeader(names: readonly string[], source: string, line: number): void {
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (name.trim() === '') {
      throw new TableReadError(
        source,
        line,
        `column ${index + 1} of the header has no name; name it (pandas writes an unnamed index column: save with index=False)`,
      );
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new TableReadError(
        source,
        line,
        `the header names column "${name}" twice (columns ${earlier + 1} and ${index + 1}); rename one`,
      );
    }
    seen.set(name, index);
  });
}

interface CsvHeader {
  names: string[];
  /** Line of the header record. */
  line: number;
  /** Offset of the first data record. */
  dataStart: number;
  /** Absolute line of the first data record. */
  dataLine: number;
  /** Bytes per record in the first window, to size the columns. */
  bytesPerRecord: number;
}

function readCsvHeader(input: Input, settings: Settings): CsvHeader {
  const source = openByteSource(input);
  try {
    let window = Buffer.allocUnsafe(Math.min(HEADER_WINDOW_BYTES, Math.max(16, source.size)));
    for (;;) {
      const filled = source.read(window, 0, window.length, 0);
      const final = filled >= source.size;
      const bom = bomLength(window.subarray(0, filled));
      const tokenizer = new CsvTokenizer(settings.source, settings.delimiter);
      let header: CsvHeader | undefined;
      let records = 0;
      const consumed = tokenizer.tokenize(window, bom, filled, final, (fieldCount, line) => {
        records++;
        if (header) return;
        assertUtf8(window, bom, tokenizer.recordEnd, settings.source, 1);
        const names = Array.from({ length: fieldCount }, (_, i) => fieldText(tokenizer, window, i));
        header = {
          names,
          line,
          dataStart: tokenizer.recordEnd,
          dataLine: tokenizer.line,
          bytesPerRecord: 0,
        };
      });
      if (header) {
        const dataRecords = records - 1;
        header.bytesPerRecord = dataRecords > 0 ? (consumed - header.dataStart) / dataRecords : 64;
        return header;
      }
      if (final) {
        throw new TableReadError(
          settings.source,
          undefined,
          'the file is empty; it needs a header row and data rows',
        );
      }
      window = Buffer.allocUnsafe(window.length * 4);
    }
  } finally {
    source.close();
  }
}

/** Offsets just after the first line break at or after each target: candidate record starts. */
function splitPoints(input: Input, from: number, size: number, parts: number): number[] {
  const source = openByteSource(input);
  const probe = Buffer.allocUnsafe(1 << 16);
  const points: number[] = [];
  try {
    for (let k = 1; k < parts; k++) {
      let position = Math.max(
        from + Math.floor(((size - from) * k) / parts),
        points.at(-1) ?? from,
      );
      for (;;) {
        const read = source.read(probe, 0, probe.length, position);
        if (read === 0) break;
        const newline = probe.subarray(0, read).indexOf(0x0a);
        if (newline >= 0) {
          if (position + newline + 1 < size) points.push(position + newline + 1);
          break;
        }
        position += read;
      }
    }
  } finally {
    source.close();
  }
  return [...new Set(points)];
}

function prepareCsv(input: Input, settings: Settings): { header: CsvHeader; plans: ColumnPlan[] } {
  const header = readCsvHeader(input, settings);
  checkHeader(header.names, settings.source, header.line);
  return { header, plans: planColumns(header.names, settings) };
}

function finishCsv(
  header: CsvHeader,
  settings: Settings,
  first: Merged,
  again: readonly ColumnPlan[],
  second: Merged | undefined,
): TableScan {
  const scan = buildScan(settings, 'csv', header.names, withTextPass(first, again, second));
  if (scan.rowCount === 0 && scan.badRowCount === 0 && !settings.allowNoRows) {
    throw new TableReadError(
      settings.source,
      undefined,
      'the file has a header but no rows; a table needs at least one data row',
    );
  }
  return scan;
}

/** The merged chunks of a scan, before they become a TableScan. */
interface Merged {
  plans: readonly ColumnPlan[];
  columns: ScanColumn[];
  needsTextPass: boolean[];
  badCells: BadCell[];
  badRows: BadRow[];
  badRowCount: number;
  records: number;
  badRecords: Int32Array;
  /** Flat pairs [record, delta]: from `record` on, line = record + delta. */
  lineJumps: number[];
  hasLines: boolean;
}

function chunkRequest(
  input: Input,
  size: number,
  header: CsvHeader,
  plans: readonly ColumnPlan[],
  settings: Settings,
  start: number,
  stopAt: number,
): CsvChunkRequest {
  const end = Math.min(size, stopAt);
  return {
    path: 'path' in input ? input.path : null,
    ...('bytes' in input ? { bytes: input.bytes } : {}),
    source: settings.source,
    start,
    stopAt,
    delimiter: settings.delimiter,
    missingValues: settings.missingValues,
    header: header.names,
    plans,
    badCellsPerColumn: settings.badCellsPerColumn,
    badRowsKept: settings.badRowsKept,
    expectedRows: Math.ceil(((end - start) / header.bytesPerRecord) * 1.02) + 16,
    layout: settings.layout,
  };
}

/** One pass over the file in this thread. */
function scanCsvPass(
  input: Input,
  size: number,
  header: CsvHeader,
  plans: readonly ColumnPlan[],
  settings: Settings,
): Merged {
  const outcome = scanCsvChunk(
    chunkRequest(input, size, header, plans, settings, header.dataStart, Number.POSITIVE_INFINITY),
  );
  if (!('columns' in outcome)) throw failureAt(outcome, header.dataLine, settings.source);
  return mergeCsvChunks([outcome], plans, header.dataLine, settings);
}

/** One pass over the file, its ranges on worker threads. */
async function scanCsvParallel(
  input: { path: string },
  size: number,
  header: CsvHeader,
  plans: readonly ColumnPlan[],
  settings: Settings,
  ranges: number,
): Promise<Merged> {
  const starts = [header.dataStart, ...splitPoints(input, header.dataStart, size, ranges)];
  const stops = [...starts.slice(1), Number.POSITIVE_INFINITY];
  const request = (k: number, start: number) =>
    chunkRequest(input, size, header, plans, settings, start, stops[k]!);
  const outcomes = await Promise.all(
    starts.map((start, k) =>
      scanCsvChunkOnWorker({ ...request(k, start), speculative: k > 0 }, settings.threads),
    ),
  );
  // Each range must start where the previous one ended; if not, its start was inside a quoted field.
  const chunks: CsvChunkScan[] = [];
  let line = header.dataLine;
  for (let k = 0; k < outcomes.length; k++) {
    const expectedStart = k === 0 ? header.dataStart : chunks[k - 1]!.endOffset;
    const guess = outcomes[k]!;
    const outcome =
      expectedStart === starts[k] && !('abandoned' in guess)
        ? guess
        : scanCsvChunk(request(k, expectedStart));
    if (!('columns' in outcome)) throw failureAt(outcome, line, settings.source);
    chunks.push(outcome);
    line += outcome.lines;
  }
  return mergeCsvChunks(chunks, plans, header.dataLine, settings);
}

function failureAt(
  outcome: CsvChunkFailure | CsvChunkAbandoned,
  firstLine: number,
  source: string,
): TableReadError {
  // Only speculative ranges give up, and those are scanned again from their true start.
  if ('abandoned' in outcome) throw new Error('a range scanned from its true start gave up');
  const { line, problem } = outcome.failure;
  return new TableReadError(source, line === undefined ? undefined : firstLine + line, problem);
}

function mergeCsvChunks(
  chunks: readonly CsvChunkScan[],
  plans: readonly ColumnPlan[],
  dataLine: number,
  settings: Settings,
): Merged {
  const lineJumps: number[] = [];
  const badRecords: number[] = [];
  const badRows: BadRow[] = [];
  const recordBases: number[] = [];
  const lineBases: number[] = [];
  let records = 0;
  let line = dataLine;
  let badRowCount = 0;
  for (const chunk of chunks) {
    recordBases.push(records);
    lineBases.push(line);
    const pushJump = (record: number, delta: number) => {
      if (lineJumps.at(-1) === delta) return;
      lineJumps.push(record, delta);
    };
    pushJump(records, line - records);
    for (let j = 0; j < chunk.lineJumps.length; j += 2) {
      pushJump(records + chunk.lineJumps[j]!, line - records + chunk.lineJumps[j + 1]!);
    }
    for (const record of chunk.badRecords) badRecords.push(records + record);
    for (const bad of chunk.badRows) {
      if (badRows.length < settings.badRowsKept) {
        badRows.push({
          row: records + bad.record + 1,
          line: line + bad.line,
          problem: bad.problem,
        });
      }
    }
    badRowCount += chunk.badRecords.length;
    records += chunk.records;
    line += chunk.lines;
  }
  const merged = mergeColumns(
    plans,
    chunks.map((chunk) => chunk.columns),
    (chunk, cell) => ({
      row: recordBases[chunk]! + cell.record + 1,
      line: lineBases[chunk]! + cell.line!,
    }),
    settings,
  );
  return {
    plans,
    ...merged,
    badRows,
    badRowCount,
    records,
    badRecords: Int32Array.from(badRecords),
    lineJumps,
    hasLines: true,
  };
}

/** Joins the chunks of each column into one typed column. */
function mergeColumns(
  plans: readonly ColumnPlan[],
  chunkColumns: ChunkColumn[][],
  locate: (
    chunk: number,
    cell: { record: number; line: number | undefined },
  ) => { row: number; line: number | undefined },
  settings: Settings,
): { columns: ScanColumn[]; needsTextPass: boolean[]; badCells: BadCell[] } {
  const columns: ScanColumn[] = [];
  const needsTextPass: boolean[] = [];
  const badCells: BadCell[] = [];
  plans.forEach((plan, c) => {
    const parts = chunkColumns.map((columnsOfChunk) => columnsOfChunk[c]!);
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    const decided = new Set(parts.map((part) => part.kind));
    decided.delete('undecided');
    const only = decided.size === 1 ? [...decided][0]! : 'category';
    const kind: NumericScanKind | 'category' =
      plan.kind === 'auto' ? (only === 'undecided' ? 'category' : only) : plan.kind;
    const distribution = settings.layout === 'distribution';
    if (kind === 'category') {
      const textPass = parts.some((part) => !part.dictionary || !(part.codes || part.counts));
      needsTextPass.push(textPass);
      columns.push(
        textPass
          ? emptyCategory(plan.name, length)
          : distribution
            ? mergeCategoryCounts(plan.name, parts)
            : mergeCategory(plan.name, parts, length),
      );
    } else {
      needsTextPass.push(false);
      columns.push(mergeNumeric(plan.name, kind, parts, length));
    }
    let kept = 0;
    parts.forEach((part, chunk) => {
      for (const cell of part.badCells) {
        if (kept++ >= settings.badCellsPerColumn) return;
        badCells.push({
          ...locate(chunk, cell),
          column: plan.name,
          value: cell.value,
          expected: kind as NumericScanKind,
        });
      }
    });
    // Release the chunk arrays column by column, so peak memory stays near one copy.
    for (const columnsOfChunk of chunkColumns)
      columnsOfChunk[c] = undefined as unknown as ChunkColumn;
  });
  const order = new Map(plans.map((plan, c) => [plan.name, c]));
  badCells.sort((a, b) => a.row - b.row || order.get(a.column)! - order.get(b.column)!);
  return { columns, needsTextPass, badCells };
}

function mergeNumeric(
  name: string,
  kind: NumericScanKind,
  parts: readonly ChunkColumn[],
  length: number,
): ScanColumn {
  const sum = (key: 'presentCount' | 'missingCount' | 'badCount') =>
    parts.reduce((total, part) => total + part[key], 0);
  const counts = {
    presentCount: sum('presentCount'),
    missingCount: sum('missingCount'),
    badCount: sum('badCount'),
  };
  if (parts.some((part) => part.counted)) {
    // Layout `distribution`: the ranges' counts (an undecided range counted nothing).
    const counted = mergeValueCounts(parts.flatMap((part) => (part.counted ? [part.counted] : [])));
    return {
      name,
      kind,
      values: new Float64Array(0),
      status: new Uint8Array(0),
      ...counts,
      counted,
    };
  }
  // One range: its arrays (cut to size on the reading thread) are the column.
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only?.values && only.status) {
    return { name, kind, values: only.values, status: only.status, ...counts };
  }
  const values = allocateColumn(Float64Array, length);
  const status = allocateColumn(Uint8Array, length);
  let offset = 0;
  for (const part of parts) {
    if (part.values) {
      values.set(part.values.subarray(0, part.length), offset);
      if (part.status) status.set(part.status.subarray(0, part.length), offset);
      // Freed now rather than at the next garbage collection: peak memory stays near one copy.
      releaseColumn(part.values);
      if (part.status) releaseColumn(part.status);
    } else {
      values.fill(Number.NaN, offset, offset + part.length);
      status.fill(CELL_MISSING, offset, offset + part.length);
    }
    offset += part.length;
  }
  return { name, kind, values, status, ...counts };
}

/** Category counts of the ranges, joined in order of first appearance. */
function mergeCategoryCounts(name: string, parts: readonly ChunkColumn[]): ScanColumn {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const counts: number[] = [];
  let presentCount = 0;
  let missingCount = 0;
  for (const part of parts) {
    part.dictionary!.forEach((text, code) => {
      let global = index.get(text);
      if (global === undefined) {
        global = dictionary.length;
        index.set(text, global);
        dictionary.push(text);
        counts.push(0);
      }
      counts[global]! += part.counts?.[code] ?? 0;
    });
    presentCount += part.presentCount;
    missingCount += part.missingCount;
  }
  return {
    name,
    kind: 'category',
    codes: new Int32Array(0),
    dictionary,
    counts: Int32Array.from(counts),
    presentCount,
    missingCount,
    badCount: 0,
  };
}

function mergeCategory(name: string, parts: readonly ChunkColumn[], length: number): ScanColumn {
  // One range: its codes are already in order of first appearance in the file.
  const codes = parts.length === 1 ? parts[0]!.codes! : allocateColumn(Int32Array, length);
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const counts: number[] = [];
  let offset = 0;
  let missingCount = 0;
  for (const part of parts) {
    const local = part.dictionary!;
    const remap = local.map((text) => {
      let code = index.get(text);
      if (code === undefined) {
        code = dictionary.length;
        index.set(text, code);
        dictionary.push(text);
        counts.push(0);
      }
      return code;
    });
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
    if (source !== codes) releaseColumn(source);
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

function buildScan(
  settings: Settings,
  format: TableFormat,
  columnNames: readonly string[],
  merged: Merged,
): TableScan {
  const { badRecords, lineJumps } = merged;
  const byName = new Map(merged.columns.map((column) => [column.name, column]));
  const rowCount = merged.records - badRecords.length;
  const recordOf = (index: number): number => {
    // Bad record j has badRecords[j] - j good rows before it; count those at or before `index`.
    let low = 0;
    let high = badRecords.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (badRecords[mid]! - mid <= index) low = mid + 1;
      else high = mid;
    }
    return index + low;
  };
  const lineOfRecord = (record: number): number => {
    let low = 0;
    let high = lineJumps.length / 2;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (lineJumps[mid * 2]! <= record) low = mid + 1;
      else high = mid;
    }
    return record + (low === 0 ? 0 : lineJumps[(low - 1) * 2 + 1]!);
  };
  return {
    source: settings.source,
    format,
    layout: settings.layout,
    columnNames,
    rowCount,
    columns: merged.columns,
    column: (name) => byName.get(name),
    badCells: merged.badCells,
    badRows: merged.badRows,
    badRowCount: merged.badRowCount,
    dataRowOf: (index) => recordOf(index) + 1,
    lineOf: (index) => (merged.hasLines ? lineOfRecord(recordOf(index)) : undefined),
  };
}

/**
 * Adds a JSON or Parquet value: strings are text (or missing when one of the
 * missing tokens), numbers and booleans typed, INT64 exact, DATE/TIMESTAMP
 * values times, anything nested its JSON text.
 */
function addLooseValue(
  builder: ScanColumnBuilder,
  value: unknown,
  missing: ReadonlySet<string>,
  isDate: boolean,
  record: number,
  line: number | undefined,
): void {
  if (value === null || value === undefined) builder.addMissing();
  else if (typeof value === 'number' || typeof value === 'boolean')
    builder.addTyped(value, record, line);
  else if (typeof value === 'string') {
    if (missing.has(value)) builder.addMissing();
    else builder.addText(value, record, line);
  } else if (value instanceof Date) builder.addTime(value.getTime(), isDate, record, line);
  else {
    const cell = parquetCell(value);
    if (typeof cell === 'number') builder.addTyped(cell, record, line);
    else builder.addText(String(cell), record, line);
  }
}

/** Builders for a file whose columns appear as rows arrive (JSONL) or are known (Parquet). */
class RowBuilders {
  readonly names: string[] = [];
  readonly plans: ColumnPlan[] = [];
  readonly builders: ScanColumnBuilder[] = [];
  private readonly byName = new Map<string, ScanColumnBuilder | null>();
  rows = 0;
  private readonly settings: Settings;
  private readonly missing: ReadonlySet<string>;

  constructor(settings: Settings) {
    this.settings = settings;
    this.missing = new Set(settings.missingValues);
  }

  /** The builder of a column (added, with missing cells for earlier rows, when new); null when skipped. */
  builder(name: string): ScanColumnBuilder | null {
    let builder = this.byName.get(name);
    if (builder === undefined) {
      const kind = Object.hasOwn(this.settings.columns, name)
        ? this.settings.columns[name]!
        : this.settings.otherColumns;
      this.names.push(name);
      builder = null;
      if (kind !== 'skip') {
        builder = new ScanColumnBuilder(
          kind,
          1024,
          this.settings.badCellsPerColumn,
          this.settings.layout,
        );
        for (let i = 0; i < this.rows; i++) builder.addMissing();
        this.plans.push({ name, index: this.names.length - 1, kind });
        this.builders.push(builder);
      }
      this.byName.set(name, builder);
    }
    return builder;
  }

  add(builder: ScanColumnBuilder, value: unknown, record: number, line: number | undefined): void {
    addLooseValue(builder, value, this.missing, false, record, line);
  }

  /** Ends a row: columns it did not mention get a missing cell. */
  endRow(): void {
    this.rows++;
    for (const builder of this.builders) builder.padTo(this.rows);
  }
}

function scanJsonl(input: Input, settings: Settings): TableScan {
  const rows = new RowBuilders(settings);
  for (const name of Object.keys(settings.columns)) rows.builder(name);
  const requested = new Set(Object.keys(settings.columns));
  const seen = new Set<string>();
  const badRecords: number[] = [];
  const badRows: BadRow[] = [];
  const lineJumps: number[] = [];
  let records = 0;
  forEachJsonlLine(input, settings.source, {
    record(value, line) {
      const record = records++;
      if (lineJumps.at(-1) !== line - record) lineJumps.push(record, line - record);
      for (const [key, cell] of Object.entries(value)) {
        seen.add(key);
        const builder = rows.builder(key);
        if (builder) rows.add(builder, cell, record, line);
      }
      rows.endRow();
    },
    badLine(line, problem) {
      const record = records++;
      if (lineJumps.at(-1) !== line - record) lineJumps.push(record, line - record);
      badRecords.push(record);
      if (badRows.length < settings.badRowsKept)
        badRows.push({ row: record + 1, line, problem: `line ${problem}` });
    },
  });
  if (records === 0) {
    throw new TableReadError(
      settings.source,
      undefined,
      'the file is empty; it needs one JSON object per line',
    );
  }
  const absent = [...requested].filter((name) => !seen.has(name));
  if (absent.length > 0) {
    throw new TableReadError(
      settings.source,
      undefined,
      `no row has a key named "${absent[0]}"; the rows have: ${rows.names.filter((name) => seen.has(name)).join(', ')}`,
    );
  }
  const chunkColumns = [rows.builders.map((builder) => builder.finish())];
  const merged = mergeColumns(
    rows.plans,
    chunkColumns,
    (_chunk, cell) => ({ row: cell.record + 1, line: cell.line }),
    settings,
  );
  // `auto` columns with large text dictionaries were dropped; JSONL scans read them again as text.
  const again = rows.plans.filter((_plan, c) => merged.needsTextPass[c]);
  if (again.length > 0) {
    const text = scanJsonl(input, {
      ...settings,
      columns: Object.fromEntries(again.map((plan) => [plan.name, 'category'])),
      otherColumns: 'skip',
    });
    for (const plan of again) merged.columns[rows.plans.indexOf(plan)] = text.column(plan.name)!;
  }
  const names = rows.names.filter((name) => seen.has(name));
  return buildScan(settings, 'jsonl', names, {
    plans: rows.plans,
    ...merged,
    badRows,
    badRowCount: badRecords.length,
    records,
    badRecords: Int32Array.from(badRecords),
    lineJumps,
    hasLines: true,
  });
}

async function scanParquet(absolutePath: string, settings: Settings): Promise<TableScan> {
  const opened = await openParquet(absolutePath, settings.source);
  const plans = planColumns(opened.columnNames, settings);
  if (opened.rowCount === 0 && !settings.allowNoRows) {
    throw new TableReadError(
      settings.source,
      undefined,
      'the file has a header (columns) but no rows; a table needs at least one data row',
    );
  }
  const builders = plans.map(
    (plan) =>
      new ScanColumnBuilder(
        plan.kind,
        opened.rowCount,
        settings.badCellsPerColumn,
        settings.layout,
      ),
  );
  const missing = new Set(settings.missingValues);
  let record = 0;
  await readParquetRowGroups(
    opened,
    settings.source,
    plans.map((plan) => plan.name),
    (values, rowCount) => {
      plans.forEach((plan, c) => {
        const data = values.get(plan.name)!;
        const builder = builders[c]!;
        const isDate = opened.dateColumns.has(plan.name);
        for (let i = 0; i < rowCount; i++) {
          const value = data[i];
          if (typeof value === 'number') builder.addTyped(value, record + i, undefined);
          else addLooseValue(builder, value, missing, isDate, record + i, undefined);
        }
      });
      record += rowCount;
    },
    'values',
  );
  const merged = mergeColumns(
    plans,
    [builders.map((builder) => builder.finish())],
    (_chunk, cell) => ({ row: cell.record + 1, line: undefined }),
    settings,
  );
  const again = plans.filter((_plan, c) => merged.needsTextPass[c]);
  if (again.length > 0) {
    const text = await scanParquet(absolutePath, {
      ...settings,
      columns: Object.fromEntries(again.map((plan) => [plan.name, 'category'])),
      otherColumns: 'skip',
    });
    for (const plan of again) merged.columns[plans.indexOf(plan)] = text.column(plan.name)!;
  }
  return buildScan(settings, 'parquet', opened.columnNames, {
    plans,
    ...merged,
    badRows: [],
    badRowCount: 0,
    records: opened.rowCount,
    badRecords: new Int32Array(0),
    lineJumps: [],
    hasLines: false,
  });
}
