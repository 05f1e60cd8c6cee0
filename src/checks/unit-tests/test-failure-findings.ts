/**
 * Failed test cases as findings that say what failed and what it shares: one
 * finding per failing case (src/infra/test-reports/failed-test-findings.ts),
 * and the failures of one suite file share a cause (a broken import or fixture
 * fails every test of its file), measured as that file's failed tests against
 * the 0 a passing run has.
 */
import { repositoryPath } from '../../infra/test-reports/coverage-report.ts';
import { failedTestFindings } from '../../infra/test-reports/failed-test-findings.ts';
import type { TestCase } from '../../infra/test-reports/test-case.ts';
import type { Finding } from '../../model/check.ts';

export function isFailing(testCase: TestCase): boolean {
  return testCase.status === 'failed' || testCase.status === 'errored';
}

/**
 * The file a test belongs to, relative to the repository (node's reporter
 * writes absolute paths), or its class (pytest names modules as dotted classes).
 */
function suiteOf(testCase: TestCase, root: string): string {
  if (testCase.file) return repositoryPath(testCase.file, root);
  return testCase.classname || testCase.report;
}

export function testFailureFindings(
  cases: readonly TestCase[],
  maxExamples: number,
  root: string,
): Finding[] {
  const failing = cases.filter(isFailing);
  const perSuite = new Map<string, number>();
  for (const testCase of failing) {
    const suite = suiteOf(testCase, root);
    perSuite.set(suite, (perSuite.get(suite) ?? 0) + 1);
  }
  // failedTestFindings keeps the first `maxExamples` failing cases, in order.
  return failedTestFindings(cases, maxExamples).map((finding, index) => {
    const testCase = failing[index];
    if (!testCase) return finding;
    const suite = suiteOf(testCase, root);
    return {
      ...finding,
      cause: `suite:${suite}`,
      measure: {
        figure: `failed tests in ${suite}`,
        value: perSuite.get(suite) ?? 0,
        bound: { comparator: '==', limit: 0 },
      },
      fix: `Fix the code under test, or the tests in ${suite}, so that they pass.`,
    };
  });
}
