import * as z from 'zod';
import { repoPath } from '../../config-fields/shared-schemas.ts';
import { commandLine, timeoutMinutes, workingDirectory } from '../../infra/command-config.ts';
import { commandOrStep, stepKey } from '../pipeline/check-command.ts';

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
        command: commandLine
          .optional()
          .describe(
            'Runs the whole pipeline on a small subset, in a scratch copy of the repository.',
          ),
        step: stepKey('ends the pipeline (e.g. predict)'),
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
            'Files the run must write (non-empty), e.g. the model and the serving predictions. With `step`: default every output the step and the steps it needs declare.',
          ),
      })
      .superRefine(commandOrStep(['working_directory', 'inputs']))
      .optional()
      .describe(
        'Or: the pipeline mlgate runs end to end (`command`, or `step`: a step under `steps:` with the steps it needs).',
      ),
    max_examples: z.int().min(1).max(100).default(20).describe('How many failing tests to name.'),
  })
  .refine((config) => config.junit !== undefined || config.pipeline !== undefined, {
    error:
      'give `junit` (reports of pipeline tests), `pipeline` (a command mlgate runs end to end), or both',
  });
export type IntegrationTestConfig = z.infer<typeof integrationTestConfig>;
