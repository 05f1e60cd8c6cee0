/**
 * Test cases from Jest's JSON report (`jest --json --outputFile=…`), which
 * Vitest's `json` reporter also writes. Assertions that are pending, todo,
 * skipped or disabled count as skipped (Jest's numPendingTests and
 * numTodoTests); a suite that failed to run (a broken import) has no
 * assertions, so it becomes one errored case, as numRuntimeErrorTestSuites
 * counts it. Durations are in milliseconds.
 */
import * as z from 'zod';
import { jsonEntryLines } from './json-entry-lines.ts';
import { reportShape } from './report-shape.ts';
import { firstLine, type TestCase, type TestReport, type TestStatus } from './test-case.ts';

const assertionStatus = {
  passed: 'passed',
  focused: 'passed',
  failed: 'failed',
  pending: 'skipped',
  todo: 'skipped',
  skipped: 'skipped',
  disabled: 'skipped',
} as const satisfies Record<string, TestStatus>;
type AssertionStatus = keyof typeof assertionStatus;

const assertionSchema = z.object({
  ancestorTitles: z.array(z.string()).default([]),
  title: z.string(),
  fullName: z.string(),
  status: z.enum(Object.keys(assertionStatus) as [AssertionStatus, ...AssertionStatus[]]),
  duration: z.number().nullish(),
  failureMessages: z.array(z.string()).nullish(),
});

const suiteSchema = z.object({
  name: z.string(),
  status: z.string(),
  message: z.string().default(''),
  endTime: z.number().optional(),
  assertionResults: z.array(assertionSchema),
});

const jestSchema = z.object({
  startTime: z.number().optional(),
  testResults: z.array(suiteSchema),
});

type Suite = z.infer<typeof suiteSchema>;

export function parseJestJson(report: unknown, text: string, source: string): TestReport {
  const jest = reportShape(jestSchema, report, source, 'a Jest JSON report');
  const lines = jsonEntryLines(text);
  const cases = jest.testResults.flatMap((suite) => suiteCases(suite, source, lines));
  const ends = jest.testResults.flatMap((suite) => (suite.endTime ? [suite.endTime] : []));
  // Jest prints its "Time" from startTime when it finishes; the JSON keeps
  // only the suites' end times, so the run lasted until the last of them.
  const seconds =
    jest.startTime !== undefined && ends.length > 0
      ? (Math.max(...ends) - jest.startTime) / 1000
      : undefined;
  return { format: 'jest-json', cases, ...(seconds === undefined ? {} : { seconds }) };
}

function suiteCases(
  suite: Suite,
  report: string,
  lines: ReturnType<typeof jsonEntryLines>,
): TestCase[] {
  const cases = suite.assertionResults.map((assertion): TestCase => {
    const status: TestStatus = assertionStatus[assertion.status];
    const message = status === 'failed' ? firstLine(assertion.failureMessages?.[0]) : undefined;
    return {
      name: [...assertion.ancestorTitles, assertion.title].join(' › '),
      classname: '',
      file: suite.name,
      suites: assertion.ancestorTitles,
      status,
      ...(message ? { message } : {}),
      report,
      line: lines.lineOf('fullName', assertion.fullName),
      ...(typeof assertion.duration === 'number' ? { seconds: assertion.duration / 1000 } : {}),
    };
  });
  const suiteBroke = suite.status === 'failed' && !cases.some((c) => c.status === 'failed');
  if (!suiteBroke) return cases;
  // The header line "● Test suite failed to run" says less than the next one.
  const message = firstLine(suite.message.replace(/^\s*●.*$/m, ''));
  return [
    ...cases,
    {
      name: 'Test suite failed to run',
      classname: '',
      file: suite.name,
      suites: [],
      status: 'errored',
      ...(message ? { message } : {}),
      report,
      line: lines.lineOf('name', suite.name),
    },
  ];
}
