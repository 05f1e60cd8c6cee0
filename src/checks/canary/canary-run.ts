/**
 * The canary run, from `command` or from `step`, down to what the inspection
 * needs: the command that ran, the output file, and where to read it, or why
 * there is nothing fresh to read. A command runs in the repository and its
 * output counts when the run wrote it; a step runs through the gate run's
 * pipeline, which recorded whether it wrote each declared output, and its
 * output is read from the steps' scratch copy.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { TableReadOptions } from '../../data/table.ts';
import { kindFromPath, outputPath } from '../../infra/artifact-output.ts';
import { requireFinished } from '../../infra/command-outcome.ts';
import { fileWasWritten } from '../../infra/file-was-written.ts';
import { runConfiguredCommand } from '../../infra/run-configured-command.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import { pipelineWith, type RanCommand, ranCommand, runStep } from '../pipeline/check-command.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { CanaryConfig } from './canary-config.ts';

const key = 'checks.canary';

/** Why the canary run produced nothing to inspect. */
export type CanaryRunFailure = 'exit' | 'not-written' | 'untouched';

interface CanaryCommand {
  ran: RanCommand;
  /** The step under `steps:` it is, if it is one: the messages then name it. */
  step?: string;
  output: { path: string; options: TableReadOptions };
}

export type CanaryRun =
  | { kind: 'refused'; reason: string }
  /** Nothing fresh to read, and why. */
  | ({ kind: 'failed'; failure: CanaryRunFailure } & CanaryCommand)
  /** `written` holds the output: the repository, or the steps' scratch copy. */
  | ({ kind: 'ran'; written: Workspace } & CanaryCommand);

export async function runCanaryCommand(
  command: string,
  config: CanaryConfig,
  workspace: Workspace,
): Promise<CanaryRun> {
  const output = tableFileOptions(requiredOutput(config));
  const before = await workspace.hashFile(output.path, `${key}.output`);
  const commandKey = `${key}.command`;
  const result = await runConfiguredCommand(workspace, command, commandKey, config);
  if (result.outcome === 'refused') return { kind: 'refused', reason: result.reason };
  requireFinished(result, commandKey, config.timeout_minutes);
  const ran = { ran: ranCommand(command, commandKey, result), output };
  const failed = (failure: CanaryRunFailure) => ({ kind: 'failed' as const, failure, ...ran });
  if (result.exitCode !== 0) return failed('exit');
  const after = await workspace.hashFile(output.path, `${key}.output`);
  if (after === null) return failed('not-written');
  if (!fileWasWritten(before, after)) return failed('untouched');
  return { kind: 'ran', written: workspace, ...ran };
}

export async function runCanaryStep(
  step: string,
  config: CanaryConfig,
  pipeline: Pipeline | undefined,
): Promise<CanaryRun> {
  const declared = pipelineWith(pipeline, step, key).steps[step]?.outputs.map(outputPath) ?? [];
  // Before the run: a wrong `output` is a config error, not a reason to run the steps.
  const output = stepOutput(config, step, declared);
  const run = await runStep(pipeline, step, key);
  if (run.kind === 'refused') return run;
  const ran = { ran: run.ran, step, output };
  if (run.kind === 'failed') return { kind: 'failed', failure: 'exit', ...ran };
  const state = run.outputs.find((o) => o.step === step && o.path === output.path);
  if (state?.problem === undefined) return { kind: 'ran', written: run.copy, ...ran };
  return {
    kind: 'failed',
    failure: state.problem === 'untouched' ? 'untouched' : 'not-written',
    ...ran,
  };
}

/** `output`, which the step must declare, or else the step's only table output. */
function stepOutput(
  config: CanaryConfig,
  step: string,
  declared: readonly string[],
): CanaryCommand['output'] {
  if (config.output !== undefined) {
    const output = tableFileOptions(config.output);
    if (declared.includes(output.path)) return output;
    throw new Error(
      `${key}.output: ${output.path} is not an output of step "${step}"; add it to \`steps.${step}.outputs\`, or name one of: ${declared.join(', ') || '(none declared)'}`,
    );
  }
  const tables = declared.filter((path) => kindFromPath(path) === 'predictions');
  const [only] = tables;
  if (only !== undefined && tables.length === 1) return { path: only, options: {} };
  throw new Error(
    `${key}.output is not set and step "${step}" declares ${tables.length === 0 ? 'no table output' : `${tables.length} table outputs (${tables.join(', ')})`}; set \`${key}.output\` to the predictions file the step writes, and declare it in \`steps.${step}.outputs\``,
  );
}

function requiredOutput(config: CanaryConfig): NonNullable<CanaryConfig['output']> {
  if (config.output !== undefined) return config.output;
  throw new Error('the config schema lets no canary command through without `output`');
}
