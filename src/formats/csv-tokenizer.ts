/**
 * Splits CSV bytes (RFC 4180) into records and fields without allocating a
 * string per field: for each record it fills `starts`/`ends` (byte offsets of
 * each field's content, quotes excluded) and `quoting` (how to decode it), then
 * calls back. It works on a window of a larger file: a record cut by the end of
 * the window is left for the next call, so a file streams through a fixed-size
 * buffer and can be split between threads at record boundaries.
 *
 * Rules: fields are separated by a one-byte delimiter; records end with LF,
 * CRLF or CR; a field that starts with `"` is quoted, may hold delimiters and
 * line breaks, and writes a quote as `""`; text after a closing quote is an
 * error; a `"` inside an unquoted field is kept as text (as pandas does); blank
 * lines carry no record. Cost: O(bytes), one pass.
 */
import { TableReadError } from './table-read-error.ts';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** `quoting[i]` values. */
export const UNQUOTED = 0;
export const QUOTED = 1;
/** Quoted and holding `""` pairs: decode, then replace `""` with `"`. */
export const QUOTED_ESCAPES = 2;

export type CsvRecordHandler = (fieldCount: number, line: number) => void;

export class CsvTokenizer {
  readonly source: string;
  readonly delimiter: number;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  quoting = new Uint8Array(64);
  /** The line on which the next record starts (counted from `firstLine`). */
  line: number;
  /** Offset just after the last record tokenized (its line break included). */
  recordEnd = 0;

  constructor(source: string, delimiter: string, firstLine = 1) {
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7f || '"\r\n'.includes(delimiter)) {
      throw new TableReadError(
        source,
        undefined,
        `the delimiter must be one ASCII character other than a quote or line break, not ${JSON.stringify(delimiter)}`,
      );
    }
    this.source = source;
    this.delimiter = delimiter.charCodeAt(0);
    this.line = firstLine;
  }

  /**
   * Tokenizes the records that start in bytes[from, to) and end before `to`
   * (or at `to` when `final`, i.e. the file ends there), stopping before the
   * first record that starts at or after `stopAt` (or after `maxRecords`
   * records). Returns the offset where
   * tokenizing stopped: the start of an incomplete record, `stopAt`'s record,
   * or `to`. The per-byte hot loop of CSV scans, kept as one function.
   */
  tokenize(
    bytes: Uint8Array,
    from: number,
    to: number,
    final: boolean,
    onRecord: CsvRecordHandler,
    stopAt = Number.POSITIVE_INFINITY,
    maxRecords = Number.POSITIVE_INFINITY,
  ): number {
    let emitted = 0;
    const delimiter = this.delimiter;
    let pos = from;
    while (pos < to && pos < stopAt) {
      const recordStart = pos;
      const recordLine = this.line;
      let lines = 0;
      let n = 0;
      let lastQuoted = false;
      // Each iteration reads one field; `end` is where its terminator is (or `to`).
      let end: number;
      for (;;) {
        if (n === this.starts.length) this.grow();
        if (pos < to && bytes[pos] === QUOTE) {
          let p = pos + 1;
          let quoting = QUOTED;
          for (;;) {
            if (p >= to) {
              if (final) {
                throw new TableReadError(
                  this.source,
                  recordLine,
                  'a quoted field is never closed; close it with " or write a quote inside it as ""',
                );
              }
              return recordStart;
            }
            const b = bytes[p]!;
            if (b === QUOTE) {
              if (p + 1 >= to && !final) return recordStart;
              if (bytes[p + 1] === QUOTE) {
                quoting = QUOTED_ESCAPES;
                p += 2;
                continue;
              }
              break;
            }
            if (b === LF) lines++;
            else if (b === CR) {
              if (p + 1 >= to && !final) return recordStart;
              if (bytes[p + 1] !== LF) lines++;
            }
            p++;
          }
          this.starts[n] = pos + 1;
          this.ends[n] = p;
          this.quoting[n] = quoting;
          n++;
          lastQuoted = true;
          end = p + 1;
          if (end < to) {
            const next = bytes[end]!;
            if (next !== delimiter && next !== LF && next !== CR) {
              throw new TableReadError(
                this.source,
                recordLine + lines,
                'text follows a closing quote; quote the whole field and write a quote inside it as ""',
              );
            }
          } else if (!final) return recordStart;
        } else {
          let p = pos;
          while (p < to) {
            const b = bytes[p]!;
            if (b === delimiter || b === LF || b === CR) break;
            p++;
          }
          this.starts[n] = pos;
          this.ends[n] = p;
          this.quoting[n] = UNQUOTED;
          n++;
          lastQuoted = false;
          end = p;
          if (end >= to && !final) return recordStart;
        }
        if (end < to && bytes[end] === delimiter) {
          pos = end + 1;
          continue;
        }
        break;
      }
      // `end` is at a line break or at the end of the file.
      if (end < to) {
        if (bytes[end] === CR) {
          if (end + 1 >= to && !final) return recordStart;
          end += bytes[end + 1] === LF ? 2 : 1;
        } else {
          end += 1;
        }
        lines++;
      }
      pos = end;
      this.line = recordLine + lines;
      this.recordEnd = end;
      const blank = n === 1 && !lastQuoted && this.starts[0] === this.ends[0];
      if (!blank) {
        onRecord(n, recordLine);
        if (++emitted >= maxRecords) return pos;
      }
    }
    return pos;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const quoting = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    quoting.set(this.quoting);
    this.starts = starts;
    this.ends = ends;
    this.quoting = quoting;
  }
}

/** The text of field `i` of the current record. */
export function fieldText(tokenizer: CsvTokenizer, bytes: Buffer, i: number): string {
  const text = bytes.toString('utf8', tokenizer.starts[i], tokenizer.ends[i]);
  return tokenizer.quoting[i] === QUOTED_ESCAPES ? text.replaceAll('""', '"') : text;
}
