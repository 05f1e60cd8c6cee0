/**
 * Builds one column of one chunk of a scan: typed arrays that grow as rows
 * arrive, plus counts and the first bad cells. CSV fields arrive as bytes
 * (`addBytes`), JSONL/Parquet values as cells (`addCell`); both apply the same
 * rules as parseNumberCell / parseIntegerCell / parseBooleanCell /
 * parseIsoDate / parseIsoDatetime. An `auto` column settles on the first kind
 * its first present cell fits (number, date, datetime) and falls back to
 * category when a later cell does not fit; it keeps a dictionary of values
 * while that stays small, so the fallback needs no second pass over the file.
 * In the `distribution` layout no per-row arrays exist: present numbers are
 * counted block by block (src/data/value-counter.ts), and categories counted
 * as they arrive; an `auto` column's dates, datetimes and booleans, whose
 * texts it counts by code anyway, are tabled from those codes at the end. A numeric column scanned with cell checks keeps neither:
 * each cell is checked as it arrives (src/data/cell-checks.ts).
 */

import { CellChecker, type CellCheckResults, type CellChecks } from '../data/cell-checks.ts';
import {
  allocateColumn,
  ColumnArena,
  type ColumnType,
  cutColumn,
  releaseColumn,
  resizeColumn,
} from '../data/column-memory.ts';
import { countByCode, countFewValues, FEW_VALUES } from '../data/count-values.ts';
import type { RangeCounts } from '../data/range-counts.ts';
import type { NumericScanKind, ScanKind, ScanLayout, ValueCounts } from '../data/table-scan.ts';
import { CELL_BAD, CELL_MISSING } from '../data/table-scan.ts';
import { ValueCounter } from '../data/value-counter.ts';
import { ByteDictionary } from './byte-dictionary.ts';
import { type CsvSimpleRecords, LANE_CODE, LANE_HASH, LANE_NUMBER } from './csv-simple-records.ts';
import { parseBooleanCell } from './parse-boolean.ts';
import { parseIsoDate, parseIsoDatetime } from './parse-date.ts';
import { parseIntegerCell, parseNumberCell } from './parse-number.ts';
import { parseIntegerBytes, parseNumberBytes } from './parse-number-bytes.ts';

/**
 * An `auto` column keeps its dictionary up to this many distinct values (per
 * chunk), so that falling back to text in the chunk needs no second pass; a column that
 * reads as numbers keeps it only while small (flags, counts, ratings), since
 * a late non-number in a long numeric column is rare and a second pass is
 * cheaper than hashing every number.
 */
const AUTO_DICTIONARY_LIMIT = 1 << 16;
const AUTO_NUMBER_DICTIONARY_LIMIT = 1 << 8;
/** Columns reserve room for this many times the rows expected, to grow in place. */
const ROOM = 4;
/** Dates, datetimes and booleans are parsed once per distinct text up to this many. */
const PARSE_CACHE_LIMIT = 1 << 16;
/**
 * Layout `distribution`: present numbers wait in a block of at most this many
 * and are counted when it fills, so memory holds one block per column however
 * long the file. 128 KB: at 2 MB the blocks of 16 numeric columns on each of two
 * scan threads were a quarter of the 1M-row drift's peak (253 MB, now 225), and
 * smaller blocks were no slower, with value counts identical however blocked,
 * also for doubles in full precision, whose blocks are counted and merged.
 */
const BLOCK = 1 << 14;
/**
 * The first block holds at most this many, and each next one twice as many up
 * to BLOCK, so that every path that fills a block (a run of numbers, one number)
 * has filled one in the first batches: a path that had never filled one when V8
 * optimized the scan's loop was a deoptimization the first time it did, and the
 * loop, with all it inlines, was compiled again. With a first block of BLOCK,
 * Turbofan compiled that loop (addLaneCells) 5 to 6 times in the 1M-row drift,
 * and takeNumberRun 4 times; with this one 4 and 2 (`node --trace-opt`).
 */
const FIRST_BLOCK = 1 << 9;
/**
 * addLaneCells' hot paths: numbers into the block (layout `rows`: the column); category
 * codes counted (`rows`: noted per row); dates, datetimes and booleans whose text was
 * parsed before. Layout `rows` takes them too since `mlgate metrics` read 1,000,000
 * predictions through them: each label had gone through addBytes and addPresent, and
 * the scan's JavaScript took about 68 instead of 80 ms (`node --cpu-prof`, 3 runs).
 */
const DIRECT_NUMBERS = 1;
const DIRECT_CATEGORIES = 2;
const DIRECT_CACHED = 3;

/** What `bytes` holds between cells: one empty buffer for every builder. */
const noBytes = Buffer.alloc(0);

export interface ChunkBadCell {
  /** Record index within the chunk (bad rows included). */
  record: number;
  /** Line relative to the chunk's first line (CSV, JSONL); undefined for Parquet. */
  line: number | undefined;
  value: string;
}

/** One column of one chunk. Arrays may have spare capacity beyond `length`. */
export interface ChunkColumn {
  /** What the chunk settled on; `undecided` for an `auto` column without present cells. */
  kind: NumericScanKind | 'category' | 'undecided';
  /** Rows; layout `distribution`: the number of present values. */
  length: number;
  /** Numeric kinds (and `undecided`), layout `rows` only. */
  values: Float64Array | null;
  /**
   * Numeric kinds (and `undecided`), layout `distribution` only: a table, or
   * the counter's state when the scan hands its counters over (src/data/range-counts.ts).
   */
  counted: RangeCounts | null;
  /** Layout `rows` only. */
  status: Uint8Array | null;
  /** Category columns (an `auto` one while its dictionary is kept); layout `rows` only. */
  codes: Int32Array | null;
  /** Category columns only (an `auto` one while its dictionary is kept). */
  dictionary: string[] | null;
  /** Rows per dictionary entry; layout `distribution` only. */
  counts: Int32Array | null;
  /** A column scanned with cell checks: what they found (it then has no values, counts or status). */
  checked?: CellCheckResults;
  presentCount: number;
  missingCount: number;
  badCount: number;
  badCells: ChunkBadCell[];
}

type State = NumericScanKind | 'category' | 'undecided';

function parseText(kind: NumericScanKind, text: string): number | undefined {
  switch (kind) {
    case 'number':
      return parseNumberCell(text) ?? undefined;
    case 'integer':
      return parseIntegerCell(text) ?? undefined;
    case 'boolean':
      return parseBooleanCell(text) ?? undefined;
    case 'date':
      return parseIsoDate(text);
    case 'datetime':
      return parseIsoDatetime(text);
  }
}

/** The kind an `auto` column takes from its first present text. */
function firstKind(text: string): State {
  if (parseNumberCell(text) !== undefined) return 'number';
  if (parseIsoDate(text) !== undefined) return 'date';
  if (parseIsoDatetime(text) !== undefined) return 'datetime';
  return 'category';
}

export class ScanColumnBuilder {
  private readonly auto: boolean;
  private readonly rowsLayout: boolean;
  private state: State;
  private readonly badLimit: number;
  /** Rows so far. */
  private length = 0;
  /** Entries written to `values`: every row in the rows layout, present numbers of the block in the other. */
  private slots = 0;
  /** Layout `distribution`: `values` is full at this many entries (`Infinity` in the rows layout). */
  private blockEnd = Number.POSITIVE_INFINITY;
  /** Layout `distribution`: counts of the full blocks, made when the first block is counted. */
  private counter: ValueCounter | null = null;
  private capacity: number;
  private values: Float64Array | null = null;
  /** Rows layout. */
  private status: Uint8Array | null = null;
  /** Rows layout: a code per row. */
  private codes: Int32Array | null = null;
  /** Distribution layout: rows per code. */
  private counts: Int32Array | null = null;
  /** Category codes; for other text-parsed kinds, the key of the `parsed` cache. */
  private dictionary: ByteDictionary | null = null;
  /** Parsed value per dictionary code; NaN caches "does not parse". */
  private parsed: number[] = [];
  private present = 0;
  private missing = 0;
  private bad = 0;
  private readonly badCells: ChunkBadCell[] = [];
  // The present cell being added: bytes[start, end) or text.
  private bytes: Buffer = noBytes;
  private start = 0;
  private end = 0;
  private hash: number | undefined;
  private text: string | null = null;
  /** Where the first arrays of a short column come from (a wide table has thousands of them). */
  private readonly arena: ColumnArena | undefined;
  /** A column scanned with cell checks keeps no values: each is checked as it is added. */
  private readonly checker: CellChecker | null;

  constructor(
    kind: ScanKind,
    expectedRows: number,
    badLimit: number,
    layout: ScanLayout = 'rows',
    arena?: ColumnArena,
    checks?: CellChecks,
  ) {
    this.arena = arena;
    this.auto = kind === 'auto';
    this.checker =
      checks && kind !== 'category' && kind !== 'auto' ? new CellChecker(checks) : null;
    this.rowsLayout = layout === 'rows' && this.checker === null;
    this.state = kind === 'auto' ? 'undecided' : kind;
    this.badLimit = badLimit;
    this.capacity = Math.max(16, expectedRows);
    if (this.state !== 'category' && this.checker === null) {
      if (this.rowsLayout) {
        this.values = this.allocate(Float64Array, this.capacity, this.capacity * ROOM);
        this.status = this.allocate(Uint8Array, this.capacity, this.capacity * ROOM);
      } else {
        this.values = this.allocateBlock(Math.min(FIRST_BLOCK, this.capacity));
        this.blockEnd = this.values.length;
      }
    }
    if (this.auto || this.state === 'category') {
      if (this.rowsLayout)
        this.codes = this.allocate(Int32Array, this.capacity, this.capacity * ROOM);
      else this.counts = this.allocate(Int32Array, 16);
    }
    if (this.state !== 'number' && this.state !== 'integer') this.dictionary = new ByteDictionary();
  }

  /** A zero-filled array: from the arena while it is short, else with a buffer of its own. */
  private allocate<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(
    type: ColumnType<T>,
    length: number,
    room = length,
  ): T {
    return this.arena ? this.arena.take(type, length, room) : allocateColumn(type, length, room);
  }

  /**
   * Layout `distribution`'s block of numbers: from the arena while it is short, else a
   * plain buffer, never a resizable one. The block is not resized (a fuller one is a new
   * array, nextBlock), and V8 reads a resizable buffer's elements about 2.5 times slower
   * (1.7 against 0.7 ms per million), in the loops that fill and count every block.
   */
  private allocateBlock(length: number): Float64Array {
    return this.arena && length * Float64Array.BYTES_PER_ELEMENT <= ColumnArena.maxBytes
      ? this.arena.take(Float64Array, length)
      : new Float64Array(length);
  }

  /** A zero-filled array for the finished column: from the arena's kept slabs while it is short. */
  private allocateKept<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(
    type: ColumnType<T>,
    length: number,
  ): T {
    return this.arena ? this.arena.takeKept(type, length) : allocateColumn(type, length);
  }

  /** An array cut to `length` for the finished column, out of the arena's working slabs. */
  private kept<T extends Float64Array | Int32Array | Uint8Array>(array: T, length: number): T {
    return this.arena ? this.arena.keep(array, length) : cutColumn(array, length);
  }

  /** Adds missing cells up to `rows` rows (a JSONL row that lacks this key). */
  padTo(rows: number): void {
    while (this.length < rows) this.addMissing();
  }

  addMissing(): void {
    if (this.length === this.capacity) this.grow();
    if (this.rowsLayout) {
      if (this.values) {
        this.values[this.slots] = Number.NaN;
        this.status![this.slots] = CELL_MISSING;
        this.slots++;
      }
      if (this.codes) this.codes[this.length] = -1;
    }
    this.checker?.missing(this.length);
    this.length++;
    this.missing++;
  }

  /** A present CSV field, as UTF-8 bytes; `hash` is their FNV-1a hash when already known. */
  addBytes(
    bytes: Buffer,
    start: number,
    end: number,
    record: number,
    line: number | undefined,
    hash?: number,
  ): void {
    if (this.state === 'number' && this.dictionary === null && this.length < this.capacity) {
      // The hot path of a big scan: a number column (or an `auto` one settled as numbers), no detours.
      const value = parseNumberBytes(bytes, start, end);
      if (value !== undefined) {
        this.addValue(value, -1);
        return;
      }
    }
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.hash = hash;
    this.text = null;
    this.addPresent(record, line);
  }

  /**
   * Tells the CSV fast lane what to do with this column's field `field` on
   * the way (src/formats/csv-simple-records.ts): parse numbers while the
   * column reads numbers (and `numbers` allows it), hash the bytes while it
   * keeps a dictionary, and look their code up in its cache where
   * addLaneCells reads the dictionary's codes.
   */
  setLaneMode(lane: CsvSimpleRecords, field: number, numbers: boolean): void {
    const number = numbers && (this.state === 'number' || this.state === 'undecided');
    const direct = this.directMode();
    // The paths that read the dictionary's codes of the lane's cells (laneCode).
    const coded =
      direct === DIRECT_CATEGORIES ||
      direct === DIRECT_CACHED ||
      (this.state === 'number' && this.dictionary !== null);
    const mode =
      (number ? LANE_NUMBER : 0) | (this.dictionary ? LANE_HASH : 0) | (coded ? LANE_CODE : 0);
    lane.setMode(field, mode, this.dictionary);
  }

  /**
   * A number the fast lane already parsed (src/formats/csv-simple-records.ts), its
   * cell `at` of field `field`, from bytes[start, end), with its cached code in
   * `codes` if any (laneCode): taken when this column reads numbers; false means
   * "use addBytes".
   */
  private addParsedNumber(
    value: number,
    lane: CsvSimpleRecords,
    field: number,
    at: number,
    codes: Int32Array,
    bytes: Buffer,
    start: number,
    end: number,
  ): boolean {
    if (this.state !== 'number' || this.length === this.capacity) return false;
    if (this.dictionary !== null) {
      // An `auto` column that reads numbers keeps its texts while they are few.
      let code = this.laneCode(lane, field, at, codes, bytes, start, end);
      if (this.dictionary.size > AUTO_NUMBER_DICTIONARY_LIMIT) code = this.dropDictionary();
      this.addValue(value, code);
      return true;
    }
    this.addValue(value, -1);
    return true;
  }

  /**
   * Field `field` of a batch of `count` simple records from the CSV fast lane
   * (src/formats/csv-simple-records.ts), the first being `record` on `line`: the
   * cells as addParsedNumber, addMissing or addBytes would take them one by one.
   */
  addLaneCells(
    lane: CsvSimpleRecords,
    field: number,
    count: number,
    bytes: Buffer,
    record: number,
    line: number,
    emptyIsMissing: boolean,
    isMissingToken: ((bytes: Buffer, start: number, end: number) => boolean) | null,
  ): void {
    const { starts, ends, parsed, numbers, hashes } = lane;
    const hashed = (lane.modes[field]! & LANE_HASH) !== 0;
    // Codes of this column's dictionary, which is never replaced (only dropped); when the lane
    // has none for it, its codes of none (−1 in every cell). Never null, so that the loop reads
    // a cell's code from the first batch on: read only once a column had codes, that read had
    // never run when V8 optimized the loop, which was compiled again when a column first had them.
    const laneCodes = lane.codesOf(field, this.dictionary);
    const coded = laneCodes !== null;
    const codes = laneCodes ?? lane.uncached;
    // The hot paths of a big scan: a column of numbers takes parsed numbers straight into its
    // block (or its rows); a column of categories counts (or notes) hashed texts' codes; runs
    // of cells the lane parsed, or whose codes it found cached, are taken at once.
    let direct = this.directMode();
    // Asked first for the same reason.
    let runsOfCodes = this.takesCodes(direct) && coded;
    let runsOfCodedNumbers = this.takesCodedNumbers(direct) && coded;
    for (let r = 0, at = field * lane.batch; r < count; r++, at++) {
      if (direct === DIRECT_NUMBERS && parsed[at] === 1) {
        // The run of parsed numbers from here, taken at once (the loop steps past its last).
        const taken = this.takeNumbers(lane, at, at + count - r, emptyIsMissing);
        r += taken - 1;
        at += taken - 1;
        continue;
      }
      if (codes[at]! >= 0 && runsOfCodedNumbers && parsed[at] === 1) {
        // The run of parsed numbers with cached codes from here, taken at once.
        const taken = this.takeCodedNumbers(lane, codes, at, at + count - r);
        if (taken > 0) {
          r += taken - 1;
          at += taken - 1;
          continue;
        }
      }
      if (codes[at]! >= 0 && runsOfCodes) {
        // The run of cached codes from here, counted at once, as takeNumbers takes numbers.
        const taken = this.takeCodes(codes, at, at + count - r, direct === DIRECT_CACHED);
        if (taken > 0) {
          r += taken - 1;
          at += taken - 1;
          continue;
        }
      }
      const start = starts[at]!;
      const end = ends[at]!;
      if (direct === DIRECT_CATEGORIES && hashed) {
        if (start === end ? emptyIsMissing : isMissingToken?.(bytes, start, end)) {
          this.addMissing();
          continue;
        }
        if (this.length === this.capacity) this.grow();
        const code = this.laneCode(lane, field, at, codes, bytes, start, end);
        const dropped = this.auto && this.dictionary!.size > this.autoDictionaryLimit();
        this.addCode(dropped ? this.dropDictionary() : code);
        if (!dropped) continue;
        // A column that dropped its texts has no codes to count: its paths are asked again
        // below, or the cells after this one, whose codes the lane found cached all the same,
        // went on to takeCodes as if it had.
      } else if (
        parsed[at] === 1 &&
        this.addParsedNumber(numbers[at]!, lane, field, at, codes, bytes, start, end)
      ) {
        // Taken; it may have dropped the column's texts (too many), as above: a later cell of
        // the batch with a cached code went to takeCodedNumbers, which needs them, and failed.
      } else if (start === end ? emptyIsMissing : isMissingToken?.(bytes, start, end))
        this.addMissing();
      else if (
        !(
          direct === DIRECT_CACHED &&
          hashed &&
          this.addCachedValue(this.laneCode(lane, field, at, codes, bytes, start, end))
        )
      )
        this.addBytes(bytes, start, end, record + r, line + r, hashed ? hashes[at] : undefined);
      direct = this.directMode();
      runsOfCodes = this.takesCodes(direct) && coded;
      runsOfCodedNumbers = this.takesCodedNumbers(direct) && coded;
    }
  }

  /**
   * Whether takeCodedNumbers may take the cells of a column in mode `direct`: an `auto`
   * column that reads numbers and keeps its texts' codes while they are few (counts,
   * ratings, flags: addParsedNumber's column), in layout `distribution`.
   */
  private takesCodedNumbers(direct: number): boolean {
    return (
      direct === 0 &&
      this.state === 'number' &&
      this.auto &&
      this.dictionary !== null &&
      this.checker === null &&
      this.counts !== null &&
      !this.rowsLayout
    );
  }

  /**
   * The cells at [from, to) up to the first the lane did not parse as a number, or whose
   * code it did not find cached: each code counted and each number put in the block, as
   * addParsedNumber and addValue add them one by one (the block counted when full, the
   * capacity grown when reached); how many it took. A cached code is not new to the
   * dictionary, so its size, and the limit on it, stay as they were. The bench's 1M-row
   * drift has two such columns (num_04, num_13): 4 of its 28 million cells.
   */
  private takeCodedNumbers(
    lane: CsvSimpleRecords,
    codes: Int32Array,
    from: number,
    to: number,
  ): number {
    const { numbers, parsed } = lane;
    const counts = this.counts!;
    let at = from;
    while (at < to) {
      const stop = this.runStop(at, to);
      const values = this.values!;
      const first = at;
      let slots = this.slots;
      for (; at < stop; at++) {
        const code = codes[at]!;
        if (parsed[at] !== 1 || code < 0 || code >= counts.length) break;
        counts[code]!++;
        values[slots++] = numbers[at]!;
      }
      this.tookValues(slots, at - first);
      if (at < stop) break;
    }
    return at - from;
  }

  /**
   * Whether takeCodes may count the cells of a column in mode `direct` by their cached
   * codes alone: categories, and an `auto` column's dates, datetimes and booleans, counted
   * by code in layout `distribution` (addCode, and addCachedValue's countedByCode).
   */
  private takesCodes(direct: number): boolean {
    if (this.counts === null || this.rowsLayout) return false;
    return direct === DIRECT_CATEGORIES || (direct === DIRECT_CACHED && this.auto);
  }

  /**
   * The cells at codes[from, to) up to the first whose code the lane did not find cached
   * (laneCode), counted as addCode would count them one by one; with `parsedOnly`
   * (DIRECT_CACHED), also up to the first whose text did not parse (addCachedValue). How
   * many it took. A cached code is one the dictionary gave for a present cell of this
   * column (lookUpCode), so the cell is neither missing nor new to the dictionary, whose
   * size, and the `auto` column's limit on it, stay as they were. The category and date
   * columns of a big scan: in the 1M-row drift, 10 of its 28 million cells.
   */
  private takeCodes(codes: Int32Array, from: number, to: number, parsedOnly: boolean): number {
    const counts = this.counts!;
    const parsed = this.parsed;
    let at = from;
    for (; at < to; at++) {
      const code = codes[at]!;
      // A code beyond the counts (a text new to this chunk) is left to addCode, which widens them.
      if (code < 0 || code >= counts.length) break;
      if (parsedOnly) {
        const value = parsed[code];
        if (value === undefined || Number.isNaN(value)) break;
      }
      counts[code]!++;
    }
    const taken = at - from;
    this.length += taken;
    this.present += taken;
    // Layout `distribution` keeps no per-row arrays: the capacity only follows the rows, as
    // growing it before each cell (addMissing, addCode's callers) would have left it.
    while (this.length > this.capacity) this.grow();
    return taken;
  }

  /** Which of addLaneCells' hot paths fits the column now. */
  private directMode(): number {
    if (this.state === 'number' && this.dictionary === null && this.checker === null)
      return DIRECT_NUMBERS;
    // Codes per row (layout `rows`) or counted (`distribution`); neither once an `auto` column drops its dictionary.
    const coded = this.codes !== null || this.counts !== null;
    if (this.state === 'category' && this.dictionary !== null && coded) return DIRECT_CATEGORIES;
    const cached = this.state === 'date' || this.state === 'datetime' || this.state === 'boolean';
    if (cached && this.dictionary !== null && this.checker === null) return DIRECT_CACHED;
    return 0;
  }

  /**
   * The dictionary's code of the lane's cell `at` (field `field`, bytes[start, end)):
   * the one the lane found cached in `codes` (src/formats/csv-simple-records.ts), else
   * the dictionary's, then cached for the batches to come unless `codes` are the lane's
   * codes of none (`uncached`).
   */
  private laneCode(
    lane: CsvSimpleRecords,
    field: number,
    at: number,
    codes: Int32Array,
    bytes: Buffer,
    start: number,
    end: number,
  ): number {
    const cached = codes[at]!;
    return cached >= 0
      ? cached
      : this.lookUpCode(lane, field, at, codes !== lane.uncached, bytes, start, end);
  }

  /** laneCode's miss: the dictionary's code, cached when the lane has codes for this column (`coded`). */
  private lookUpCode(
    lane: CsvSimpleRecords,
    field: number,
    at: number,
    coded: boolean,
    bytes: Buffer,
    start: number,
    end: number,
  ): number {
    const code = this.dictionary!.codeOf(bytes, start, end, lane.hashes[at]!);
    if (coded) lane.remember(field, at, code, bytes, start, end);
    return code;
  }

  /**
   * DIRECT_CACHED: a present cell whose text, of dictionary code `code`, was parsed
   * before (a date seen again), added as addPresent adds it, without its detours (the
   * 1M-row profile took 1.73 instead of 1.78 s); false, with no cell added, for a text
   * new to the dictionary (which now holds it) or one that did not parse: addBytes
   * takes those, and finds the same code.
   */
  private addCachedValue(code: number): boolean {
    const value = this.parsed[code];
    if (value === undefined || Number.isNaN(value)) return false;
    if (this.length === this.capacity) this.grow();
    // Counted by its code alone (countedByCode, as the value is the code's): added as addValue
    // would add it, without handing it the number, which V8 boxed for the call. The 1M-row
    // drift's scavenges went from about 80 to 72 on the main thread, and 60 to 52 on the worker.
    if (this.auto && this.counts !== null && !this.rowsLayout) this.addCode(code);
    else this.addValue(value, this.auto ? code : -1);
    return true;
  }

  /**
   * DIRECT_NUMBERS: the numbers at numbers[from, to) up to the first one the lane did not
   * parse, copied into the block as addValue would add them one by one (the block counted
   * when full, the capacity grown when reached; in layout `rows` the block is the column,
   * which never fills, and its status stays CELL_PRESENT), and with `emptyIsMissing` the
   * empty cells between them as missing (addMissing); how many cells it took, at least one.
   * The hot loop of a big scan, on locals rather than a call per value: the 1M-row drift
   * took 1.85 instead of 1.91 s, and the 1M-row profile 1.37 instead of 1.42 s. Taking the
   * empty cells too spares a return to addLaneCells and a new call for each of them: the
   * bench's numeric columns are 1 to 5 % empty, 0.7 million cells in its 1M-row drift.
   */
  private takeNumbers(
    lane: CsvSimpleRecords,
    from: number,
    to: number,
    emptyIsMissing: boolean,
  ): number {
    const { numbers, parsed, starts, ends } = lane;
    let at = from;
    for (;;) {
      at = this.takeNumberRun(numbers, parsed, at, to);
      if (!emptyIsMissing) break;
      const first = at;
      while (at < to && parsed[at] !== 1 && starts[at] === ends[at]) at++;
      if (at === first) break;
      for (let k = first; k < at; k++) this.addMissing();
    }
    return at - from;
  }

  /** takeNumbers' run of parsed numbers from `from`: where it stopped. */
  private takeNumberRun(
    numbers: Float64Array,
    parsed: Uint8Array,
    from: number,
    to: number,
  ): number {
    let at = from;
    while (at < to && parsed[at] === 1) {
      const stop = this.runStop(at, to);
      const values = this.values!;
      const first = at;
      let slots = this.slots;
      while (at < stop && parsed[at] === 1) values[slots++] = numbers[at++]!;
      this.tookValues(slots, at - first);
    }
    return at;
  }

  /**
   * Before a run of present values from cell `at` (of cells up to `to`): the capacity grown
   * and the block counted if either is reached; the cell at which the run must stop, where
   * the block fills or the capacity is reached.
   */
  private runStop(at: number, to: number): number {
    if (this.length === this.capacity) this.grow();
    if (this.slots === this.blockEnd) this.nextBlock();
    return Math.min(to, at + (this.blockEnd - this.slots), at + (this.capacity - this.length));
  }

  /** After a run of `taken` present values put in the block, which now holds `slots`. */
  private tookValues(slots: number, taken: number): void {
    this.slots = slots;
    this.length += taken;
    this.present += taken;
  }

  /** A present cell given as text (an unescaped CSV field, a JSON or Parquet string). */
  addText(text: string, record: number, line: number | undefined): void {
    this.text = text;
    this.hash = undefined;
    this.addPresent(record, line);
  }

  /** A present JSON/Parquet number or boolean: typed, so only its own kinds accept it. */
  addTyped(cell: number | boolean, record: number, line: number | undefined): void {
    if (this.length === this.capacity) this.grow();
    const state = this.state;
    if (state === 'category' && !this.auto) {
      this.addCode(this.dictionary!.codeOfText(String(cell)));
      return;
    }
    if (this.auto) {
      // Written as text only while the column keeps a dictionary: a number column drops it early.
      const code = this.dictionary ? this.autoCode(String(cell)) : -1;
      if (state === 'undecided') this.state = typeof cell === 'number' ? 'number' : 'category';
      if (this.state === 'number' && typeof cell === 'number') this.addValue(cell, code);
      else this.demote(code);
      return;
    }
    let value: number | undefined;
    if (state === 'boolean') value = parseBooleanCell(cell) ?? undefined;
    else if (state === 'number' && typeof cell === 'number') value = cell;
    else if (state === 'integer' && Number.isInteger(cell)) value = cell as number;
    if (value === undefined) this.addBad(String(cell), record, line);
    else this.addValue(value, -1);
  }

  /** A present Parquet DATE (`isDate`) or TIMESTAMP, as ms since the epoch. */
  addTime(ms: number, isDate: boolean, record: number, line: number | undefined): void {
    if (this.length === this.capacity) this.grow();
    const text = () => {
      const iso = new Date(ms).toISOString();
      return isDate ? iso.slice(0, 10) : iso;
    };
    const state = this.state;
    if (state === 'category' && !this.auto) {
      this.addCode(this.dictionary!.codeOfText(text()));
      return;
    }
    const fits = (kind: State) =>
      kind === 'datetime' || (kind === 'date' && (isDate || ms % 86400000 === 0));
    if (this.auto) {
      const code = this.dictionary ? this.autoCode(text()) : -1;
      if (state === 'undecided') this.state = isDate ? 'date' : 'datetime';
      // Its text is made from the value, so the code stands for it (countedByCode).
      if (code >= 0) this.parsed[code] = ms;
      if (fits(this.state)) this.addValue(ms, code);
      else this.demote(code);
      return;
    }
    if (fits(state)) this.addValue(ms, -1);
    else this.addBad(text(), record, line);
  }

  private inputText(): string {
    return this.text ?? this.bytes.toString('utf8', this.start, this.end);
  }

  private inputCode(): number {
    if (!this.dictionary) return -1;
    return this.text === null
      ? this.dictionary.codeOf(this.bytes, this.start, this.end, this.hash)
      : this.dictionary.codeOfText(this.text);
  }

  private inputNumber(): number | undefined {
    return this.text === null
      ? parseNumberBytes(this.bytes, this.start, this.end)
      : (parseNumberCell(this.text) ?? undefined);
  }

  private addPresent(record: number, line: number | undefined): void {
    if (this.length === this.capacity) this.grow();
    const state = this.state;
    if (!this.auto) {
      if (state === 'category') this.addCode(this.inputCode());
      else if (state === 'number') this.settle(this.inputNumber(), record, line);
      else if (state === 'integer') {
        const value =
          this.text === null
            ? parseIntegerBytes(this.bytes, this.start, this.end)
            : (parseIntegerCell(this.text) ?? undefined);
        this.settle(value, record, line);
      } else {
        this.settle(this.cachedParse(state as NumericScanKind, this.inputCode()), record, line);
      }
      return;
    }
    let code = -1;
    if (this.dictionary) {
      code = this.inputCode();
      if (this.dictionary.size > this.autoDictionaryLimit()) code = this.dropDictionary();
    }
    if (state === 'undecided') this.state = firstKind(this.inputText());
    const kind = this.state;
    if (kind === 'category') {
      this.addCode(code);
      return;
    }
    const value =
      kind === 'number' ? this.inputNumber() : this.cachedParse(kind as NumericScanKind, code);
    if (value === undefined) this.demote(code);
    else this.addValue(value, code);
  }

  /** An `auto` column's code for a text, while its dictionary stays small; -1 once dropped. */
  private autoCode(text: string): number {
    if (!this.dictionary) return -1;
    const code = this.dictionary.codeOfText(text);
    return this.dictionary.size > this.autoDictionaryLimit() ? this.dropDictionary() : code;
  }

  private autoDictionaryLimit(): number {
    return this.state === 'number' ? AUTO_NUMBER_DICTIONARY_LIMIT : AUTO_DICTIONARY_LIMIT;
  }

  private dropDictionary(): number {
    // The values counted by code so far go to the counter, which counts the rest.
    const byCode = this.tableByCode();
    if (byCode) {
      this.counter ??= new ValueCounter(this.capacity);
      this.counter.absorbTable(byCode);
    }
    this.dictionary = null;
    this.codes = null;
    this.counts = null;
    this.parsed = [];
    return -1;
  }

  private cachedParse(kind: NumericScanKind, code: number): number | undefined {
    if (code < 0) return parseText(kind, this.inputText());
    let value = this.parsed[code];
    if (value === undefined) {
      value = parseText(kind, this.inputText()) ?? Number.NaN;
      this.parsed[code] = value;
      if (!this.auto && this.dictionary!.size > PARSE_CACHE_LIMIT) this.dropDictionary();
    }
    // Only `number` can hold NaN as a value, and `number` is never cached.
    return Number.isNaN(value) ? undefined : value;
  }

  private settle(value: number | undefined, record: number, line: number | undefined): void {
    if (value === undefined) this.addBad(this.inputText(), record, line);
    else this.addValue(value, -1);
  }

  /** Notes the row's text code: per row (rows layout) or as a count (distribution). */
  private recordCode(code: number): void {
    if (this.codes) this.codes[this.length] = code;
    else if (this.counts && code >= 0) {
      if (code >= this.counts.length) {
        const counts = new Int32Array(Math.max(this.counts.length * 2, code + 1));
        counts.set(this.counts);
        this.counts = counts;
      }
      this.counts[code]!++;
    }
  }

  private addCode(code: number): void {
    this.recordCode(code);
    this.length++;
    this.present++;
  }

  /** An `auto` column met a cell that does not fit its kind: it is a category from now on. */
  private demote(code: number): void {
    this.state = 'category';
    this.values = null;
    this.counter = null;
    this.status = null;
    this.parsed = [];
    this.addCode(code);
  }

  /** A present value; `code` is its text's code in an `auto` column (else -1). */
  private addValue(value: number, code: number): void {
    if (this.auto) this.recordCode(code);
    if (this.checker) this.checker.present(this.length, value);
    else if (!this.countedByCode(value, code)) {
      // status stays CELL_PRESENT (0) as allocated: untouched pages cost no memory.
      if (this.slots === this.blockEnd) this.nextBlock();
      this.values![this.slots++] = value;
    }
    this.length++;
    this.present++;
  }

  /**
   * Layout `distribution`: whether the value is counted by its text's code
   * alone, as the parsed value of a code (a date seen again), tabled from the
   * codes at the end (countByCode) rather than added to a block.
   */
  private countedByCode(value: number, code: number): boolean {
    return code >= 0 && this.counts !== null && !this.rowsLayout && this.parsed[code] === value;
  }

  /** The values counted by code so far, as a table; null when none were. */
  private tableByCode(): ValueCounts | null {
    if (this.counts === null || this.rowsLayout || this.parsed.length === 0) return null;
    return countByCode(this.parsed, this.counts, (type, length) => this.allocateKept(type, length));
  }

  private addBad(value: string, record: number, line: number | undefined): void {
    if (this.rowsLayout) {
      this.values![this.slots] = Number.NaN;
      this.status![this.slots] = CELL_BAD;
      this.slots++;
    }
    this.length++;
    this.bad++;
    if (this.badCells.length < this.badLimit) this.badCells.push({ record, line, value });
  }

  /** Layout `distribution`: a larger block while below BLOCK, else the full block counted. */
  private nextBlock(): void {
    const values = this.values!;
    if (values.length < BLOCK) {
      const larger = new Float64Array(Math.min(BLOCK, values.length * 2));
      larger.set(values);
      releaseColumn(values);
      this.values = larger;
      this.blockEnd = larger.length;
      return;
    }
    // The rows the scan expects, a guess from the range's size that grows with the column.
    this.counter ??= new ValueCounter(this.capacity);
    this.counter.add(values, this.slots);
    this.slots = 0;
  }

  private grow(): void {
    this.capacity = Math.ceil(this.capacity * 1.5);
    if (this.values && this.rowsLayout) this.values = resizeColumn(this.values, this.capacity);
    if (this.status) this.status = resizeColumn(this.status, this.capacity);
    if (this.codes) this.codes = resizeColumn(this.codes, this.capacity);
  }

  /**
   * The chunk's column, its arrays cut to their used length here (on the
   * reading thread), so that the caller gets buffers it can hand on whole.
   * With `handOverCounts`, a counter's state rather than its finished table.
   */
  finish(handOverCounts = false): ChunkColumn {
    const cut = <T extends Float64Array | Int32Array | Uint8Array>(
      array: T | null,
      length: number,
    ) => array && this.kept(array, length);
    const numeric = this.state !== 'category';
    // A chunk that settled on numbers hands on no texts: its column is numbers unless another
    // chunk read text in it, and that rare column is read again as text (mergeChunkColumns).
    // Decoded, they were most of what a wide table's scan left behind (a string per distinct
    // value of each of 50,000 columns).
    const dictionary =
      !numeric && this.dictionary && (this.codes || this.counts) ? this.dictionary.values() : null;
    const common = {
      kind: this.state,
      presentCount: this.present,
      missingCount: this.missing,
      badCount: this.bad,
      badCells: this.badCells,
      dictionary,
    };
    if (this.checker) {
      return {
        ...common,
        length: this.length,
        values: null,
        status: null,
        codes: null,
        counts: null,
        counted: null,
        checked: this.checker.finish(),
      };
    }
    if (this.rowsLayout) {
      return {
        ...common,
        length: this.length,
        values: numeric ? cut(this.values, this.slots) : null,
        status: numeric ? cut(this.status, this.slots) : null,
        codes: dictionary ? cut(this.codes, this.length) : null,
        counts: null,
        counted: null,
      };
    }
    let counted: RangeCounts | null = null;
    const byCode = numeric ? this.tableByCode() : null;
    if (byCode && this.counter === null && this.slots === 0) {
      // Every value was counted by code.
      counted = byCode;
      releaseColumn(this.values!);
      this.values = null;
    } else if (numeric && !byCode && this.counter === null && this.slots <= FEW_VALUES) {
      // A short column (a wide table has thousands): counted without a counter's machinery.
      counted = countFewValues(this.values!, this.slots, (type, length) =>
        this.allocateKept(type, length),
      );
      releaseColumn(this.values!);
      this.values = null;
    } else if (numeric) {
      const counter = this.counter ?? new ValueCounter();
      if (byCode) counter.absorbTable(byCode);
      counter.add(this.values!, this.slots);
      counted = handOverCounts ? counter.handOver() : counter.finish();
      releaseColumn(this.values!);
      this.values = null;
      this.counter = null;
    }
    return {
      ...common,
      length: numeric ? this.present : this.length,
      values: null,
      status: null,
      codes: null,
      counts: dictionary ? this.kept(this.counts!, this.dictionary!.size) : null,
      counted,
    };
  }
}
