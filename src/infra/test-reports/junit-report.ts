/**
 * Test cases from JUnit XML, the format pytest (--junitxml), node --test
 * (--test-reporter=junit), Maven Surefire, Gradle, Jest (jest-junit) and
 * go-junit-report write. A case fails with a <failure>, errors with an
 * <error>, is skipped with a <skipped>; Surefire's flaky reruns
 * (<flakyFailure>, <rerunFailure>) still count as passed.
 */
import { parseXml, type XmlElement } from './parse-xml.ts';

export type TestStatus = 'passed' | 'failed' | 'errored' | 'skipped';

export interface TestCase {
  name: string;
  classname: string;
  /** The test file, when the report names one (on the case or its suite). */
  file?: string;
  /** Names of the enclosing suites, outermost first. */
  suites: string[];
  status: TestStatus;
  /** First line of the failure, error or skip message. */
  message?: string;
  /** The report file and the line of the <testcase> in it. */
  report: string;
  line: number;
}

export function parseJunit(text: string, source: string): TestCase[] {
  const root = parseXml(text, source);
  if (root.name !== 'testsuites' && root.name !== 'testsuite') {
    throw new Error(
      `${source}: the root element is <${root.name}>, not <testsuites> or <testsuite>; is this a JUnit XML report?`,
    );
  }
  const cases: TestCase[] = [];
  const visit = (element: XmlElement, suites: string[], file: string | undefined) => {
    for (const child of element.children) {
      if (child.name === 'testsuite' || child.name === 'testsuites') {
        visit(
          child,
          child.attributes.name ? [...suites, child.attributes.name] : suites,
          child.attributes.file ?? file,
        );
      } else if (child.name === 'testcase') {
        cases.push(testCase(child, suites, file, source));
      }
    }
  };
  visit(
    root,
    root.name === 'testsuite' && root.attributes.name ? [root.attributes.name] : [],
    root.attributes.file,
  );
  return cases;
}

function testCase(
  element: XmlElement,
  suites: string[],
  suiteFile: string | undefined,
  report: string,
): TestCase {
  const outcome = element.children.find((child) =>
    ['failure', 'error', 'skipped'].includes(child.name),
  );
  const status: TestStatus =
    outcome?.name === 'failure'
      ? 'failed'
      : outcome?.name === 'error'
        ? 'errored'
        : outcome?.name === 'skipped'
          ? 'skipped'
          : 'passed';
  const messageText = outcome ? outcome.attributes.message || outcome.text.trim() : '';
  const file = element.attributes.file ?? suiteFile;
  return {
    name: element.attributes.name ?? '(unnamed)',
    classname: element.attributes.classname ?? '',
    ...(file ? { file } : {}),
    suites,
    status,
    ...(messageText ? { message: messageText.split('\n')[0]!.trim() } : {}),
    report,
    line: element.line,
  };
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
