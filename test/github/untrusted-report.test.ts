import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { maxReportBytes, parseUntrustedReport } from '../../src/github/untrusted-report.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { scenarios } from '../report/scenarios.ts';

const golden = readFileSync(new URL('../report/golden/blocked.json', import.meta.url), 'utf8');
const source = 'artifact mlgate-report-default';
const problemOf = (json: unknown) => {
  const parsed = parseUntrustedReport(JSON.stringify(json), source);
  assert.equal(parsed.ok, false, 'the tampered report must be refused');
  return (parsed as { problem: string }).problem;
};

describe('parseUntrustedReport', () => {
  for (const [name, build] of Object.entries(scenarios)) {
    it(`accepts the JSON mlgate writes for the ${name} scenario, unchanged`, () => {
      const json = renderJson(build());
      const parsed = parseUntrustedReport(json, source);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
      assert.deepEqual(parsed.report, JSON.parse(json));
    });
  }

  it('accepts the committed golden JSON report (a field added to Report must be added here too)', () => {
    const parsed = parseUntrustedReport(golden, source);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  });

  it('accepts the production baseline the run used', () => {
    const report = JSON.parse(golden);
    report.event.production = {
      source: 'artifact',
      files: ['metrics/eval.json'],
      artifact: {
        name: 'mlgate-baseline-default',
        runId: 42,
        runUrl: 'https://github.com/acme/churn-model/actions/runs/42',
        sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
        createdAt: '2026-06-14T08:00:00Z',
      },
    };
    assert.ok(parseUntrustedReport(JSON.stringify(report), source).ok);
  });

  it('refuses a key the report does not have, naming where', () => {
    const report = JSON.parse(golden);
    report.checks[0].markdown = '<img src=x onerror=alert(1)>';
    assert.match(problemOf(report), /`checks\.0`: Unrecognized key: "markdown"/);
  });

  it('accepts the instance of a check configured as a list, and refuses one mlgate.yml could not name', () => {
    const report = JSON.parse(golden);
    report.checks[0].instance = 'serving-eu';
    assert.ok(parseUntrustedReport(JSON.stringify(report), source).ok);
    report.checks[0].instance = '[click](https://evil.example)';
    assert.match(problemOf(report), /`checks\.0\.instance`/);
  });

  // Raw JSON text on purpose: JSON.stringify of an object literal can't write an own `__proto__` key.
  for (const [where, key, edit] of [
    ['verdict', '__proto__', ['"verdict": {', '"verdict": {"__proto__": {"passed": true},']],
    [
      'score.tests.0',
      'constructor',
      ['"tests": [\n      {', '"tests": [\n      {"constructor": {},'],
    ],
    ['(top level)', 'prototype', ['{', '{"prototype": {"polluted": true},']],
  ] as const) {
    it(`refuses a \`${key}\` key (${where}), naming its JSON path`, () => {
      assert.ok(golden.includes(edit[0]), `the golden report has ${edit[0]}`);
      const parsed = parseUntrustedReport(golden.replace(edit[0], edit[1]), source);
      assert.equal(parsed.ok, false);
      const path = where === '(top level)' ? key : `${where}.${key}`;
      assert.equal(
        (parsed as { problem: string }).problem,
        `${source} does not have the shape of an mlgate report: \`${path}\`: a key named \`__proto__\`, \`constructor\` or \`prototype\` is refused anywhere in a report (mlgate never writes one, and it could change the prototype of the objects publish mode builds)`,
      );
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  }

  it("refuses a prototype key deep in a check's findings", () => {
    const report = JSON.parse(golden);
    const text = JSON.stringify(report).replace('"findings":[{', '"findings":[{"__proto__":{},');
    assert.match(text, /"findings":\[\{"__proto__"/);
    const check = report.checks.findIndex((c: { findings: unknown[] }) => c.findings.length > 0);
    assert.match(
      (parseUntrustedReport(text, source) as { problem: string }).problem,
      new RegExp(`\`checks\\.${check}\\.findings\\.0\\.__proto__\``),
    );
  });

  it('refuses a verdict that is not a boolean, and says it is not an mlgate report', () => {
    const report = JSON.parse(golden);
    report.verdict.passed = 'yes';
    assert.match(
      problemOf(report),
      /^artifact mlgate-report-default does not have the shape of an mlgate report: `verdict\.passed`/,
    );
  });

  it('refuses a verdict that contradicts the report, so a forged pass never turns the check green', () => {
    const flipped = JSON.parse(golden);
    flipped.verdict.passed = true;
    assert.match(problemOf(flipped), /its verdict passes the change but gives 6 reason\(s\)/);

    flipped.verdict.reasons = [];
    assert.match(problemOf(flipped), /gives reasons that differ from its blocking conditions/);

    flipped.verdict.blocking = [];
    assert.match(problemOf(flipped), /check `model_quality` ended `fail`/);

    // A status forged to `pass` over an unwaived failing finding is refused too.
    for (const check of flipped.checks) {
      if (check.status === 'fail' || check.status === 'error') check.status = 'pass';
    }
    assert.match(problemOf(flipped), /check `model_quality` has an unwaived failing finding/);

    flipped.checks = flipped.checks.filter((check: { status: string }) => check.status === 'skip');
    Object.assign(flipped.score.sections[1], { score: 0, met: false });
    assert.match(problemOf(flipped), /the model section is below its minimum/);

    for (const section of flipped.score.sections) Object.assign(section, { minimum: 0, met: true });
    Object.assign(flipped.score, { final: 0, minimum: 1 });
    assert.match(problemOf(flipped), /final ML Test Score is below its minimum/);

    flipped.score.minimum = 0;
    flipped.configErrors = [{ file: 'mlgate.yml', line: 3, key: 'chekcs', message: 'unknown key' }];
    assert.match(problemOf(flipped), /despite config errors/);

    flipped.configErrors = [];
    assert.ok(parseUntrustedReport(JSON.stringify(flipped), source).ok, 'a consistent pass');

    const blockedWithoutReason = JSON.parse(golden);
    blockedWithoutReason.verdict.reasons = [];
    blockedWithoutReason.verdict.blocking = [];
    assert.match(problemOf(blockedWithoutReason), /blocks the change but gives no reason/);
  });

  it('refuses oversized strings and lists', () => {
    const report = JSON.parse(golden);
    report.checks[0].summary = 'x'.repeat(20_001);
    assert.match(problemOf(report), /`checks\.0\.summary`: Too big/);
    const many = JSON.parse(golden);
    many.configErrors = Array.from({ length: 1001 }, () => ({ file: 'mlgate.yml', message: 'e' }));
    assert.match(problemOf(many), /`configErrors`: Too big/);
    const long = JSON.parse(golden);
    long.configErrors = [{ file: 'mlgate.yml', message: 'e', fix: 'x'.repeat(20_001) }];
    assert.match(problemOf(long), /`configErrors\.0\.fix`: Too big/);
  });

  it('refuses config errors that are not the structured shape mlgate writes', () => {
    const withErrors = (configErrors: unknown[]) => ({ ...JSON.parse(golden), configErrors });
    assert.match(
      problemOf(withErrors(['mlgate.yml:3: `chekcs`: unknown key'])),
      /`configErrors\.0`: Invalid input: expected object, received string/,
    );
    assert.match(
      problemOf(withErrors([{ file: 'mlgate.yml', message: 'e', href: 'javascript:x' }])),
      /`configErrors\.0`: Unrecognized key: "href"/,
    );
    assert.match(
      problemOf(withErrors([{ file: 'mlgate.yml', line: 0, message: 'e' }])),
      /`configErrors\.0\.line`: Too small/,
    );
    assert.match(problemOf(withErrors([{ message: 'e' }])), /`configErrors\.0\.file`/);
  });

  it('refuses an unknown schema version, rubric test, status or SHA', () => {
    const report = JSON.parse(golden);
    report.schemaVersion = 1;
    report.checks[0].rubric = ['data-9'];
    report.checks[0].status = 'green';
    report.event.sha = 'HEAD; rm -rf /';
    const problem = problemOf(report);
    for (const where of ['schemaVersion', 'checks.0.rubric.0', 'checks.0.status', 'event.sha']) {
      assert.match(problem, new RegExp(`\`${where.replaceAll('.', '\\.')}\``));
    }
  });

  it('refuses text that is not JSON and a file over the size limit before parsing it', () => {
    assert.match(
      (parseUntrustedReport('{"schemaVersion": 1', source) as { problem: string }).problem,
      /is not JSON/,
    );
    const huge = `{"pad": "${'x'.repeat(maxReportBytes)}"}`;
    assert.match(
      (parseUntrustedReport(huge, source) as { problem: string }).problem,
      /larger than 10485760 bytes/,
    );
  });
});
