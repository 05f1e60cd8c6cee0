/**
 * The action's inputs: their names (one place, shared with action.yml's test)
 * and the one schema that parses them. main.ts reads the raw strings with
 * @actions/core and hands them here.
 */
import { z } from 'zod';

export const inputNames = {
  config: 'config',
  githubToken: 'github-token',
  comment: 'comment',
  commentKey: 'comment-key',
  workingDirectory: 'working-directory',
  allowCommandsOnPrivilegedEvents: 'allow-commands-on-privileged-events',
} as const;

export const actionInputsSchema = z.strictObject({
  [inputNames.config]: z.string().trim().min(1, {
    error: 'the `config` input is empty; give the path of mlgate.yml, e.g. .github/mlgate.yml',
  }),
  [inputNames.githubToken]: z.string().trim(),
  [inputNames.comment]: z.enum(['update', 'off'], {
    error: 'the `comment` input must be `update` (post or edit the sticky comment) or `off`',
  }),
  [inputNames.commentKey]: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]*$/, {
      error:
        'the `comment-key` input may hold letters, digits, `.`, `_` and `-` only, e.g. `model-a`',
    })
    .transform((key) => key || 'default'),
  [inputNames.workingDirectory]: z
    .string()
    .trim()
    .transform((dir) => dir || '.'),
  [inputNames.allowCommandsOnPrivilegedEvents]: z
    .enum(['true', 'false'], {
      error: 'the `allow-commands-on-privileged-events` input is `true` or `false`',
    })
    .transform((value) => value === 'true'),
});

export type ActionInputs = z.infer<typeof actionInputsSchema>;

/** Reads every input through `get` (core.getInput in the action) and validates them together. */
export function parseActionInputs(get: (name: string) => string) {
  const raw = Object.fromEntries(Object.values(inputNames).map((name) => [name, get(name)]));
  return actionInputsSchema.safeParse(raw);
}
