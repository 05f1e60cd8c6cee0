/**
 * What `steps:` must get right before anything runs: every `needs` names a
 * step, the steps have an order, each output has one writer, and every check
 * input given as `{step, file}` names a declared step and one of its outputs,
 * and a check that runs a step (`step: serve`) names as its `output` or
 * `outputs` only files that step or a step it needs declares.
 * Caught here, each is a config error with its key, not a check that fails
 * half-way through a run.
 */

import * as z from 'zod';
import { parseStepOutputPath } from '../../config-fields/step-output.ts';
import { outputPath } from '../../infra/artifact-output.ts';
import type { PipelineSteps } from './pipeline-step.ts';
import { type StepProblem, stepOrder, stepProblems } from './step-order.ts';

export function stepReferenceProblems(steps: PipelineSteps, checks: unknown): StepProblem[] {
  const problems = stepProblems(steps);
  // stepOrder needs steps without circles or unknown needs: those are reported first, alone.
  const ordered = problems.length === 0;
  for (const [path, value] of stringLeaves(checks, ['checks'])) {
    const named = namesStep(path) && steps[value] === undefined;
    if (named) problems.push(unknownStep(path, value, steps));
    const reference = parseStepOutputPath(value);
    if (reference === undefined) continue;
    const step = steps[reference.step];
    if (step === undefined) {
      problems.push(unknownStep(path, reference.step, steps));
    } else if (!step.outputs.map(outputPath).includes(reference.file)) {
      problems.push({
        path,
        message: `${reference.file} is not an output of step "${reference.step}"`,
        fix: `add it to \`steps.${reference.step}.outputs\`, or name one of: ${step.outputs.map(outputPath).join(', ') || '(none declared)'}`,
      });
    }
  }
  return ordered ? problems.concat(checkOutputProblems(steps, checks, ['checks'])) : problems;
}

/** A file a check names: a path, or an object with one (a table file, an output spec). */
const namedFile = z.union([z.string(), z.looseObject({ path: z.string() })]);
const runsStep = z.looseObject({
  step: z.string(),
  output: namedFile.optional(),
  outputs: z.array(namedFile).optional(),
});

/** `output`/`outputs` beside a `step` in a check: each must be declared by that step or its needs. */
function checkOutputProblems(
  steps: PipelineSteps,
  value: unknown,
  path: (string | number)[],
): StepProblem[] {
  if (value === null || typeof value !== 'object') return [];
  const children = Object.entries(value).flatMap(([key, child]) =>
    checkOutputProblems(steps, child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
  const node = runsStep.safeParse(value);
  if (!node.success || steps[node.data.step] === undefined) return children;
  const { step, output, outputs } = node.data;
  const declared = stepOrder(steps, step).flatMap(
    (name) => steps[name]?.outputs.map(outputPath) ?? [],
  );
  const named: { at: (string | number)[]; file: z.infer<typeof namedFile> }[] = [
    ...(output === undefined ? [] : [{ at: [...path, 'output'], file: output }]),
    ...(outputs ?? []).map((file, index) => ({ at: [...path, 'outputs', index], file })),
  ];
  return children.concat(
    named
      .map(({ at, file }) => ({ at, file: typeof file === 'string' ? file : file.path }))
      .filter(({ file }) => !declared.includes(file))
      .map(({ at, file }) => ({
        path: at,
        message: `${file} is not an output of step "${step}" or of a step it needs`,
        fix: `add it to \`steps.${step}.outputs\`, or name one of: ${declared.join(', ') || '(none declared)'}`,
      })),
  );
}

/** A check key that names a step: `step: train`, or an item of `steps: [train]`. */
function namesStep(path: readonly (string | number)[]): boolean {
  return path.at(-1) === 'step' || (typeof path.at(-1) === 'number' && path.at(-2) === 'steps');
}

function unknownStep(path: (string | number)[], name: string, steps: PipelineSteps): StepProblem {
  const names = Object.keys(steps);
  return {
    path,
    message: `no step named "${name}"`,
    fix:
      names.length === 0
        ? `declare it under \`steps:\` with its command and outputs`
        : `use one of: ${names.join(', ')}, or declare it under \`steps:\``,
  };
}

function* stringLeaves(
  value: unknown,
  path: (string | number)[],
): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringLeaves(item, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* stringLeaves(item, [...path, key]);
  }
}
