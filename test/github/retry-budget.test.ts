import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  defaultRetryBudgetMs,
  describeShortfall,
  RetryBudget,
} from '../../src/github/retry-budget.ts';

describe('RetryBudget', () => {
  it('pays for waits while they fit, then refuses without spending', () => {
    const budget = new RetryBudget(90_000);
    assert.equal(budget.take(40_000), undefined);
    assert.equal(budget.take(40_000), undefined);
    assert.deepEqual(budget.take(40_000), { waitMs: 40_000, leftMs: 10_000, totalMs: 90_000 });
    assert.equal(budget.leftMs, 10_000, 'a refused wait costs nothing');
    assert.equal(budget.take(10_000), undefined, 'a wait that fits exactly is taken');
    assert.deepEqual(budget.take(1), { waitMs: 1, leftMs: 0, totalMs: 90_000 });
  });

  it('defaults to 90 s for the whole run', () => {
    assert.equal(new RetryBudget().totalMs, defaultRetryBudgetMs);
    assert.equal(defaultRetryBudgetMs, 90_000);
  });

  it('says whether the budget was spent or the wait was too long for what was left', () => {
    assert.equal(
      describeShortfall({ waitMs: 60_000, leftMs: 0, totalMs: 90_000 }),
      'the retry budget of 90 s was spent',
    );
    assert.equal(
      describeShortfall({ waitMs: 120_000, leftMs: 30_000, totalMs: 90_000 }),
      "GitHub asked to wait 120 s, more than the 30 s left of the run's retry budget of 90 s",
    );
  });
});
