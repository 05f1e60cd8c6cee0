import * as z from 'zod';
import { repoPath } from '../../config-fields/shared-schemas.ts';
import { artifactOutput } from '../../infra/artifact-output.ts';
import {
  commandLine,
  timeoutMinutes,
  tolerance,
  workingDirectory,
} from '../../infra/command-config.ts';
import { stepName } from '../pipeline/pipeline-step.ts';

export const reproducibilityConfig = z
  .strictObject({
    command: commandLine
      .optional()
      .describe('The training command, run `runs` times, each in a fresh copy of the repository.'),
    step: stepName
      .optional()
      .describe(
        "Instead of `command`: the step under `steps:` that trains, run `runs` times (after the steps it needs), each in a fresh copy; its inputs, timeout and working directory are the step's.",
      ),
    runs: z
      .int()
      .min(2, { error: 'reproducibility needs at least 2 runs' })
      .max(10)
      .default(2)
      .describe(
        'How many times training runs, each in its own copy; as many at once as the runner has cores.',
      ),
    timeout_minutes: timeoutMinutes(30),
    working_directory: workingDirectory,
    inputs: z
      .array(repoPath)
      .default([])
      .describe(
        '`command`: files or directories it needs that git does not track (e.g. data/), copied into each run. A step lists them in `steps.<step>.inputs`.',
      ),
    run_directories: z
      .array(repoPath)
      .min(2, { error: 'list at least two run directories to compare' })
      .optional()
      .describe(
        'Instead of running: directories that hold the outputs of runs the workflow already made.',
      ),
    outputs: z
      .array(artifactOutput)
      .min(1, { error: 'list the files training writes, e.g. [model.pkl, metrics.json]' })
      .optional()
      .describe(
        "The files training writes, relative to the repository root (or to each run directory). With `step`, default the step's outputs; listed here, they narrow or override them.",
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
        "Config files searched for declared seeds; default: tracked *config*, *param* and *hparam* YAML/JSON/TOML files. The training scripts (named in the command, or the step's inputs) are searched for seeding calls too.",
      ),
    max_examples: z
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe(
        'How many differing rows per column a table comparison collects; the report names the first.',
      ),
  })
  .refine(
    (config) =>
      [config.command, config.step, config.run_directories].filter((form) => form !== undefined)
        .length === 1,
    {
      error:
        'give one of `step` (a declared step, run several times), `command` (mlgate runs training several times) or `run_directories` (compare runs already made)',
    },
  )
  .refine((config) => config.step !== undefined || config.outputs !== undefined, {
    error: 'list the files training writes under `outputs`, e.g. [model.pkl, metrics.json]',
    path: ['outputs'],
  })
  .refine((config) => config.step === undefined || config.inputs.length === 0, {
    error: 'a step copies what it reads from `steps.<step>.inputs`; move these inputs there',
    path: ['inputs'],
  });
export type ReproducibilityConfig = z.infer<typeof reproducibilityConfig>;
