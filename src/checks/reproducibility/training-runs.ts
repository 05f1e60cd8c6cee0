/**
 * The runs whose outputs the reproducibility check compares: the training
 * command, or a declared step after the steps it needs, run `runs` times, each
 * in a fresh copy of the repository (the caller disposes of the copies), as
 * many at once as the workspace has cores; or the run directories the
 * workflow already made. Results are in run order whatever the timing.
 */

import { exitDescription, requireFinished, roundedSeconds } from '../../infra/command-outcome.ts';
import { runConfiguredCommand } from '../../infra/run-configured-command.ts';
import type { Workspace, WorkspaceCopy } from '../../workspace/workspace.ts';
import type { PipelineSteps } from '../pipeline/pipeline-step.ts';
import { copyForSteps, runSteps } from '../pipeline/run-steps.ts';
import type { RunFiles } from './compare-output.ts';
import type { ReproducibilityConfig } from './reproducibility-config.ts';
import type { FailedRun } from './reproducibility-outcome.ts';
import { runAtMost } from './run-at-most.ts';

const key = 'checks.reproducibility';

export type TrainingRuns =
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; failure: FailedRun; runLines: string[] }
  /** `runLines` is null when mlgate ran nothing (run directories). */
  | { kind: 'ran'; runs: RunFiles[]; runLines: string[] | null };

/** What is run: a command, or a step and the steps it needs, in order. */
export type Training =
  | { kind: 'command'; config: ReproducibilityConfig; command: string }
  | { kind: 'steps'; steps: PipelineSteps; order: readonly string[] };

type OneRun =
  | { kind: 'refused'; reason: string }
  | {
      kind: 'ran';
      line: string;
      files: RunFiles;
      failure?: FailedRun & { timeout: { key: string; minutes: number } };
    };

export async function trainingRuns(
  config: ReproducibilityConfig,
  training: Training | undefined,
  workspace: Workspace,
  copies: WorkspaceCopy[],
): Promise<TrainingRuns> {
  if (training === undefined) {
    const runs = (config.run_directories ?? []).map((directory) => ({
      label: directory,
      workspace,
      directory: directory.replace(/\/+$/, ''),
    }));
    return { kind: 'ran', runs, runLines: null };
  }
  const results = await runAtMost(
    config.runs,
    workspace.cores,
    (index) =>
      training.kind === 'command'
        ? commandRun(training, index, workspace, copies)
        : stepsRun(training, index, workspace, copies),
    (result) => result.kind === 'refused' || result.failure !== undefined,
  );
  const runLines: string[] = [];
  for (const result of results) {
    if (result.kind === 'refused') return result;
    runLines.push(result.line);
    const { failure } = result;
    if (failure === undefined) continue;
    requireFinished(failure.result, failure.timeout.key, failure.timeout.minutes);
    return { kind: 'failed', failure, runLines };
  }
  return {
    kind: 'ran',
    runs: results.flatMap((result) => (result.kind === 'ran' ? [result.files] : [])),
    runLines,
  };
}

async function commandRun(
  { config, command }: Extract<Training, { kind: 'command' }>,
  index: number,
  workspace: Workspace,
  copies: WorkspaceCopy[],
): Promise<OneRun> {
  const copy = await workspace.copyForRun({ key: `${key}.inputs`, include: config.inputs });
  copies.push(copy);
  const result = await runConfiguredCommand(copy, command, `${key}.command`, config);
  if (result.outcome === 'refused') return { kind: 'refused', reason: result.reason };
  const failed = result.timedOut || result.exitCode !== 0;
  return {
    kind: 'ran',
    line: `Run ${index}: ${exitDescription(result)} in ${roundedSeconds(result.durationMs)}; ${copy.description}.`,
    files: { label: `run ${index}`, workspace: copy, directory: '' },
    ...(failed
      ? {
          failure: {
            index,
            command,
            result,
            timeout: { key: `${key}.command (run ${index})`, minutes: config.timeout_minutes },
          },
        }
      : {}),
  };
}

async function stepsRun(
  { steps, order }: Extract<Training, { kind: 'steps' }>,
  index: number,
  workspace: Workspace,
  copies: WorkspaceCopy[],
): Promise<OneRun> {
  const copy = await copyForSteps(workspace, steps, order);
  copies.push(copy);
  const run = await runSteps(copy, steps, order);
  if (run.kind === 'refused') return run;
  const ran = run.kind === 'failed' ? [...run.completed, run.failed] : run.completed;
  const line = `Run ${index}: ${ran
    .map(
      (step) =>
        `${step.step} ${exitDescription(step.result)} in ${roundedSeconds(step.result.durationMs)}`,
    )
    .join(', ')}; ${copy.description}.`;
  const files = { label: `run ${index}`, workspace: copy, directory: '' };
  if (run.kind === 'failed') {
    const { step, command, result } = run.failed;
    const minutes = steps[step]?.timeout_minutes ?? 0;
    const timeout = { key: `steps.${step}.command (run ${index})`, minutes };
    return { kind: 'ran', line, files, failure: { index, command, step, result, timeout } };
  }
  const untouched = run.outputs.filter((output) => output.problem === 'untouched');
  return {
    kind: 'ran',
    line,
    files: { ...files, untouched: untouched.map((output) => output.path) },
  };
}
