/**
 * Infra 3 — the ML pipeline is integration tested. Evidence is a JUnit report
 * of pipeline tests, or a pipeline that mlgate runs end to end on a small
 * subset in a scratch copy of the repository (a command, or a step under
 * `steps:` after the steps it needs): it must exit 0 and write every declared
 * output fresh (present, non-empty, not just the file git already had).
 */

import { globToRegExp } from '../../infra/path-glob.ts';
import { readJunitReports, selectTests } from '../../infra/test-reports/read-test-reports.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { commandOrStepOf } from '../pipeline/check-command.ts';
import { integrationTestConfig } from './integration-test-config.ts';
import {
  type IntegrationPart,
  integrationTestOutcome,
  junitPart,
  pipelinePart,
} from './integration-test-outcome.ts';
import { runPipeline, runPipelineStep } from './pipeline-run.ts';

const key = 'checks.integration_test';

export const integrationTest: CheckDefinition<typeof integrationTestConfig> = {
  id: 'integration_test',
  title: 'The ML pipeline is integration tested',
  rubric: ['infra-3'],
  config: integrationTestConfig,
  async run(config, { workspace, pipeline }) {
    const parts: IntegrationPart[] = [];
    if (config.junit) {
      const cases = await readJunitReports(workspace, config.junit, `${key}.junit`);
      parts.push(
        junitPart({
          selected: config.tests
            ? selectTests(cases, config.tests.map(globToRegExp), workspace.root)
            : cases,
          ...(config.tests ? { globs: config.tests } : {}),
          minimumTests: config.minimum_tests,
          maxExamples: config.max_examples,
          root: workspace.root,
        }),
      );
    }
    if (config.pipeline) {
      const source = commandOrStepOf(config.pipeline);
      const run =
        'step' in source
          ? await runPipelineStep(source.step, config.pipeline.outputs, pipeline)
          : await runPipeline(config.pipeline, source.command, workspace);
      if (run.kind === 'refused' && !config.junit) return { kind: 'skipped', reason: run.reason };
      parts.push(pipelinePart(run));
    }
    return integrationTestOutcome(parts);
  },
};
