/**
 * Reads a data file on disk into a Table (`workspace.readTable`). CSV is
 * scanned with the typed scanner (worker threads for large files), every
 * column as text; JSONL is streamed line by line; Parquet is read with
 * hyparquet row group by row group. CSV and JSONL must be UTF-8. This module
 * opens the file; the Tables are built by src/formats/ (parse-table-text.ts,
 * parquet-table.ts). For large files that feed statistics, prefer
 * `scanTableFile` (src/io/scan-table.ts): it keeps typed arrays rather than a
 * cell per value.
 */
import type { Table, TableReadOptions } from '../data/table.ts';
import { formatFromPath } from '../formats/format-from-path.ts';
import { csvTextScanOptions, jsonlTable, tableFromCsvScan } from '../formats/parse-table-text.ts';
import { asTableReadError } from '../formats/table-read-error.ts';
import { openFileByteSource } from './file-byte-source.ts';
import type { FileScanScheduler } from './file-scan-scheduler.ts';
import { scanTableFile } from './scan-table.ts';

/** Reads the file at `absolutePath`; a CSV scan runs under the caller's `scheduler`. */
export async function readTableFile(
  absolutePath: string,
  source: string,
  options: TableReadOptions,
  scheduler: FileScanScheduler,
): Promise<Table> {
  const format = options.format ?? formatFromPath(source);
  try {
    if (format === 'parquet') {
      // hyparquet is imported for Parquet files only (src/io/scan-table.ts says why).
      const [{ openParquetFile }, { parquetTable }] = await Promise.all([
        import('./parquet-file.ts'),
        import('../formats/parquet-table.ts'),
      ]);
      return await parquetTable(await openParquetFile(absolutePath, source), source, options);
    }
    if (format === 'jsonl') return readJsonlTable(absolutePath, source, options);
    const scan = await scanTableFile(absolutePath, source, csvTextScanOptions(options), scheduler);
    return tableFromCsvScan(scan, options);
  } catch (error) {
    throw asTableReadError(source, error);
  }
}

function readJsonlTable(absolutePath: string, source: string, options: TableReadOptions): Table {
  const input = openFileByteSource(absolutePath);
  try {
    return jsonlTable(input, source, options);
  } finally {
    input.close();
  }
}
