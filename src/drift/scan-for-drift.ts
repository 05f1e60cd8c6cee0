/**
 * Reads a data file for drift through a scan function (a check's workspace,
 * or the CLI's file scanner). Without a Table Schema every column is read with
 * its kind inferred (`auto`); with one, the schema's columns are read as their
 * declared types (so a zip code declared `string` keeps its leading zero) and
 * fields the schema declares unique or as the primary key are identifiers,
 * not features. A schema column the file lacks is simply not compared.
 */
import type { ScanLayout, TableScan, TableScanOptions } from '../data/table-scan.ts';
import type { TableSchema } from '../table-schema/table-schema.ts';
import { scanOptionsFor } from '../table-schema/validate-table.ts';
import type { SkipReasons } from './compare-datasets.ts';

export type ScanFile = (options: TableScanOptions) => Promise<TableScan>;

export type ReadOptions = Pick<TableScanOptions, 'format' | 'delimiter' | 'missingValues'>;

/**
 * `layout: 'distribution'` keeps only each column's values and counts, not
 * their rows: enough for comparing distributions, at less memory; a caller
 * that pairs columns row by row (feature vs label) needs `rows`.
 */
export async function scanForDrift(
  scanFile: ScanFile,
  read: ReadOptions,
  schema: TableSchema | undefined,
  layout: ScanLayout = 'rows',
): Promise<TableScan> {
  if (!schema) return scanFile({ ...read, otherColumns: 'auto', layout });
  const withRead = (options: TableScanOptions) => ({
    ...options,
    layout,
    ...definedOptions(read),
  });
  try {
    return await scanFile(withRead(scanOptionsFor(schema)));
  } catch (error) {
    if (!(error instanceof Error) || !/no column named/.test(error.message)) throw error;
  }
  const header = await scanFile(withRead({ columns: {}, otherColumns: 'skip' }));
  const present = new Set(header.columnNames);
  return scanFile(withRead(scanOptionsFor(schema, (name) => present.has(name))));
}

/**
 * The named columns alone, read as numbers: current data whose inference took
 * them for text, where the reference holds numbers, so that the cells that
 * are not numbers come located (src/drift/unreadable-cells.ts).
 */
export function scanAsNumbers(
  scanFile: ScanFile,
  read: ReadOptions,
  names: readonly string[],
): Promise<TableScan> {
  return scanFile({
    ...definedOptions(read),
    columns: Object.fromEntries(names.map((name) => [name, 'number' as const])),
    otherColumns: 'skip',
    layout: 'distribution',
  });
}

/** Fields a schema marks as identifiers: unique, or part of the primary key. */
export function schemaSkips(schema: TableSchema | undefined): SkipReasons {
  const skips = new Map<string, string>();
  if (!schema) return skips;
  for (const field of schema.fields) {
    if (schema.primaryKey.includes(field.name)) {
      skips.set(field.name, 'part of the primary key in the schema: an identifier, not a feature');
    } else if (field.constraints.unique) {
      skips.set(field.name, 'declared unique in the schema: an identifier, not a feature');
    }
  }
  return skips;
}

function definedOptions(read: ReadOptions): ReadOptions {
  return Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined));
}
