/**
 * What the canary found as a check outcome: a failed run (the command's exit,
 * or an output it did not write) ends with one finding and the log; a run
 * that wrote its output reports the row count, the output inspection and the
 * agreement with the training side.
 */
import { commandLog, exitMeasure, roundedSeconds } from '../../infra/command-outcome.ts';
import type { CheckOutcome, Figure, Finding } from '../../model/check.ts';
import { endedWith } from '../pipeline/check-command.ts';
import type { CanaryAgreement } from './canary-agreement.ts';
import type { CanaryRun } from './canary-run.ts';

const key = 'checks.canary';

type FailedRun = Extract<CanaryRun, { kind: 'failed' }>;
type InspectedRun = Extract<CanaryRun, { kind: 'ran' }>;

export function canaryFailureOutcome(run: FailedRun): CheckOutcome {
  const finding = failureFinding(run);
  const { result } = run.ran;
  return {
    kind: 'ran',
    summary: `canary failed: ${finding.message}`,
    figures: [
      {
        name: 'exit code',
        value: result.exitCode,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
    ],
    findings: [finding],
    details: commandLog(
      run.ran.blocked ? 'Log of the failed step (last lines)' : 'Canary log (last lines)',
      result,
    ),
  };
}

function failureFinding({ failure, ran, step, output }: FailedRun): Finding {
  if (failure === 'exit') {
    return {
      id: 'command',
      severity: 'fail',
      message: ran.blocked
        ? endedWith(ran)
        : `${endedWith(ran)}: the serving code could not load the model or predict`,
      measure: exitMeasure(ran.result),
      fix: ran.blocked
        ? `Fix \`${ran.commandKey}\` so that it exits 0 in a fresh copy of the repository (its log is below).`
        : `Fix the serving code or the model so that \`${ran.commandKey}\` loads it, predicts and exits 0 (its log is below).`,
    };
  }
  const name = step === undefined ? 'the canary command' : ran.label;
  return {
    id: 'output',
    severity: 'fail',
    message:
      failure === 'not-written'
        ? `${name} did not write ${output.path}`
        : `${output.path} is untouched since before the run: ${name} did not write it`,
    location: { path: output.path },
    fix: `Make \`${ran.commandKey}\` write its predictions to ${output.path}, or ${step === undefined ? `set \`${key}.output\` to the file it writes` : `correct \`steps.${step}.outputs\` and \`${key}.output\``}.`,
  };
}

export interface CanaryInspection {
  outputPath: string;
  rows: number;
  /** The rows the output must have, and where that number came from (the sample's path). */
  expected?: { rows: number; sample?: string };
  /** Findings on the output's columns and cells (inspect-canary-output.ts). */
  cellFindings: Finding[];
  agreement?: CanaryAgreement;
}

export function canaryOutcome(inspection: CanaryInspection, run: InspectedRun): CheckOutcome {
  const { agreement } = inspection;
  const rowCount = rowCountFinding(inspection);
  const findings = [...rowCount, ...inspection.cellFindings, ...(agreement?.findings ?? [])];
  const failures = findings.filter((f) => f.severity === 'fail').length;
  const { result } = run.ran;
  const subject = run.step === undefined ? 'the serving code' : run.ran.label;
  return {
    kind: 'ran',
    summary:
      failures === 0
        ? `${subject} loaded the model and predicted ${inspection.rows} rows in ${roundedSeconds(result.durationMs)}; output checks passed`
        : `${subject} predicted ${inspection.rows} rows, but ${failures} output check${failures === 1 ? '' : 's'} failed`,
    figures: [rowsFigure(inspection), ...(agreement?.figures ?? [])],
    findings,
    details: [
      ...(agreement ? [agreement.table] : []),
      ...commandLog('Canary log (last lines)', result),
    ],
  };
}

function rowsFigure({ rows, expected }: CanaryInspection): Figure {
  if (!expected) return { name: 'rows', value: rows };
  return {
    name: 'rows',
    value: rows,
    threshold: `= ${expected.rows}`,
    bound: { comparator: '==', limit: expected.rows },
  };
}

function rowCountFinding({ rows, expected, outputPath }: CanaryInspection): Finding[] {
  if (!expected || rows === expected.rows) return [];
  return [
    {
      id: 'row-count',
      severity: 'fail',
      message: `the canary wrote ${rows} rows for ${expected.rows} sample rows`,
      location: { path: outputPath },
      measure: {
        figure: 'rows',
        value: rows,
        bound: { comparator: '==', limit: expected.rows },
        ...(expected.sample ? { reference: { label: expected.sample, value: expected.rows } } : {}),
      },
      fix: expected.sample
        ? `Make the serving code write one prediction per row of ${expected.sample}.`
        : `Make the serving code write ${expected.rows} predictions, or correct \`${key}.expected_rows\`.`,
    },
  ];
}
