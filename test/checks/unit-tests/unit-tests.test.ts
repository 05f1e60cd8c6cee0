import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'vitest';
import { unitTests } from '../../../src/checks/unit-tests/unit-tests.ts';
import { unitTestsConfig } from '../../../src/checks/unit-tests/unit-tests-config.ts';
import { unitTestsOutcome } from '../../../src/checks/unit-tests/unit-tests-outcome.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { fixtureFiles } from '../../mocks/fixture-files.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/infra');
const nodeProject = memoryWorkspace({ files: fixtureFiles(path.join(fixtures, 'tested-project')) });
const pythonProject = memoryWorkspace({
  files: fixtureFiles(path.join(fixtures, 'tested-python-project')),
});
const context = { event: { name: 'pull_request' }, now: new Date('2026-11-01T00:00:00Z') };

function ran(outcome: CheckOutcome) {
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') throw new Error('unreachable');
  return outcome;
}

test('node --test reports: both areas tested and covered; a module no test imports is named', async () => {
  const outcome = ran(
    await unitTests.run(
      unitTestsConfig.parse({
        junit: ['reports/node-junit.xml'],
        coverage: ['reports/node-lcov.info'],
        minimum_coverage: 0.8,
        model_spec: { code: ['src/model/**'], tests: ['tests/model*.test.mjs'], minimum_tests: 2 },
        feature_code: { code: ['src/features'], tests: ['tests/features.test.mjs'] },
      }),
      { ...context, workspace: nodeProject },
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.severity]),
    [['not-covered:src/features/unused.mjs', 'warn']],
  );
  assert.deepEqual(outcome.findings[0]?.location, { path: 'src/features/unused.mjs' });
  assert.equal(
    outcome.findings[0]?.fix,
    'Add a test that imports src/features/unused.mjs, or delete it if nothing uses it.',
  );
  assert.deepEqual(
    outcome.figures.map((f) => f.bound),
    [
      undefined,
      { comparator: '==', limit: 0 },
      { comparator: '>=', limit: 0.8 },
      { comparator: '>=', limit: 0.8 },
    ],
  );
  // node's lcov: src/model/linear.mjs LH:29 LF:33, src/features/scale.mjs LH:12 LF:14
  assert.deepEqual(
    outcome.figures.map((f) => [f.name, f.value]),
    [
      ['tests run', 4],
      ['tests failed', 0],
      ['model spec coverage', Number((29 / 33).toFixed(4))],
      ['feature code coverage', Number((12 / 14).toFixed(4))],
    ],
  );
  const areas = outcome.details[0];
  assert.deepEqual(areas?.type === 'table' && areas.rows, [
    ['model spec', '2 passed, 0 failed, 0 skipped', '87.88 % (29/33 lines, 1 files)', '80 %'],
    ['feature code', '2 passed, 0 failed, 1 skipped', '85.71 % (12/14 lines, 1 files)', '80 %'],
  ]);
  assert.equal(
    outcome.summary,
    '5 tests in 1 report: 4 passed, 0 failed, 1 skipped; 1 source file never imported by tests',
  );
});

test('pytest and coverage.py reports: a failing feature test and thin model coverage fail', async () => {
  const outcome = ran(
    await unitTests.run(
      unitTestsConfig.parse({
        junit: ['reports/pytest-junit.xml'],
        coverage: ['reports/coverage.xml'],
        model_spec: {
          code: ['churn/model/**'],
          tests: ['tests/test_model.py'],
          minimum_coverage: 0.9,
        },
        feature_code: {
          code: ['churn/features/**'],
          tests: ['tests/test_features.py'],
          minimum_coverage: 0.9,
        },
      }),
      { ...context, workspace: pythonProject },
    ),
  );
  // coverage report: churn/model/spec.py 25 statements, 4 missed → 84%
  assert.deepEqual(
    outcome.findings.map((f) => f.message),
    [
      "tests.test_features › test_unknown_plan_defaults_to_basic failed: KeyError: 'enterprise'",
      'model spec line coverage is 84 % (21 of 25 lines), below the minimum 90 %',
    ],
  );
  assert.deepEqual(outcome.findings[0]?.location, { path: 'reports/pytest-junit.xml', line: 1 });
  assert.equal(
    outcome.findings[0]?.id,
    'test:tests.test_features::test_unknown_plan_defaults_to_basic',
  );
  // One failing test in the pytest class `tests.test_features`: its suite is the cause.
  assert.deepEqual(
    [outcome.findings[0]?.measure, outcome.findings[0]?.cause],
    [
      {
        figure: 'failed tests in tests.test_features',
        value: 1,
        bound: { comparator: '==', limit: 0 },
      },
      'suite:tests.test_features',
    ],
  );
  assert.deepEqual(outcome.findings[1]?.measure, {
    figure: 'model spec line coverage',
    value: 21 / 25,
    bound: { comparator: '>=', limit: 0.9 },
  });
  assert.match(
    outcome.findings[1]?.fix ?? '',
    /uncovered lines of churn\/model\/\*\*, or lower `checks\.unit_tests\.model_spec\.minimum_coverage`\.$/,
  );
  const areas = outcome.details[0];
  assert.deepEqual(areas?.type === 'table' && areas.rows.map((row) => row[1]), [
    '2 passed, 0 failed, 0 skipped',
    '2 passed, 1 failed, 1 skipped',
  ]);
});

test('an area no coverage report names is a finding apart from low coverage', async () => {
  const outcome = ran(
    await unitTests.run(
      unitTestsConfig.parse({
        junit: ['reports/node-junit.xml'],
        coverage: ['reports/node-lcov.info'],
        minimum_coverage: 0.8,
        model_spec: { code: ['lib/model/**'], tests: ['tests/model*.test.mjs'] },
        feature_code: { code: ['src/features'], tests: ['tests/features.test.mjs'] },
      }),
      { ...context, workspace: nodeProject },
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.severity]).filter(([id]) => id?.startsWith('model_spec')),
    [['model_spec:coverage:no-report', 'fail']],
  );
});

test('tests that match no glob fail the area and say which files the report names', async () => {
  const outcome = ran(
    await unitTests.run(
      unitTestsConfig.parse({
        junit: ['reports/pytest-junit.xml'],
        model_spec: { code: ['churn/model/**'], tests: ['spec/**'] },
        feature_code: { code: ['churn/features/**'], tests: ['tests/test_features.py'] },
      }),
      { ...context, workspace: pythonProject },
    ),
  );
  const area = outcome.findings.find((f) => f.id === 'model_spec:tests');
  assert.equal(
    area?.message,
    '0 model spec tests ran (matching spec/**); at least 1 must. The reports name: tests.test_features.TestTenure, tests.test_features, tests.test_model.',
  );
  assert.deepEqual(area?.measure, {
    figure: 'model spec tests run',
    value: 0,
    bound: { comparator: '>=', limit: 1 },
  });
  assert.match(area?.fix ?? '', /or correct `checks\.unit_tests\.model_spec\.tests`\.$/);
});

test('a missing report is an error that says how to write it', async () => {
  await assert.rejects(
    unitTests.run(
      unitTestsConfig.parse({
        junit: ['reports/none.xml'],
        model_spec: { code: ['a'], tests: ['b'] },
        feature_code: { code: ['a'], tests: ['b'] },
      }),
      { ...context, workspace: pythonProject },
    ),
    /checks\.unit_tests\.junit: reports\/none\.xml does not exist; run the tests with a JUnit reporter/,
  );
});

test('a coverage minimum without a coverage report is a config error', () => {
  assert.throws(
    () =>
      unitTestsConfig.parse({
        junit: ['j.xml'],
        minimum_coverage: 0.8,
        model_spec: { code: ['a'], tests: ['b'] },
        feature_code: { code: ['a'], tests: ['b'] },
      }),
    /needs a coverage report/,
  );
});

test('failing tests of one suite file share a cause, named relative to the repository', async () => {
  // node --test's JUnit reporter names each case's file absolutely; two tests of features.test.mjs fail.
  const junit = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<testsuites>',
    '<testcase name="standardize centres" classname="test" file="/repo/tests/features.test.mjs"><failure message="expected 0"/></testcase>',
    '<testcase name="oneHot marks" classname="test" file="/repo/tests/features.test.mjs"><failure message="expected 1"/></testcase>',
    '<testcase name="fit recovers a line" classname="test" file="/repo/tests/model.test.mjs"/>',
    '</testsuites>',
  ].join('\n');
  const outcome = ran(
    await unitTests.run(
      unitTestsConfig.parse({
        junit: ['junit.xml'],
        model_spec: { code: ['src/model/**'], tests: ['tests/model*.test.mjs'] },
        feature_code: { code: ['src/features/**'], tests: ['tests/features.test.mjs'] },
      }),
      { ...context, workspace: memoryWorkspace({ files: { 'junit.xml': junit } }) },
    ),
  );
  const failed = outcome.findings.filter((f) => f.id.startsWith('test:'));
  assert.deepEqual(
    failed.map((f) => [f.cause, f.measure?.value, f.location?.line]),
    [
      ['suite:tests/features.test.mjs', 2, 3],
      ['suite:tests/features.test.mjs', 2, 4],
    ],
  );
  assert.equal(failed[0]?.measure?.figure, 'failed tests in tests/features.test.mjs');
  assert.equal(
    failed[0]?.fix,
    'Fix the code under test, or the tests in tests/features.test.mjs, so that they pass.',
  );
});

test('coverage just under its minimum never reads as equal to it', () => {
  const outcome = ran(
    unitTestsOutcome({ cases: [], coverage: [], reportCount: 1, maxExamples: 3, root: '/repo' }, [
      {
        id: 'model_spec',
        label: 'model spec',
        tests: [],
        code: ['src/model/**'],
        selected: 2,
        ran: 2,
        failed: 0,
        minimumTests: 0,
        coverage: { files: 1, found: 10000, hit: 7996, ratio: 0.7996, unimported: [] },
        minimumCoverage: { value: 0.8, key: 'checks.unit_tests.minimum_coverage' },
      },
    ]),
  );
  const coverage = outcome.findings.find((f) => f.id === 'model_spec:coverage');
  assert.equal(
    coverage?.message,
    'model spec line coverage is 79.96 % (7996 of 10000 lines), below the minimum 80 %',
  );
  assert.equal(coverage?.measure?.value, 0.7996);
  const table = outcome.details.find((d) => d.type === 'table');
  assert.ok(table?.type === 'table');
  assert.deepEqual(table.rows[0]?.slice(2), ['79.96 % (7996/10000 lines, 1 files)', '80 %']);
});
