/**
 * Scans one byte range of a CSV file into typed column chunks. It runs in the
 * calling thread for small inputs and in worker threads for large files
 * (src/io/scan-worker.ts, which opens the file and hands its ByteSource in),
 * so its request and result are plain data and typed arrays. Line numbers in
 * the result are relative to the range's first line (0); the caller, which
 * knows how many lines came before, makes them absolute. The bytes are read
 * through a fixed-size window, so memory is the window plus the typed
 * columns. Cost: O(bytes in the range).
 */
import { ColumnArena, releaseColumn } from '../data/column-memory.ts';
import { isCounterState } from '../data/range-counts.ts';
import type { ScanLayout } from '../data/table-scan.ts';
import { momentsOf } from '../statistics/moments.ts';
import type { ByteSource } from './byte-source.ts';
import type { ColumnPlan } from './column-plans.ts';
import { CsvSimpleRecords } from './csv-simple-records.ts';
import { CsvTokenizer, fieldText, QUOTED_ESCAPES } from './csv-tokenizer.ts';
import { assertUtf8 } from './decode-utf8.ts';
import { type ChunkColumn, ScanColumnBuilder } from './scan-column-builder.ts';
import { TableReadError } from './table-read-error.ts';

const WINDOW_BYTES = 1 << 22;
/**
 * The first read fills this much of the window, not all of it. The fast lane
 * learns what each column needs (its kind settled, its codes cached) once per
 * window, and its first codes were cached only in the second 4 MB window: by
 * then V8 had optimized the scan's loop without ever caching one, and compiled
 * it again when the first was (`node --trace-opt`).
 */
const FIRST_READ_BYTES = 1 << 16;

/** What to scan in a range; the bytes themselves come as a ByteSource. */
export interface CsvChunkRequest {
  /** The file as the user wrote it, for messages. */
  source: string;
  /** Offset of the first record of the range. */
  start: number;
  /** The range ends before the first record starting at or after this offset. */
  stopAt: number;
  delimiter: string;
  missingValues: readonly string[];
  header: readonly string[];
  plans: readonly ColumnPlan[];
  badCellsPerColumn: number;
  badRowsKept: number;
  /**
   * The rows the range's arrays are first sized for. A range given less to
   * read than it was asked for (a tail another thread took of it, or took
   * from it) is sized for no more than its own bytes hold (expectedRowsIn):
   * a tail of 33,000 rows of the 1M-row drift's current file, sized for the
   * whole file's million, wrote 35 MB of fresh memory, the peak's largest swing.
   */
  expectedRows: number;
  /** The header's estimate of a record's length, by which a range's bytes are turned into rows. */
  bytesPerRecord: number;
  layout: ScanLayout;
  /**
   * Set for a range whose start is a guess (a line break that may lie inside a
   * quoted field): the scan gives up (`abandoned`) rather than grow its window
   * past `speculationLimit` bytes chasing a quote that, read out of phase, may
   * never close. The caller then scans the range from its true start.
   */
  speculative?: boolean;
  speculationLimit?: number;
  /**
   * Set for a range that is a whole file, as each file of a drift is: its
   * counted columns carry their moments, summed on the thread that read them
   * while the caller reads the other file (src/drift/numeric-side.ts). A range
   * of a larger pass leaves them out, since merging ranges drops them: every
   * million-row profile summed them on both threads for nothing.
   */
  sumMoments?: boolean;
  /**
   * Set for the ranges of a pass split between threads: counted columns come
   * as their counters' states, combined with the other ranges' before they
   * are tabled once (src/data/range-counts.ts).
   */
  handOverCounts?: boolean;
}

export interface ChunkBadRow {
  record: number;
  line: number;
  problem: string;
}

export interface CsvChunkScan {
  /** Offset where the range's last record ends (the next range must start here). */
  endOffset: number;
  /** Records in the range, bad rows included. */
  records: number;
  /** Line breaks consumed, i.e. the relative line on which the next range starts. */
  lines: number;
  /** Record indexes of bad rows, ascending. */
  badRecords: Int32Array;
  badRows: ChunkBadRow[];
  /** Flat pairs [record, delta]: from `record` on, a record's relative line is record + delta. */
  lineJumps: number[];
  columns: ChunkColumn[];
}

/** A failure inside the range: its line is relative, like every line in a chunk. */
export interface CsvChunkFailure {
  failure: { line: number | undefined; problem: string };
  endOffset: number;
}

/** A speculative range that gave up; see CsvChunkRequest.speculative. */
export interface CsvChunkAbandoned {
  abandoned: true;
}

export type CsvChunkOutcome = CsvChunkScan | CsvChunkFailure | CsvChunkAbandoned;

const SPECULATION_LIMIT = 64 << 20;
/** A record longer than this is taken for a quote that is never closed. */
const MAX_RECORD_BYTES = 512 << 20;

function badRowProblem(fields: number, header: readonly string[]): string {
  if (fields < header.length) {
    return `has ${fields} fields but the header has ${header.length}: no value for "${header[fields]}"; an empty value still needs its delimiter`;
  }
  return `has ${fields} fields but the header has ${header.length}; quote a value that contains the delimiter`;
}

/**
 * Each builder's column, the builder let go as soon as it is finished: a wide
 * table (thousands of columns) then never holds every builder and every
 * finished column at once.
 */
function finishColumns(
  builders: (ScanColumnBuilder | undefined)[],
  request: Pick<CsvChunkRequest, 'sumMoments' | 'handOverCounts'>,
  handBack: HandBack | undefined,
): ChunkColumn[] {
  let handOver = request.handOverCounts === true;
  return builders.map((builder, c) => {
    builders[c] = undefined;
    handOver ||= handBack?.() === true;
    const column = builder!.finish(handOver);
    const counted = column.counted;
    return request.sumMoments && counted && !isCounterState(counted)
      ? { ...column, counted: { ...counted, moments: momentsOf(counted.values, counted.weights) } }
      : column;
  });
}

/**
 * Asked before each column is finished: true once the thread waiting for this
 * range has nothing else to do (src/io/finishing-flag.ts). The columns not
 * yet finished then come as their counters' states, for the two threads to
 * finish together; the answer stays true.
 */
export type HandBack = () => boolean;

/**
 * Where a range that has read up to `position` now stops, when another
 * thread takes the rest of it (src/io/parallel-csv-scan.ts); at or after
 * `position`. Undefined: the stop stays.
 */
export type RangeCut = (position: number) => number | undefined;

/**
 * The rows a range of `bytes` is sized for: its records at `bytesPerRecord`,
 * with 2 % and 16 rows to spare. A record takes a byte at least (its line
 * break), so no estimate below 1 is believed.
 */
export function expectedRowsIn(bytes: number, bytesPerRecord: number): number {
  return Math.ceil((Math.max(0, bytes) / Math.max(1, bytesPerRecord)) * 1.02) + 16;
}

/**
 * Scans the range of `input` that `request` names; `cut`, asked before each
 * read, may move its stop earlier, and `handBack`, asked before each column
 * is finished, may leave the rest unfinished. The hot loop of every CSV
 * scan: kept as one function so that the record handlers, closures over the
 * window, stay monomorphic and inlined; the caller opens and closes `input`.
 */
export function scanCsvChunk(
  input: ByteSource,
  request: CsvChunkRequest,
  cut?: RangeCut,
  handBack?: HandBack,
): CsvChunkOutcome {
  const tokenizer = new CsvTokenizer(request.source, request.delimiter, 0);
  // Short columns share slabs: a wide table would otherwise pay a buffer per column.
  const arena = new ColumnArena();
  const bytes = Math.min(request.stopAt, input.size) - request.start;
  const expectedRows = Math.min(
    request.expectedRows,
    expectedRowsIn(bytes, request.bytesPerRecord),
  );
  const builders = request.plans.map(
    (plan) =>
      new ScanColumnBuilder(
        plan.kind,
        expectedRows,
        request.badCellsPerColumn,
        request.layout,
        arena,
        plan.checks,
      ),
  );
  const { plans, header } = request;
  const missingTexts = new Set(request.missingValues);
  const missingTokens = request.missingValues
    .filter((text) => text !== '')
    .map((text) => Buffer.from(text));
  const emptyIsMissing = missingTexts.has('');
  const badRecords: number[] = [];
  const badRows: ChunkBadRow[] = [];
  const lineJumps: number[] = [];
  let delta = 0;
  let records = 0;
  let window = Buffer.allocUnsafe(
    Math.min(WINDOW_BYTES, Math.max(1024, input.size - request.start)),
  );
  let windowStart = request.start;
  let filled = 0;
  let firstRead = true;
  let stopAt = request.stopAt;

  const isMissingToken = (bytes: Buffer, start: number, end: number): boolean => {
    for (const token of missingTokens) {
      if (token.length === end - start && token.compare(bytes, start, end) === 0) return true;
    }
    return false;
  };
  const indexes = Int32Array.from(plans, (plan) => plan.index);
  const anyTokens = missingTokens.length > 0;

  /** Bookkeeping of every record: its index, and the line table. */
  const nextRecord = (line: number): number => {
    const record = records++;
    if (line - record !== delta) {
      delta = line - record;
      lineJumps.push(record, delta);
    }
    return record;
  };

  const onRecord = (fieldCount: number, line: number) => {
    const record = nextRecord(line);
    if (fieldCount !== header.length) {
      badRecords.push(record);
      if (badRows.length < request.badRowsKept) {
        badRows.push({ record, line, problem: badRowProblem(fieldCount, header) });
      }
      return;
    }
    const bytes = window;
    const { starts, ends, quoting } = tokenizer;
    for (let c = 0; c < indexes.length; c++) {
      const index = indexes[c]!;
      const builder = builders[c]!;
      const start = starts[index]!;
      const end = ends[index]!;
      if (quoting[index] === QUOTED_ESCAPES) {
        const text = fieldText(tokenizer, bytes, index);
        if (missingTexts.has(text)) builder.addMissing();
        else builder.addText(text, record, line);
      } else if (start === end ? emptyIsMissing : anyTokens && isMissingToken(bytes, start, end)) {
        builder.addMissing();
      } else builder.addBytes(bytes, start, end, record, line);
    }
  };

  // Number and auto columns are parsed on the way in the fast lane, unless a
  // missing-value token is itself a plain decimal (-999, 0) the lane would read.
  const laneNumbers = !request.missingValues.some((text) => /^-?(?:\d+\.?\d*|\.\d+)$/.test(text));
  const simple = new CsvSimpleRecords(request.delimiter, header.length);
  const onSimpleBatch = (count: number, line: number) => {
    // The batch's records are consecutive lines.
    const record = nextRecord(line);
    records += count - 1;
    for (let c = 0; c < indexes.length; c++) {
      builders[c]!.addLaneCells(
        simple,
        indexes[c]!,
        count,
        window,
        record,
        line,
        emptyIsMissing,
        anyTokens ? isMissingToken : null,
      );
    }
  };
  /** Asks the lane for what each column now needs (a column may have settled, or dropped its dictionary). */
  const refreshModes = () => {
    for (let c = 0; c < indexes.length; c++) {
      builders[c]!.setLaneMode(simple, indexes[c]!, laneNumbers);
    }
  };

  /**
   * Frees the window (megabytes) now, not at the next full collection, and
   * gives the lane back for the next scan: a wide table is read in several
   * passes, each with its own. Freeing twice is harmless.
   */
  const releaseScratch = () => {
    releaseColumn(window);
    simple.release();
  };

  /** Splits window[0, filled) into records: the fast lane where it can, the tokenizer where not. */
  const tokenizeWindow = (final: boolean, stopAt: number): number => {
    let pos = 0;
    while (pos < filled && pos < stopAt) {
      refreshModes();
      pos = simple.run(window, pos, filled, stopAt, tokenizer.line, onSimpleBatch);
      tokenizer.line += simple.handled;
      if (pos >= filled || pos >= stopAt) break;
      const before = pos;
      pos = tokenizer.tokenize(window, pos, filled, final, onRecord, stopAt, 1);
      if (pos === before) break;
    }
    return pos;
  };

  try {
    for (;;) {
      if (filled === window.length) {
        if (
          request.speculative &&
          window.length >= (request.speculationLimit ?? SPECULATION_LIMIT)
        ) {
          return { abandoned: true };
        }
        if (window.length >= MAX_RECORD_BYTES) {
          throw new TableReadError(
            request.source,
            tokenizer.line,
            `a record is longer than ${MAX_RECORD_BYTES >> 20} MB: a quote is probably never closed; check the quotes from this line on`,
          );
        }
        const larger = Buffer.allocUnsafe(window.length * 2);
        window.copy(larger, 0, 0, filled);
        window = larger;
      }
      stopAt = cut?.(windowStart + filled) ?? stopAt;
      const room = firstRead ? Math.min(FIRST_READ_BYTES, window.length) : window.length;
      firstRead = false;
      const read = input.read(window, filled, room - filled, windowStart + filled);
      filled += read;
      const final = read === 0 || windowStart + filled >= input.size;
      const firstLine = tokenizer.line;
      const consumed = tokenizeWindow(final, stopAt - windowStart);
      assertUtf8(window, 0, consumed, request.source, firstLine);
      const endOffset = windowStart + consumed;
      if (endOffset >= stopAt || (final && consumed === filled)) {
        const lines = tokenizer.line;
        // Freed before the columns are finished, which makes their value tables: the scan's peak.
        releaseScratch();
        return {
          endOffset,
          records,
          lines,
          badRecords: Int32Array.from(badRecords),
          badRows,
          lineJumps,
          columns: finishColumns(builders, request, handBack),
        };
      }
      window.copy(window, 0, consumed, filled);
      windowStart = endOffset;
      filled -= consumed;
    }
  } catch (error) {
    if (error instanceof TableReadError) {
      return { failure: { line: error.line, problem: error.problem }, endOffset: windowStart };
    }
    throw error;
  } finally {
    releaseScratch();
  }
}
