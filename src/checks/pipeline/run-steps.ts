/**
 * Runs pipeline steps in one scratch copy of the repository, each after what it
 * needs, and records what became of every declared output. An output counts as
 * produced only when the run wrote it: a committed copy left untouched is not
 * the code's output, or a step that writes nothing would "reproduce" every
 * committed file.
 */

import { outputPath } from '../../infra/artifact-output.ts';
import { fileWasWritten } from '../../infra/file-was-written.ts';
import { runConfiguredCommand } from '../../infra/run-configured-command.ts';
import type { CommandResult, FileDigest } from '../../workspace/infra-operations.ts';
import type { Workspace, WorkspaceCopy } from '../../workspace/workspace.ts';
import { isGlob, type PipelineSteps } from './pipeline-step.ts';

export type CompletedStep = {
  step: string;
  command: string;
  result: Extract<CommandResult, { outcome: 'completed' }>;
};

export interface StepOutputState {
  step: string;
  path: string;
  /** Why the run's file is not the step's output; undefined when the step wrote it. */
  problem?: 'not written' | 'untouched';
}

export type StepsRun =
  | { kind: 'refused'; reason: string }
  /** A step exited non-zero or timed out; the steps after it did not run. */
  | { kind: 'failed'; failed: CompletedStep; completed: CompletedStep[] }
  | { kind: 'ran'; completed: CompletedStep[]; outputs: StepOutputState[] };

/** Every input the steps name exactly: what the copy needs besides what git tracks. */
export function copiedInputs(steps: PipelineSteps, names: readonly string[]): string[] {
  const inputs = names.flatMap((name) => steps[name]?.inputs ?? []);
  return [...new Set(inputs.filter((input) => !isGlob(input)))];
}

/** A fresh copy for `names` (in run order); the caller disposes of it. */
export async function copyForSteps(
  workspace: Workspace,
  steps: PipelineSteps,
  names: readonly string[],
): Promise<WorkspaceCopy> {
  const include = [];
  for (const input of copiedInputs(steps, names)) {
    // Tracked inputs are in the copy already; only what exists is copied, and a missing one
    // fails the step that reads it, with the command's own message.
    if (await workspace.exists(input, 'steps')) include.push(input);
  }
  return workspace.copyForRun({ key: 'steps', include });
}

/** Runs `names` in order in `copy`, stopping at the first that fails. */
export async function runSteps(
  copy: Workspace,
  steps: PipelineSteps,
  names: readonly string[],
): Promise<StepsRun> {
  const completed: CompletedStep[] = [];
  const outputs: StepOutputState[] = [];
  for (const name of names) {
    const step = steps[name];
    if (step === undefined) throw new Error(`steps.${name}: no such step`);
    const paths = step.outputs.map(outputPath);
    const key = `steps.${name}`;
    const before = await Promise.all(paths.map((path) => copy.hashFile(path, `${key}.outputs`)));
    const result = await runConfiguredCommand(copy, step.command, `${key}.command`, step);
    if (result.outcome === 'refused') return { kind: 'refused', reason: result.reason };
    const record = { step: name, command: step.command, result };
    if (result.timedOut || result.exitCode !== 0) {
      return { kind: 'failed', failed: record, completed };
    }
    completed.push(record);
    for (const [index, path] of paths.entries()) {
      const after = await copy.hashFile(path, `${key}.outputs`);
      outputs.push(outputState(name, path, before[index] ?? null, after));
    }
  }
  return { kind: 'ran', completed, outputs };
}

function outputState(
  step: string,
  path: string,
  before: FileDigest | null,
  after: FileDigest | null,
): StepOutputState {
  if (after === null) return { step, path, problem: 'not written' };
  if (!fileWasWritten(before, after)) return { step, path, problem: 'untouched' };
  return { step, path };
}
