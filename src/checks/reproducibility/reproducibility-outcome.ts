/**
 * The comparison of outputs across training runs as a check outcome: a
 * finding per output a run did not write and per output that differs (they
 * share one cause, the training's nondeterminism), or, when a run failed, its
 * exit and log; the static hints on seeds and pinned dependencies as details.
 */
import {
  type CompletedCommand,
  commandLog,
  exitDescription,
  exitMeasure,
} from '../../infra/command-outcome.ts';
import type { CheckOutcome, DetailBlock, Finding, Measure } from '../../model/check.ts';
import type { OutputVerdict } from './compare-output.ts';

const key = 'checks.reproducibility';

export interface ComparedOutput {
  path: string;
  kind: string;
  verdict: OutputVerdict;
}

export interface ReproducibilityResult {
  /** What was compared: `2 runs of \`python train.py\`` or `runs in a/, b/`. */
  source: string;
  runs: number;
  outputs: ComparedOutput[];
  runLines: string[] | null;
  hints: string[];
}

export function reproducibilityOutcome(result: ReproducibilityResult): CheckOutcome {
  const { outputs, source } = result;
  const differing = outputs.filter(
    (o) => o.verdict.status === 'different' || o.verdict.status === 'missing',
  );
  const equivalent = outputs.filter((o) => o.verdict.status === 'equivalent').length;
  const summary =
    differing.length === 0
      ? `${source}: all ${outputs.length} outputs reproduce${equivalent > 0 ? ` (${equivalent} equal within tolerance, not byte for byte)` : ''}`
      : `${source}: ${differing.length} of ${outputs.length} outputs differ (${differing.map((o) => o.path).join(', ')})`;
  const details: DetailBlock[] = [
    {
      type: 'table',
      title: 'Outputs compared across runs',
      header: ['Output', 'Compared as', 'Result', 'Detail'],
      rows: outputs.map((o) => [o.path, o.kind, o.verdict.status, describe(o.verdict)]),
    },
    ...(result.runLines ? [{ type: 'list' as const, title: 'Runs', items: result.runLines }] : []),
    { type: 'list', title: 'Static hints', items: result.hints },
  ];
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
    findings: outputs.flatMap(outputFinding),
    details,
  };
}

function outputFinding({ path, verdict }: ComparedOutput): Finding[] {
  if (verdict.status === 'missing') {
    // Not written is not nondeterminism: a waiver for a known drift must not cover it.
    return [
      {
        id: `output:${path}:missing`,
        severity: 'fail',
        message: `${path} was not written by ${verdict.runs.join(', ')}; check the path in outputs or the training script`,
        location: { path },
        fix: `Make the training write ${path} in every run, or correct its path in \`${key}.outputs\`.`,
      },
    ];
  }
  if (verdict.status !== 'different') return [];
  return [
    {
      id: `output:${path}`,
      severity: 'fail',
      message: `${path} is nondeterministic: ${verdict.difference}`,
      location: { path },
      measure: differenceMeasure(verdict),
      // One training script writes every output: what makes one differ usually moves them all.
      cause: 'nondeterministic-training',
      fix: `Seed every source of randomness in training (and pin what the static hints name) so that ${path} is the same in every run, or give it a tolerance in \`${key}.outputs\`.`,
    },
  ];
}

function differenceMeasure(verdict: Extract<OutputVerdict, { status: 'different' }>): Measure {
  if (!verdict.differing) {
    return {
      figure: 'identical bytes across runs',
      value: false,
      bound: { comparator: '==', limit: true },
    };
  }
  return {
    figure: `${verdict.differing.unit} that differ between runs`,
    value: verdict.differing.count,
    bound: { comparator: '==', limit: 0 },
  };
}

/** A training run that failed: nothing to compare, its exit and log are the finding. */
export function failedRunOutcome(
  failed: { command: string; index: number; result: CompletedCommand; runLines: string[] },
  expectedRuns: number,
): CheckOutcome {
  const { command, index, result } = failed;
  return {
    kind: 'ran',
    summary: `training run ${index} of \`${command}\` failed (${exitDescription(result)}), so nothing could be compared`,
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
        message: `run ${index} of the training command ended with ${exitDescription(result)}; see the log below`,
        measure: exitMeasure(result),
        fix: `Fix the training so that \`${key}.command\` exits 0 in a fresh copy of the repository with only \`${key}.inputs\` added.`,
      },
    ],
    details: [
      { type: 'list', title: 'Runs', items: failed.runLines },
      ...commandLog(`Run ${index} log (last lines)`, result),
    ],
  };
}

function describe(verdict: OutputVerdict): string {
  switch (verdict.status) {
    case 'identical':
      return `identical bytes (SHA-256 ${verdict.sha256.slice(0, 12)}…)`;
    case 'missing':
      return `not written by ${verdict.runs.join(', ')}`;
    case 'equivalent':
      return verdict.note;
    case 'different':
      return `${verdict.note}: ${verdict.difference}`;
  }
}
