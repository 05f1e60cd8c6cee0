/**
 * The order steps run in: a step after everything it needs, depth first in the
 * order `needs` lists them. The config's validation (stepProblems) rejects
 * unknown names and cycles, so ordering never meets one.
 */
import { outputPath } from '../../infra/artifact-output.ts';
import type { PipelineSteps } from './pipeline-step.ts';

/** `target` and everything it needs, each once, dependencies first. */
export function stepOrder(steps: PipelineSteps, target: string): string[] {
  const order: string[] = [];
  const visit = (name: string) => {
    if (order.includes(name)) return;
    for (const need of steps[name]?.needs ?? []) visit(need);
    order.push(name);
  };
  visit(target);
  return order;
}

export interface StepProblem {
  path: (string | number)[];
  message: string;
  fix: string;
}

/** Unknown `needs`, cycles, and an output two steps both claim. */
export function stepProblems(steps: PipelineSteps): StepProblem[] {
  const problems: StepProblem[] = [];
  const names = Object.keys(steps);
  const cycles = new Set<string>();
  for (const [name, step] of Object.entries(steps)) {
    step.needs.forEach((need, index) => {
      if (steps[need] === undefined) {
        problems.push({
          path: ['steps', name, 'needs', index],
          message: `step "${name}" needs "${need}", which is not a step`,
          fix: `declare it under \`steps:\` or use one of: ${names.join(', ')}`,
        });
      }
    });
    const cycle = cycleThrough(steps, name);
    const members = cycle ? [...new Set(cycle)].sort().join(' ') : '';
    if (cycle && !cycles.has(members)) {
      cycles.add(members);
      problems.push({
        path: ['steps', name, 'needs'],
        message: `the steps need each other in a circle: ${cycle.join(' → ')}`,
        fix: 'remove one of these `needs` so that the steps have an order',
      });
    }
  }
  return problems.concat(sharedOutputs(steps));
}

function cycleThrough(steps: PipelineSteps, start: string): string[] | undefined {
  const walk = (name: string, trail: string[]): string[] | undefined => {
    for (const need of steps[name]?.needs ?? []) {
      if (need === start) return [...trail, need];
      if (trail.includes(need)) continue;
      const found = walk(need, [...trail, need]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

function sharedOutputs(steps: PipelineSteps): StepProblem[] {
  const writer = new Map<string, string>();
  const problems: StepProblem[] = [];
  for (const [name, step] of Object.entries(steps)) {
    step.outputs.forEach((output, index) => {
      const path = outputPath(output);
      const other = writer.get(path);
      if (other !== undefined) {
        problems.push({
          path: ['steps', name, 'outputs', index],
          message: `${path} is an output of both "${other}" and "${name}"`,
          fix: 'declare each file as the output of the one step that writes it last',
        });
      } else writer.set(path, name);
    });
  }
  return problems;
}
