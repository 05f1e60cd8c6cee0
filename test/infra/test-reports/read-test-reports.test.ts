/**
 * Reports of any format read through the workspace, and their failing tests
 * as findings (the path the unit_tests and integration_test checks take).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { globToRegExp } from '../../../src/infra/path-glob.ts';
import { failedTestFindings } from '../../../src/infra/test-reports/failed-test-findings.ts';
import {
  readJunitReports,
  readTestReports,
  selectTests,
} from '../../../src/infra/test-reports/read-test-reports.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/test-reports');
const fixture = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');

const workspace = memoryWorkspace({
  files: {
    // Named as a workflow might name them: the content decides the format.
    'reports/junit.xml': fixture('jest/jest-report.json'),
    'reports/mocha.json': fixture('mocha/mocha-report.json'),
    'reports/tests.trx': fixture('dotnet/dotnet-trx.trx'),
    'reports/nunit.xml': fixture('dotnet/dotnet-nunit.xml'),
    'reports/rspec.json': fixture('refused/rspec-json.json'),
  },
});
const key = 'checks.unit_tests.junit';

test('reports of every readable format are read together', async () => {
  const paths = [
    'reports/junit.xml',
    'reports/mocha.json',
    'reports/tests.trx',
    'reports/nunit.xml',
  ];
  const reports = await readTestReports(workspace, paths, key);
  assert.deepEqual(
    reports.map((r) => [r.format, r.cases.length]),
    [
      ['jest-json', 6],
      ['mocha-json', 6],
      ['trx', 11],
      ['nunit3', 9],
    ],
  );
  const cases = await readJunitReports(workspace, paths, key);
  assert.equal(cases.length, 6 + 6 + 11 + 9);
});

test('failing Jest and Mocha tests become findings that name the test, file and message', async () => {
  const cases = await readJunitReports(workspace, ['reports/junit.xml', 'reports/mocha.json'], key);
  assert.deepEqual(
    failedTestFindings(cases, 20).map((f) => [f.message, f.location]),
    [
      [
        '/tmp/mlgate-test-reports/jest/scaler.test.js › scale › keeps zeros finite failed: Error: expect(received).toBe(expected) // Object.is equality',
        { path: 'reports/junit.xml', line: 1 },
      ],
      [
        "/tmp/mlgate-test-reports/jest/broken.test.js › Test suite failed to run errored: Cannot find module './does-not-exist' from 'broken.test.js'",
        { path: 'reports/junit.xml', line: 1 },
      ],
      [
        '/tmp/mlgate-test-reports/mocha/loader.spec.js › loader "before all" hook for "reads the header" errored: fixture data/train.csv is missing',
        { path: 'reports/mocha.json', line: 82 },
      ],
      [
        '/tmp/mlgate-test-reports/mocha/scaler.spec.js › scale keeps zeros finite failed: scale([0, 0]) gives NaN',
        { path: 'reports/mocha.json', line: 93 },
      ],
    ],
  );
});

test('a refused report names the config key, the file and the way to JUnit XML', async () => {
  await assert.rejects(readJunitReports(workspace, ['reports/rspec.json'], key), {
    message: new RegExp(
      `^${key.replace(/\./g, '\\.')}: reports/rspec\\.json: this looks like RSpec JSON, which mlgate does not read as test results; add rspec_junit_formatter`,
    ),
  });
});

test('tests globs select Jest cases by file and NUnit cases by class name', async () => {
  const jest = await readJunitReports(workspace, ['reports/junit.xml'], key);
  // The report was written in /tmp/mlgate-test-reports: its paths match on their trailing directories.
  assert.deepEqual(
    selectTests(jest, [globToRegExp('jest/scaler.test.js')], '/repo').map((c) => c.name),
    [
      'scale › divides by the maximum',
      'scale › keeps zeros finite',
      'scale › handles negative values',
      'scale › handles an empty list',
    ],
  );
  const nunit = await readJunitReports(workspace, ['reports/nunit.xml'], key);
  assert.equal(
    selectTests(nunit, [globToRegExp('DotnetTests.XUnitTests.Calculator*')], '/repo').length,
    9,
  );
});
