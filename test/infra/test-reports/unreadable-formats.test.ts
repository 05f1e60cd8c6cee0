/**
 * Reports in formats mlgate does not read are refused with what they look
 * like and how to get JUnit XML (or a format mlgate reads) from the tool. The
 * RSpec, go test and Dart files are real (test/fixtures/test-reports/README.md);
 * the others are the smallest text with each format's markers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { parseTestReport } from '../../../src/infra/test-reports/parse-test-report.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/test-reports');
const supported =
  'mlgate reads JUnit XML, Jest (or Vitest) JSON, Mocha JSON, .NET TRX and NUnit 3 XML';

function refusal(text: string): string {
  try {
    parseTestReport(text, 'reports/junit.xml');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  assert.fail('the report was read');
}

const cases: [string, string, RegExp][] = [
  [
    'RSpec JSON',
    readFileSync(path.join(fixtures, 'refused/rspec-json.json'), 'utf8'),
    /RspecJunitFormatter/,
  ],
  [
    '`go test -json` output',
    readFileSync(path.join(fixtures, 'refused/golang-json.json'), 'utf8'),
    /go-junit-report|gotestsum --junitfile/,
  ],
  [
    'Dart test JSON',
    readFileSync(path.join(fixtures, 'refused/dart-json.json'), 'utf8'),
    /tojunit/,
  ],
  [
    'NUnit 2 XML',
    '<?xml version="1.0"?><test-results name="a.dll" total="1"><test-suite/></test-results>',
    /format=nunit3/,
  ],
  ['xUnit.net XML', '<assemblies><assembly name="a.dll"/></assemblies>', /--logger trx/],
  [
    'Open Test Reporting XML (JUnit Platform)',
    '<e:events xmlns:e="https://schemas.opentest4j.org/reporting/events/0.2.0"/>',
    /legacy reporter/,
  ],
  [
    'a coverage report (Cobertura or JaCoCo)',
    '<coverage line-rate="0.9"><packages/></coverage>',
    /list it under `coverage`/,
  ],
  ['an HTML page', '<html><body>12 passed</body></html>', /not its HTML report/],
  ['Mochawesome JSON', '{"stats": {"tests": 1}, "results": []}', /--reporter json/],
  ['Playwright JSON', '{"config": {}, "suites": [], "stats": {"expected": 1}}', /--reporter=junit/],
  ['Cucumber JSON', '[{"keyword": "Feature", "elements": []}]', /--format junit/],
  [
    'Mocha JSON with other output around it',
    `loading data/train.csv\n${readFileSync(path.join(fixtures, 'mocha/mocha-report.json'), 'utf8')}`,
    /--reporter-option output=/,
  ],
  ['TAP', 'TAP version 13\nok 1 - loads\n1..1\n', /--test-reporter=junit/],
  ['an empty file', '  \n', /stopped before its reporter wrote the report/],
  ['plain text', '12 passed, 1 failed in 3.2s\n', /pytest --junitxml/],
];

for (const [looksLike, text, fix] of cases) {
  test(`${looksLike} is refused with the way to JUnit XML`, () => {
    const message = refusal(text);
    assert.ok(
      message.startsWith(
        `reports/junit.xml: this looks like ${looksLike}, which mlgate does not read`,
      ),
      message,
    );
    assert.match(message, fix);
    assert.ok(message.endsWith(supported), message);
  });
}

test('a truncated JSON report says so instead of guessing', () => {
  assert.match(
    refusal('{"numTotalTests": 3, "testResults": [{"name": "a.test.js"'),
    /^reports\/junit\.xml: starts like JSON but does not parse \(.+\); is the file truncated\?/,
  );
});

test('a report with the right markers but a field of the wrong kind names the field', () => {
  assert.match(
    refusal(
      '{"numTotalTests": 1, "testResults": [{"name": "a.test.js", "status": "passed", "assertionResults": [{"title": "t", "fullName": "t", "status": "exploded"}]}]}',
    ),
    /^reports\/junit\.xml: looks like a Jest JSON report but testResults\.0\.assertionResults\.0\.status is not what that tool writes/,
  );
});
