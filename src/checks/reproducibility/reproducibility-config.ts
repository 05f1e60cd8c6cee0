import { z } from 'zod';
import { repoPath } from '../../config-fields/shared-schemas.ts';
import {
  commandLine,
  timeoutMinutes,
  tolerance,
  workingDirectory,
} from '../../infra/command-config.ts';

const outputKind = z.enum(['bytes', 'metrics', 'predictions'], {
  error:
    'kind is bytes (must be identical), metrics (a JSON/YAML file of numbers, compared within the tolerance) or predictions (a table, compared row by row)',
});

const output = z.union(
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
      tolerance: tolerance.optional().describe("Overrides the check's tolerance for this output."),
    }),
  ],
  { error: 'an output is a path, or {path, kind?, id_column?, columns?, tolerance?}' },
);

export const reproducibilityConfig = z
  .strictObject({
    command: commandLine
      .optional()
      .describe('The training command, run `runs` times, each in a fresh copy of the repository.'),
    runs: z
      .int()
      .min(2, { error: 'reproducibility needs at least 2 runs' })
      .max(10)
      .default(2)
      .describe('How many times training runs, each in its own copy.'),
    timeout_minutes: timeoutMinutes(30),
    working_directory: workingDirectory,
    inputs: z
      .array(repoPath)
      .default([])
      .describe(
        'Files or directories the command needs that git does not track (e.g. data/), copied into each run.',
      ),
    run_directories: z
      .array(repoPath)
      .min(2, { error: 'list at least two run directories to compare' })
      .optional()
      .describe(
        'Instead of running: directories that hold the outputs of runs the workflow already made.',
      ),
    outputs: z
      .array(output)
      .min(1, { error: 'list the files training writes, e.g. [model.pkl, metrics.json]' })
      .describe(
        'The files training writes, relative to the repository root (or to each run directory).',
      ),
    tolerance: tolerance
      .default({ absolute: 0, relative: 1e-9 })
      .describe('How close numbers must be; default exact up to 1e-9 relative.'),
    ignore_keys: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Metric keys (dotted, `*` wildcards) not compared, e.g. timings: [train_seconds, "*.timestamp"].',
      ),
    seed_files: z
      .array(repoPath)
      .optional()
      .describe(
        'Config files searched for declared seeds; default: tracked *config*, *param* and *hparam* YAML/JSON/TOML files.',
      ),
    max_examples: z
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe('How many differing rows or keys to name per output.'),
  })
  .refine((config) => (config.command === undefined) !== (config.run_directories === undefined), {
    error:
      'give either `command` (mlgate runs training several times) or `run_directories` (compare runs already made), not both or neither',
  });
export type ReproducibilityConfig = z.infer<typeof reproducibilityConfig>;
