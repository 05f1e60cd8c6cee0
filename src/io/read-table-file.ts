/**
 * Reads a data file on disk into a Table (`workspace.readTable`). CSV and
 * JSONL must be UTF-8; Parquet is read with hyparquet. For large files that
 * feed statistics, use `scanTableFile` (src/io/scan-table.ts) instead: it
 * keeps typed columns rather than a cell object per value.
 */
import { readFile } from 'node:fs/promises';
import type { Table, TableReadOptions } from '../data/table.ts';
import type { Cell } from '../engine/check.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { openParquet, parquetCell, readParquetRowGroups } from './parquet-row-groups.ts';
import { formatFromPath, parseTableText } from './parse-table-text.ts';
import { TableReadError } from './table-read-error.ts';

export async function readTableFile(
  absolutePath: string,
  source: string,
  options: TableReadOptions = {},
): Promise<Table> {
  const format = options.format ?? formatFromPath(source);
  if (format === 'parquet') return readParquetTable(absolutePath, source, options);
  const bytes = await readFile(absolutePath);
  return parseTableText(decodeUtf8(bytes, source), source, { ...options, format });
}

async function readParquetTable(
  absolutePath: string,
  source: string,
  options: TableReadOptions,
): Promise<Table> {
  const opened = await openParquet(absolutePath, source);
  const names = options.columns ? [...options.columns] : opened.columnNames;
  for (const name of names) {
    if (!opened.columnNames.includes(name)) {
      throw new TableReadError(
        source,
        undefined,
        `no column named "${name}"; the file has: ${opened.columnNames.join(', ')}`,
      );
    }
  }
  if (opened.rowCount === 0) {
    throw new TableReadError(
      source,
      undefined,
      'the file has columns but no rows; a table needs at least one row',
    );
  }
  const columns = new Map<string, Cell[]>(names.map((name) => [name, []]));
  await readParquetRowGroups(opened, source, names, (values) => {
    for (const [name, cells] of columns) {
      const data = values.get(name)!;
      for (let i = 0; i < data.length; i++) cells.push(parquetCell(data[i]));
    }
  });
  return {
    source,
    format: 'parquet',
    columnNames: names,
    rowCount: opened.rowCount,
    column: (name) => columns.get(name),
    // Parquet has no lines; messages name the row, so the data row stands in (row + 1).
    lineOf: (row) => row + 1,
  };
}
