import assert from 'node:assert/strict';
import { test } from 'vitest';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { buildReport } from '../../src/engine/build-report.ts';
import { checkResult, fail, ran } from '../mocks/check-result.ts';
import { event, now } from '../report/scenarios.ts';

const config = {
  version: 1 as const,
  gate: configSchema.shape.gate.parse({ minimum_section_scores: { monitoring: 1 } }),
  steps: {},
  checks: {},
  attestations: configSchema.shape.attestations.parse({ 'data-3': { evidence: 'docs/costs.md' } }),
  waivers: configSchema.shape.waivers.parse([
    { check: 'drift', finding: 'feature:age', reason: 'known', owner: '@a', expires: '2026-06-14' },
  ]),
};

test('buildReport scores, lists waivers and decides the verdict from one run', () => {
  const results = [checkResult('drift', ['monitor-2'], ran([fail('feature:age')]), config.waivers)];
  const report = buildReport({
    config,
    results,
    evidenceExists: new Map([['docs/costs.md', true]]),
    event,
    now,
    mlgateVersion: '1.2.3',
    configErrors: [],
  });
  assert.equal(report.schemaVersion, 2);
  assert.equal(report.mlgateVersion, '1.2.3');
  assert.equal(report.generatedAt, '2026-06-15T09:30:00.000Z');
  assert.equal(report.event, event);
  assert.equal(report.checks, results);
  assert.deepEqual(
    report.score.sections.map((s) => s.score),
    [0.5, 0, 0, 1],
  );
  // The waiver expired the day before `now`, so the failure blocks.
  assert.deepEqual(
    report.waivers.map((w) => w.effect),
    ['expired'],
  );
  assert.equal(report.verdict.passed, false);
  assert.match(report.verdict.reasons[0] ?? '', /^`drift`: /);
});

test("the run's date is the UTC day of now, for waiver expiry and review ages", () => {
  const lateEvening = new Date('2026-06-14T23:59:59Z');
  const report = buildReport({
    config,
    results: [checkResult('drift', ['monitor-2'], ran())],
    evidenceExists: new Map(),
    event,
    now: lateEvening,
    mlgateVersion: '1.2.3',
    configErrors: [],
  });
  assert.equal(report.waivers[0]?.expired, false);
});

test('config errors block and are carried into the report', () => {
  const report = buildReport({
    config,
    results: [],
    evidenceExists: new Map(),
    event,
    now,
    mlgateVersion: '1.2.3',
    configErrors: [{ file: 'mlgate.yml', line: 2, key: 'gate', message: 'expected an object' }],
  });
  assert.deepEqual(report.configErrors, [
    { file: 'mlgate.yml', line: 2, key: 'gate', message: 'expected an object' },
  ]);
  assert.equal(report.verdict.passed, false);
});
