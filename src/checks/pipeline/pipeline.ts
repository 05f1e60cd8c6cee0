/**
 * The pipeline of one gate run: the steps mlgate.yml declares, run at most once
 * each, on demand, in one shared scratch copy, so that the checks reading
 * `predict`'s output and the check comparing committed artifacts see the same
 * run, and `train` runs once for both. Checks that need runs of their own
 * (reproducibility runs training several times) use runSteps with copies of
 * their own. A step that fails fails the steps that need it; the others still
 * run when a check asks for them.
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
  // A failed step fails what needs it, not the steps that don't; a refusal is the event's, so all.
  const failures = new Map<string, Extract<StepsRun, { kind: 'failed' }>>();
  let refused: Extract<StepsRun, { kind: 'refused' }> | undefined;
  // Checks run one after another, but a chain keeps two runs from interleaving anyway.
  let queue: Promise<unknown> = Promise.resolve();

  const runNames = async (names: readonly string[]): Promise<PipelineRun> => {
    if (refused) return refused;
    const failed = names.map((name) => failures.get(name)).find((run) => run !== undefined);
    if (failed) return failed;
    copy ??= copyForSteps(workspace, steps, Object.keys(steps));
    const scratch = await copy;
    for (const name of names.filter((step) => !done.has(step))) {
      const run = await runSteps(scratch, steps, [name]);
      if (run.kind === 'refused') {
        refused = run;
        return run;
      }
      if (run.kind === 'failed') {
        const failure = { ...run, completed: [...completed] };
        // What needs the failed step can't run either: it fails with the same cause.
        for (const other of Object.keys(steps)) {
          if (stepOrder(steps, other).includes(name)) failures.set(other, failure);
        }
        return failure;
      }
      done.add(name);
      completed.push(...run.completed);
      outputs.push(...run.outputs);
    }
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
