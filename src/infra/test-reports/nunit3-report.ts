/**
 * Test cases from NUnit 3 XML (`nunit3-console --result=…`, or `dotnet test
 * --logger nunit`): each <test-case>, named inside its <test-suite>s. The
 * statuses follow the <test-run> totals: Failed cases labelled Error,
 * Invalid or Cancelled are errors (the console's "Errors" and "Invalid"),
 * the other Failed ones failures; Skipped and Inconclusive were not run; a
 * Warning passed with a warning. Durations are in seconds.
 */
import type { XmlElement } from './parse-xml.ts';
import { firstLine, type TestCase, type TestReport, type TestStatus } from './test-case.ts';

const errorLabels = new Set(['Error', 'Invalid', 'Cancelled']);

/** `root` is the parsed document, already known to be <test-run>. */
export function parseNunit3(root: XmlElement, source: string): TestReport {
  const cases: TestCase[] = [];
  const visit = (element: XmlElement, suites: string[]) => {
    for (const child of element.children) {
      if (child.name === 'test-suite') visit(child, [...suites, child.attributes.name ?? '']);
      else if (child.name === 'test-case') cases.push(nunitCase(child, suites, source));
    }
  };
  visit(root, []);
  const seconds = Number(root.attributes.duration);
  return { format: 'nunit3', cases, ...(Number.isFinite(seconds) ? { seconds } : {}) };
}

function nunitStatus(result: string | undefined, label: string | undefined): TestStatus {
  switch (result) {
    case 'Passed':
    case 'Warning':
      return 'passed';
    case 'Failed':
      return errorLabels.has(label ?? '') ? 'errored' : 'failed';
    case 'Skipped':
    case 'Inconclusive':
      return 'skipped';
    default:
      // An unknown result must not pass unseen.
      return 'errored';
  }
}

/**
 * Failures carry <failure><message>, skips <reason><message>; a timeout
 * writes an empty <failure> and says why in its label.
 */
function nunitMessage(element: XmlElement, status: TestStatus): string | undefined {
  const { result, label } = element.attributes;
  if (status === 'errored' && result !== 'Failed') {
    return `the NUnit result "${result}" is not one NUnit 3 documents`;
  }
  const explanation = element.children.find(
    (child) => child.name === 'failure' || child.name === 'reason',
  );
  const written = explanation?.children.find((child) => child.name === 'message')?.text;
  return firstLine(written) ?? label;
}

function nunitCase(element: XmlElement, suites: string[], report: string): TestCase {
  const { name = '(unnamed)', classname = '', result, label, duration } = element.attributes;
  const status = nunitStatus(result, label);
  const message = status === 'passed' ? undefined : nunitMessage(element, status);
  const seconds = Number(duration);
  return {
    name,
    classname,
    suites,
    status,
    ...(message ? { message } : {}),
    report,
    line: element.line,
    ...(duration !== undefined && Number.isFinite(seconds) ? { seconds } : {}),
  };
}
