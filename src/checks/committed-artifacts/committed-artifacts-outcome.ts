/**
 * The comparison of committed artifacts with the steps' fresh outputs as a
 * check outcome: a finding per stale artifact naming the file, the step that
 * writes it and the first differing value (the stale outputs of one step share
 * a cause: the step was not re-run), a finding per output the run did not
 * write, or, when a step failed, its exit and log.
 */

import type { OutputKind } from '../../infra/artifact-output.ts';
import {
  commandLog,
  exitDescription,
  exitMeasure,
  roundedSeconds,
} from '../../infra/command-outcome.ts';
import type { ArtifactComparison } from '../../infra/compare-artifact.ts';
import { describeDifference } from '../../infra/describe-difference.ts';
import type { CheckOutcome, Finding, Measure } from '../../model/check.ts';
import type { CompletedStep, StepOutputState } from '../pipeline/run-steps.ts';

export interface ArtifactState extends StepOutputState {
  command: string;
  kind: OutputKind;
  /** Whether git tracks the file: only committed files have a version to compare. */
  committed: boolean;
  /** Absent when the file is not committed or the run did not write it. */
  comparison?: ArtifactComparison;
}

const versions = ['committed', 'produced'] as const;

export type CommittedArtifactsResult =
  | { kind: 'failed'; failed: CompletedStep; completed: CompletedStep[] }
  | { kind: 'ran'; completed: CompletedStep[]; artifacts: ArtifactState[] };

export function committedArtifactsOutcome(result: CommittedArtifactsResult): CheckOutcome {
  if (result.kind === 'failed') return failedStepOutcome(result.failed, result.completed);
  const { artifacts, completed } = result;
  const compared = artifacts.filter((artifact) => artifact.comparison !== undefined);
  const stale = compared.filter((artifact) => artifact.comparison?.status === 'different');
  const findings = artifacts.flatMap(artifactFinding);
  return {
    kind: 'ran',
    summary: summary(completed.length, compared.length, stale),
    figures: [
      {
        name: 'stale artifacts',
        value: stale.length,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
      { name: 'committed artifacts compared', value: compared.length },
      { name: 'steps run', value: completed.length },
    ],
    findings,
    details: [
      {
        type: 'table',
        title: 'Declared outputs',
        header: ['Output', 'Step', 'Committed', 'Against the run'],
        rows: artifacts.map((artifact) => [
          artifact.path,
          artifact.step,
          artifact.committed ? 'yes' : 'no',
          describeState(artifact),
        ]),
      },
      { type: 'list', title: 'Steps run', items: completed.map(stepLine) },
    ],
  };
}

function summary(steps: number, compared: number, stale: readonly ArtifactState[]): string {
  const ran = `${steps} step${steps === 1 ? '' : 's'} ran`;
  if (stale.length > 0) {
    return `${ran}; ${stale.length} of ${compared} committed artifacts are stale (${stale.map((a) => a.path).join(', ')})`;
  }
  return compared === 0
    ? `${ran}; no declared output is committed, so there was nothing to compare`
    : `${ran}; all ${compared} committed artifacts are what the steps produce`;
}

function failedStepOutcome(failed: CompletedStep, completed: CompletedStep[]): CheckOutcome {
  return {
    kind: 'ran',
    summary: `step ${failed.step} ended with ${exitDescription(failed.result)}, so the committed artifacts could not be compared with what the code produces`,
    figures: [
      { name: 'steps run', value: completed.length },
      {
        name: `step ${failed.step} exit code`,
        value: failed.result.exitCode,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
    ],
    findings: [
      {
        id: `step:${failed.step}`,
        severity: 'fail',
        message: `step ${failed.step} (\`${failed.command}\`) ended with ${exitDescription(failed.result)} in a fresh copy of the repository; see its log`,
        measure: exitMeasure(failed.result),
        fix: `Fix step \`${failed.step}\` so that it exits 0 in a fresh copy of the repository (files git does not track must be listed in \`steps.${failed.step}.inputs\`).`,
      },
    ],
    details: [
      ...commandLog(`Log of step ${failed.step}`, failed.result),
      { type: 'list', title: 'Steps run before it', items: completed.map(stepLine) },
    ],
  };
}

function stepLine(step: CompletedStep): string {
  return `${step.step}: \`${step.command}\`, ${exitDescription(step.result)} in ${roundedSeconds(step.result.durationMs)}`;
}

function describeState(artifact: ArtifactState): string {
  if (artifact.problem === 'not written') return 'not written by the run';
  if (artifact.problem === 'untouched') return 'not rewritten by the run';
  const comparison = artifact.comparison;
  if (comparison === undefined) return 'written; not committed';
  switch (comparison.status) {
    case 'identical':
      return 'identical';
    case 'equivalent':
      return comparison.unit === null
        ? 'equivalent (compare command)'
        : `equal within tolerance (${comparison.compared} ${comparison.unit})`;
    case 'missing':
      return `missing in ${comparison.versions.join(', ')}`;
    case 'different':
      return `stale: ${describeDifference(comparison, versions)}`;
  }
}

function artifactFinding(artifact: ArtifactState): Finding[] {
  const { path, step } = artifact;
  if (artifact.problem !== undefined) {
    return [
      {
        id: `artifact:${path}:not-written`,
        severity: 'fail',
        message: `step ${step} did not write ${path}${artifact.problem === 'untouched' ? ' (it is as committed, untouched by the run)' : ''}, so the committed file cannot be checked against the code`,
        location: { path },
        fix: `Make step \`${step}\` (\`${artifact.command}\`) write ${path}, or correct \`steps.${step}.outputs\`.`,
      },
    ];
  }
  const comparison = artifact.comparison;
  if (comparison?.status !== 'different') return [];
  const first = comparison.firstDifference;
  return [
    {
      id: `artifact:${path}`,
      severity: 'fail',
      message: `${path} is stale: against what step ${step} (\`${artifact.command}\`) writes, ${describeDifference(comparison, versions)}`,
      location: {
        path,
        ...(first?.line !== undefined ? { line: first.line } : {}),
        ...(first?.column !== undefined ? { column: first.column } : {}),
        ...(first?.key !== undefined ? { key: first.key } : {}),
      },
      measure: staleMeasure(step, comparison),
      cause: `stale:${step}`,
      fix: `Re-run step \`${step}\` (\`${artifact.command}\`) and commit what it writes, or fix the code if the committed ${path} is right.`,
    },
  ];
}

/** How many rows or values differ from the step's output (of how many); bytes: whether they are the same. */
function staleMeasure(
  step: string,
  comparison: Extract<ArtifactComparison, { status: 'different' }>,
): Measure {
  if (comparison.differing === null || comparison.unit === null) {
    return {
      figure: `same bytes as the output of step \`${step}\``,
      value: false,
      bound: { comparator: '==', limit: true },
    };
  }
  return {
    figure: `${comparison.unit} unlike the output of step \`${step}\``,
    value: comparison.differing,
    bound: { comparator: '==', limit: 0 },
    ...(comparison.compared === null
      ? {}
      : { reference: { label: 'of', value: comparison.compared } }),
  };
}
