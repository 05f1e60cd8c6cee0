/**
 * The fast lane of the CSV scan: records with no quote, no lone CR and exactly
 * the header's number of fields (the vast majority in machine-written files)
 * are split in one pass that also parses plain decimals (`-?digits[.digits]`,
 * at most 15 digits) and hashes the bytes of the fields asked for, so a
 * field's bytes are read once. Everything else — quotes, blank lines, ragged
 * rows, the last record without a line break — is left to CsvTokenizer,
 * record by record. The numbers equal parseNumberBytes' (the same exact
 * computation) and the hashes ByteDictionary's; a field whose parse is not
 * plain is marked unparsed and read by the general path.
 *
 * Only complete lines are read (up to the window's last line break), so every
 * loop stops at a delimiter, CR or LF without checking where the window ends.
 * Records are handed on in batches of up to LANE_BATCH, field by field, so
 * that each column's builder takes its cells in one loop, not one call per
 * record and column.
 *
 * Fields of a column that keeps a dictionary (categories, dates, an `auto`
 * column's few numbers) come with the code they had in earlier batches, from
 * a cache in the module the caller fills as it looks codes up (`remember`):
 * a lookup in ByteDictionary cost about 18 ns, about 8 in the cache. The
 * 1M-row drift's CPU time went from 2.34 to 2.27 s, its wall time from 1.31
 * to 1.27 s (medians of 9 runs alternating).
 *
 * The loop itself is WebAssembly (csv-lane.wat), about 1.7 times as fast as
 * the same loop in JavaScript. It reads its module's memory, which holds the
 * batch's arrays and the lines it reads, copied in (256 KB at a time). An
 * instance, with its memory, is kept per thread for the next scan: the
 * garbage collector alone frees a memory.
 * Cost: O(bytes).
 */
import { emptyBytes, emptyFloat64s, emptyInt32s } from '../data/column-memory.ts';
import { type WebAssemblyMemory, webAssembly } from '../model/webassembly-api.ts';
import { csvLaneWasm } from './csv-lane-wasm.ts';

const LF = 0x0a;
const QUOTE = 0x22;
const powersOfTen = Array.from({ length: 16 }, (_, i) => 10 ** i);
/**
 * The module's input: lines are copied in this many bytes at most at a time.
 * Small, since a thread keeps its instance: the scan's window itself (4 MB)
 * is freed when the scan ends, before the columns are finished (the peak).
 */
const INPUT_BYTES = 1 << 18;
/** A longer record grows the input up to this (a window's worth); longer still, the tokenizer reads it. */
const MAX_INPUT_BYTES = 1 << 22;
/** Bytes kept after the input, which the module's key comparison (sameBytes, 8 bytes at a time) may read but never uses. */
const READ_AHEAD = 8;

/**
 * Bits of `modes[i]`: parse field i as a number on the way; hash its bytes
 * (FNV-1a); with the hash, look its code up in the cache (setMode).
 */
export const LANE_NUMBER = 1;
export const LANE_HASH = 2;
export const LANE_CODE = 4;
/** Records per batch, at most; field i of the batch's record r is at i × `batch` + r. */
const LANE_BATCH = 256;
/**
 * Cells per batch, at most: a wide table (thousands of columns) takes fewer
 * records per batch, so the batch's arrays (21 bytes a cell) stay about 5 MB
 * however many columns the file has, not 21 × 256 bytes per column.
 */
const LANE_CELLS = 1 << 18;
/**
 * The code cache: slots (16 bytes each, shared by every field), and the bytes
 * of the codes cached, cleared when full. A text longer than MAX_KEY_LENGTH
 * is not cached, nor a field once it has had CACHED_LIMIT codes cached (many
 * distinct texts, or too many fields sharing the slots), nor the fields of a
 * batch of fewer records than CODED_MIN_BATCH (a wide table), which would
 * miss more than they hit.
 */
const CACHE_SLOT_BITS = 12;
const CACHE_SLOTS = 1 << CACHE_SLOT_BITS;
/** Slots a code may be in, from the one its tag and hash pick (csv-lane.wat's cachedCode probes 4). */
const CACHE_PROBES = 4;
const KEY_BYTES = 1 << 16;
const MAX_KEY_LENGTH = 255;
const CACHED_LIMIT = 1 << 12;
const CODED_MIN_BATCH = 64;

/** What csv-lane.wat exports. */
interface LaneExports {
  memory: WebAssemblyMemory;
  layout(
    starts: number,
    ends: number,
    parsed: number,
    numbers: number,
    hashes: number,
    modes: number,
    powers: number,
  ): void;
  layoutCache(codes: number, tags: number, cache: number, slots: number, keys: number): void;
  run(
    pos: number,
    lastLf: number,
    stopAt: number,
    nextQuote: number,
    fieldCount: number,
    batch: number,
    delimiter: number,
    shift: number,
  ): number;
}

/** An instance of the lane. */
interface LaneInstance {
  lane: LaneExports;
  /** Where the module's calls to onBatch go: to the scan using the instance. */
  calls: { onBatch: (count: number) => void };
}

let compiled: object | undefined;
/** Instances no scan on this thread is using. */
const idle: LaneInstance[] = [];

/** An instance whose memory holds at least `bytes`, idle or new. */
function takeInstance(bytes: number): LaneInstance {
  const instance = idle.pop() ?? newInstance();
  const memory = instance.lane.memory;
  const missing = bytes - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  return instance;
}

function newInstance(): LaneInstance {
  compiled ??= new webAssembly.Module(Buffer.from(csvLaneWasm, 'base64'));
  const calls = { onBatch: (_count: number) => {} };
  const imports = { lane: { onBatch: (count: number) => calls.onBatch(count) } };
  // The exports csv-lane.wat declares.
  return { lane: new webAssembly.Instance(compiled, imports).exports as LaneExports, calls };
}

/**
 * Where remember writes `code` of `tag` and `hash`, as an index into `slots`'
 * 32-bit words: the first empty slot of those csv-lane.wat's cachedCode probes
 * (CACHE_PROBES from the one the top bits of a product pick), else one of
 * them in turn (`turn`); −1 when one of them holds it already (a text seen
 * again in the batch that first missed it).
 */
function slotFor(slots: Int32Array, tag: number, hash: number, code: number, turn: number): number {
  const first = Math.imul(hash ^ tag, 0x9e3779b1) >>> (32 - CACHE_SLOT_BITS);
  for (let probe = 0; probe < CACHE_PROBES; probe++) {
    const slot = ((first + probe) & (CACHE_SLOTS - 1)) * 4;
    if (slots[slot] === 0) return slot;
    if (slots[slot] === tag && slots[slot + 1] === hash && slots[slot + 2] === code) return -1;
  }
  return ((first + (turn % CACHE_PROBES)) & (CACHE_SLOTS - 1)) * 4;
}

export class CsvSimpleRecords {
  /** Records per batch: field i of record r is at i × batch + r. */
  readonly batch: number;
  /**
   * The batch's fields, at field × batch + record: where each starts and ends.
   * These arrays are views of the module's memory, made anew when it grows:
   * take them after each `run`.
   */
  starts = emptyInt32s;
  ends = emptyInt32s;
  /** 1 where `numbers` holds the field's value. */
  parsed = emptyBytes;
  numbers = emptyFloat64s;
  /** FNV-1a of the field's bytes, for fields whose mode has LANE_HASH. */
  hashes = emptyInt32s;
  /** The code cached for the field's bytes, or −1, for fields whose mode has LANE_CODE (codesOf). */
  private codes = emptyInt32s;
  /**
   * −1 for every cell: the codes of a field that has none, for a caller that reads a code
   * for every cell whether its field has codes or not (src/formats/scan-column-builder.ts).
   */
  readonly uncached: Int32Array;
  /** Per field: its tag in the cache, 0 for none; and what it is a tag of. */
  private tags = emptyInt32s;
  private readonly owners: (object | undefined)[] = [];
  private lastTag = 0;
  /** Per field: the codes cached so far (CACHED_LIMIT). */
  private readonly cached: number[] = [];
  /** The cache's slots (tag, hash, code, key offset × 256 + length) and the keys' bytes. */
  private slots = emptyInt32s;
  private keys = emptyBytes;
  private keyEnd = 0;
  /** What to do with each field on the way (LANE_* bits); the caller may change them between runs. */
  modes = emptyBytes;
  /** Records handled by the last `run`. */
  handled = 0;
  private readonly delimiter: number;
  private readonly instance: LaneInstance;
  /** Where in the module's memory each array starts; the input comes last, to grow. */
  private readonly offsets: Record<
    | 'numbers'
    | 'powers'
    | 'starts'
    | 'ends'
    | 'hashes'
    | 'codes'
    | 'tags'
    | 'slots'
    | 'keys'
    | 'parsed'
    | 'modes'
    | 'input',
    number
  >;
  private readonly cells: number;
  /** The module's input: the memory after the arrays. */
  private input = emptyBytes;
  private released = false;

  constructor(delimiter: string, fieldCount: number) {
    this.delimiter = delimiter.charCodeAt(0);
    this.batch = Math.max(1, Math.min(LANE_BATCH, Math.floor(LANE_CELLS / fieldCount)));
    const cells = fieldCount * this.batch;
    this.cells = cells;
    this.uncached = new Int32Array(cells).fill(-1);
    // 8-byte arrays first, so every array is aligned to its element size.
    const powers = 8 * cells;
    const starts = powers + 8 * powersOfTen.length;
    const ends = starts + 4 * cells;
    const hashes = ends + 4 * cells;
    const codes = hashes + 4 * cells;
    const tags = codes + 4 * cells;
    const slots = tags + 4 * fieldCount;
    const keys = slots + 16 * CACHE_SLOTS;
    const parsed = keys + KEY_BYTES;
    const modes = parsed + cells;
    const input = modes + fieldCount;
    this.offsets = {
      numbers: 0,
      powers,
      starts,
      ends,
      hashes,
      codes,
      tags,
      slots,
      keys,
      parsed,
      modes,
      input,
    };
    this.instance = takeInstance(input + INPUT_BYTES + READ_AHEAD);
    this.viewMemory();
    new Float64Array(this.instance.lane.memory.buffer, powers, powersOfTen.length).set(powersOfTen);
    // A kept instance's memory holds the last scan's modes, tags and cache.
    this.modes.fill(0);
    this.tags.fill(0);
    this.slots.fill(0);
    this.instance.lane.layout(starts, ends, parsed, 0, hashes, modes, powers);
    this.instance.lane.layoutCache(codes, tags, slots, CACHE_SLOTS, keys);
  }

  /**
   * Sets what the lane does with field `field` from its next record. With
   * LANE_CODE, `dictionary` is what its cached codes are codes of: a field
   * given another (or none) starts over with a cache of its own.
   */
  setMode(field: number, mode: number, dictionary: object | null): void {
    if ((mode & LANE_CODE) === 0) {
      this.modes[field] = mode;
      return;
    }
    const coded =
      dictionary !== null &&
      this.batch >= CODED_MIN_BATCH &&
      (this.cached[field] ?? 0) < CACHED_LIMIT;
    if (coded && this.owners[field] !== dictionary) {
      this.owners[field] = dictionary;
      this.tags[field] = ++this.lastTag;
    }
    this.modes[field] = coded ? mode : mode & ~LANE_CODE;
  }

  /** The batch's cached codes (−1 where not cached), when field `field` has codes of `dictionary`; else null. */
  codesOf(field: number, dictionary: object | null): Int32Array | null {
    // Both read every time: read only once the first held, the second had never run when V8
    // optimized the scan's loop (which inlines this), and the loop was compiled again.
    const coded = (this.modes[field]! & LANE_CODE) !== 0;
    const owned = this.owners[field] === dictionary;
    return coded && owned ? this.codes : null;
  }

  /**
   * Caches `code`, the code of bytes[start, end), the field of the batch's
   * cell `at` whose cached code was −1 (codesOf), for the batches to come.
   */
  remember(
    field: number,
    at: number,
    code: number,
    bytes: Buffer,
    start: number,
    end: number,
  ): void {
    const length = end - start;
    if (length > MAX_KEY_LENGTH) return;
    if (this.keyEnd + length > KEY_BYTES) {
      this.slots.fill(0);
      this.keyEnd = 0;
    }
    const { keys, slots } = this;
    const tag = this.tags[field]!;
    const hash = this.hashes[at]!;
    const cached = (this.cached[field] ?? 0) + 1;
    const slot = slotFor(slots, tag, hash, code, cached);
    if (slot < 0) return;
    this.cached[field] = cached;
    if (cached >= CACHED_LIMIT) this.modes[field] = this.modes[field]! & ~LANE_CODE;
    const key = this.keyEnd;
    for (let i = 0; i < length; i++) keys[key + i] = bytes[start + i]!;
    this.keyEnd = key + length;
    slots[slot] = tag;
    slots[slot + 1] = hash;
    slots[slot + 2] = code;
    slots[slot + 3] = key * 256 + length;
  }

  /**
   * Handles the simple records starting at `pos`, one after another, calling
   * `onBatch(count, line)` for each batch of them (fields in
   * starts/ends/parsed/numbers/hashes; `line` is the first record's); stops at
   * the first record that is not simple, not complete before `filled`, or
   * starts at or after `stopAt`. Returns where it stopped. The lines go
   * through the module's input, INPUT_BYTES at a time; a longer record grows
   * it, up to MAX_INPUT_BYTES.
   */
  run(
    bytes: Buffer,
    pos: number,
    filled: number,
    stopAt: number,
    line: number,
    onBatch: (count: number, line: number) => void,
  ): number {
    this.handled = 0;
    this.instance.calls.onBatch = (count) => {
      onBatch(count, line + this.handled);
      this.handled += count;
    };
    for (;;) {
      const end = Math.min(filled, pos + this.input.length);
      let lastLf = end > pos ? bytes.lastIndexOf(LF, end - 1) : -1;
      if (lastLf < pos) lastLf = this.roomForRecord(bytes, pos, end, filled);
      if (lastLf < pos) return pos;
      const stopped = this.runLines(bytes, pos, lastLf, stopAt);
      // Short of the lines copied in: a record that is not simple, or `stopAt`.
      if (stopped <= lastLf || lastLf + 1 === filled) return stopped;
      pos = stopped;
    }
  }

  /** The line break ending the record at `pos`, its input grown to hold it; −1 when it is not in the window or too long. */
  private roomForRecord(bytes: Buffer, pos: number, end: number, filled: number): number {
    const lf = end < filled ? bytes.indexOf(LF, end) : -1;
    if (lf < 0 || lf >= filled || lf + 1 - pos > MAX_INPUT_BYTES) return -1;
    const memory = this.instance.lane.memory;
    const missing = this.offsets.input + lf + 1 - pos + READ_AHEAD - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
    this.viewMemory();
    return lf;
  }

  /** Makes the arrays views of the module's memory as it is now (a memory that grew has a new buffer). */
  private viewMemory(): void {
    const buffer = this.instance.lane.memory.buffer;
    const { offsets: at, cells } = this;
    this.numbers = new Float64Array(buffer, at.numbers, cells);
    this.starts = new Int32Array(buffer, at.starts, cells);
    this.ends = new Int32Array(buffer, at.ends, cells);
    this.hashes = new Int32Array(buffer, at.hashes, cells);
    this.codes = new Int32Array(buffer, at.codes, cells);
    this.tags = new Int32Array(buffer, at.tags, (at.slots - at.tags) / 4);
    this.slots = new Int32Array(buffer, at.slots, 4 * CACHE_SLOTS);
    this.keys = new Uint8Array(buffer, at.keys, KEY_BYTES);
    this.parsed = new Uint8Array(buffer, at.parsed, cells);
    this.modes = new Uint8Array(buffer, at.modes, at.input - at.modes);
    this.input = new Uint8Array(buffer, at.input, buffer.byteLength - at.input - READ_AHEAD);
  }

  /** Runs the module over the complete lines bytes[pos, lastLf], copied into its input. */
  private runLines(bytes: Buffer, pos: number, lastLf: number, stopAt: number): number {
    const lines = bytes.subarray(pos, lastLf + 1);
    // Looked for in these lines only: searched from `pos` to the window's end, a window without
    // quotes was read about eight times over, once for each input's worth of its lines (the
    // 1M-row drift's threads spent 46 ms in Buffer#indexOf, and now 9: CPU profile).
    const quote = lines.indexOf(QUOTE);
    const nextQuote = quote < 0 ? lastLf + 1 : pos + quote;
    this.input.set(lines);
    // Window position `pos` is at memory address `input`: the module writes and returns window positions.
    const input = this.offsets.input;
    return this.instance.lane.run(
      input,
      input + lastLf - pos,
      input + Math.min(stopAt, lastLf + 1) - pos,
      input + nextQuote - pos,
      this.modes.length,
      this.batch,
      this.delimiter,
      pos - input,
    );
  }

  /** Gives the instance back for the next scan on this thread; its arrays must not be used afterwards. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.instance.calls.onBatch = () => {};
    idle.push(this.instance);
  }
}
