/**
 * The command of a check that runs PR code (integration_test, canary,
 * debuggability), given either as its own `command` or as `step`: a step under
 * `steps:`, the one definition of that command the checks share. A step runs
 * through the gate run's pipeline, after what it needs, once per gate run, in
 * the steps' scratch copy, so a step another check already ran is not run
 * again and its outputs are read there. A refused run skips the check, a step
 * that hit its timeout ends it `error` (no verdict from a run that never
 * finished), and a step that failed, or a step it needs that failed, is a
 * command that ran and exited non-zero.
 */
import type * as z from 'zod';
import {
  type CompletedCommand,
  exitDescription,
  requireFinished,
} from '../../infra/command-outcome.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { Pipeline } from './pipeline.ts';
import { stepName } from './pipeline-step.ts';
import type { CompletedStep, StepOutputState } from './run-steps.ts';
import { stepOrder } from './step-order.ts';

/** The `step` key: which step under `steps:` is the check's command. */
export function stepKey(what: string) {
  return stepName
    .optional()
    .describe(
      `Or, instead of \`command\`: the step under \`steps:\` that ${what}; it runs after the steps it needs, with its own timeout and working directory.`,
    );
}

interface CommandOrStep {
  command?: string | undefined;
  step?: string | undefined;
}

/** What the config runs; commandOrStep (the schema's refinement) makes it exactly one. */
export function commandOrStepOf(config: CommandOrStep): { step: string } | { command: string } {
  if (config.step !== undefined) return { step: config.step };
  if (config.command !== undefined) return { command: config.command };
  throw new Error('the config schema lets no check through without `command` or `step`');
}

/**
 * A refinement: exactly one of `command` and `step`, and none of `stepKeys`
 * (keys of the command form that a step declares itself) beside a step.
 */
export function commandOrStep<Config extends CommandOrStep>(
  stepKeys: readonly (keyof Config & string)[],
) {
  return (config: Config, context: z.RefinementCtx<Config>) => {
    if ((config.command === undefined) === (config.step === undefined)) {
      const both = config.command !== undefined;
      context.addIssue({
        code: 'custom',
        path: both ? ['step'] : [],
        message: both
          ? '`command` and `step` are both given; the check runs one of them'
          : 'no command to run: neither `command` nor `step` is given',
        params: {
          fix: both
            ? 'keep `step` (the step under `steps:`) and remove `command`, or the other way round'
            : 'add `step: <a step under steps:>`, or `command: <the shell command to run>`',
        },
      });
      return;
    }
    if (config.step === undefined) return;
    for (const key of stepKeys) {
      const value: unknown = config[key];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `\`${key}\` is set beside \`step\`, but the step declares its own`,
        params: { fix: `move it to \`steps.${config.step}.${key}\`, or remove it here` },
      });
    }
  };
}

/** A command that ran to its end, as the check's messages name it. */
export interface RanCommand {
  /** `` `python serve.py` ``, or `` step `serve` (`python serve.py`) ``. */
  label: string;
  /** The step it is, when it is one. */
  step?: string;
  /** The key to fix when it fails: the check's `command`, or `steps.<step>.command`. */
  commandKey: string;
  result: CompletedCommand;
  /** The configured step, when this is a step it needs that failed: the configured one did not run. */
  blocked?: string;
}

export function ranCommand(
  command: string,
  commandKey: string,
  result: CompletedCommand,
): RanCommand {
  return { label: `\`${command}\``, commandKey, result };
}

/**
 * `` step `train` (`python train.py`) ended with exit code 1, so step `serve` did not run ``;
 * `name` calls a command by what it does (`the debug command`) where the check always has.
 */
export function endedWith(ran: RanCommand, name = ran.label): string {
  const blocked = ran.blocked ? `, so step \`${ran.blocked}\` did not run` : '';
  return `${name} ended with ${exitDescription(ran.result)}${blocked}`;
}

export type StepRun =
  | { kind: 'refused'; reason: string }
  /** The step, or one it needs, exited non-zero. */
  | { kind: 'failed'; ran: RanCommand }
  | {
      kind: 'ran';
      ran: RanCommand;
      /** The steps' scratch copy: the outputs are read here. */
      copy: Workspace;
      /** The step and the steps it needs, in run order. */
      completed: CompletedStep[];
      /** What became of the declared outputs of those steps. */
      outputs: StepOutputState[];
    };

/**
 * The gate run's pipeline, which declares `step`. The config's validation
 * makes a `step` name a declared step, so this only fails when a check is run
 * outside the engine: an error naming the key and the fix.
 */
export function pipelineWith(pipeline: Pipeline | undefined, step: string, key: string): Pipeline {
  if (pipeline?.steps[step] !== undefined) return pipeline;
  throw new Error(
    `${key}.step names step "${step}", but ${pipeline ? 'no such step is declared under `steps:`' : 'mlgate.yml declares no `steps:`'}; declare it under \`steps:\` with its command and outputs, or give \`${key}.command\` instead`,
  );
}

/** Runs `step` (after what it needs) through the gate run's pipeline; `key` is the check's. */
export async function runStep(
  gatePipeline: Pipeline | undefined,
  step: string,
  key: string,
): Promise<StepRun> {
  const pipeline = pipelineWith(gatePipeline, step, key);
  const run = await pipeline.run(step);
  if (run.kind === 'refused') return run;
  if (run.kind === 'failed') {
    const { failed } = run;
    const timeout = pipeline.steps[failed.step]?.timeout_minutes ?? 0;
    requireFinished(failed.result, `steps.${failed.step}.command`, timeout);
    const blocked = failed.step === step ? {} : { blocked: step };
    return { kind: 'failed', ran: { ...stepCommand(failed), ...blocked } };
  }
  const order = new Set(stepOrder(pipeline.steps, step));
  const completed = run.completed.filter((done) => order.has(done.step));
  const target = completed.find((done) => done.step === step);
  if (target === undefined) throw new Error(`${key}.step: step "${step}" did not run`);
  return {
    kind: 'ran',
    ran: stepCommand(target),
    copy: run.copy,
    completed,
    outputs: run.outputs.filter((output) => order.has(output.step)),
  };
}

function stepCommand({ step, command, result }: CompletedStep): RanCommand {
  return {
    label: `step \`${step}\` (\`${command}\`)`,
    step,
    commandKey: `steps.${step}.command`,
    result,
  };
}
