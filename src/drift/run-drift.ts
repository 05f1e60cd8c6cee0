/**
 * Drift from files: reads the reference (rows or a profile) and current data
 * through injected scan functions, and compares them. The check and the CLI
 * both call this, each with its own way of reaching files. The reference scan
 * is summarised (value tables, category counts) and released before current
 * data is read, so at most one file's columns are in memory at a time —
 * unless the caller keeps both scans (train/serve skew joins them).
 */
import type { BadRow, ScanNumericColumn, TableScan } from '../data/table-scan.ts';
import { parseProfileJson } from '../profile/profile-json-schema.ts';
import type { TableSchema } from '../table-schema/table-schema.ts';
import {
  compareWithReference,
  type NumericTables,
  numericColumnsToSummarise,
  type Reference,
  referenceFromProfile,
  referenceFromScan,
} from './compare-datasets.ts';
import { DriftRuleError } from './decide-drift.ts';
import type { DriftResult } from './drift-result.ts';
import type { DriftRules } from './drift-rules.ts';
import type { NumericTable } from './numeric-side.ts';
import { type ReadOptions, type ScanFile, scanForDrift, schemaSkips } from './scan-for-drift.ts';

export interface DataFile {
  path: string;
  read: ReadOptions;
  scan: ScanFile;
}

export type ReferenceFile =
  | ({ kind: 'rows' } & DataFile)
  | { kind: 'profile'; path: string; text: string };

/** Rows of a file that could not be split into the header's columns. */
export interface BadRows {
  role: 'reference' | 'current';
  source: string;
  count: number;
  /** The first ones, with line and problem. */
  rows: readonly BadRow[];
}

export interface DriftRun {
  result: DriftResult;
  badRows: BadRows[];
  /** Both scans, when asked for with `keepScans` and the reference is rows. */
  scans?: { reference: TableScan; current: TableScan };
}

export interface DriftRunOptions {
  /** Keep both scans in the result (train/serve skew joins them); reference rows only. */
  keepScans?: boolean;
  /** Prefix for rule errors, e.g. `checks.drift`. */
  configKey?: string;
  /**
   * Builds the value tables of number columns (the costly part) elsewhere,
   * e.g. on worker threads; the columns may be spent afterwards. Default: here.
   */
  summarise?: (columns: readonly ScanNumericColumn[]) => Promise<NumericTable[]>;
}

export async function runDrift(
  reference: ReferenceFile,
  current: DataFile,
  rules: DriftRules,
  schema?: TableSchema,
  options: DriftRunOptions = {},
): Promise<DriftRun> {
  const skips = schemaSkips(schema);
  const badRows: BadRows[] = [];
  const noteBadRows = (role: BadRows['role'], scan: TableScan) => {
    if (scan.badRowCount > 0) {
      badRows.push({ role, source: scan.source, count: scan.badRowCount, rows: scan.badRows });
    }
  };
  const tablesOf = async (scan: TableScan, reference?: Reference): Promise<NumericTables> => {
    // Both scans are needed whole when kept, so their columns are not handed away.
    if (!options.summarise || options.keepScans) return new Map();
    const columns = numericColumnsToSummarise(scan, rules, skips, reference);
    const tables = await options.summarise(columns);
    return new Map(columns.map((column, i) => [column.name, tables[i]!]));
  };
  // Comparing distributions needs each column's values, not their rows, unless the caller pairs rows.
  const layout = options.keepScans ? 'rows' : 'distribution';
  let summary: Reference;
  let referenceScan: TableScan | undefined;
  if (reference.kind === 'profile') {
    const profile = parseProfileJson(reference.text, reference.path);
    summary = referenceFromProfile(profile, reference.path, rules, skips);
  } else {
    const scan = await scanForDrift(reference.scan, reference.read, schema, layout);
    noteBadRows('reference', scan);
    summary = referenceFromScan(scan, rules, skips, await tablesOf(scan));
    if (options.keepScans) referenceScan = scan;
  }
  const currentScan = await scanForDrift(current.scan, current.read, schema, layout);
  noteBadRows('current', currentScan);
  const currentTables = await tablesOf(currentScan, summary);
  let result: DriftResult;
  try {
    result = compareWithReference(summary, currentScan, rules, skips, currentTables);
  } catch (error) {
    // A per-feature rule that does not fit: name the whole config key.
    if (error instanceof DriftRuleError && options.configKey) {
      throw new DriftRuleError(`${options.configKey}.${error.message}`);
    }
    throw error;
  }
  return {
    result,
    badRows,
    ...(referenceScan ? { scans: { reference: referenceScan, current: currentScan } } : {}),
  };
}
