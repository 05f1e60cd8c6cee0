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
 * Cost: O(bytes).
 */
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const MINUS = 0x2d;
const DOT = 0x2e;
const powersOfTen = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Bits of `modes[i]`: parse field i as a number on the way; hash its bytes (FNV-1a). */
export const LANE_NUMBER = 1;
export const LANE_HASH = 2;
/** Records per batch, at most; field i of the batch's record r is at i × `batch` + r. */
const LANE_BATCH = 256;
/**
 * Cells per batch, at most: a wide table (thousands of columns) takes fewer
 * records per batch, so the batch's arrays (21 bytes a cell) stay about 5 MB
 * however many columns the file has, not 21 × 256 bytes per column.
 */
const LANE_CELLS = 1 << 18;

export class CsvSimpleRecords {
  /** Records per batch: field i of record r is at i × batch + r. */
  readonly batch: number;
  /** The batch's fields, at field × batch + record: where each starts and ends. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 where `numbers` holds the field's value. */
  readonly parsed: Uint8Array;
  readonly numbers: Float64Array;
  /** FNV-1a of the field's bytes, for fields whose mode has LANE_HASH. */
  readonly hashes: Int32Array;
  /** What to do with each field on the way (LANE_* bits); the caller may change them between runs. */
  readonly modes: Uint8Array;
  /** Records handled by the last `run`. */
  handled = 0;
  private readonly delimiter: number;

  constructor(delimiter: string, fieldCount: number) {
    this.delimiter = delimiter.charCodeAt(0);
    this.modes = new Uint8Array(fieldCount);
    this.batch = Math.max(1, Math.min(LANE_BATCH, Math.floor(LANE_CELLS / fieldCount)));
    const cells = fieldCount * this.batch;
    this.starts = new Int32Array(cells);
    this.ends = new Int32Array(cells);
    this.parsed = new Uint8Array(cells);
    this.numbers = new Float64Array(cells);
    this.hashes = new Int32Array(cells);
  }

  /**
   * Handles the simple records starting at `pos`, one after another, calling
   * `onBatch(count, line)` for each batch of them (fields in
   * starts/ends/parsed/numbers/hashes; `line` is the first record's); stops at
   * the first record that is not simple, not complete before `filled`, or
   * starts at or after `stopAt`. Returns where it stopped. The per-byte hot
   * loop of CSV scans, kept as one function.
   */
  run(
    bytes: Buffer,
    pos: number,
    filled: number,
    stopAt: number,
    line: number,
    onBatch: (count: number, line: number) => void,
  ): number {
    const { starts, ends, parsed, numbers, hashes, modes, delimiter, batch } = this;
    const fieldCount = modes.length;
    this.handled = 0;
    const lastLf = filled > pos ? bytes.lastIndexOf(LF, filled - 1) : -1;
    if (lastLf < pos) return pos;
    let nextQuote = bytes.indexOf(QUOTE, pos);
    if (nextQuote < 0 || nextQuote > lastLf) nextQuote = lastLf + 1;
    let record = 0;
    records: while (pos < stopAt && pos <= lastLf) {
      let p = pos;
      let c = bytes[p]!;
      let field = 0;
      for (;;) {
        if (field === fieldCount) break records;
        const mode = modes[field]!;
        const start = p;
        const at = field * batch + record;
        let done = 0;
        if ((mode & LANE_NUMBER) !== 0) {
          const negative = c === MINUS;
          if (negative) c = bytes[++p]!;
          let mantissa = 0;
          let digits = 0;
          let scale = 0;
          while (c >= 0x30 && c <= 0x39) {
            mantissa = mantissa * 10 + (c - 0x30);
            digits++;
            c = bytes[++p]!;
          }
          if (c === DOT) {
            c = bytes[++p]!;
            while (c >= 0x30 && c <= 0x39) {
              mantissa = mantissa * 10 + (c - 0x30);
              digits++;
              scale++;
              c = bytes[++p]!;
            }
          }
          if ((c === delimiter || c === LF || c === CR) && digits > 0 && digits <= 15) {
            const magnitude = mantissa / powersOfTen[scale]!;
            numbers[at] = negative ? -magnitude : magnitude;
            done = 1;
          }
        }
        if ((mode & LANE_HASH) !== 0) {
          let hash = 0x811c9dc5;
          for (let i = start; i < p; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
          while (c !== delimiter && c !== LF && c !== CR) {
            hash = Math.imul(hash ^ c, 0x01000193);
            c = bytes[++p]!;
          }
          hashes[at] = hash;
        } else {
          while (c !== delimiter && c !== LF && c !== CR) c = bytes[++p]!;
        }
        parsed[at] = done;
        starts[at] = start;
        ends[at] = p;
        field++;
        if (c !== delimiter) break;
        c = bytes[++p]!;
      }
      // p is at the record's CR or LF; a CR must end the line.
      let lf = p;
      if (c === CR) {
        if (bytes[p + 1] !== LF || p + 1 > lastLf) break;
        lf = p + 1;
      }
      if (field !== fieldCount || lf >= nextQuote || p === pos) break;
      pos = lf + 1;
      if (++record === batch) {
        onBatch(record, line + this.handled);
        this.handled += record;
        record = 0;
      }
    }
    if (record > 0) {
      onBatch(record, line + this.handled);
      this.handled += record;
    }
    return pos;
  }
}
