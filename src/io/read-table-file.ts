/**
 * Reads a data file on disk into a Table (`workspace.readTable`). CSV is
 * scanned with the typed scanner (worker threads for large files), every
 * column as text; JSONL is streamed line by line; Parquet is read with
 * hyparquet row group by row group. CSV and JSONL must be UTF-8. For large
 * files that feed statistics, prefer `scanTableFile` (src/io/scan-table.ts):
 * it keeps typed arrays rather than a cell per value.
 */
import type { Table, TableReadOptions } from '../data/table.ts';
import { formatFromPath } from '../formats/format-from-path.ts';
import { asTableReadError, TableReadError } from '../formats/table-read-error.ts';
import type { Cell } from '../model/check.ts';
import { openParquet, parquetCell, readParquetRowGroups } from './parquet-row-groups.ts';
import { csvTextScanOptions, jsonlTable, tableFromCsvScan } from './parse-table-text.ts';
import { scanTableFile } from './scan-table.ts';

export async function readTableFile(
  absolutePath: string,
  source: string,
  options: TableReadOptions = {},
): Promise<Table> {
  const format = options.format ?? formatFromPath(source);
  try {
    if (format === 'parquet') return await readParquetTable(absolutePath, source, options);
    if (format === 'jsonl') return jsonlTable({ path: absolutePath }, source, options);
    const scan = await scanTableFile(absolutePath, source, csvTextScanOptions(options));
    return tableFromCsvScan(scan, options);
  } catch (error) {
    throw asTableReadError(source, error);
  }
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
  const missing = new Set(options.missingValues ?? ['']);
  const columns = new Map<string, Cell[]>(names.map((name) => [name, []]));
  await readParquetRowGroups(opened, source, names, (values) => {
    for (const [name, cells] of columns) {
      const data = values.get(name)!;
      for (let i = 0; i < data.length; i++) {
        const cell = parquetCell(data[i]);
        cells.push(typeof cell === 'string' && missing.has(cell) ? null : cell);
      }
    }
  });
  return {
    source,
    format: 'parquet',
    columnNames: names,
    rowCount: opened.rowCount,
    column: (name) => columns.get(name),
    // Parquet has no lines; messages say "line" for the 1-based row instead.
    lineOf: (row) => row + 1,
  };
}
