import { z } from 'zod';
import { commandLine, timeoutMinutes, workingDirectory } from '../../infra/command-config.ts';

export const debuggabilityConfig = z.strictObject({
  command: commandLine.describe(
    'Runs one example through the pipeline and prints the intermediate values (features, activations, score).',
  ),
  timeout_minutes: timeoutMinutes(10),
  working_directory: workingDirectory,
});
export type DebuggabilityConfig = z.infer<typeof debuggabilityConfig>;
