import { z } from 'zod';
import { repoPath } from '../../config-fields/shared-schemas.ts';
import { commandLine, timeoutMinutes, workingDirectory } from '../../infra/command-config.ts';

export const integrationTestConfig = z
  .strictObject({
    junit: z
      .array(repoPath)
      .min(1)
      .optional()
      .describe(
        'Test report(s) of the pipeline (end-to-end) tests: JUnit XML, Jest/Vitest or Mocha JSON, TRX or NUnit 3 XML.',
      ),
    tests: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Globs selecting the pipeline tests within those reports; default every case.'),
    minimum_tests: z
      .int()
      .min(1)
      .default(1)
      .describe('At least this many selected tests must have run.'),
    pipeline: z
      .strictObject({
        command: commandLine,
        timeout_minutes: timeoutMinutes(30),
        working_directory: workingDirectory,
        inputs: z
          .array(repoPath)
          .default([])
          .describe('Files or directories the pipeline needs that git does not track, copied in.'),
        outputs: z
          .array(repoPath)
          .default([])
          .describe(
            'Files the run must write (non-empty), e.g. the model and the serving predictions.',
          ),
      })
      .optional()
      .describe(
        'Or: a command that runs the whole pipeline on a small subset, in a scratch copy of the repository.',
      ),
    max_examples: z.int().min(1).max(100).default(20).describe('How many failing tests to name.'),
  })
  .refine((config) => config.junit !== undefined || config.pipeline !== undefined, {
    error:
      'give `junit` (reports of pipeline tests), `pipeline` (a command mlgate runs end to end), or both',
  });
export type IntegrationTestConfig = z.infer<typeof integrationTestConfig>;
