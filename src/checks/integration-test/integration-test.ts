/**
 * Infra 3 — the ML pipeline is integration tested. Evidence is a JUnit report
 * of pipeline tests, or a pipeline command that mlgate runs end to end on a
 * small subset in a scratch copy of the repository: it must exit 0 and write
 * every declared output fresh (present, non-empty, not just the file git
 * already had).
 */

import {
  exitDescription,
  logBlock,
  minutesToMs,
  requireFinished,
  seconds,
} from '../../infra/command-outcome.ts';
import { fileWasWritten } from '../../infra/file-was-written.ts';
import { globToRegExp } from '../../infra/path-glob.ts';
import { failedTestFindings } from '../../infra/test-reports/failed-test-findings.ts';
import { readJunitReports, selectTests } from '../../infra/test-reports/read-test-reports.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { FileDigest } from '../../workspace/infra-operations.ts';
import type { WorkspaceCopy } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { integrationTestConfig } from './integration-test-config.ts';

const key = 'checks.integration_test';

export const integrationTest: CheckDefinition<typeof integrationTestConfig> = {
  id: 'integration_test',
  title: 'The ML pipeline is integration tested',
  rubric: ['infra-3'],
  config: integrationTestConfig,
  async run(config, { workspace }) {
    const findings: Finding[] = [];
    const figures: Figure[] = [];
    const details: DetailBlock[] = [];
    const summary: string[] = [];
    if (config.junit) {
      const cases = await readJunitReports(workspace, config.junit, `${key}.junit`);
      const selected = config.tests
        ? selectTests(cases, config.tests.map(globToRegExp), workspace.root)
        : cases;
      const ran = selected.filter((c) => c.status !== 'skipped');
      const failed = failedTestFindings(selected, config.max_examples);
      findings.push(...failed);
      if (ran.length < config.minimum_tests) {
        findings.push({
          id: 'pipeline-tests',
          severity: 'fail',
          message: `${ran.length} pipeline test${ran.length === 1 ? '' : 's'} ran${config.tests ? ` (matching ${config.tests.join(', ')})` : ''}; at least ${config.minimum_tests} must`,
        });
      }
      figures.push({
        name: 'pipeline tests run',
        value: ran.length,
        threshold: `≥ ${config.minimum_tests}`,
      });
      summary.push(
        `${ran.length} pipeline tests ran, ${selected.filter((c) => c.status === 'failed' || c.status === 'errored').length} failed`,
      );
    }
    if (config.pipeline) {
      const pipeline = config.pipeline;
      let copy: WorkspaceCopy | undefined;
      try {
        copy = await workspace.copyForRun({
          key: `${key}.pipeline.inputs`,
          include: pipeline.inputs,
        });
        const before = new Map<string, FileDigest | null>();
        for (const output of pipeline.outputs) {
          before.set(output, await copy.hashFile(output, `${key}.pipeline.outputs`));
        }
        const result = await copy.runCommand({
          command: pipeline.command,
          key: `${key}.pipeline.command`,
          timeoutMs: minutesToMs(pipeline.timeout_minutes),
          ...(pipeline.working_directory ? { workingDirectory: pipeline.working_directory } : {}),
        });
        if (result.outcome === 'refused') {
          if (!config.junit) return { kind: 'skipped', reason: result.reason };
          details.push({ type: 'text', title: 'Pipeline command not run', text: result.reason });
        } else {
          requireFinished(result, `${key}.pipeline.command`, pipeline.timeout_minutes);
          figures.push({ name: 'pipeline exit code', value: result.exitCode, threshold: '= 0' });
          if (result.exitCode !== 0) {
            findings.push({
              id: 'pipeline-run',
              severity: 'fail',
              message: `the pipeline command ended with ${exitDescription(result)}; see its log`,
            });
          }
          const rows: string[][] = [];
          for (const output of pipeline.outputs) {
            const digest = await copy.hashFile(output, `${key}.pipeline.outputs`);
            const problem =
              digest === null
                ? 'was not written by the pipeline run'
                : digest.kind === 'file' && digest.bytes === 0
                  ? 'is empty after the pipeline run'
                  : !fileWasWritten(before.get(output) ?? null, digest)
                    ? 'is untouched since before the run: the pipeline run did not write it'
                    : undefined;
            rows.push([
              output,
              problem ?? `written (${digest?.kind === 'file' ? digest.bytes : 0} bytes)`,
            ]);
            if (problem && result.exitCode === 0) {
              findings.push({
                id: `output:${output}`,
                severity: 'fail',
                message: `${output} ${problem}`,
              });
            }
          }
          if (rows.length > 0)
            details.push({
              type: 'table',
              title: 'Pipeline outputs',
              header: ['Output', 'After the run'],
              rows,
            });
          details.push(logBlock('Pipeline log (last lines)', result));
          summary.push(
            `\`${pipeline.command}\` ${result.exitCode === 0 ? 'ran end to end' : `failed (${exitDescription(result)})`} in ${seconds(result.durationMs)}`,
          );
        }
      } finally {
        await copy?.dispose();
      }
    }
    return { kind: 'ran', summary: summary.join('; '), figures, findings, details };
  },
};
