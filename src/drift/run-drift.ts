/**
 * Drift from files: reads the reference (rows or a profile) and current data
 * through injected scan functions, and compares them. The check and the CLI
 * both call this, each with its own way of reaching files.
 */
import type { TableScan } from '../data/table-scan.ts';
import { parseProfileJson } from '../profile/profile-json-schema.ts';
import type { TableSchema } from '../table-schema/table-schema.ts';
import { driftAgainstProfile, driftBetweenScans } from './compare-datasets.ts';
import type { DriftResult } from './drift-result.ts';
import type { DriftRules } from './drift-rules.ts';
import { type ReadOptions, type ScanFile, scanForDrift, schemaSkips } from './scan-for-drift.ts';

export interface DataFile {
  path: string;
  read: ReadOptions;
  scan: ScanFile;
}

export type ReferenceFile =
  | ({ kind: 'rows' } & DataFile)
  | { kind: 'profile'; path: string; text: string };

export interface DriftRun {
  result: DriftResult;
  /** The scans, for callers that report bad rows. */
  scans: { role: 'reference' | 'current'; scan: TableScan }[];
}

export async function runDrift(
  reference: ReferenceFile,
  current: DataFile,
  rules: DriftRules,
  schema?: TableSchema,
): Promise<DriftRun> {
  const skips = schemaSkips(schema);
  const currentScan = await scanForDrift(current.scan, current.read, schema);
  if (reference.kind === 'profile') {
    const profile = parseProfileJson(reference.text, reference.path);
    return {
      result: driftAgainstProfile(profile, reference.path, currentScan, rules, skips),
      scans: [{ role: 'current', scan: currentScan }],
    };
  }
  const referenceScan = await scanForDrift(reference.scan, reference.read, schema);
  return {
    result: driftBetweenScans(referenceScan, currentScan, rules, skips),
    scans: [
      { role: 'reference', scan: referenceScan },
      { role: 'current', scan: currentScan },
    ],
  };
}
