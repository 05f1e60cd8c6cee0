/** Config pieces shared by the checks that run a command from mlgate.yml. */
import * as z from 'zod';
import { repoPath } from '../config-fields/shared-schemas.ts';

export const commandLine = z
  .string({ error: 'expected a shell command line, e.g. "python train.py --seed 1"' })
  .trim()
  .min(1, { error: 'the command is empty; give the shell command to run, e.g. "python train.py"' });

/** Minutes before the command's process group is killed and the check ends `error`. */
export function timeoutMinutes(defaultMinutes: number) {
  return z
    .number({ error: 'expected a number of minutes, e.g. 30' })
    .positive({ error: 'the timeout must be more than 0 minutes' })
    .max(360, { error: 'at most 360 minutes (a GitHub-hosted job stops at 6 hours)' })
    .default(defaultMinutes)
    .describe(
      'Minutes before the command and everything it started are killed; the check then ends `error` with the end of its log.',
    );
}

/** Relative to the repository root; the command runs there. */
export const workingDirectory = repoPath
  .optional()
  .describe('Where the command runs, relative to the repository root; default the root.');

export const tolerance = z.strictObject({
  absolute: z
    .number()
    .min(0, { error: 'a tolerance is at least 0' })
    .default(0)
    .describe('Largest acceptable |a − b|.'),
  relative: z
    .number()
    .min(0, { error: 'a tolerance is at least 0' })
    .default(0)
    .describe('Largest acceptable |a − b| / max(|a|, |b|).'),
});
