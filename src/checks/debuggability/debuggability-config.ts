import * as z from 'zod';
import { commandLine, timeoutMinutes, workingDirectory } from '../../infra/command-config.ts';
import { commandOrStep, stepKey } from '../pipeline/check-command.ts';

export const debuggabilityConfig = z
  .strictObject({
    command: commandLine
      .optional()
      .describe(
        'Runs one example through the pipeline and prints the intermediate values (features, activations, score).',
      ),
    step: stepKey('steps one example through the pipeline and prints its intermediate values'),
    timeout_minutes: timeoutMinutes(10),
    working_directory: workingDirectory,
  })
  .superRefine(commandOrStep(['working_directory']));
export type DebuggabilityConfig = z.infer<typeof debuggabilityConfig>;
