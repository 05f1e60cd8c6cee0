/**
 * The settings of one table scan: TableScanOptions (src/data/table-scan.ts)
 * with every default filled in, so the readers never repeat a default. The
 * default thread count is the caller's (it knows the machine; a scan of
 * bytes in memory uses one thread).
 */
import type { CellChecks } from '../data/cell-checks.ts';
import type { TableFormat } from '../data/table.ts';
import type { ScanKind, ScanLayout, TableScanOptions } from '../data/table-scan.ts';
import { formatFromPath } from './format-from-path.ts';

export interface TableScanSettings {
  /** The file as the user wrote it, for messages. */
  source: string;
  format: TableFormat;
  delimiter: string;
  missingValues: readonly string[];
  columns: Readonly<Record<string, ScanKind>>;
  otherColumns: ScanKind | 'skip';
  badCellsPerColumn: number;
  badRowsKept: number;
  allowNoRows: boolean;
  layout: ScanLayout;
  cellChecks: Readonly<Record<string, CellChecks>>;
  threads: number;
}

export function tableScanSettings(
  source: string,
  options: TableScanOptions,
  defaultThreads = 1,
): TableScanSettings {
  return {
    source,
    format: options.format ?? formatFromPath(source),
    delimiter: options.delimiter ?? (source.toLowerCase().endsWith('.tsv') ? '\t' : ','),
    missingValues: options.missingValues ?? [''],
    columns: options.columns ?? {},
    otherColumns: options.otherColumns ?? 'skip',
    badCellsPerColumn: options.badCellsPerColumn ?? 100,
    badRowsKept: options.badRowsKept ?? 100,
    allowNoRows: options.allowNoRows ?? false,
    layout: options.layout ?? 'rows',
    cellChecks: options.cellChecks ?? {},
    threads: Math.max(1, Math.floor(options.threads ?? defaultThreads)),
  };
}
