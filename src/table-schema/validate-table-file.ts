/**
 * Scans one data file for a Table Schema and validates it. The scan reads only
 * the schema's columns, each as its field type, so a million-row file costs
 * one typed pass, and checks the cells of the numeric fields that need no
 * other row as it reads them, so those keep no rows (validationScanOptions). When the file lacks some of the schema's columns, the scan
 * of them would fail; the file's columns are then read from a scan that reads
 * no column, and the present ones are scanned again.
 */
import type { TableScan, TableScanOptions } from '../data/table-scan.ts';
import { TableReadError } from '../formats/table-read-error.ts';
import type { RowRule } from './row-rule.ts';
import type { TableSchema } from './table-schema.ts';
import { type ValidationResult, validateScan, validationScanOptions } from './validate-table.ts';

export type ScanFile = (options: TableScanOptions) => Promise<TableScan>;

export async function validateTableFile(
  scanFile: ScanFile,
  schema: TableSchema,
  options: {
    maxExamples: number;
    read?: Pick<TableScanOptions, 'format' | 'delimiter'>;
    rules?: readonly RowRule[];
  },
): Promise<ValidationResult> {
  const base = {
    ...options.read,
    badCellsPerColumn: options.maxExamples,
    badRowsKept: options.maxExamples,
  };
  let failure: unknown;
  try {
    const scan = await scanFile({ ...base, ...validationScanOptions(schema, options) });
    return validateScan(scan, schema, { maxExamples: options.maxExamples, rules: options.rules });
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    failure = error;
  }
  // Was it a column the file lacks? Read which columns it has; any other problem stands.
  const header = await scanFile({
    ...base,
    columns: {},
    otherColumns: 'skip',
    missingValues: schema.missingValues,
  });
  const present = new Set(header.columnNames);
  if (schema.fields.every((field) => present.has(field.name))) throw failure;
  const scan = await scanFile({
    ...base,
    ...validationScanOptions(schema, options, (name) => present.has(name)),
  });
  return validateScan(scan, schema, {
    maxExamples: options.maxExamples,
    rules: options.rules,
    missingColumns: schema.fields.map((f) => f.name).filter((name) => !present.has(name)),
  });
}
