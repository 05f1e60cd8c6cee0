/**
 * The evidence of pipeline tests as a check outcome: from the JUnit reports,
 * a finding per failing test (failures of one suite file share a cause) and
 * one when too few tests ran; from the pipeline run, its exit and each output
 * it did not write, with its log.
 */
import { commandLog, exitMeasure, roundedSeconds } from '../../infra/command-outcome.ts';
import type { TestCase } from '../../infra/test-reports/test-case.ts';
import type { CheckOutcome, DetailBlock, Figure, Finding } from '../../model/check.ts';
import { endedWith, type RanCommand } from '../pipeline/check-command.ts';
import { isFailing, testFailureFindings } from '../unit-tests/test-failure-findings.ts';
import type { PipelineOutput, PipelineRun } from './pipeline-run.ts';

const key = 'checks.integration_test';

export interface IntegrationPart {
  figures: Figure[];
  findings: Finding[];
  details: DetailBlock[];
  summary?: string;
}

export interface JunitEvidence {
  selected: readonly TestCase[];
  /** The `tests` globs that selected them, when the config narrows the reports. */
  globs?: readonly string[];
  minimumTests: number;
  maxExamples: number;
  root: string;
}

export function junitPart({
  selected,
  globs,
  minimumTests,
  maxExamples,
  root,
}: JunitEvidence): IntegrationPart {
  const ran = selected.filter((c) => c.status !== 'skipped').length;
  const findings = testFailureFindings(selected, maxExamples, root);
  if (ran < minimumTests) {
    findings.push({
      id: 'pipeline-tests',
      severity: 'fail',
      message: `${ran} pipeline test${ran === 1 ? '' : 's'} ran${globs ? ` (matching ${globs.join(', ')})` : ''}; at least ${minimumTests} must`,
      measure: {
        figure: 'pipeline tests run',
        value: ran,
        bound: { comparator: '>=', limit: minimumTests },
      },
      fix: `Run the pipeline tests with a JUnit reporter into \`${key}.junit\`${globs ? `, or correct \`${key}.tests\`` : ''}.`,
    });
  }
  return {
    figures: [
      {
        name: 'pipeline tests run',
        value: ran,
        threshold: `≥ ${minimumTests}`,
        bound: { comparator: '>=', limit: minimumTests },
      },
    ],
    findings,
    details: [],
    summary: `${ran} pipeline tests ran, ${selected.filter(isFailing).length} failed`,
  };
}

export function pipelinePart(run: PipelineRun): IntegrationPart {
  if (run.kind === 'refused') {
    return {
      figures: [],
      findings: [],
      details: [{ type: 'text', title: 'Pipeline command not run', text: run.reason }],
    };
  }
  const { ran, outputs } = run;
  const { result } = ran;
  const passed = result.exitCode === 0;
  // A failed run explains its missing outputs: they are not findings of their own.
  const findings = passed ? outputs.flatMap(outputFinding) : [exitFinding(ran)];
  const outputTable: DetailBlock[] =
    outputs.length === 0
      ? []
      : [
          {
            type: 'table',
            title: 'Pipeline outputs',
            header: ['Output', 'After the run'],
            rows: outputs.map((o) => [o.path, o.problem ?? `written (${o.bytes} bytes)`]),
          },
        ];
  return {
    figures: [
      {
        name: 'pipeline exit code',
        value: result.exitCode,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
    ],
    findings,
    details: [
      ...outputTable,
      ...commandLog(
        ran.step ? `Log of step ${ran.step} (last lines)` : 'Pipeline log (last lines)',
        result,
      ),
    ],
    summary: passed ? ranSummary(run) : endedWith(ran),
  };
}

/** `` `make e2e` ran end to end in 3 s ``, `` step `predict` (`…`) ran end to end after train in 3 s ``. */
function ranSummary({ ran, before, durationMs }: Extract<PipelineRun, { kind: 'ran' }>): string {
  const after = before.length > 0 ? ` after ${before.join(', ')}` : '';
  return `${ran.label} ran end to end${after} in ${roundedSeconds(durationMs)}`;
}

function exitFinding(ran: RanCommand): Finding {
  const inputs = ran.step ? `steps.${ran.step}.inputs` : `${key}.pipeline.inputs`;
  return {
    id: 'pipeline-run',
    severity: 'fail',
    message: `${endedWith(ran, ran.step ? ran.label : 'the pipeline command')}; see its log`,
    measure: exitMeasure(ran.result),
    fix: `Fix the pipeline so that \`${ran.commandKey}\` exits 0 in a fresh copy of the repository with only \`${inputs}\` added.`,
  };
}

function outputFinding(output: PipelineOutput): Finding[] {
  if (!output.problem) return [];
  const writer = output.step ? `the run of step \`${output.step}\`` : 'the pipeline run';
  return [
    {
      id: `output:${output.path}`,
      severity: 'fail',
      message: `${output.path} ${problemText(output.problem, writer)}`,
      location: { path: output.path },
      fix: output.step
        ? `Make step \`${output.step}\` write ${output.path}, or correct \`steps.${output.step}.outputs\`.`
        : `Make the pipeline write ${output.path}, or correct it in \`${key}.pipeline.outputs\`.`,
    },
  ];
}

function problemText(problem: NonNullable<PipelineOutput['problem']>, writer: string): string {
  switch (problem) {
    case 'not written':
      return `was not written by ${writer}`;
    case 'empty':
      return `is empty after ${writer}`;
    case 'untouched':
      return `is untouched since before the run: ${writer} did not write it`;
  }
}

export function integrationTestOutcome(parts: readonly IntegrationPart[]): CheckOutcome {
  return {
    kind: 'ran',
    summary: parts.flatMap((part) => (part.summary ? [part.summary] : [])).join('; '),
    figures: parts.flatMap((part) => part.figures),
    findings: parts.flatMap((part) => part.findings),
    details: parts.flatMap((part) => part.details),
  };
}
