/**
 * A named step of the pipeline that produces the PR's artifacts, declared once
 * under `steps:` in mlgate.yml and used by every check that needs to run the
 * PR's code: `committed_artifacts` (are the committed files what the code
 * produces?), checks that read a step's fresh output, reproducibility,
 * integration_test, canary and debuggability.
 */
import * as z from 'zod';
import { repoPath } from '../../config-fields/shared-schemas.ts';
import { artifactOutput } from '../../infra/artifact-output.ts';
import { commandLine, timeoutMinutes, workingDirectory } from '../../infra/command-config.ts';

export const stepName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, {
  error: 'a step name is letters, digits, - and _, e.g. train or build-features',
});

export const pipelineStep = z.strictObject({
  command: commandLine.describe(
    'The shell command, run in a scratch copy of the repository with the sandbox every command gets (no tokens, process-group timeout).',
  ),
  needs: z
    .array(stepName)
    .default([])
    .describe('Steps that run first, in the same copy, e.g. predict needs [train].'),
  inputs: z
    .array(repoPath)
    .default([])
    .describe(
      'What the command reads. Tracked files are in the copy already (globs such as "src/**/*.py" name code); files git does not track (data/, models) are copied in by exact path. The committed-logs mode of train_serve_skew reads the inputs as the code that writes the logs.',
    ),
  outputs: z
    .array(artifactOutput)
    .default([])
    .describe(
      'The files the command writes. Each must be written by the run; one that is also committed is compared with what the run produced (committed_artifacts).',
    ),
  timeout_minutes: timeoutMinutes(30),
  working_directory: workingDirectory,
});
export type PipelineStep = z.infer<typeof pipelineStep>;

export const pipelineSteps = z
  .record(stepName, pipelineStep)
  .default({})
  .describe(
    "Named pipeline steps (train, predict, serve, …): how the PR's code produces its artifacts.",
  );
export type PipelineSteps = z.infer<typeof pipelineSteps>;

export function isGlob(path: string): boolean {
  return /[*?{[]/.test(path);
}
