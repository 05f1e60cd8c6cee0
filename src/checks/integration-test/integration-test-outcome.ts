/**
 * The evidence of pipeline tests as a check outcome: from the JUnit reports,
 * a finding per failing test (failures of one suite file share a cause) and
 * one when too few tests ran; from the pipeline run, its exit and each output
 * it did not write, with its log.
 */
import {
  commandLog,
  exitDescription,
  exitMeasure,
  roundedSeconds,
} from '../../infra/command-outcome.ts';
import type { TestCase } from '../../infra/test-reports/test-case.ts';
import type { CheckOutcome, DetailBlock, Figure, Finding } from '../../model/check.ts';
import { isFailing, testFailureFindings } from '../unit-tests/test-failure-findings.ts';
import type { PipelineRun } from './pipeline-run.ts';

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
  const { result, outputs } = run;
  const passed = result.exitCode === 0;
  const findings: Finding[] = [];
  if (!passed) {
    findings.push({
      id: 'pipeline-run',
      severity: 'fail',
      message: `the pipeline command ended with ${exitDescription(result)}; see its log`,
      measure: exitMeasure(result),
      fix: `Fix the pipeline so that \`${key}.pipeline.command\` exits 0 in a fresh copy of the repository with only \`${key}.pipeline.inputs\` added.`,
    });
  }
  // A failed run explains its missing outputs: they are not findings of their own.
  for (const output of passed ? outputs : []) {
    if (!output.problem) continue;
    findings.push({
      id: `output:${output.path}`,
      severity: 'fail',
      message: `${output.path} ${output.problem}`,
      location: { path: output.path },
      fix: `Make the pipeline write ${output.path}, or correct it in \`${key}.pipeline.outputs\`.`,
    });
  }
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
    details: [...outputTable, ...commandLog('Pipeline log (last lines)', result)],
    summary: `\`${run.command}\` ${passed ? 'ran end to end' : `failed (${exitDescription(result)})`} in ${roundedSeconds(result.durationMs)}`,
  };
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
