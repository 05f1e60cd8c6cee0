/**
 * Drift from files: reads the reference (rows or a profile) and current data
 * through injected scan functions, and compares them. The check and the CLI
 * both call this, each with its own way of reaching files. Both files are
 * read at once: their scans come as value and category counts (the
 * `distribution` layout), not rows, unless the caller keeps both scans
 * (train/serve skew joins them). A column current data's inference read as
 * text where the reference holds numbers is read once more, as numbers, to
 * locate the cells that are not (unreadable-cells.ts).
 *
 * Either side may be a query source instead (a table or query in an SQL
 * engine, opened by the workspace): two in one engine are compared there,
 * aggregates only (drift-in-engine.ts); otherwise a query side's values come
 * counted by its engine and are compared as a file's (scan-query-source.ts).
 */
import type { BadRow, TableScan } from '../data/table-scan.ts';
import type { TableProfile } from '../profile/profile-types.ts';
import type { TableSchema } from '../table-schema/table-schema.ts';
import type { OpenedQuerySource } from '../workspace/sql-source.ts';
import {
  compareSharingWork,
  compareWithReference,
  type Reference,
  referenceFromProfile,
  referenceFromScan,
} from './compare-datasets.ts';
import { DriftRuleError } from './decide-drift.ts';
import { driftInEngine } from './drift-in-engine.ts';
import type { DriftResult } from './drift-result.ts';
import type { DriftRules } from './drift-rules.ts';
import type { NumericFiguresElsewhere } from './numeric-pair.ts';
import { type ReleasingScan, releasedAsCompared } from './released-as-compared.ts';
import {
  type ReadOptions,
  type ScanFile,
  scanAsNumbers,
  scanForDrift,
  schemaSkips,
} from './scan-for-drift.ts';
import { scanQuerySource } from './scan-query-source.ts';
import { holdsNonNumbers } from './unreadable-cells.ts';

export interface DataFile {
  path: string;
  read: ReadOptions;
  scan: ScanFile;
}

/** A table or query in an SQL engine, opened by the workspace. */
export interface QueryData {
  kind: 'query';
  source: OpenedQuerySource;
}

export type ReferenceFile =
  | ({ kind: 'rows' } & DataFile)
  | { kind: 'profile'; path: string; text: string }
  | QueryData;

export type CurrentData = DataFile | QueryData;

function isQuery(data: CurrentData): data is QueryData {
  return 'kind' in data && data.kind === 'query';
}

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
  /** Another thread to compare about half of the large numeric features on (not with keepScans). */
  elsewhere?: NumericFiguresElsewhere;
}

export async function runDrift(
  reference: ReferenceFile,
  current: CurrentData,
  rules: DriftRules,
  schema?: TableSchema,
  options: DriftRunOptions = {},
): Promise<DriftRun> {
  const skips = schemaSkips(schema);
  if (
    reference.kind === 'query' &&
    isQuery(current) &&
    reference.source.engineId === current.source.engineId
  ) {
    const { source } = current;
    return {
      result: await namingKey(options, () => driftInEngine(reference.source, source, rules, skips)),
      badRows: [],
    };
  }
  const badRows: BadRows[] = [];
  const noteBadRows = (role: BadRows['role'], scan: TableScan) => {
    if (scan.badRowCount > 0) {
      badRows.push({ role, source: scan.source, count: scan.badRowCount, rows: scan.badRows });
    }
  };
  // A profile is read first: its mistakes show before a long scan.
  const fromProfile =
    reference.kind === 'profile'
      ? referenceFromProfile(await parsedProfile(reference), reference.path, rules, skips)
      : undefined;
  // Comparing distributions needs each column's values counted, not its rows, unless the caller pairs rows.
  const layout = options.keepScans ? 'rows' : 'distribution';
  const scans: ScansHeld = await scanBoth(reference, current, schema, layout);
  if (scans.reference) noteBadRows('reference', scans.reference);
  noteBadRows('current', currentOf(scans));
  const summary: Reference =
    fromProfile ?? referenceFromScan(requireScan(scans.reference), rules, skips);
  const referenceScan = options.keepScans ? scans.reference : undefined;
  // `summary` holds what drift needs of the reference: its compared columns, which without
  // keepScans hold value counts, not rows (a long table's rows are hundreds of megabytes); the
  // scan itself can go before current data is compared.
  scans.reference = undefined;
  // An engine's text column has no file lines to locate its cells by: they are counted.
  const toLocate = textColumnsOfNumbers(summary, currentOf(scans));
  const located =
    toLocate.length > 0 && !isQuery(current)
      ? await scanAsNumbers(current.scan, current.read, toLocate)
      : undefined;
  // Kept whole for the caller, or let go of column by column as compared.
  const kept = options.keepScans && referenceScan ? currentOf(scans) : undefined;
  const compared = kept ?? takeCurrent(scans);
  const result = await namingKey(options, async () =>
    options.elsewhere && !kept
      ? compareSharingWork(summary, compared, rules, skips, located, options.elsewhere)
      : compareWithReference(summary, compared, rules, skips, located),
  );
  return kept && referenceScan
    ? { result, badRows, scans: { reference: referenceScan, current: kept } }
    : { result, badRows };
}

/** The scans while drift runs: each is set to undefined once nothing more needs it whole. */
interface ScansHeld {
  reference: TableScan | undefined;
  current: TableScan | undefined;
}

function currentOf(scans: ScansHeld): TableScan {
  if (scans.current === undefined)
    throw new Error('drift: current data was used after it was let go of');
  return scans.current;
}

/**
 * Current data's scan, taken out of `scans` so that only the returned wrapper holds
 * its columns, each let go of once compared (released-as-compared.ts).
 */
function takeCurrent(scans: ScansHeld): ReleasingScan {
  const compared = releasedAsCompared(currentOf(scans));
  scans.current = undefined;
  return compared;
}

/** A per-feature rule that does not fit: the error names the whole config key. */
async function namingKey<T>(options: DriftRunOptions, compare: () => Promise<T>): Promise<T> {
  try {
    return await compare();
  } catch (error) {
    if (error instanceof DriftRuleError && options.configKey) {
      throw new DriftRuleError(`${options.configKey}.${error.message}`);
    }
    throw error;
  }
}

/**
 * Columns the reference holds as numbers (not times) that current data's
 * inference read as text because some cells are not numbers: only a scan that
 * reads them as numbers locates those cells. The second pass happens only
 * when such cells exist, and reads only those columns.
 */
function textColumnsOfNumbers(reference: Reference, current: TableScan): string[] {
  const names: string[] = [];
  reference.sides.forEach((side, name) => {
    const column = current.column(name);
    if (side.role === 'numeric' && !side.time && column && holdsNonNumbers(column))
      names.push(name);
  });
  return names;
}

/** Both sides read at once; when both fail, the reference's error is the one reported. */
async function scanBoth(
  reference: ReferenceFile,
  current: CurrentData,
  schema: TableSchema | undefined,
  layout: 'rows' | 'distribution',
): Promise<{ reference: TableScan | undefined; current: TableScan }> {
  const [referenceRead, currentRead] = await Promise.allSettled([
    reference.kind === 'profile' ? undefined : scanSide(reference, schema, layout),
    scanSide(current, schema, layout),
  ]);
  if (referenceRead.status === 'rejected') throw referenceRead.reason;
  if (currentRead.status === 'rejected') throw currentRead.reason;
  return { reference: referenceRead.value, current: currentRead.value };
}

/** A file scanned, or a query source's values counted by its engine. */
function scanSide(
  side: CurrentData,
  schema: TableSchema | undefined,
  layout: 'rows' | 'distribution',
): Promise<TableScan> {
  if (!isQuery(side)) return scanForDrift(side.scan, side.read, schema, layout);
  if (layout === 'rows') {
    throw new Error(`${side.source.label}: a query source gives value counts, not rows`);
  }
  return scanQuerySource(side.source);
}

function requireScan(scan: TableScan | undefined): TableScan {
  if (scan === undefined) throw new Error('drift: the reference is neither a profile nor rows');
  return scan;
}

/**
 * A profile reference, parsed. Its parser (zod) is most of the code drift could load:
 * imported only for a profile, so drift between two data files starts without compiling it.
 */
async function parsedProfile(reference: { path: string; text: string }): Promise<TableProfile> {
  const { parseProfileJson } = await import('../profile/profile-json-schema.ts');
  return parseProfileJson(reference.text, reference.path);
}
