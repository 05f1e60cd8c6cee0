/**
 * Compares one declared output across training runs: first by SHA-256, then,
 * where the bytes differ, by what the file means (metrics within a tolerance,
 * predictions row by row), so that the report can say whether a difference
 * is a timestamp in a pickle or a model that learned something else.
 */

import { compareMetrics, parseMetricsDocument } from '../../infra/compare-metrics.ts';
import { compareTables } from '../../infra/compare-tables.ts';
import { describeTolerance, type Tolerance } from '../../infra/tolerance.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { ReproducibilityConfig } from './reproducibility-config.ts';

export type OutputKind = 'bytes' | 'metrics' | 'predictions';

export interface OutputSpec {
  path: string;
  kind: OutputKind;
  idColumn?: string;
  columns?: readonly string[];
  tolerance: Tolerance;
}

export interface RunFiles {
  label: string;
  workspace: Workspace;
  /** Prefix for output paths (a run directory), '' for a copy's root. */
  directory: string;
}

export type OutputVerdict =
  | { status: 'identical'; sha256: string }
  | { status: 'missing'; runs: string[] }
  | { status: 'equivalent'; note: string }
  | {
      status: 'different';
      note: string;
      difference: string;
      /** Most values (metrics) or rows (predictions) that differ between two runs; null for bytes. */
      differing: { count: number; unit: 'values' | 'rows' } | null;
    };

export function outputSpecs(config: ReproducibilityConfig): OutputSpec[] {
  return config.outputs.map((output) => {
    const spec = typeof output === 'string' ? { path: output } : output;
    return {
      path: spec.path,
      kind: 'kind' in spec && spec.kind ? spec.kind : kindFromPath(spec.path),
      idColumn: 'id_column' in spec ? spec.id_column : undefined,
      columns: 'columns' in spec ? spec.columns : undefined,
      tolerance: ('tolerance' in spec && spec.tolerance) || config.tolerance,
    };
  });
}

export function kindFromPath(path: string): OutputKind {
  const lower = path.toLowerCase();
  if (/\.(csv|tsv|jsonl|ndjson|parquet)$/.test(lower)) return 'predictions';
  if (/\.(json|ya?ml)$/.test(lower)) return 'metrics';
  return 'bytes';
}

export function keyPattern(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`);
}

export async function compareOutput(
  spec: OutputSpec,
  runs: readonly RunFiles[],
  options: { ignoreKeys: readonly RegExp[]; maxExamples: number; key: string },
): Promise<OutputVerdict> {
  const located = runs.map((run) => ({
    ...run,
    file: run.directory ? `${run.directory}/${spec.path}` : spec.path,
  }));
  const digests = await Promise.all(
    located.map((run) => run.workspace.hashFile(run.file, options.key)),
  );
  const missing = located.filter((_, i) => digests[i] === null).map((run) => run.label);
  if (missing.length > 0) return { status: 'missing', runs: missing };
  const hashes = digests.map((digest) => (digest?.kind === 'file' ? digest.sha256 : ''));
  if (hashes.every((hash) => hash === hashes[0]))
    return { status: 'identical', sha256: hashes[0]! };
  if (spec.kind === 'bytes') {
    const sizes = digests.map((digest) => (digest?.kind === 'file' ? digest.bytes : 0));
    return {
      status: 'different',
      note: `bytes differ (SHA-256 ${hashes.map((hash) => hash.slice(0, 12)).join(' vs ')})`,
      difference: `sizes ${sizes.join(' vs ')} bytes`,
      differing: null,
    };
  }
  const [first, ...rest] = located;
  const notes: string[] = [];
  const differences: string[] = [];
  let differing = 0;
  for (const other of rest) {
    const against = rest.length > 1 ? ` (${first!.label} vs ${other.label})` : '';
    if (spec.kind === 'metrics') {
      const comparison = compareMetrics(
        parseMetricsDocument(
          await first!.workspace.readText(first!.file, options.key),
          first!.file,
        ),
        parseMetricsDocument(await other.workspace.readText(other.file, options.key), other.file),
        spec.tolerance,
        options.ignoreKeys,
      );
      if (comparison.differences.length === 0) {
        notes.push(
          `all ${comparison.compared} values within ${describeTolerance(spec.tolerance)}${against}`,
        );
        continue;
      }
      const shown = comparison.differences
        .slice(0, options.maxExamples)
        .map((d) =>
          d.absoluteDifference === null
            ? `${d.key}: ${String(d.left)} vs ${String(d.right)}`
            : `${d.key}: ${d.left} vs ${d.right} (Δ ${formatNumber(d.absoluteDifference)}, ${formatPercent(d.relativeDifference ?? 0)})`,
        );
      differing = Math.max(differing, comparison.differences.length);
      differences.push(
        `${comparison.differences.length} of ${comparison.compared} values differ beyond ${describeTolerance(spec.tolerance)}${against}: ${shown.join('; ')}`,
      );
    } else {
      const comparison = compareTables(
        await first!.workspace.readTable(first!.file, options.key),
        await other.workspace.readTable(other.file, options.key),
        {
          idColumn: spec.idColumn,
          columns: spec.columns?.map((name) => ({ left: name, right: name })),
          tolerance: spec.tolerance,
          maxExamples: options.maxExamples,
        },
      );
      const parts: string[] = [];
      if (comparison.onlyLeftCount + comparison.onlyRightCount > 0) {
        parts.push(
          `rows differ: ${comparison.onlyLeftCount} only in ${first!.label}, ${comparison.onlyRightCount} only in ${other.label}`,
        );
      }
      for (const column of comparison.columns) {
        if (column.differing === 0) continue;
        const max =
          column.maxAbsoluteDifference === null
            ? ''
            : `, max |Δ| ${formatNumber(column.maxAbsoluteDifference)}`;
        const example = column.examples[0];
        const shown = example
          ? ` (e.g. ${example.id}: ${String(example.left)} vs ${String(example.right)})`
          : '';
        parts.push(`${column.left}: ${column.differing} of ${column.compared} rows${max}${shown}`);
      }
      if (parts.length === 0) {
        notes.push(
          `all ${comparison.matchedRows} rows × ${comparison.columns.length} columns within ${describeTolerance(spec.tolerance)}${against}`,
        );
      } else {
        const rows = Math.max(0, ...comparison.columns.map((column) => column.differing));
        differing = Math.max(
          differing,
          comparison.onlyLeftCount + comparison.onlyRightCount + rows,
        );
        differences.push(`${parts.join('; ')}${against}`);
      }
    }
  }
  if (differences.length > 0) {
    return {
      status: 'different',
      note: 'bytes differ and so do the values',
      difference: differences.join(' | '),
      differing: { count: differing, unit: spec.kind === 'metrics' ? 'values' : 'rows' },
    };
  }
  return { status: 'equivalent', note: `bytes differ; ${notes.join('; ')}` };
}

export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  return magnitude >= 1e-3 && magnitude < 1e6
    ? String(Number(value.toPrecision(4)))
    : value.toExponential(2);
}

export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100)}%`;
}
