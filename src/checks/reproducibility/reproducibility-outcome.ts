/**
 * The comparison of outputs across training runs as a check outcome: a
 * finding per output a run did not write and per output that differs (they
 * share one cause, the training's nondeterminism, and one fix, which names the
 * seeds found or missing), or, when a run failed, its exit and log; the static
 * hints on pinned dependencies and seeds as details.
 */
import {
  type CompletedCommand,
  commandLog,
  exitDescription,
  exitMeasure,
} from '../../infra/command-outcome.ts';
import type { DifferentComparison } from '../../infra/compare-artifact.ts';
import { describeDifference } from '../../infra/describe-difference.ts';
import { describeTolerance, type Tolerance } from '../../infra/tolerance.ts';
import type { CheckOutcome, DetailBlock, Finding, Measure } from '../../model/check.ts';
import type { OutputVerdict } from './compare-output.ts';
import { type SeedEvidence, seedCause, seedFix, seedHints } from './seed-evidence.ts';

const key = 'checks.reproducibility';

export interface ComparedOutput {
  path: string;
  kind: string;
  tolerance: Tolerance;
  verdict: OutputVerdict;
}

export interface ReproducibilityResult {
  /** What was compared: `2 runs of \`python train.py\`` or `runs in a/, b/`. */
  source: string;
  runs: number;
  outputs: ComparedOutput[];
  runLines: string[] | null;
  /** Where the outputs are declared (`checks.reproducibility.outputs`, `steps.train.outputs`). */
  outputsKey: string;
  dependencyHints: string[];
  seeds: SeedEvidence;
}

export function reproducibilityOutcome(result: ReproducibilityResult): CheckOutcome {
  const { outputs, source } = result;
  const differing = outputs.filter(
    (o) => o.verdict.status === 'different' || o.verdict.status === 'missing',
  );
  const nondeterministic = outputs.some((o) => o.verdict.status === 'different');
  const equivalent = outputs.filter((o) => o.verdict.status === 'equivalent').length;
  const cause = nondeterministic ? `; ${seedCause(result.seeds)}` : '';
  const summary =
    differing.length === 0
      ? `${source}: all ${outputs.length} outputs reproduce${equivalent > 0 ? ` (${equivalent} equal within tolerance, not byte for byte)` : ''}`
      : `${source}: ${differing.length} of ${outputs.length} outputs differ (${differing.map((o) => o.path).join(', ')})${cause}`;
  const details: DetailBlock[] = [
    {
      type: 'table',
      title: 'Outputs compared across runs',
      header: ['Output', 'Compared as', 'Result', 'Detail'],
      rows: outputs.map((o) => [o.path, o.kind, o.verdict.status, describe(o)]),
    },
    ...(result.runLines ? [{ type: 'list' as const, title: 'Runs', items: result.runLines }] : []),
    {
      type: 'list',
      title: 'Static hints',
      items: [...result.dependencyHints, ...seedHints(result.seeds, nondeterministic)],
    },
  ];
  const fix = seedFix(result.seeds);
  return {
    kind: 'ran',
    summary,
    figures: [
      {
        name: 'nondeterministic outputs',
        value: differing.length,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
      { name: 'outputs compared', value: outputs.length },
      { name: 'runs', value: result.runs },
    ],
    findings: outputs.flatMap((output) => outputFinding(output, result.outputsKey, fix)),
    details,
  };
}

function outputFinding(
  { path, verdict }: ComparedOutput,
  outputsKey: string,
  fix: string,
): Finding[] {
  if (verdict.status === 'missing') {
    const how = verdict.untouched ? 'rewritten' : 'written';
    // Not written is not nondeterminism: a waiver for a known drift must not cover it.
    return [
      {
        id: `output:${path}:missing`,
        severity: 'fail',
        message: `${path} was not ${how} by ${verdict.runs.join(', ')}${verdict.untouched ? ' (it is as committed)' : ''}; check the path in outputs or the training script`,
        location: { path },
        fix: `Make the training write ${path} in every run, or correct its path in \`${outputsKey}\`.`,
      },
    ];
  }
  if (verdict.status !== 'different') return [];
  const first = verdict.comparison.firstDifference;
  const also =
    verdict.alsoDiffering.length > 0
      ? ` (${verdict.alsoDiffering.join(', ')} differ${verdict.alsoDiffering.length === 1 ? 's' : ''} from ${verdict.labels[0]} too)`
      : '';
  return [
    {
      id: `output:${path}`,
      severity: 'fail',
      message: `${path} differs between ${verdict.labels.join(' and ')}${also}: ${describeDifference(verdict.comparison, verdict.labels)}`,
      location: {
        path,
        ...(first?.line !== undefined ? { line: first.line } : {}),
        ...(first?.column !== undefined ? { feature: first.column } : {}),
      },
      measure: differenceMeasure(verdict.comparison),
      // One training script writes every output: what makes one differ usually moves them all.
      cause: 'nondeterministic-training',
      fix,
    },
  ];
}

function differenceMeasure(comparison: DifferentComparison): Measure {
  if (comparison.differing === null || comparison.unit === null) {
    return {
      figure: 'identical bytes across runs',
      value: false,
      bound: { comparator: '==', limit: true },
    };
  }
  return {
    figure: `${comparison.unit} that differ between runs`,
    value: comparison.differing,
    bound: { comparator: '==', limit: 0 },
  };
}

/** A training run that failed: nothing to compare, its exit and log are the finding. */
export interface FailedRun {
  /** 1-based, in run order. */
  index: number;
  command: string;
  /** The step that failed, in the step form. */
  step?: string;
  result: CompletedCommand;
}

export function failedRunOutcome(
  failed: FailedRun,
  runLines: string[],
  expectedRuns: number,
): CheckOutcome {
  const { index, result, step } = failed;
  const what =
    step === undefined ? `\`${failed.command}\`` : `step ${step} (\`${failed.command}\`)`;
  return {
    kind: 'ran',
    summary: `training run ${index} of ${what} failed (${exitDescription(result)}), so nothing could be compared`,
    figures: [
      {
        name: 'runs completed',
        value: index - 1,
        threshold: `= ${expectedRuns}`,
        bound: { comparator: '==', limit: expectedRuns },
      },
    ],
    findings: [
      {
        id: `run:${index}`,
        severity: 'fail',
        message: `run ${index} of ${step === undefined ? 'the training command' : what} ended with ${exitDescription(result)}; see the log below`,
        measure: exitMeasure(result),
        fix:
          step === undefined
            ? `Fix the training so that \`${key}.command\` exits 0 in a fresh copy of the repository with only \`${key}.inputs\` added.`
            : `Fix step \`${step}\` so that it exits 0 in a fresh copy of the repository (files git does not track must be listed in \`steps.${step}.inputs\`).`,
      },
    ],
    details: [
      { type: 'list', title: 'Runs', items: runLines },
      ...commandLog(`Run ${index} log (last lines)`, result),
    ],
  };
}

function describe({ verdict, tolerance }: ComparedOutput): string {
  switch (verdict.status) {
    case 'identical':
      return 'identical bytes';
    case 'missing':
      return `${verdict.untouched ? 'left as committed' : 'not written'} by ${verdict.runs.join(', ')}`;
    case 'equivalent':
      return verdict.unit === null
        ? 'bytes differ; the compare command finds them equivalent'
        : `bytes differ; all ${verdict.compared} ${verdict.unit} within ${describeTolerance(tolerance)}`;
    case 'different':
      return describeDifference(verdict.comparison, verdict.labels);
  }
}
