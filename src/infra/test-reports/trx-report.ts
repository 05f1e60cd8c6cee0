/**
 * Test cases from a Visual Studio TRX file (`dotnet test --logger trx`,
 * vstest, MSTest, xUnit and NUnit through vstest): each <UnitTestResult>
 * under <Results>, its class from the matching <UnitTest> definition. The
 * outcomes map onto the ResultSummary <Counters>: Failed is a failure;
 * Error, Timeout and Aborted are errors; NotExecuted, Inconclusive and the
 * like were not run (total − executed). Durations are .NET TimeSpans.
 */
import { descendants, type XmlElement } from './parse-xml.ts';
import { firstLine, type TestCase, type TestReport, type TestStatus } from './test-case.ts';

const outcomes: Record<string, TestStatus> = {
  Passed: 'passed',
  PassedButRunAborted: 'passed',
  Warning: 'passed',
  Completed: 'passed',
  Failed: 'failed',
  Error: 'errored',
  Timeout: 'errored',
  Aborted: 'errored',
  Disconnected: 'errored',
  NotExecuted: 'skipped',
  Inconclusive: 'skipped',
  NotRunnable: 'skipped',
  Pending: 'skipped',
  InProgress: 'skipped',
};

/** `root` is the parsed document, already known to be <TestRun>. */
export function parseTrx(root: XmlElement, source: string): TestReport {
  const classes = new Map(
    descendants(root, 'UnitTest').map((test) => [
      test.attributes.id ?? '',
      descendants(test, 'TestMethod')[0]?.attributes.className ?? '',
    ]),
  );
  const results = root.children
    .filter((child) => child.name === 'Results')
    .flatMap((results) => results.children.filter((child) => child.name === 'UnitTestResult'));
  const cases = results.map((result) =>
    trxCase(result, classes.get(result.attributes.testId ?? '') ?? '', source),
  );
  const seconds = runSeconds(root);
  return {
    format: 'trx',
    cases: [...cases, ...abortedRun(root, source)],
    ...(seconds === undefined ? {} : { seconds }),
  };
}

function trxCase(result: XmlElement, classname: string, report: string): TestCase {
  const outcome = result.attributes.outcome ?? '';
  const known = outcomes[outcome];
  const errorMessage = descendants(result, 'ErrorInfo')[0]?.children.find(
    (child) => child.name === 'Message',
  )?.text;
  // An outcome mlgate does not know must not pass unseen.
  const status = known ?? 'errored';
  const message = known
    ? firstLine(known === 'passed' ? undefined : errorMessage)
    : `the TRX outcome "${outcome}" is not one vstest documents`;
  const testName = result.attributes.testName ?? '(unnamed)';
  const seconds = timeSpanSeconds(result.attributes.duration);
  return {
    // vstest writes the method's full name; the class is shown apart.
    name:
      classname && testName.startsWith(`${classname}.`)
        ? testName.slice(classname.length + 1)
        : testName,
    classname,
    suites: classname ? [classname] : [],
    status,
    ...(message ? { message } : {}),
    report,
    line: result.line,
    ...(seconds === undefined ? {} : { seconds }),
  };
}

/**
 * A run the test host abandoned (a crash, a timeout of the whole run) says so
 * only in its ResultSummary; the tests it never reached have no result, so
 * the run itself becomes an errored case.
 */
function abortedRun(root: XmlElement, report: string): TestCase[] {
  const summary = root.children.find((child) => child.name === 'ResultSummary');
  if (summary?.attributes.outcome !== 'Aborted') return [];
  const message = firstLine(descendants(summary, 'Text')[0]?.text) ?? 'the test run was aborted';
  return [
    {
      name: 'Test run aborted',
      classname: '',
      suites: [],
      status: 'errored',
      message,
      report,
      line: summary.line,
    },
  ];
}

function runSeconds(root: XmlElement): number | undefined {
  const times = root.children.find((child) => child.name === 'Times')?.attributes;
  const start = Date.parse(times?.start ?? '');
  const finish = Date.parse(times?.finish ?? '');
  return Number.isFinite(start) && Number.isFinite(finish) ? (finish - start) / 1000 : undefined;
}

/** A .NET TimeSpan, `[d.]hh:mm:ss[.fffffff]`, in seconds. */
function timeSpanSeconds(text: string | undefined): number | undefined {
  const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(text ?? '');
  if (!match) return undefined;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}
