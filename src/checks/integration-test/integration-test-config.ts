import { z } from 'zod';
import { repoPath } from '../../config/shared-schemas.ts';
import { commandLine, timeoutMinutes, workingDirectory } from '../../infra/command-config.ts';

export const integrationTestConfig = z
  .strictObject({
    /** JUnit XML report(s) of the pipeline (end-to-end) tests. */
    junit: z.array(repoPath).min(1).optional(),
    /** Globs selecting the pipeline tests within those reports; default every case. */
    tests: z.array(z.string().min(1)).min(1).optional(),
    /** At least this many selected tests must have run. */
    minimum_tests: z.int().min(1).default(1),
    /** Or: a command that runs the whole pipeline on a small subset, in a scratch copy of the repository. */
    pipeline: z
      .strictObject({
        command: commandLine,
        timeout_minutes: timeoutMinutes(30),
        working_directory: workingDirectory,
        /** Files or directories the pipeline needs that git does not track, copied in. */
        inputs: z.array(repoPath).default([]),
        /** Files the run must write (non-empty), e.g. the model and the serving predictions. */
        outputs: z.array(repoPath).default([]),
      })
      .optional(),
    max_examples: z.int().min(1).max(100).default(20),
  })
  .refine((config) => config.junit !== undefined || config.pipeline !== undefined, {
    error:
      'give `junit` (reports of pipeline tests), `pipeline` (a command mlgate runs end to end), or both',
  });
export type IntegrationTestConfig = z.infer<typeof integrationTestConfig>;
