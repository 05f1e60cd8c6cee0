/** For tests: drift between two scans, as run-drift.ts computes it when the reference is data. */
import type { TableScan } from '../../src/data/table-scan.ts';
import {
  compareWithReference,
  referenceFromScan,
  type SkipReasons,
} from '../../src/drift/compare-datasets.ts';
import type { DriftResult } from '../../src/drift/drift-result.ts';
import type { DriftRules } from '../../src/drift/drift-rules.ts';

export function driftBetweenScans(
  reference: TableScan,
  current: TableScan,
  rules: DriftRules,
  skip: SkipReasons = new Map(),
): DriftResult {
  return compareWithReference(referenceFromScan(reference, rules, skip), current, rules, skip);
}
