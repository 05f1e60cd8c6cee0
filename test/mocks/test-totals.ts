/**
 * For tests: a parsed report's counts in the terms test tools print, to
 * compare with what the tool itself printed for the same run: tests, failures, errors,
 * skipped and time. Failures are assertion failures; errors are tests that
 * could not run (JUnit <error>, a Jest suite that failed to load, a Mocha
 * hook, a TRX Error/Timeout/Aborted outcome, an NUnit case labelled Error or
 * Invalid). Cost: O(cases).
 */
import type { TestReport } from '../../src/infra/test-reports/test-case.ts';

export interface TestTotals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  /** The run's duration the tool wrote, else the sum of its cases' durations. */
  seconds: number;
}

export function testTotals(report: TestReport): TestTotals {
  const count = (status: string) => report.cases.filter((c) => c.status === status).length;
  const caseSeconds = report.cases.reduce((sum, c) => sum + (c.seconds ?? 0), 0);
  return {
    tests: report.cases.length,
    failures: count('failed'),
    errors: count('errored'),
    skipped: count('skipped'),
    seconds: report.seconds ?? caseSeconds,
  };
}
