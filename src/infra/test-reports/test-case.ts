/**
 * The one model every test-report reader produces: a report's test cases and
 * the run's time. JUnit XML, Jest JSON, Mocha JSON, TRX and NUnit 3 XML all
 * become this, so the checks never know which tool wrote the file.
 */

export type TestStatus = 'passed' | 'failed' | 'errored' | 'skipped';

export type TestFormat = 'junit' | 'jest-json' | 'mocha-json' | 'trx' | 'nunit3';

export interface TestCase {
  /** The test's name as its tool shows it (Jest and Mocha: with its describe blocks). */
  name: string;
  classname: string;
  /** The test file, when the report names one (on the case or its suite). */
  file?: string;
  /** Names of the enclosing suites, outermost first. */
  suites: string[];
  /** `failed`: an assertion failed; `errored`: the test could not run (a hook, fixture or import broke). */
  status: TestStatus;
  /** First line of the failure, error or skip message. */
  message?: string;
  /** The report file and the line of the case's entry in it. */
  report: string;
  line: number;
  /** How long the case ran, as the report says; absent when it does not say. */
  seconds?: number;
}

export interface TestReport {
  format: TestFormat;
  cases: TestCase[];
  /** The run's duration as the tool wrote it, when it wrote one. */
  seconds?: number;
}

/**
 * The paths a test case may be known by, for matching `tests` globs: its
 * file, and for dotted class names (pytest, JUnit) the module path they
 * imply, e.g. `tests.test_model.TestFit` → `tests/test_model.py`, plus the
 * class name itself.
 */
export function testIdentities(testCase: TestCase): string[] {
  const identities: string[] = [];
  if (testCase.file) identities.push(testCase.file.replace(/\\/g, '/'));
  if (testCase.classname) {
    identities.push(testCase.classname);
    const parts = testCase.classname.split('.');
    for (let length = parts.length; length >= 1 && parts.length > 1; length--) {
      identities.push(`${parts.slice(0, length).join('/')}.py`);
    }
  }
  return identities;
}

/** The first non-empty line of a tool's message, without terminal colour codes. */
export function firstLine(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return plain
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '');
}
