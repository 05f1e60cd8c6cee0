/**
 * Two versions of one artifact, compared as the reader would: identical bytes
 * are the same file; otherwise metrics files compare key by key and tables row
 * by row within the output's tolerance, and a `compare` command decides for
 * anything else (a model). The result carries the first difference in the
 * file's own order (the first key, the first row), so that a report can say
 * where to look. Cost: a hash of each file, then O(rows) for tables.
 */
import type { Cell } from '../model/check.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { OutputSpec } from './artifact-output.ts';
import { minutesToMs } from './command-outcome.ts';
import { compareMetrics, parseMetricsDocument } from './compare-metrics.ts';
import { compareTables, type TableComparison } from './compare-tables.ts';

export interface ArtifactVersion {
  /** `committed`, `run 1`, … */
  label: string;
  workspace: Workspace;
  path: string;
}

export interface FirstDifference {
  /** Metrics: the dotted key. */
  key?: string;
  /** Tables: the row's id (or `row N`), its line in the first version, and the column. */
  id?: string;
  line?: number;
  column?: string;
  first: Cell | undefined;
  second: Cell | undefined;
}

export type ArtifactComparison =
  | { status: 'missing'; versions: string[] }
  | { status: 'identical' }
  /** The bytes differ but the meaning does not: values within the tolerance, or the compare command said so. */
  | { status: 'equivalent'; compared: number; unit: 'values' | 'rows' | null }
  | {
      status: 'different';
      /** How many values or rows differ; null for bytes. */
      differing: number | null;
      compared: number | null;
      unit: 'values' | 'rows' | null;
      firstDifference: FirstDifference | null;
      /** What the compare command said, or the byte sizes. */
      note?: string;
    };

export type DifferentComparison = Extract<ArtifactComparison, { status: 'different' }>;

export interface CompareArtifactOptions {
  ignoreKeys: readonly RegExp[];
  maxExamples: number;
  key: string;
}

export async function compareArtifact(
  spec: OutputSpec,
  first: ArtifactVersion,
  second: ArtifactVersion,
  options: CompareArtifactOptions,
): Promise<ArtifactComparison> {
  const [a, b] = await Promise.all([
    first.workspace.hashFile(first.path, options.key),
    second.workspace.hashFile(second.path, options.key),
  ]);
  if (a === null || b === null) {
    return {
      status: 'missing',
      versions: [a ? [] : [first.label], b ? [] : [second.label]].flat(),
    };
  }
  if (a.kind === 'file' && b.kind === 'file' && a.sha256 === b.sha256)
    return { status: 'identical' };
  if (spec.kind === 'metrics') return compareMetricFiles(spec, first, second, options);
  if (spec.kind === 'predictions') return compareTableFiles(spec, first, second, options);
  if (spec.compare !== undefined) return runCompareCommand(spec.compare, first, second, options);
  const sizes = [a, b].map((digest) =>
    digest.kind === 'file' ? `${digest.bytes} bytes` : 'a directory',
  );
  return differentFiles(`${sizes[0]} vs ${sizes[1]}`);
}

/** Files compared as wholes: no count of differing values, only a note on how they differ. */
function differentFiles(note: string): DifferentComparison {
  return {
    status: 'different',
    differing: null,
    compared: null,
    unit: null,
    firstDifference: null,
    note,
  };
}

async function compareMetricFiles(
  spec: OutputSpec,
  first: ArtifactVersion,
  second: ArtifactVersion,
  options: CompareArtifactOptions,
): Promise<ArtifactComparison> {
  const read = async (version: ArtifactVersion) =>
    parseMetricsDocument(await version.workspace.readText(version.path, options.key), version.path);
  const comparison = compareMetrics(
    await read(first),
    await read(second),
    spec.tolerance,
    options.ignoreKeys,
  );
  const [difference] = comparison.differences;
  if (difference === undefined) {
    return { status: 'equivalent', compared: comparison.compared, unit: 'values' };
  }
  return {
    status: 'different',
    differing: comparison.differences.length,
    compared: comparison.compared,
    unit: 'values',
    firstDifference: { key: difference.key, first: difference.left, second: difference.right },
  };
}

async function compareTableFiles(
  spec: OutputSpec,
  first: ArtifactVersion,
  second: ArtifactVersion,
  options: CompareArtifactOptions,
): Promise<ArtifactComparison> {
  const comparison = compareTables(
    await first.workspace.readTable(first.path, options.key),
    await second.workspace.readTable(second.path, options.key),
    {
      ...(spec.idColumn ? { idColumn: spec.idColumn } : {}),
      ...(spec.columns
        ? { columns: spec.columns.map((name) => ({ left: name, right: name })) }
        : {}),
      tolerance: spec.tolerance,
      maxExamples: options.maxExamples,
    },
  );
  const unmatched = comparison.onlyLeftCount + comparison.onlyRightCount;
  const rows = Math.max(0, ...comparison.columns.map((column) => column.differing));
  if (unmatched + rows === 0) {
    return { status: 'equivalent', compared: comparison.matchedRows, unit: 'rows' };
  }
  return {
    status: 'different',
    differing: unmatched + rows,
    compared: Math.max(comparison.leftRows, comparison.rightRows),
    unit: 'rows',
    firstDifference: firstTableDifference(comparison),
  };
}

/** The earliest differing cell by line of the first version; else the first unmatched row. */
export function firstTableDifference(comparison: TableComparison): FirstDifference | null {
  const cells = comparison.columns.flatMap((column) =>
    column.examples.slice(0, 1).map((example) => ({ column: column.left, ...example })),
  );
  const earliest = cells.sort((x, y) => x.line - y.line)[0];
  if (earliest) {
    return {
      id: earliest.id,
      line: earliest.line,
      column: earliest.column,
      first: earliest.left,
      second: earliest.right,
    };
  }
  const [onlyFirst] = comparison.onlyLeft;
  if (onlyFirst !== undefined) return { id: onlyFirst, first: onlyFirst, second: undefined };
  const [onlySecond] = comparison.onlyRight;
  return onlySecond === undefined ? null : { id: onlySecond, first: undefined, second: onlySecond };
}

async function runCompareCommand(
  command: string,
  first: ArtifactVersion,
  second: ArtifactVersion,
  options: CompareArtifactOptions,
): Promise<ArtifactComparison> {
  const result = await second.workspace.runCommand({
    command,
    key: `${options.key}.compare`,
    timeoutMs: minutesToMs(10),
    env: {
      MLGATE_EXPECTED: first.workspace.resolve(first.path, options.key),
      MLGATE_ACTUAL: second.workspace.resolve(second.path, options.key),
    },
  });
  if (result.outcome === 'refused') throw new Error(`${options.key}.compare: ${result.reason}`);
  if (result.exitCode === 0 && !result.timedOut) {
    return { status: 'equivalent', compared: 1, unit: null };
  }
  const said = result.logTail.trim().split('\n').at(-1)?.trim();
  return differentFiles(
    result.timedOut
      ? `\`${command}\` did not finish within 10 min`
      : `\`${command}\` says they differ${said ? `: ${said}` : ` (${result.exitCode === null ? 'killed' : `exit code ${result.exitCode}`})`}`,
  );
}
