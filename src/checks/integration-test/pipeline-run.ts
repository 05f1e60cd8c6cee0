/**
 * The pipeline run end to end in a scratch copy of the repository, and what
 * became of each output it must write: written, missing, empty, or left as git
 * had it. The pipeline is the check's own `command` (run in a copy of its
 * own), or a step under `steps:` run after the steps it needs by the gate
 * run's pipeline, whose record of each declared output this reads.
 */

import { requireFinished } from '../../infra/command-outcome.ts';
import { fileWasWritten } from '../../infra/file-was-written.ts';
import { runConfiguredCommand } from '../../infra/run-configured-command.ts';
import type { FileDigest } from '../../workspace/infra-operations.ts';
import type { Workspace, WorkspaceCopy } from '../../workspace/workspace.ts';
import { type RanCommand, ranCommand, runStep } from '../pipeline/check-command.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { StepOutputState } from '../pipeline/run-steps.ts';
import type { IntegrationTestConfig } from './integration-test-config.ts';

const key = 'checks.integration_test.pipeline';

export interface PipelineOutput {
  path: string;
  /** Why the output does not count as written; undefined when it was written. */
  problem?: 'not written' | 'empty' | 'untouched';
  bytes: number;
  /** The step that declares it, when the pipeline is a step. */
  step?: string;
}

export type PipelineRun =
  | { kind: 'refused'; reason: string }
  | {
      kind: 'ran';
      /** The command, or the step that ran last: the configured one, or one it needs that failed. */
      ran: RanCommand;
      /** The steps that ran before it, in order. */
      before: string[];
      /** Of the whole run: the command, or every step. */
      durationMs: number;
      outputs: PipelineOutput[];
    };

type PipelineConfig = NonNullable<IntegrationTestConfig['pipeline']>;

export async function runPipeline(
  pipeline: PipelineConfig,
  command: string,
  workspace: Workspace,
): Promise<PipelineRun> {
  let copy: WorkspaceCopy | undefined;
  try {
    copy = await workspace.copyForRun({ key: `${key}.inputs`, include: pipeline.inputs });
    const before = new Map<string, FileDigest | null>();
    for (const output of pipeline.outputs) {
      before.set(output, await copy.hashFile(output, `${key}.outputs`));
    }
    const result = await runConfiguredCommand(copy, command, `${key}.command`, pipeline);
    if (result.outcome === 'refused') return { kind: 'refused', reason: result.reason };
    requireFinished(result, `${key}.command`, pipeline.timeout_minutes);
    const outputs: PipelineOutput[] = [];
    for (const output of pipeline.outputs) {
      const after = await copy.hashFile(output, `${key}.outputs`);
      outputs.push(outputState(output, after, fileWasWritten(before.get(output) ?? null, after)));
    }
    const ran = ranCommand(command, `${key}.command`, result);
    return { kind: 'ran', ran, before: [], durationMs: result.durationMs, outputs };
  } finally {
    await copy?.dispose();
  }
}

/** Runs `step` after what it needs; `outputs` narrows the outputs judged, default all declared. */
export async function runPipelineStep(
  step: string,
  outputs: readonly string[],
  pipeline: Pipeline | undefined,
): Promise<PipelineRun> {
  const run = await runStep(pipeline, step, key);
  if (run.kind === 'refused') return run;
  if (run.kind === 'failed') {
    // A failed run explains its missing outputs: they are not findings of their own.
    const { ran } = run;
    return { kind: 'ran', ran, before: [], durationMs: ran.result.durationMs, outputs: [] };
  }
  const states = outputs.length === 0 ? run.outputs : outputs.map((path) => declared(run, path));
  const judged: PipelineOutput[] = [];
  for (const state of states) {
    const after = await run.copy.hashFile(state.path, `steps.${state.step}.outputs`);
    judged.push({
      ...outputState(state.path, after, state.problem === undefined),
      step: state.step,
    });
  }
  return {
    kind: 'ran',
    ran: run.ran,
    before: run.completed.map((done) => done.step).filter((name) => name !== step),
    durationMs: run.completed.reduce((total, done) => total + done.result.durationMs, 0),
    outputs: judged,
  };
}

/** What the steps' run recorded of an output named in `pipeline.outputs`. */
function declared(
  run: { outputs: StepOutputState[]; ran: RanCommand },
  path: string,
): StepOutputState {
  const state = run.outputs.find((output) => output.path === path);
  if (state !== undefined) return state;
  throw new Error(
    `${key}.outputs: ${path} is not an output of ${run.ran.label} or of a step it needs; declare it in the \`outputs\` of the step under \`steps:\` that writes it, or remove it here`,
  );
}

/** `written`: the run wrote the file (it is not what the copy held before). */
function outputState(path: string, after: FileDigest | null, written: boolean): PipelineOutput {
  const bytes = after?.kind === 'file' ? after.bytes : 0;
  const problem =
    after === null
      ? 'not written'
      : after.kind === 'file' && bytes === 0
        ? 'empty'
        : !written
          ? 'untouched'
          : undefined;
  return { path, bytes, ...(problem ? { problem } : {}) };
}
