/**
 * The longest text a Parquet value may decode to. A JS string holds at most
 * `MAX_STRING_LENGTH` UTF-16 units (2^29 − 24 in V8, about 512 MiB); V8 only
 * says so after reading and decompressing the column chunk and failing to
 * build the string, and its message ("Cannot create a string longer than …")
 * names no file. So a text value is refused in words: before the row group is
 * read when the footer's size statistics prove one of its values too long,
 * else when a value longer than the limit is met while decoding.
 */
import { constants } from 'node:buffer';
import type { ColumnChunk, RowGroup } from 'hyparquet';

/** The default limit, in bytes of UTF-8 (never more UTF-16 units than bytes). */
export const maxTextBytes = constants.MAX_STRING_LENGTH;

/** Thrown by the text parser (src/formats/parquet-cells.ts) for a value beyond the limit. */
export class ParquetTextTooLong extends Error {
  readonly valueBytes: number;

  constructor(valueBytes: number, limit: number) {
    super(`a text value of ${valueBytes} bytes exceeds the limit of ${limit}`);
    this.name = 'ParquetTextTooLong';
    this.valueBytes = valueBytes;
  }
}

/** Where the reader stands: one row group of the file, the columns read as text. */
export interface TextChunks {
  group: RowGroup;
  /** 0-based. */
  groupIndex: number;
  groupCount: number;
  rowStart: number;
  /** Requested columns whose BYTE_ARRAY values are decoded as text. */
  textColumns: readonly string[];
  limit: number;
}

function textChunks({ group, textColumns }: TextChunks): [string, ColumnChunk][] {
  return group.columns.flatMap((chunk): [string, ColumnChunk][] => {
    const name = chunk.meta_data?.path_in_schema[0];
    return name !== undefined &&
      chunk.meta_data?.type === 'BYTE_ARRAY' &&
      textColumns.includes(name)
      ? [[name, chunk]]
      : [];
  });
}

/**
 * The column whose footer proves one of its values too long, if any: the
 * largest value is at least the chunk's value bytes over its value count.
 * Writers that record size statistics (Parquet 2.10+) allow the check; for
 * others it is left to decoding.
 */
export function columnProvenTooLong(at: TextChunks): string | undefined {
  return textChunks(at).find(([, chunk]) => {
    const valueBytes = chunk.meta_data?.size_statistics?.unencoded_byte_array_data_bytes;
    const values = Number(chunk.meta_data?.num_values ?? 0);
    return valueBytes !== undefined && values > 0 && Number(valueBytes) / values > at.limit;
  })?.[0];
}

/**
 * The columns that can hold a value beyond the limit: those whose chunk is
 * larger than the limit once uncompressed (else every text column).
 */
export function columnsThatMayBeTooLong(at: TextChunks): string[] {
  const chunks = textChunks(at);
  const large = chunks.filter(
    ([, chunk]) => Number(chunk.meta_data?.total_uncompressed_size) > at.limit,
  );
  return [...new Set((large.length > 0 ? large : chunks).map(([name]) => name))];
}

/**
 * The limit's own error, or the engine's when hyparquet built the string
 * itself (JSON-annotated values): Node's ERR_STRING_TOO_LONG from a decoder,
 * V8's "Invalid string length" from joining strings.
 */
export function isTextTooLong(error: unknown): boolean {
  return (
    error instanceof ParquetTextTooLong ||
    (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_STRING_TOO_LONG' ||
    (error instanceof RangeError && error.message === 'Invalid string length')
  );
}

const count = (n: number) => n.toLocaleString('en-US');

/** The problem in words: the column(s), the row group, the value's size and the limit, and the fix. */
export function textTooLongProblem(
  at: TextChunks,
  columns: readonly string[],
  valueBytes: number | undefined,
): string {
  const names = columns.map((name) => `"${name}"`).join(' or ');
  const where = `column ${names}, row group ${at.groupIndex + 1} of ${at.groupCount} (from row ${at.rowStart + 1})`;
  const size = valueBytes === undefined ? 'a value' : `a value of ${count(valueBytes)} bytes`;
  return (
    `${where}: ${size} exceeds the ${count(at.limit)}-byte limit for one text value (the longest string JavaScript can hold), ` +
    'so it cannot be read as text; store such values as raw BINARY (no UTF8/STRING annotation), ' +
    'which mlgate reads by length and hash, or leave the column out'
  );
}
