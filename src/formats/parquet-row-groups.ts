/**
 * Reads Parquet with hyparquet (pure JS, so the bundled action needs no
 * native module; every codec through hyparquet-compressors) from bytes the
 * caller opened as an AsyncBuffer (src/io/parquet-file.ts opens a file): the
 * footer first, then one row group at a time, so memory holds one row group
 * of the requested columns rather than the file. Values are decoded by the
 * parsers of src/formats/parquet-cells.ts.
 */
import {
  type AsyncBuffer,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { cellParsers, valueParsers } from './parquet-cells.ts';
import { TableReadError } from './table-read-error.ts';

export interface ParquetFile {
  file: AsyncBuffer;
  columnNames: string[];
  /** Columns of the DATE logical type (days, not instants). */
  dateColumns: Set<string>;
  rowCount: number;
  metadata: FileMetaData;
}

/** A hyparquet failure as a TableReadError that says what to do. */
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

/** Reads the footer of the Parquet bytes in `file`: the columns, their types, the row count. */
export async function readParquetFooter(file: AsyncBuffer, source: string): Promise<ParquetFile> {
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
  opened: ParquetFile,
  source: string,
  columns: readonly string[],
  onRowGroup: (values: ReadonlyMap<string, ArrayLike<unknown>>, rowCount: number) => void,
  as: 'cells' | 'values' = 'cells',
): Promise<void> {
  let rowStart = 0;
  for (const group of opened.metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const values =
      columns.length > 0
        ? await readRowGroup(opened, source, columns, rowStart, rowEnd, as)
        : new Map<string, ArrayLike<unknown>>();
    onRowGroup(values, rowEnd - rowStart);
    rowStart = rowEnd;
  }
}

/** The requested columns' values of rows [rowStart, rowEnd), one row group. */
async function readRowGroup(
  opened: ParquetFile,
  source: string,
  columns: readonly string[],
  rowStart: number,
  rowEnd: number,
  as: 'cells' | 'values',
): Promise<Map<string, ArrayLike<unknown>>> {
  const values = new Map<string, ArrayLike<unknown>>();
  try {
    await parquetRead({
      file: opened.file,
      metadata: opened.metadata,
      columns: [...columns],
      rowStart,
      rowEnd,
      parsers: as === 'cells' ? cellParsers : valueParsers,
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
  return values;
}
