/** One `fail` finding per failed or errored test case, located at its line in the report. */
import type { Finding } from '../../model/check.ts';
import { testLabel } from './read-test-reports.ts';
import type { TestCase } from './test-case.ts';

export function failedTestFindings(cases: readonly TestCase[], maxExamples: number): Finding[] {
  const failing = cases.filter((c) => c.status === 'failed' || c.status === 'errored');
  return failing.slice(0, maxExamples).map((c) => ({
    id: `test:${c.classname || c.file || ''}::${c.name}`,
    severity: 'fail' as const,
    message: `${testLabel(c)} ${c.status === 'errored' ? 'errored' : 'failed'}${c.message ? `: ${c.message}` : ''}`,
    location: { path: c.report, line: c.line },
  }));
}
