/**
 * Infra 2 (model specs are unit tested) and Data 7 (feature code is tested).
 * Reads the JUnit and coverage reports the workflow wrote: passes when tests
 * for the model spec and for the feature code ran, none failed, and each
 * area's line coverage reaches its minimum. A source file of an area that no
 * coverage report mentions was never even imported by the tests; it is named.
 */

import {
  readCoverageReports,
  readJunitReports,
} from '../../infra/test-reports/read-test-reports.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { areas, assessArea } from './test-areas.ts';
import { unitTestsConfig } from './unit-tests-config.ts';
import { unitTestsOutcome } from './unit-tests-outcome.ts';

const key = 'checks.unit_tests';

export const unitTests: CheckDefinition<typeof unitTestsConfig> = {
  id: 'unit_tests',
  title: 'Model specs and feature code are unit tested',
  rubric: ['infra-2', 'data-7'],
  config: unitTestsConfig,
  async run(config, { workspace }) {
    const cases = await readJunitReports(workspace, config.junit, `${key}.junit`);
    const coverage =
      config.coverage.length > 0
        ? await readCoverageReports(workspace, config.coverage, `${key}.coverage`)
        : [];
    const tracked = await workspace.listTrackedFiles().catch(() => undefined);
    const inputs = {
      cases,
      coverage: config.coverage.length > 0 ? coverage : null,
      tracked,
      root: workspace.root,
    };
    const results = areas.map(([id, label]) => assessArea(id, label, config, inputs));
    return unitTestsOutcome(
      {
        cases,
        coverage,
        reportCount: config.junit.length,
        maxExamples: config.max_examples,
        root: workspace.root,
      },
      results,
    );
  },
};
