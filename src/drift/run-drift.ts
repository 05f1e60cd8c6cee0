/**
 * Drift from files: reads the reference (rows or a profile) and current data
 * through injected scan functions, and compares them. The check and the CLI
 * both call this, each with its own way of reaching files. Both files are
 * read at once: their scans come as value and category counts (the
 * `distribution` layout), not rows, unless the caller keeps both scans
 * (train/serve skew joins them). A column current data's inference read as
 * text where the reference holds numbers is read once more, as numbers, to
 * locate the cells that are not (unreadable-cells.ts).
 */
import type { BadRow, TableScan } from '../data/table-scan.ts';
import { parseProfileJson } from '../profile/profile-json-schema.ts';
import type { TableSchema } from '../table-schema/table-schema.ts';
import {
  compareWithReference,
  type Reference,
  referenceFromProfile,
  referenceFromScan,
} from './compare-datasets.ts';
import { DriftRuleError } from './decide-drift.ts';
import type { DriftResult } from './drift-result.ts';
import type { DriftRules } from './drift-rules.ts';
import {
  type ReadOptions,
  type ScanFile,
  scanAsNumbers,
  scanForDrift,
  schemaSkips,
} from './scan-for-drift.ts';
import { holdsNonNumbers } from './unreadable-cells.ts';

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
  // A profile is read first: its mistakes show before a long scan.
  const fromProfile =
    reference.kind === 'profile'
      ? referenceFromProfile(
          parseProfileJson(reference.text, reference.path),
          reference.path,
          rules,
          skips,
        )
      : undefined;
  // Comparing distributions needs each column's values counted, not its rows, unless the caller pairs rows.
  const layout = options.keepScans ? 'rows' : 'distribution';
  const scans = await scanBoth(reference, current, schema, layout);
  if (scans.reference) noteBadRows('reference', scans.reference);
  const currentScan = scans.current;
  noteBadRows('current', currentScan);
  const summary: Reference =
    fromProfile ?? referenceFromScan(requireScan(scans.reference), rules, skips);
  const referenceScan = options.keepScans ? scans.reference : undefined;
  // The value tables in `summary` are all drift needs of the reference: its scan can go (a wide
  // table's is hundreds of megabytes) before current data is compared.
  scans.reference = undefined;
  const toLocate = textColumnsOfNumbers(summary, currentScan);
  const located =
    toLocate.length > 0 ? await scanAsNumbers(current.scan, current.read, toLocate) : undefined;
  let result: DriftResult;
  try {
    result = compareWithReference(summary, currentScan, rules, skips, located);
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
    ...(options.keepScans && referenceScan
      ? { scans: { reference: referenceScan, current: currentScan } }
      : {}),
  };
}

/**
 * Columns the reference holds as numbers (not times) that current data's
 * inference read as text because some cells are not numbers: only a scan that
 * reads them as numbers locates those cells. The second pass happens only
 * when such cells exist, and reads only those columns.
 */
function textColumnsOfNumbers(reference: Reference, current: TableScan): string[] {
  return [...reference.sides]
    .filter(([name, side]) => {
      const column = current.column(name);
      return side.role === 'numeric' && !side.time && column && holdsNonNumbers(column);
    })
    .map(([name]) => name);
}

/** Both files scanned at once; when both fail, the reference's error is the one reported. */
async function scanBoth(
  reference: ReferenceFile,
  current: DataFile,
  schema: TableSchema | undefined,
  layout: 'rows' | 'distribution',
): Promise<{ reference: TableScan | undefined; current: TableScan }> {
  const [referenceRead, currentRead] = await Promise.allSettled([
    reference.kind === 'rows'
      ? scanForDrift(reference.scan, reference.read, schema, layout)
      : undefined,
    scanForDrift(current.scan, current.read, schema, layout),
  ]);
  if (referenceRead.status === 'rejected') throw referenceRead.reason;
  if (currentRead.status === 'rejected') throw currentRead.reason;
  return { reference: referenceRead.value, current: currentRead.value };
}

function requireScan(scan: TableScan | undefined): TableScan {
  if (scan === undefined) throw new Error('drift: the reference is neither a profile nor rows');
  return scan;
}
