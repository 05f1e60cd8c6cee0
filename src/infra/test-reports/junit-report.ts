/**
 * Test cases from JUnit XML, the format pytest (--junitxml), node --test
 * (--test-reporter=junit), Maven Surefire, Gradle, Jest (jest-junit) and
 * go-junit-report write. A case fails with a <failure>, errors with an
 * <error>, is skipped with a <skipped>; Surefire's flaky reruns
 * (<flakyFailure>, <rerunFailure>) still count as passed. Times are in
 * seconds (`time` attributes).
 */
import type { XmlElement } from './parse-xml.ts';
import { firstLine, type TestCase, type TestReport, type TestStatus } from './test-case.ts';

/** `root` is the parsed document, already known to be <testsuites> or <testsuite>. */
export function parseJunit(root: XmlElement, source: string): TestReport {
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
  const seconds = runSeconds(root);
  return { format: 'junit', cases, ...(seconds === undefined ? {} : { seconds }) };
}

/** The root's `time`, else the sum of its suites' (pytest writes only the suite's). */
function runSeconds(root: XmlElement): number | undefined {
  const own = seconds(root.attributes.time);
  if (own !== undefined) return own;
  const suites = root.children.map((child) =>
    child.name === 'testsuite' ? seconds(child.attributes.time) : undefined,
  );
  if (suites.length === 0 || suites.some((time) => time === undefined)) return undefined;
  return suites.reduce((sum: number, time) => sum + (time ?? 0), 0);
}

function seconds(attribute: string | undefined): number | undefined {
  if (attribute === undefined) return undefined;
  // Surefire has written thousands separators into long times ("1,234.567").
  const value = Number(
    /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(attribute) ? attribute.replace(/,/g, '') : attribute,
  );
  return Number.isFinite(value) ? value : undefined;
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
  const message = firstLine(outcome ? outcome.attributes.message || outcome.text : undefined);
  const file = element.attributes.file ?? suiteFile;
  const time = seconds(element.attributes.time);
  return {
    name: element.attributes.name ?? '(unnamed)',
    classname: element.attributes.classname ?? '',
    ...(file ? { file } : {}),
    suites,
    status,
    ...(message ? { message } : {}),
    report,
    line: element.line,
    ...(time === undefined ? {} : { seconds: time }),
  };
}
