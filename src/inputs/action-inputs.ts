/**
 * The action's inputs: their names (one place, shared with action.yml's test)
 * and the one schema that parses them. main.ts reads the raw strings with
 * @actions/core and hands them here, and logs the warnings for renamed inputs.
 */
import * as z from 'zod';
import { baselinePath } from '../github/production-baseline.ts';
import { connectionLines } from './connection-lines.ts';
import { refuseOldAndNewNames, renamedInputWarnings } from './renamed-inputs.ts';

export const inputNames = {
  config: 'config',
  githubToken: 'github-token',
  comment: 'comment',
  commentKey: 'comment-key',
  workingDirectory: 'working-directory',
  allowCommandsOnPrivilegedEvents: 'allow-commands-on-privileged-events',
  mode: 'mode',
  artifact: 'artifact',
  retentionDays: 'retention-days',
  checkRun: 'check-run',
  issue: 'issue',
  productionFiles: 'production-files',
  connections: 'connections',
  /** Deprecated: the old name of `production-files` (renamed-inputs.ts). */
  baselineFiles: 'baseline-files',
} as const;

export const actionModes = ['gate', 'evaluate', 'publish'] as const;
export type ActionMode = (typeof actionModes)[number];

const inputsAsGiven = z.strictObject({
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
  [inputNames.mode]: z.enum(actionModes, {
    error:
      'the `mode` input is `gate` (one workflow), `evaluate` (on pull_request, uploads the report) or `publish` (on workflow_run, posts it)',
  }),
  [inputNames.artifact]: z.enum(['upload', 'off'], {
    error: 'the `artifact` input is `upload` (the report as a workflow artifact) or `off`',
  }),
  [inputNames.retentionDays]: z
    .string()
    .trim()
    .regex(/^(|[1-9]\d*)$/, {
      error: 'the `retention-days` input is a whole number of days from 1 to 90, or empty',
    })
    .transform((days) => (days ? Number(days) : undefined))
    .refine((days) => days === undefined || days <= 90, {
      error: 'the `retention-days` input is at most 90 (GitHub keeps artifacts 1 to 90 days)',
    }),
  [inputNames.checkRun]: z.enum(['create', 'off'], {
    error: 'the `check-run` input is `create` (a check run with annotations) or `off`',
  }),
  [inputNames.issue]: z.enum(['update', 'off'], {
    error: 'the `issue` input is `update` (open or close the monitoring issue) or `off`',
  }),
  [inputNames.productionFiles]: fileList(inputNames.productionFiles),
  [inputNames.baselineFiles]: fileList(inputNames.baselineFiles),
  [inputNames.connections]: connectionLines(inputNames.connections),
});

export const actionInputsSchema = inputsAsGiven
  .superRefine(refuseOldAndNewNames)
  .transform(({ [inputNames.baselineFiles]: oldFiles, ...inputs }) => ({
    ...inputs,
    [inputNames.productionFiles]:
      oldFiles.length > 0 ? oldFiles : inputs[inputNames.productionFiles],
  }));

export type ActionInputs = z.infer<typeof actionInputsSchema>;

/** Reads every input through `get` (core.getInput in the action) and validates them together. */
export function parseActionInputs(get: (name: string) => string) {
  const raw = Object.fromEntries(Object.values(inputNames).map((name) => [name, get(name)]));
  const parsed = actionInputsSchema.safeParse(raw);
  return { ...parsed, warnings: parsed.success ? renamedInputWarnings(raw) : [] };
}

/** Files, one per line or comma-separated, normalised, each inside the working directory. */
function fileList(input: string) {
  return z.string().transform((text, context) => {
    const files: string[] = [];
    for (const entry of text.split(/[\n,]/).map((line) => line.trim())) {
      if (!entry) continue;
      const file = baselinePath(entry);
      if (file === undefined) {
        context.addIssue({
          code: 'custom',
          message: `the \`${input}\` input lists ${JSON.stringify(entry)}, which is not a path inside the working directory; write paths like metrics/eval.json`,
        });
        return z.NEVER;
      }
      if (!files.includes(file)) files.push(file);
    }
    return files;
  });
}
