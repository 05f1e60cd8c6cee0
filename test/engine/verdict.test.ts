import assert from 'node:assert/strict';
import { test } from 'vitest';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { decideVerdict } from '../../src/engine/verdict.ts';
import type { CheckResult } from '../../src/model/check-result.ts';
import type { ConfigError } from '../../src/model/config-error.ts';
import { scoreMlTest } from '../../src/scoring/ml-test-score.ts';
import { checkResult, fail, ran, today, warn } from '../mocks/check-result.ts';

function verdict(options: {
  results?: CheckResult[];
  gate?: unknown;
  configErrors?: ConfigError[];
}) {
  const gate = configSchema.shape.gate.parse(options.gate);
  const results = options.results ?? [];
  const score = scoreMlTest({
    results,
    attestations: {},
    gate,
    evidenceExists: new Map(),
    today,
  });
  return decideVerdict(score, results, gate, options.configErrors ?? []);
}

const waiveB = [
  { check: 'drift', finding: 'feature:b', reason: 'r', owner: 'o', expires: '2026-12-31' },
];

const cases: {
  name: string;
  results?: CheckResult[];
  gate?: unknown;
  configErrors?: ConfigError[];
  reasons: string[];
}[] = [
  {
    name: 'nothing wrong passes',
    results: [checkResult('drift', ['monitor-2'], ran())],
    reasons: [],
  },
  {
    name: 'a warning does not block by default',
    results: [checkResult('drift', ['monitor-2'], ran([warn('feature:a')]))],
    reasons: [],
  },
  {
    name: 'a warning blocks with block_on_warn',
    results: [checkResult('drift', ['monitor-2'], ran([warn('feature:a')]))],
    gate: { block_on_warn: true },
    reasons: ['`drift`: feature:a looks off (`gate.block_on_warn` is true)'],
  },
  {
    name: 'each unwaived failing finding is a reason of its own; warnings do not block a failing check',
    results: [
      checkResult(
        'drift',
        ['monitor-2'],
        ran([
          fail('feature:a'),
          fail('feature:b'),
          warn('feature:w'),
          fail('feature:c'),
          fail('feature:d'),
          fail('feature:e'),
        ]),
        waiveB,
      ),
    ],
    reasons: [
      '`drift`: feature:a is wrong',
      '`drift`: feature:c is wrong',
      '`drift`: feature:d is wrong',
      '`drift`: feature:e is wrong',
    ],
  },
  {
    name: 'a waived failure does not block',
    results: [checkResult('drift', ['monitor-2'], ran([fail('feature:b')]), waiveB)],
    reasons: [],
  },
  {
    name: 'an error blocks, with its message, even when a waiver targets it',
    results: [
      checkResult(
        'drift',
        ['monitor-2'],
        { kind: 'error', message: 'data/current.csv: file not found' },
        [{ check: 'drift', reason: 'r', owner: 'o', expires: '2026-12-31' }],
      ),
    ],
    reasons: [
      '`drift` could not run: data/current.csv: file not found. A waiver targets this check, but an error cannot be waived: the check did not run, so fix the error.',
    ],
  },
  {
    name: 'a skipped check does not block',
    results: [
      checkResult('drift', ['monitor-2'], { kind: 'skipped', reason: 'nothing to compare' }),
    ],
    reasons: [],
  },
  {
    name: 'a section below its minimum blocks, and so does the final score',
    results: [checkResult('drift', ['monitor-2'], ran())],
    gate: { minimum_score: 0.5, minimum_section_scores: { monitoring: 1.5, data: 0 } },
    reasons: [
      'Rubric coverage is below its minimum: Monitoring 1 of 7 < 1.5 (`gate.minimum_section_scores.monitoring`); final score 0 < 0.5 (`gate.minimum_score`).',
    ],
  },
  {
    name: 'a section exactly at its minimum passes',
    results: [checkResult('drift', ['monitor-2'], ran())],
    gate: { minimum_section_scores: { monitoring: 1 } },
    reasons: [],
  },
  {
    name: 'config errors block on their own',
    configErrors: [
      { file: 'mlgate.yml', line: 3, key: 'gate.minimum_score', message: 'expected a number' },
      { file: 'mlgate.yml', line: 9, key: 'checks.drif', message: 'unknown key' },
    ],
    reasons: ['The configuration has 2 errors, so no check ran.'],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const result = verdict(c);
    assert.deepEqual(result.reasons, c.reasons);
    assert.deepEqual(
      result.blocking.map((reason) => reason.text),
      c.reasons,
    );
    assert.equal(result.passed, c.reasons.length === 0);
  });
}

test('every reason is listed: config errors, failing findings, errors, then rubric coverage', () => {
  const result = verdict({
    results: [
      checkResult('drift', ['monitor-2'], ran([fail('feature:a')])),
      checkResult('slices', ['model-6'], { kind: 'error', message: 'boom' }),
    ],
    gate: { minimum_score: 1, minimum_section_scores: { model: 1 } },
    configErrors: [{ file: 'mlgate.yml', message: 'x' }],
  });
  assert.equal(result.passed, false);
  assert.deepEqual(
    result.reasons.map((r) => r.slice(0, 24)),
    [
      'The configuration has 1 ',
      '`drift`: feature:a is wr',
      '`slices` could not run: ',
      'Rubric coverage is below',
    ],
  );
});
