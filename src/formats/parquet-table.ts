/**
 * A Table (src/data/table.ts) from an opened ParquetFile: the requested
 * columns (default all) as table cells (src/formats/parquet-cells.ts), a
 * missing-value token as null. Parquet has no lines, so a row's "line" is
 * its 1-based row number.
 */
import type { Table, TableReadOptions } from '../data/table.ts';
import type { Cell } from '../model/check.ts';
import { parquetCell } from './parquet-cells.ts';
import { rowValues } from './parquet-flat-column.ts';
import { type ParquetFile, readParquetRowGroups } from './parquet-row-groups.ts';
import { TableReadError } from './table-read-error.ts';

export async function parquetTable(
  opened: ParquetFile,
  source: string,
  options: TableReadOptions,
): Promise<Table> {
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
      const data = rowValues(values.get(name)!);
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
