import assert from 'node:assert/strict';
import { test } from 'vitest';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { blockingReasons } from '../../src/engine/blocking-reasons.ts';
import type { Finding } from '../../src/model/check.ts';
import type { CheckResult } from '../../src/model/check-result.ts';
import { scoreMlTest } from '../../src/scoring/ml-test-score.ts';
import { checkResult, fail, ran, today } from '../mocks/check-result.ts';

function reasons(results: CheckResult[], gate: unknown = {}) {
  const parsed = configSchema.shape.gate.parse(gate);
  const score = scoreMlTest({
    results,
    attestations: {},
    gate: parsed,
    evidenceExists: new Map(),
    today,
  });
  return blockingReasons(score, results, parsed, []);
}

const roc: Finding = {
  ...fail('metric:roc_auc', 'roc_auc is below its floor'),
  location: { path: 'predictions/candidate.csv' },
  measure: {
    figure: 'roc_auc',
    value: 0.6913,
    bound: { comparator: '>=', limit: 0.9 },
    reference: { label: 'production', value: 0.9721 },
  },
  fix: 'Retrain the model.',
};

test('a measured finding reads as its value against the bound it broke, with where', () => {
  const [reason] = reasons([checkResult('model_quality', ['model-2'], ran([roc]))]);
  assert.deepEqual(reason, {
    kind: 'findings',
    check: 'model_quality',
    severity: 'fail',
    findings: ['metric:roc_auc'],
    text: '`model_quality`: `roc_auc` 0.6913 < 0.9 (production 0.9721) — predictions/candidate.csv',
    fixes: ['Retrain the model.'],
  });
});

test('findings with one cause are one reason, however many there are; others stay apart', () => {
  const cell = (row: number): Finding => ({
    ...fail(`serving:temp_max:maximum:${row}`, `temp_max ${40 + row} is above the maximum 40`),
    cause: 'serving:temp_max:maximum',
    location: { path: 'data/serving.csv', line: row + 1, column: 'temp_max' },
  });
  const result = checkResult(
    'schema_validation',
    ['data-1'],
    ran([cell(1), cell(2), cell(3), fail('serving:missing:wind', 'column wind is missing')]),
  );
  const found = reasons([result]);
  assert.deepEqual(
    found.map((reason) => reason.text),
    [
      '`schema_validation`: temp_max 41 is above the maximum 40 — data/serving.csv line 2, column `temp_max`; and 2 more findings with the same cause',
      '`schema_validation`: column wind is missing',
    ],
  );
  assert.deepEqual(found[0]?.kind === 'findings' && found[0].findings.length, 3);
});

test('a message that names its file gets no second location', () => {
  const finding: Finding = {
    ...fail('column:x', 'data/x.csv line 3: x is NaN'),
    location: { path: 'data/x.csv', line: 3 },
  };
  const [reason] = reasons([checkResult('numerical_stability', ['monitor-5'], ran([finding]))]);
  assert.equal(reason?.text, '`numerical_stability`: data/x.csv line 3: x is NaN');
});

test("a check is named by its key (an instance's too), which is what a waiver names", () => {
  const result = {
    ...checkResult('drift', ['monitor-2'], ran([fail('feature:a')])),
    instance: 'serving-eu',
  };
  assert.equal(reasons([result])[0]?.text, '`drift[serving-eu]`: feature:a is wrong');
});

test('only a transient error is told to re-run; any other error needs a fix', () => {
  const transient = checkResult('canary', ['infra-6'], {
    kind: 'error',
    message: 'fetch failed',
    transient: true,
  });
  const broken = checkResult('slices', ['model-6'], { kind: 'error', message: 'no column region' });
  const [first, second] = reasons([transient, broken]);
  assert.deepEqual(first?.kind === 'check-error' && [first.transient, first.fixes], [
    true,
    ['Re-run the job: the error looks transient (a network or service failure).'],
  ]);
  assert.deepEqual(second?.kind === 'check-error' && [second.transient, second.fixes], [false, []]);
});

test('the sections and the final score below their minimums are one coverage reason', () => {
  const found = reasons([checkResult('drift', ['monitor-2'], ran())], {
    minimum_score: 1,
    minimum_section_scores: { model: 1, data: 1 },
  });
  assert.equal(found.length, 1);
  assert.equal(found[0]?.kind, 'coverage');
  assert.match(found[0]?.text ?? '', /Data 0 of 7 < 1 .*Model 0 of 7 < 1 .*final score 0 < 1/);
});

test('findings without a cause that say the same thing are one reason, not identical lines', () => {
  const same = (id: string): Finding =>
    fail(id, 'predictions/june.csv could not be read: not UTF-8');
  const result = checkResult('numerical_stability', ['monitor-5'], ran([same('a'), same('b')]));
  assert.deepEqual(
    reasons([result]).map((reason) => reason.text),
    [
      '`numerical_stability`: predictions/june.csv could not be read: not UTF-8; and 1 more finding with the same cause',
    ],
  );
});

test('a failed check with no unwaived finding to name still blocks, with its summary', () => {
  const result: CheckResult = {
    ...checkResult('drift', ['monitor-2'], ran([], { summary: '2 of 4 features drifted' })),
    status: 'fail',
  };
  assert.deepEqual(
    reasons([result]).map((reason) => reason.text),
    ['`drift`: 2 of 4 features drifted'],
  );
});
