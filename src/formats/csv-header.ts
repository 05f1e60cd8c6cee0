/**
 * The header record of a CSV file: its column names (checked: none empty,
 * none twice), where the data starts, and the bytes per record of the first
 * window, which sizes the columns before the scan. Read from a ByteSource
 * through a window that grows until the header record fits.
 */
import type { ByteSource } from './byte-source.ts';
import { CsvTokenizer, fieldText } from './csv-tokenizer.ts';
import { assertUtf8, bomLength } from './decode-utf8.ts';
import { TableReadError } from './table-read-error.ts';

/**
 * The first window: a large file's first 64 KB, enough records to size its
 * columns closely; a sixteenth of a smaller file, down to 1 KB. The window is
 * tokenized whole, in JavaScript that a small file's run meets cold: a
 * PR-sized drift's two 24 KB files took about 2 ms for it, a gate run reads
 * its few files' headers once per check, and a small file's columns' sizes
 * matter little.
 */
const HEADER_WINDOW_BYTES = 1 << 16;
const SMALL_WINDOW_BYTES = 1 << 10;

function firstWindowBytes(size: number): number {
  return Math.min(
    HEADER_WINDOW_BYTES,
    Math.max(SMALL_WINDOW_BYTES, Math.ceil(size / 16)),
    Math.max(16, size),
  );
}

export interface CsvHeader {
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

/** Reads and checks the header; `source` names the file in errors. */
export function readCsvHeader(input: ByteSource, source: string, delimiter: string): CsvHeader {
  let window = Buffer.allocUnsafe(firstWindowBytes(input.size));
  for (;;) {
    const filled = input.read(window, 0, window.length, 0);
    const final = filled >= input.size;
    const header = headerInWindow(window, filled, final, source, delimiter);
    if (header) {
      checkHeader(header.names, source, header.line);
      return header;
    }
    if (final) {
      throw new TableReadError(
        source,
        undefined,
        'the file is empty; it needs a header row and data rows',
      );
    }
    window = Buffer.allocUnsafe(window.length * 4);
  }
}

/** The header record in window[0, filled), if it ends there; undefined when the window is too short. */
function headerInWindow(
  window: Buffer,
  filled: number,
  final: boolean,
  source: string,
  delimiter: string,
): CsvHeader | undefined {
  const bom = bomLength(window.subarray(0, filled));
  const tokenizer = new CsvTokenizer(source, delimiter);
  let header: CsvHeader | undefined;
  let records = 0;
  const consumed = tokenizer.tokenize(window, bom, filled, final, (fieldCount, line) => {
    records++;
    if (header) return;
    assertUtf8(window, bom, tokenizer.recordEnd, source, 1);
    const names = Array.from({ length: fieldCount }, (_, i) => fieldText(tokenizer, window, i));
    header = {
      names,
      line,
      dataStart: tokenizer.recordEnd,
      dataLine: tokenizer.line,
      bytesPerRecord: 0,
    };
  });
  if (!header) return undefined;
  const dataRecords = records - 1;
  header.bytesPerRecord = dataRecords > 0 ? (consumed - header.dataStart) / dataRecords : 64;
  return header;
}

/** Refuses a header with an empty name or a name given twice, saying how to fix it. */
export function checkHeader(names: readonly string[], source: string, line: number): void {
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
