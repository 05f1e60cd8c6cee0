/**
 * Formats people hand to `junit:` that mlgate does not read, recognised from
 * their content so the refusal names what the file looks like and how to get
 * JUnit XML (or a format mlgate reads) out of the tool that wrote it.
 */

export interface FormatGuess {
  looksLike: string;
  /** One sentence: the reporter or converter that writes a readable report. */
  fix: string;
}

const junitHint = 'write JUnit XML';

/** What an XML report with this root element looks like. */
export function guessXml(rootName: string): FormatGuess {
  const local = rootName.replace(/^.*:/, '');
  switch (local) {
    case 'test-results':
      return {
        looksLike: 'NUnit 2 XML',
        fix: 'run the tests with NUnit 3 (nunit3-console writes NUnit 3 XML by default, or --result=TestResult.xml;format=nunit3), or use `dotnet test --logger trx`',
      };
    case 'assemblies':
    case 'assembly':
      return {
        looksLike: 'xUnit.net XML',
        fix: 'use `dotnet test --logger trx` (TRX) or `--logger junit` (JunitXml.TestLogger)',
      };
    case 'events':
      return {
        looksLike: 'Open Test Reporting XML (JUnit Platform)',
        fix: `${junitHint} with the legacy reporter: Maven Surefire and Gradle write it by default, the console launcher with --reports-dir`,
      };
    case 'coverage':
    case 'report':
      return {
        looksLike: 'a coverage report (Cobertura or JaCoCo)',
        fix: 'list it under `coverage`, and list the test results (e.g. pytest --junitxml=reports/junit.xml) under `junit`',
      };
    case 'checkstyle':
      return {
        looksLike: 'Checkstyle lint results',
        fix: 'lint results are not test results; list the JUnit XML your tests write (ESLint can write JUnit with -f junit)',
      };
    case 'html':
      return {
        looksLike: 'an HTML page',
        fix: 'point at the XML or JSON file the test tool writes, not its HTML report',
      };
    default:
      return {
        looksLike: `XML with a <${rootName}> root`,
        fix: `${junitHint} (pytest --junitxml=…, node --test --test-reporter=junit, jest-junit, Surefire)`,
      };
  }
}

const has = (value: object, ...keys: string[]) => keys.every((key) => Object.hasOwn(value, key));

/** What a JSON report that is neither Jest's nor Mocha's looks like. */
export function guessJson(value: unknown): FormatGuess {
  if (
    Array.isArray(value) &&
    value.some((item) => item && typeof item === 'object' && has(item, 'elements', 'keyword'))
  ) {
    return {
      looksLike: 'Cucumber JSON',
      fix: 'add `--format junit:reports/junit.xml` to cucumber',
    };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (has(value, 'stats', 'results')) {
      return {
        looksLike: 'Mochawesome JSON',
        fix: "use Mocha's own JSON (`mocha --reporter json`) or mocha-junit-reporter",
      };
    }
    if (has(value, 'config', 'suites', 'stats')) {
      return {
        looksLike: 'Playwright JSON',
        fix: '`npx playwright test --reporter=junit` with PLAYWRIGHT_JUNIT_OUTPUT_NAME=reports/junit.xml',
      };
    }
    if (has(value, 'examples', 'summary')) {
      return {
        looksLike: 'RSpec JSON',
        fix: 'add rspec_junit_formatter: `rspec --format RspecJunitFormatter --out reports/junit.xml`',
      };
    }
    if (has(value, 'tests', 'summary', 'exitcode')) {
      return { looksLike: 'pytest-json-report JSON', fix: '`pytest --junitxml=reports/junit.xml`' };
    }
    if (has(value, 'testResults')) {
      return {
        looksLike: 'a Jest-style JSON report without its totals (numTotalTests)',
        fix: 'write it with `jest --json --outputFile=…` (or Vitest `--reporter=json`), or use jest-junit',
      };
    }
  }
  return {
    looksLike: 'JSON that is neither a Jest nor a Mocha report',
    fix: `${junitHint}, or Jest's \`--json\` or Mocha's \`--reporter json\` output`,
  };
}

/**
 * What a file that is neither XML nor a single JSON document looks like, if
 * it has the markers of a known format (JSON lines, TAP, Mocha's JSON mixed
 * with the tests' output, nothing at all).
 */
export function guessText(text: string): FormatGuess | undefined {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  const event = parseObject(first);
  if (event && has(event, 'Action')) {
    return {
      looksLike: '`go test -json` output',
      fix: 'convert it with go-junit-report or `gotestsum --junitfile reports/junit.xml`',
    };
  }
  if (event && (has(event, 'protocolVersion') || event.type === 'start')) {
    return {
      looksLike: 'Dart test JSON',
      fix: 'convert it with junitreport: `dart test --reporter json | tojunit > reports/junit.xml`',
    };
  }
  if (/"stats"\s*:\s*\{/.test(text) && /"passes"\s*:\s*\[/.test(text)) {
    // `mocha --reporter json > file` also captures what the tests print.
    return {
      looksLike: 'Mocha JSON with other output around it',
      fix: 'write the report to its own file: `mocha --reporter json --reporter-option output=reports/mocha.json`',
    };
  }
  if (/^(TAP version \d+|1\.\.\d+|(not )?ok \d+)/m.test(text)) {
    return {
      looksLike: 'TAP',
      fix: '`node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml`, or convert TAP with tap-junit',
    };
  }
  if (text.trim() === '') {
    return {
      looksLike: 'an empty file',
      fix: 'the test run likely stopped before its reporter wrote the report; check the test step',
    };
  }
  return undefined;
}

export const plainText: FormatGuess = {
  looksLike: 'plain text',
  fix: `${junitHint} (pytest --junitxml=…, node --test --test-reporter=junit, jest-junit)`,
};

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
