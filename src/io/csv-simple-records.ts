/**
 * The fast lane of the CSV scan: records with no quote, no lone CR and exactly
 * the header's number of fields (the vast majority in machine-written files)
 * are split in one pass that also parses plain decimals (`-?digits[.digits]`,
 * at most 15 digits) in the fields asked for, so a number's bytes are read once.
 * Everything else — quotes, blank lines, ragged rows, the last record without
 * a line break — is left to CsvTokenizer, record by record. The numbers equal
 * parseNumberBytes' (the same exact computation); a field whose parse is not
 * plain is marked unparsed and read by the general path. Cost: O(bytes).
 */
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const powersOfTen = Array.from({ length: 16 }, (_, i) => 10 ** i);

export class CsvSimpleRecords {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** `parsed[i]` = 1 when `numbers[i]` holds field i's value. */
  readonly parsed: Uint8Array;
  readonly numbers: Float64Array;
  /** Records handled by the last `run`. */
  handled = 0;
  private readonly delimiter: number;
  private readonly speculate: Uint8Array;

  /** `speculate[i]` = 1 to parse field i as a number on the way. */
  constructor(delimiter: string, speculate: Uint8Array) {
    this.delimiter = delimiter.charCodeAt(0);
    this.speculate = speculate;
    const size = speculate.length;
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.parsed = new Uint8Array(size);
    this.numbers = new Float64Array(size);
  }

  /**
   * Handles the simple records starting at `pos`, one after another, calling
   * `onRecord(line)` for each (fields in starts/ends/parsed/numbers); stops at
   * the first record that is not simple, not complete before `filled`, or
   * starts at or after `stopAt`. Returns where it stopped.
   */
  run(
    bytes: Buffer,
    pos: number,
    filled: number,
    stopAt: number,
    line: number,
    onRecord: (line: number) => void,
  ): number {
    const { starts, ends, parsed, numbers, speculate, delimiter } = this;
    const fieldCount = speculate.length;
    let nextQuote = bytes.indexOf(QUOTE, pos);
    if (nextQuote < 0 || nextQuote > filled) nextQuote = filled;
    let nextCr = bytes.indexOf(CR, pos);
    if (nextCr < 0 || nextCr > filled) nextCr = filled;
    this.handled = 0;
    while (pos < stopAt) {
      const lf = bytes.indexOf(LF, pos);
      if (lf < 0 || lf >= filled || lf > nextQuote) return pos;
      let end = lf;
      if (nextCr < lf) {
        if (nextCr !== lf - 1) return pos;
        end = lf - 1;
        nextCr = bytes.indexOf(CR, lf);
        if (nextCr < 0 || nextCr > filled) nextCr = filled;
      }
      if (end === pos) return pos;
      let p = pos;
      let field = 0;
      for (;;) {
        if (field === fieldCount) return pos;
        const start = p;
        let done = false;
        if (speculate[field] === 1) {
          let c = p < end ? bytes[p]! : -1;
          const negative = c === 0x2d;
          if (negative) c = ++p < end ? bytes[p]! : -1;
          let mantissa = 0;
          let digits = 0;
          let scale = 0;
          while (c >= 0x30 && c <= 0x39) {
            mantissa = mantissa * 10 + (c - 0x30);
            digits++;
            c = ++p < end ? bytes[p]! : -1;
          }
          if (c === 0x2e) {
            c = ++p < end ? bytes[p]! : -1;
            while (c >= 0x30 && c <= 0x39) {
              mantissa = mantissa * 10 + (c - 0x30);
              digits++;
              scale++;
              c = ++p < end ? bytes[p]! : -1;
            }
          }
          if ((p === end || c === delimiter) && digits > 0 && digits <= 15) {
            const magnitude = mantissa / powersOfTen[scale]!;
            numbers[field] = negative ? -magnitude : magnitude;
            done = true;
          }
        }
        parsed[field] = done ? 1 : 0;
        if (!done) while (p < end && bytes[p] !== delimiter) p++;
        starts[field] = start;
        ends[field] = p;
        field++;
        if (p >= end) break;
        p++;
      }
      if (field !== fieldCount) return pos;
      onRecord(line + this.handled);
      this.handled++;
      pos = lf + 1;
    }
    return pos;
  }
}
