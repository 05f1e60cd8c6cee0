import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { budgetWords, shareMeasure } from '../../../src/checks/schema-validation/check-budgets.ts';
import { meetsBound } from '../../../src/model/bound.ts';
import { budgetUse } from '../../../src/table-schema/error-budget.ts';

describe('a share against its error budget', () => {
  it('keeps the raw share, which a share just above the budget breaks', () => {
    const use = budgetUse(500001, 10000000, 0.05);
    const measure = shareMeasure('temp invalid share', use);
    assert.deepEqual(measure, {
      figure: 'temp invalid share',
      value: 0.0500001,
      bound: { comparator: '<=', limit: 0.05 },
    });
    assert.equal(meetsBound(measure.value, measure.bound), false);
    assert.equal(
      budgetWords(use, 10000000),
      '500001 of 10000000 rows (5.00001 %) above the budget of 5 %',
    );
  });
});
