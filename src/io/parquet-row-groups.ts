/**
 * Reads a Parquet file with hyparquet (pure JS, so the bundled action needs no
 * native module; every codec through hyparquet-compressors), one row group at a time, so memory holds one row group of
 * the requested columns rather than the file. Values become table cells:
 * INT64 stays exact (a number when it is a safe integer, else its decimal
 * text), DATE becomes `YYYY-MM-DD`, timestamps ISO 8601 UTC text (ms
 * precision), text is decoded strictly as UTF-8, nested values become JSON.
 */
import { stat } from 'node:fs/promises';
import {
  asyncBufferFromFile,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { TableReadError } from '../formats/table-read-error.ts';
import type { Cell } from '../model/check.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isoFromMs(ms: number): string {
  return new Date(ms).toISOString();
}

/** For Tables: dates and times as ISO text cells. */
const cellParsers = {
  timestampFromMilliseconds: (millis: bigint) => isoFromMs(Number(millis)),
  timestampFromMicroseconds: (micros: bigint) => isoFromMs(Number(micros / 1000n)),
  timestampFromNanoseconds: (nanos: bigint) => isoFromMs(Number(nanos / 1000000n)),
  dateFromDays: (days: number) => isoFromMs(days * 86400000).slice(0, 10),
  stringFromBytes: (bytes: Uint8Array | undefined) => (bytes ? strictUtf8.decode(bytes) : bytes),
};

/** For scans: dates and times as Date objects (hyparquet's default), text strict. */
const valueParsers = { stringFromBytes: cellParsers.stringFromBytes };

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

/** A Parquet value as a table cell (see the file comment). */
export function parquetCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'bigint': {
      const number = Number(value);
      return Number.isSafeInteger(number) ? number : String(value);
    }
    default:
      if (value instanceof Date) return value.toISOString();
      if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
      return JSON.stringify(value, jsonReplacer);
  }
}

export interface ParquetFile {
  columnNames: string[];
  /** Columns of the DATE logical type (days, not instants). */
  dateColumns: Set<string>;
  rowCount: number;
  metadata: FileMetaData;
}

function readProblem(source: string, error: unknown): TableReadError {
  const message = error instanceof Error ? error.message : String(error);
  if (/compression codec/.test(message)) {
    return new TableReadError(
      source,
      undefined,
      `${message.replace(/^parquet /, '')}; write it with compression='snappy' or 'zstd'`,
    );
  }
  if (error instanceof TypeError && /encoded data/.test(message)) {
    return new TableReadError(
      source,
      undefined,
      'a text column holds bytes that are not valid UTF-8; write text as UTF-8',
    );
  }
  return new TableReadError(source, undefined, `not a readable Parquet file (${message})`);
}

/** Opens a Parquet file and reads its footer. */
export async function openParquet(
  absolutePath: string,
  source: string,
): Promise<ParquetFile & { file: Awaited<ReturnType<typeof asyncBufferFromFile>> }> {
  const { size } = await stat(absolutePath);
  if (size === 0)
    throw new TableReadError(
      source,
      undefined,
      'the file is empty; it needs a Parquet footer and rows',
    );
  const file = await asyncBufferFromFile(absolutePath);
  try {
    const metadata = await parquetMetadataAsync(file, { parsers: valueParsers });
    const children = parquetSchema(metadata).children;
    const columnNames = children.map((child) => child.element.name);
    const dateColumns = new Set(
      children
        .filter(
          ({ element }) =>
            element.converted_type === 'DATE' || element.logical_type?.type === 'DATE',
        )
        .map(({ element }) => element.name),
    );
    return { file, metadata, columnNames, dateColumns, rowCount: Number(metadata.num_rows) };
  } catch (error) {
    throw readProblem(source, error);
  }
}

/**
 * Calls `onRowGroup` for each row group in file order with the requested
 * columns' values: `cells` gives dates and times as ISO text (then convert
 * with `parquetCell`), `values` as Date objects.
 */
export async function readParquetRowGroups(
  opened: Awaited<ReturnType<typeof openParquet>>,
  source: string,
  columns: readonly string[],
  onRowGroup: (values: ReadonlyMap<string, ArrayLike<unknown>>, rowCount: number) => void,
  as: 'cells' | 'values' = 'cells',
): Promise<void> {
  const parsers = as === 'cells' ? cellParsers : valueParsers;
  let rowStart = 0;
  for (const group of opened.metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const values = new Map<string, ArrayLike<unknown>>();
    if (columns.length > 0) {
      try {
        await parquetRead({
          file: opened.file,
          metadata: opened.metadata,
          columns: [...columns],
          rowStart,
          rowEnd,
          parsers,
          compressors,
          onChunk: (chunk) => {
            // A chunk may start before rowStart; keep exactly this group's rows.
            const from = rowStart - chunk.rowStart;
            const data = chunk.columnData;
            values.set(
              chunk.columnName,
              from === 0 && data.length === rowEnd - rowStart
                ? data
                : Array.prototype.slice.call(data, from, from + rowEnd - rowStart),
            );
          },
        });
      } catch (error) {
        throw readProblem(source, error);
      }
    }
    onRowGroup(values, rowEnd - rowStart);
    rowStart = rowEnd;
  }
}
