/**
 * The pipeline of one gate run: the steps mlgate.yml declares, run at most once
 * each, on demand, in one shared scratch copy, so that the checks reading
 * `predict`'s output and the check comparing committed artifacts see the same
 * run, and `train` runs once for both. Checks that need runs of their own
 * (reproducibility runs training several times) use runSteps with copies of
 * their own.
 */
import type { Workspace, WorkspaceCopy } from '../../workspace/workspace.ts';
import type { PipelineSteps } from './pipeline-step.ts';
import {
  type CompletedStep,
  copyForSteps,
  runSteps,
  type StepOutputState,
  type StepsRun,
} from './run-steps.ts';
import { stepOrder } from './step-order.ts';

export type PipelineRun =
  | Exclude<StepsRun, { kind: 'ran' }>
  | {
      kind: 'ran';
      /** The copy the steps ran in: read their outputs here. */
      copy: Workspace;
      /** Every step run so far, in order. */
      completed: CompletedStep[];
      outputs: StepOutputState[];
    };

export interface Pipeline {
  readonly steps: PipelineSteps;
  /** Runs `step` after what it needs (each step once per gate run). */
  run(step: string): Promise<PipelineRun>;
  /** Runs every step. */
  runAll(): Promise<PipelineRun>;
  dispose(): Promise<void>;
}

export function createPipeline(workspace: Workspace, steps: PipelineSteps): Pipeline {
  let copy: Promise<WorkspaceCopy> | undefined;
  const done = new Set<string>();
  const completed: CompletedStep[] = [];
  const outputs: StepOutputState[] = [];
  let stopped: Exclude<StepsRun, { kind: 'ran' }> | undefined;
  // Checks run one after another, but a chain keeps two runs from interleaving anyway.
  let queue: Promise<unknown> = Promise.resolve();

  const runNames = async (names: readonly string[]): Promise<PipelineRun> => {
    if (stopped) return stopped;
    const todo = names.filter((name) => !done.has(name));
    copy ??= copyForSteps(workspace, steps, Object.keys(steps));
    const scratch = await copy;
    const run = await runSteps(scratch, steps, todo);
    if (run.kind !== 'ran') {
      stopped =
        run.kind === 'failed' ? { ...run, completed: [...completed, ...run.completed] } : run;
      return stopped;
    }
    for (const name of todo) done.add(name);
    completed.push(...run.completed);
    outputs.push(...run.outputs);
    return { kind: 'ran', copy: scratch, completed: [...completed], outputs: [...outputs] };
  };
  const enqueue = (names: readonly string[]) => {
    const next = queue.then(() => runNames(names));
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    steps,
    run: (step) => enqueue(stepOrder(steps, step)),
    runAll: () =>
      enqueue([...new Set(Object.keys(steps).flatMap((name) => stepOrder(steps, name)))]),
    async dispose() {
      await queue;
      if (copy) await (await copy).dispose();
    },
  };
}
