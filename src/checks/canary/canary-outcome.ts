/**
 * What the canary found as a check outcome: a failed run (the command's exit,
 * or an output it did not write) ends with one finding and the log; a run
 * that wrote its output reports the row count, the output inspection and the
 * agreement with the training side.
 */
import type { CompletedCommand } from '../../infra/command-outcome.ts';
import {
  commandLog,
  exitDescription,
  exitMeasure,
  roundedSeconds,
} from '../../infra/command-outcome.ts';
import type { CheckOutcome, Figure, Finding } from '../../model/check.ts';
import type { CanaryAgreement } from './canary-agreement.ts';

const key = 'checks.canary';

/** Why the canary run produced nothing to inspect. */
export type CanaryRunFailure = 'exit' | 'not-written' | 'untouched';

export function canaryFailureOutcome(
  failure: CanaryRunFailure,
  result: CompletedCommand,
  command: string,
  outputPath: string,
): CheckOutcome {
  const finding = failureFinding(failure, result, command, outputPath);
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
    details: commandLog('Canary log (last lines)', result),
  };
}

function failureFinding(
  failure: CanaryRunFailure,
  result: CompletedCommand,
  command: string,
  outputPath: string,
): Finding {
  if (failure === 'exit') {
    return {
      id: 'command',
      severity: 'fail',
      message: `\`${command}\` ended with ${exitDescription(result)}: the serving code could not load the model or predict`,
      measure: exitMeasure(result),
      fix: `Fix the serving code or the model so that \`${key}.command\` loads it, predicts and exits 0 (its log is below).`,
    };
  }
  return {
    id: 'output',
    severity: 'fail',
    message:
      failure === 'not-written'
        ? `the canary command did not write ${outputPath}`
        : `${outputPath} is untouched since before the run: the canary command did not write it`,
    location: { path: outputPath },
    fix: `Make \`${key}.command\` write its predictions to ${outputPath}, or set \`${key}.output\` to the file it writes.`,
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

export function canaryOutcome(
  inspection: CanaryInspection,
  result: CompletedCommand,
): CheckOutcome {
  const { agreement } = inspection;
  const rowCount = rowCountFinding(inspection);
  const findings = [...rowCount, ...inspection.cellFindings, ...(agreement?.findings ?? [])];
  const failures = findings.filter((f) => f.severity === 'fail').length;
  return {
    kind: 'ran',
    summary:
      failures === 0
        ? `the serving code loaded the model and predicted ${inspection.rows} rows in ${roundedSeconds(result.durationMs)}; output checks passed`
        : `the serving code predicted ${inspection.rows} rows, but ${failures} output check${failures === 1 ? '' : 's'} failed`,
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
