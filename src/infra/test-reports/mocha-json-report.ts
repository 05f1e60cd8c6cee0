/**
 * Test cases from Mocha's JSON report (`mocha --reporter json`): its passes,
 * failures and pending lists. A failing hook (`"before all" hook for …`) is
 * listed among the failures though no test of its own failed: the tests it
 * guards never ran, so it counts as an error. Durations are in milliseconds.
 */
import * as z from 'zod';
import { type JsonEntryLines, jsonEntryLines } from './json-entry-lines.ts';
import { reportShape } from './report-shape.ts';
import { firstLine, type TestCase, type TestReport, type TestStatus } from './test-case.ts';

const testSchema = z.object({
  title: z.string(),
  fullTitle: z.string(),
  file: z.string().optional(),
  duration: z.number().optional(),
  err: z.object({ message: z.string().optional() }).default({}),
});

const mochaSchema = z.object({
  stats: z.object({ duration: z.number().optional() }),
  passes: z.array(testSchema),
  failures: z.array(testSchema),
  pending: z.array(testSchema),
});

type MochaTest = z.infer<typeof testSchema>;
const lists = { passes: 'passed', failures: 'failed', pending: 'skipped' } as const;

export function parseMochaJson(report: unknown, text: string, source: string): TestReport {
  const mocha = reportShape(mochaSchema, report, source, 'a Mocha JSON report');
  const lines = jsonEntryLines(text);
  // Lists in the order the report writes them, so line lookups only move forward.
  const order = Object.keys(report as object).filter((key): key is keyof typeof lists =>
    Object.hasOwn(lists, key),
  );
  const cases = order.flatMap((list) => {
    lines.skipToList(list);
    return mocha[list].map((test) => mochaCase(test, lists[list], source, lines));
  });
  const { duration } = mocha.stats;
  return {
    format: 'mocha-json',
    cases,
    ...(duration === undefined ? {} : { seconds: duration / 1000 }),
  };
}

const hookTitle = /^"(before|after) (all|each)" hook\b/;

function mochaCase(
  test: MochaTest,
  listed: TestStatus,
  report: string,
  lines: JsonEntryLines,
): TestCase {
  const status = listed === 'failed' && hookTitle.test(test.title) ? 'errored' : listed;
  const message = listed === 'failed' ? firstLine(test.err.message) : undefined;
  const suite = test.fullTitle.slice(0, test.fullTitle.length - test.title.length).trim();
  return {
    name: test.fullTitle,
    classname: '',
    ...(test.file ? { file: test.file } : {}),
    suites: suite ? [suite] : [],
    status,
    ...(message ? { message } : {}),
    report,
    line: lines.lineOf('fullTitle', test.fullTitle),
    ...(test.duration === undefined ? {} : { seconds: test.duration / 1000 }),
  };
}
