/**
 * A TableScan (src/data/table-scan.ts) from what its reader collected: the
 * columns, the bad cells and rows, and the bookkeeping that maps a row index
 * back to its data row (bad rows are left out of the columns, so indexes
 * shift after each) and to the line it starts on (records with line breaks
 * inside quotes shift lines). Both lookups are binary searches over tables
 * that grow with bad rows and line jumps, not with rows.
 */
import type { TableFormat } from './table.ts';
import type { BadCell, BadRow, ScanColumn, ScanLayout, TableScan } from './table-scan.ts';

/** What a reader collected over every record of a file. */
export interface ScannedRecords {
  columns: ScanColumn[];
  badCells: BadCell[];
  badRows: BadRow[];
  badRowCount: number;
  /** Records read, bad rows included. */
  records: number;
  /** Record indexes of the bad rows, ascending. */
  badRecords: Int32Array;
  /** Flat pairs [record, delta]: from `record` on, line = record + delta. */
  lineJumps: number[];
  /** False for formats without lines (Parquet). */
  hasLines: boolean;
}

export interface ScanIdentity {
  source: string;
  format: TableFormat;
  layout: ScanLayout;
  /** Every column of the file, in file order. */
  columnNames: readonly string[];
}

/**
 * A scan as data, before its TableScan is built: what a worker thread that
 * scanned a whole file sends back (src/io/whole-file-scan.ts), since the
 * TableScan's lookups are functions, which cannot be posted.
 */
export interface ScanParts {
  identity: ScanIdentity;
  scanned: ScannedRecords;
}

export function buildTableScan(identity: ScanIdentity, scanned: ScannedRecords): TableScan {
  const { badRecords } = scanned;
  const byName = new Map(scanned.columns.map((column) => [column.name, column]));
  return {
    source: identity.source,
    format: identity.format,
    layout: identity.layout,
    columnNames: identity.columnNames,
    rowCount: scanned.records - badRecords.length,
    columns: scanned.columns,
    column: (name) => byName.get(name),
    badCells: scanned.badCells,
    badRows: scanned.badRows,
    badRowCount: scanned.badRowCount,
    ...rowLocators(scanned),
  };
}

/**
 * dataRowOf and lineOf, made apart from the columns: closures made in one function
 * share what any of them holds, so these would keep every column alive for whoever
 * keeps them, as drift does while it lets the columns go (src/drift/released-as-compared.ts).
 */
function rowLocators({
  badRecords,
  lineJumps,
  hasLines,
}: ScannedRecords): Pick<TableScan, 'dataRowOf' | 'lineOf'> {
  return {
    dataRowOf: (index) => recordOfRow(badRecords, index) + 1,
    lineOf: (index) =>
      hasLines ? lineOfRecord(lineJumps, recordOfRow(badRecords, index)) : undefined,
  };
}

/** The record index (bad rows counted) of good row `index`, given the bad records in ascending order. */
export function recordOfRow(badRecords: Int32Array, index: number): number {
  // Bad record j has badRecords[j] - j good rows before it; count those at or before `index`.
  let low = 0;
  let high = badRecords.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (badRecords[mid]! - mid <= index) low = mid + 1;
    else high = mid;
  }
  return index + low;
}

/** The line of `record`, given flat [record, delta] pairs ascending by record (before the first: delta 0). */
export function lineOfRecord(lineJumps: readonly number[], record: number): number {
  let low = 0;
  let high = lineJumps.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (lineJumps[mid * 2]! <= record) low = mid + 1;
    else high = mid;
  }
  return record + (low === 0 ? 0 : lineJumps[(low - 1) * 2 + 1]!);
}
