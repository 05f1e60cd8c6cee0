/**
 * Builds the value tables of a scan's number columns on worker threads for
 * `mlgate drift`: the table (a counting pass or a radix sort per column) is
 * most of drift's own work. The tables equal `numericTableOfScan`'s: the same
 * function runs on the same column, only elsewhere. From the bundle the
 * workers load dist/drift-worker.js.
 */
import type { ScanNumericColumn } from '../data/table-scan.ts';
import { type NumericTable, numericTableOfScan } from '../drift/numeric-side.ts';
import { columnJob, runColumnJob } from '../io/column-worker-pool.ts';

const numericTables = columnJob({
  flag: 'mlgate-drift-worker',
  moduleUrl: import.meta.url,
  sourceModule: './drift-in-parallel.ts',
  bundleName: 'drift-worker',
  work: (column: ScanNumericColumn) => numericTableOfScan(column),
  transferables: (table: NumericTable) =>
    [table.values, table.weights].flatMap((a) =>
      a instanceof Float64Array ? [a.buffer as ArrayBuffer] : [],
    ),
});

export function numericTablesInParallel(
  columns: readonly ScanNumericColumn[],
  threads?: number,
): Promise<NumericTable[]> {
  return runColumnJob(numericTables, columns, undefined, threads === undefined ? {} : { threads });
}
