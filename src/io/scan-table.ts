/**
 * Scans a CSV, JSONL or Parquet file on disk into a TableScan
 * (src/data/table-scan.ts): typed columns for the statistics, bad cells and
 * bad rows counted and located. This module opens the file and hands its
 * bytes to the pure readers of src/formats/; a large CSV file is scanned in
 * ranges on worker threads (src/io/parallel-csv-scan.ts), shared with the
 * other scans of the caller's FileScanScheduler, which also runs a JSONL or
 * Parquet file whole on a worker while another scan runs here
 * (src/io/whole-file-scan.ts, which imports their readers when such a file
 * comes: a PR-sized CSV drift spends more of its time loading code than
 * reading data).
 */
import { buildTableScan } from '../data/build-table-scan.ts';
import type { TableScan, TableScanOptions } from '../data/table-scan.ts';
import type { ByteSource } from '../formats/byte-source.ts';
import { type ColumnPlan, textPassPlans } from '../formats/column-plans.ts';
import { finishCsvScan, planCsvScan, scanCsvPass } from '../formats/csv-table-scan.ts';
import { asTableReadError } from '../formats/table-read-error.ts';
import { type TableScanSettings, tableScanSettings } from '../formats/table-scan-settings.ts';
import { openFileByteSource } from './file-byte-source.ts';
import type { FileScanScheduler } from './file-scan-scheduler.ts';
import { scanCsvParallel, worthThreads } from './parallel-csv-scan.ts';

/** Scans a file on disk. `source` is the path as the user wrote it, for messages. */
export function scanTableFile(
  absolutePath: string,
  source: string,
  options: TableScanOptions = {},
  scheduler: FileScanScheduler,
): Promise<TableScan> {
  return scheduler.track(async () => {
    try {
      return await scanFile(
        absolutePath,
        tableScanSettings(source, options, scheduler.defaultThreads),
        scheduler,
      );
    } catch (error) {
      throw asTableReadError(source, error);
    }
  });
}

async function scanFile(
  absolutePath: string,
  settings: TableScanSettings,
  scheduler: FileScanScheduler,
): Promise<TableScan> {
  if (settings.format === 'parquet' || settings.format === 'jsonl') {
    const { identity, scanned } = await scheduler.scanWholeFile(absolutePath, settings);
    return buildTableScan(identity, scanned);
  }
  // The pause after which the scheduler has counted every scan started together (rangesFor).
  await new Promise((resolve) => setImmediate(resolve));
  const input = openFileByteSource(absolutePath);
  try {
    return await scanCsvFile(input, absolutePath, settings, scheduler);
  } finally {
    input.close();
  }
}

/** A CSV file, open as `input`: in this thread, or in ranges on threads when large enough. */
async function scanCsvFile(
  input: ByteSource,
  absolutePath: string,
  settings: TableScanSettings,
  scheduler: FileScanScheduler,
): Promise<TableScan> {
  const { header, plans } = planCsvScan(input, settings);
  const ranges = scheduler.rangesFor(settings.threads);
  const pass = async (scanPlans: readonly ColumnPlan[]) =>
    worthThreads(settings, input.size, header)
      ? scanCsvParallel(input, absolutePath, header, scanPlans, settings, ranges, scheduler)
      : scanCsvPass(input, header, scanPlans, settings);
  const first = await pass(plans);
  const again = textPassPlans(plans, first.needsTextPass);
  const second = again.length > 0 ? await pass(again) : undefined;
  return finishCsvScan(header, settings, first, again, second);
}
