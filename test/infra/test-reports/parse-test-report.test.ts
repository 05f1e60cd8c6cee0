/**
 * Each format mlgate reads, on reports the real tools wrote
 * (test/fixtures/test-reports/README.md says which tool and command). The
 * expected counts are the totals each tool wrote into the same report; the
 * comment above each names the fields.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { parseTestReport } from '../../../src/infra/test-reports/parse-test-report.ts';
import type { TestCase, TestReport } from '../../../src/infra/test-reports/test-case.ts';
import { testTotals } from '../../mocks/test-totals.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/test-reports');

function readReport(file: string, source = file): TestReport {
  return parseTestReport(readFileSync(path.join(fixtures, file), 'utf8'), source);
}

const failing = (report: TestReport) =>
  report.cases
    .filter((c) => c.status === 'failed' || c.status === 'errored')
    .map(
      (c): Partial<TestCase> => ({
        status: c.status,
        name: c.name,
        ...(c.file ? { file: path.basename(c.file.replace(/\\/g, '/')) } : {}),
        ...(c.classname ? { classname: c.classname } : {}),
        ...(c.message ? { message: c.message } : {}),
        line: c.line,
      }),
    );

test('Jest JSON (jest --json): counts as Jest wrote them; a suite that failed to run is an error', () => {
  const report = readReport('jest/jest-report.json');
  assert.equal(report.format, 'jest-json');
  const totals = testTotals(report);
  // numTotalTests 5 + numRuntimeErrorTestSuites 1 (broken.test.js has no tests of its own)
  assert.equal(totals.tests, 6);
  // numFailedTests 1
  assert.equal(totals.failures, 1);
  // numRuntimeErrorTestSuites 1
  assert.equal(totals.errors, 1);
  // numPendingTests 1 + numTodoTests 1
  assert.equal(totals.skipped, 2);
  // numPassedTests 2
  assert.equal(report.cases.filter((c) => c.status === 'passed').length, 2);
  // the last testResults[].endTime 1796172217347 − startTime 1796172214854, in ms (Jest printed "Time: 2.489 s")
  assert.equal(totals.seconds, 2.493);
  // Jest writes the report on one line.
  assert.deepEqual(failing(report), [
    {
      status: 'failed',
      name: 'scale › keeps zeros finite',
      file: 'scaler.test.js',
      message: 'Error: expect(received).toBe(expected) // Object.is equality',
      line: 1,
    },
    {
      status: 'errored',
      name: 'Test suite failed to run',
      file: 'broken.test.js',
      message: "Cannot find module './does-not-exist' from 'broken.test.js'",
      line: 1,
    },
  ]);
  // testResults[0].assertionResults[0].duration 8 (ms)
  assert.equal(report.cases[0]?.seconds, 0.008);
});

test('Vitest JSON (vitest --reporter=json) on the same suites: read as Jest JSON', () => {
  const report = readReport('vitest/vitest-report.json');
  assert.equal(report.format, 'jest-json');
  const totals = testTotals(report);
  // numTotalTests 5 + broken.test.js (status "failed", no assertionResults; Vitest has no
  // numRuntimeErrorTestSuites), numFailedTests 1, numPendingTests 1 + numTodoTests 1
  assert.deepEqual(
    { ...totals, seconds: undefined },
    { tests: 6, failures: 1, errors: 1, skipped: 2, seconds: undefined },
  );
  // the last testResults[].endTime 1796172223532.2314 − startTime 1796172221378, in ms (to the
  // microsecond a double keeps at that size)
  assert.ok(Math.abs(totals.seconds - 2.1542314) < 1e-6, String(totals.seconds));
  assert.deepEqual(
    failing(report).map((c) => [c.status, c.name, c.message]),
    [
      ['errored', 'Test suite failed to run', "Cannot find module './does-not-exist'"],
      [
        'failed',
        'scale › keeps zeros finite',
        'AssertionError: expected false to be true // Object.is equality',
      ],
    ],
  );
});

test('Mocha JSON (mocha --reporter json): a failing before() hook is an error, located in the report', () => {
  const report = readReport('mocha/mocha-report.json');
  assert.equal(report.format, 'mocha-json');
  const totals = testTotals(report);
  // stats.passes 2 + stats.failures 2 + stats.pending 2 (stats.tests is 5: the hook is no test)
  assert.equal(totals.tests, 6);
  // stats.failures 2 = 1 test + 1 hook ("before all" hook for "reads the header")
  assert.equal(totals.failures, 1);
  assert.equal(totals.errors, 1);
  // stats.pending 2
  assert.equal(totals.skipped, 2);
  // stats.duration 18 (ms)
  assert.equal(totals.seconds, 0.018);
  assert.deepEqual(failing(report), [
    {
      status: 'errored',
      name: 'loader "before all" hook for "reads the header"',
      file: 'loader.spec.js',
      message: 'fixture data/train.csv is missing',
      line: 82,
    },
    {
      status: 'failed',
      name: 'scale keeps zeros finite',
      file: 'scaler.spec.js',
      message: 'scale([0, 0]) gives NaN',
      line: 93,
    },
  ]);
});

test("Mocha JSON from dorny/test-reporter's fixtures: a timeout is a failure", () => {
  const totals = testTotals(readReport('mocha/dorny-mocha-json.json'));
  // stats: tests 6, passes 1, pending 1, failures 4, duration 12 (ms)
  assert.deepEqual(totals, { tests: 6, failures: 4, errors: 0, skipped: 1, seconds: 0.012 });
});

test('TRX (dotnet test --logger trx): counts as its ResultSummary Counters', () => {
  const report = readReport('dotnet/dotnet-trx.trx');
  assert.equal(report.format, 'trx');
  const totals = testTotals(report);
  // Counters total="11" executed="10" passed="5" failed="5" error="0" timeout="0" aborted="0"
  assert.equal(totals.tests, 11);
  assert.equal(totals.failures, 5);
  assert.equal(totals.errors, 0);
  // total − executed = 1 (its outcome="NotExecuted")
  assert.equal(totals.skipped, 1);
  assert.equal(report.cases.filter((c) => c.status === 'passed').length, 5);
  // Times finish 08:31:33.1023832 − start 08:31:31.9866971, to the millisecond Date keeps
  assert.equal(totals.seconds, 1.116);
  assert.deepEqual(failing(report)[0], {
    status: 'failed',
    name: 'Should be even number(i: 3)',
    classname: 'DotnetTests.XUnitTests.CalculatorTests',
    message: 'Assert.True() Failure',
    line: 10,
  });
  // duration="00:00:00.1084258"
  assert.equal(report.cases[0]?.seconds, 0.1084258);
});

test('TRX from xUnit v3 (no className on TestMethod): class cleanup failures count', () => {
  const report = readReport('dotnet/dotnet-xunitv3.trx');
  // Counters total="4" executed="4" passed="1" failed="3"; Times 14:17:12.023063 − 14:17:11.756535
  assert.deepEqual(testTotals(report), {
    tests: 4,
    failures: 3,
    errors: 0,
    skipped: 0,
    seconds: 0.267,
  });
  assert.deepEqual(
    failing(report).map((c) => c.name),
    [
      'Failing_Test',
      '[Test Class Cleanup Failure (DotnetTests.XUnitV3Tests.FixtureTests.Passing_Test)]',
      '[Test Class Cleanup Failure (DotnetTests.XUnitV3Tests.FixtureTests.Failing_Test)]',
    ],
  );
});

test('NUnit 3 XML (nunit3-console): counts as its <test-run> totals; label="Error" is an error', () => {
  const report = readReport('dotnet/dotnet-nunit.xml');
  assert.equal(report.format, 'nunit3');
  // <test-run total="9" passed="3" failed="5" inconclusive="0" skipped="1" duration="0.230308">;
  // of the 5 failed, 2 carry label="Error" (the console's "Errors: 2, Failures: 3")
  assert.deepEqual(testTotals(report), {
    tests: 9,
    failures: 3,
    errors: 2,
    skipped: 1,
    seconds: 0.230308,
  });
  const [divide, , failingTest, , timeout] = failing(report);
  assert.deepEqual(divide, {
    status: 'errored',
    name: 'Exception_In_TargetTest',
    classname: 'DotnetTests.XUnitTests.CalculatorTests',
    message: 'System.DivideByZeroException : Attempted to divide by zero.',
    line: 30,
  });
  assert.equal(failingTest?.message, 'Expected: 3');
  // An empty <failure/>: the reason is in the label.
  assert.equal(timeout?.message, 'Test exceeded Timeout value 1ms.');
  assert.deepEqual(report.cases[0]?.suites, [
    'DotnetTests.NUnitV3Tests.dll',
    'DotnetTests',
    'XUnitTests',
    'CalculatorTests',
  ]);
});

test('the format comes from the content, not the file name', () => {
  assert.equal(readReport('jest/jest-report.json', 'reports/junit.xml').format, 'jest-json');
  assert.equal(readReport('dotnet/dotnet-nunit.xml', 'results.trx').format, 'nunit3');
  assert.equal(readReport('dotnet/dotnet-trx.trx', 'results.xml').format, 'trx');
});

test('JUnit XML: times from the root, else summed over its suites', () => {
  const junit = (root: string) =>
    testTotals(parseTestReport(`<?xml version="1.0"?>\n${root}`, 'junit.xml'));
  assert.deepEqual(
    junit(
      '<testsuites time="2.5"><testsuite name="a" time="1"><testcase name="x" time="0.5"><failure message="boom"/></testcase><testcase name="y"><error/></testcase><testcase name="z"><skipped/></testcase></testsuite></testsuites>',
    ),
    { tests: 3, failures: 1, errors: 1, skipped: 1, seconds: 2.5 },
  );
  assert.equal(
    junit(
      '<testsuites><testsuite time="1.25"><testcase name="x"/></testsuite><testsuite time="2"/></testsuites>',
    ).seconds,
    3.25,
  );
  // Surefire has written thousands separators into long times.
  assert.equal(junit('<testsuite time="1,234.5"><testcase name="x"/></testsuite>').seconds, 1234.5);
  // No time anywhere: the cases' times, here none.
  assert.equal(junit('<testsuite><testcase name="x"/></testsuite>').seconds, 0);
});

test('a TRX run the host aborted is an error even when every result passed', () => {
  const trx = `<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Results><UnitTestResult testId="1" testName="A.B.Ok" outcome="Passed" duration="00:00:01.5000000"/></Results>
  <TestDefinitions><UnitTest id="1"><TestMethod className="A.B" name="Ok"/></UnitTest></TestDefinitions>
  <ResultSummary outcome="Aborted"><RunInfos><RunInfo outcome="Error"><Text>The active test run was aborted. Reason: Test host process crashed</Text></RunInfo></RunInfos></ResultSummary>
</TestRun>`;
  const report = parseTestReport(trx, 'run.trx');
  assert.deepEqual(
    report.cases.map((c) => [c.name, c.status, c.message, c.seconds]),
    [
      ['Ok', 'passed', undefined, 1.5],
      [
        'Test run aborted',
        'errored',
        'The active test run was aborted. Reason: Test host process crashed',
        undefined,
      ],
    ],
  );
});

test('outcomes a reader does not know are errors, never passes', () => {
  const trx = parseTestReport(
    '<TestRun><Results><UnitTestResult testId="1" testName="T" outcome="Exploded"/></Results></TestRun>',
    'run.trx',
  );
  assert.deepEqual(
    trx.cases.map((c) => [c.status, c.message]),
    [['errored', 'the TRX outcome "Exploded" is not one vstest documents']],
  );
  const nunit = parseTestReport(
    '<test-run><test-case name="T" result="Exploded"/></test-run>',
    'nunit.xml',
  );
  assert.deepEqual(
    nunit.cases.map((c) => [c.status, c.message]),
    [['errored', 'the NUnit result "Exploded" is not one NUnit 3 documents']],
  );
});
