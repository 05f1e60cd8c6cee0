/**
 * A file a command writes, as mlgate.yml declares it (a step's `outputs`, the
 * reproducibility check's `outputs`), and how two versions of it are compared:
 * bytes first, then by meaning. `metrics` (JSON/YAML numbers) and
 * `predictions` (tables, row by row) compare within a tolerance; `bytes` must
 * be identical unless a `compare` command, given both files, says they are
 * equivalent (a model whose pickle embeds a timestamp, compared by its
 * predictions on a fixed sample).
 */
import * as z from 'zod';
import { repoPath } from '../config-fields/shared-schemas.ts';
import { commandLine, tolerance } from './command-config.ts';
import type { Tolerance } from './tolerance.ts';

export type OutputKind = 'bytes' | 'metrics' | 'predictions';

const outputKind = z.enum(['bytes', 'metrics', 'predictions'], {
  error:
    'kind is bytes (must be identical), metrics (a JSON/YAML file of numbers, compared within the tolerance) or predictions (a table, compared row by row)',
});

export const artifactOutput = z.union(
  [
    repoPath,
    z.strictObject({
      path: repoPath,
      kind: outputKind
        .optional()
        .describe(
          'Default from the extension: .csv/.tsv/.jsonl/.parquet → predictions, .json/.yaml/.yml → metrics, else bytes.',
        ),
      id_column: z
        .string()
        .min(1)
        .optional()
        .describe(
          'predictions: the column that names each row; default: rows are paired by position.',
        ),
      columns: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .describe('predictions: the columns to compare; default all.'),
      tolerance: tolerance.optional().describe('Overrides the tolerance for this output.'),
      compare: commandLine
        .optional()
        .describe(
          'bytes: a command that decides whether two versions are equivalent when their bytes differ, e.g. "python tools/same_model.py". It gets the two paths in $MLGATE_EXPECTED and $MLGATE_ACTUAL and exits 0 when they are equivalent; its last line of output says how they differ.',
        ),
    }),
  ],
  {
    error: 'an output is a path, or {path, kind?, id_column?, columns?, tolerance?, compare?}',
  },
);
export type ArtifactOutput = z.infer<typeof artifactOutput>;

export interface OutputSpec {
  path: string;
  kind: OutputKind;
  idColumn?: string;
  columns?: readonly string[];
  tolerance: Tolerance;
  compare?: string;
}

/** The output with its defaults filled in: the kind from the extension, the caller's tolerance. */
export function outputSpec(output: ArtifactOutput, defaultTolerance: Tolerance): OutputSpec {
  if (typeof output === 'string') {
    return { path: output, kind: kindFromPath(output), tolerance: defaultTolerance };
  }
  return {
    path: output.path,
    kind: output.kind ?? kindFromPath(output.path),
    tolerance: output.tolerance ?? defaultTolerance,
    ...(output.id_column ? { idColumn: output.id_column } : {}),
    ...(output.columns ? { columns: output.columns } : {}),
    ...(output.compare ? { compare: output.compare } : {}),
  };
}

export function outputPath(output: ArtifactOutput): string {
  return typeof output === 'string' ? output : output.path;
}

export function kindFromPath(path: string): OutputKind {
  const lower = path.toLowerCase();
  if (/\.(csv|tsv|jsonl|ndjson|parquet)$/.test(lower)) return 'predictions';
  if (/\.(json|ya?ml)$/.test(lower)) return 'metrics';
  return 'bytes';
}
