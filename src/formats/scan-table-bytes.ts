/**
 * Scans CSV or JSONL held in memory (tests, in-memory workspaces) into a
 * TableScan, in the calling thread. Files on disk go through
 * src/io/scan-table.ts, which streams them and uses threads for large CSV.
 */
import type { TableScan, TableScanOptions } from '../data/table-scan.ts';
import { bufferByteSource } from './byte-source.ts';
import { scanCsv } from './csv-table-scan.ts';
import { scanJsonl } from './jsonl-table-scan.ts';
import { TableReadError } from './table-read-error.ts';
import { tableScanSettings } from './table-scan-settings.ts';

/** Scans CSV or JSONL text. */
export function scanTableText(
  text: string,
  source: string,
  options: TableScanOptions = {},
): TableScan {
  return scanTableBytes(Buffer.from(text), source, options);
}

/** As scanTableText, for bytes (which need not be valid UTF-8: that is checked). */
export function scanTableBytes(
  bytes: Buffer,
  source: string,
  options: TableScanOptions = {},
): TableScan {
  const settings = { ...tableScanSettings(source, options), threads: 1 };
  if (settings.format === 'parquet') {
    throw new TableReadError(source, undefined, 'Parquet is binary; scan it from a file');
  }
  const input = bufferByteSource(bytes);
  return settings.format === 'jsonl' ? scanJsonl(input, settings) : scanCsv(input, settings);
}
