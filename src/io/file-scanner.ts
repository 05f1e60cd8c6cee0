/**
 * Scans of files named on the command line, relative to the working
 * directory. One command's scans share one FileScanScheduler, so that files
 * it scans together (drift's reference and current) share the scan threads
 * instead of each claiming them all.
 */
import path from 'node:path';
import type { TableScan, TableScanOptions } from '../data/table-scan.ts';
import { FileScanScheduler } from './file-scan-scheduler.ts';
import { scanTableFile } from './scan-table.ts';

export type FileScanner = (file: string, options?: TableScanOptions) => Promise<TableScan>;

export function fileScanner(scheduler = new FileScanScheduler()): FileScanner {
  return (file, options = {}) => scanTableFile(path.resolve(file), file, options, scheduler);
}
