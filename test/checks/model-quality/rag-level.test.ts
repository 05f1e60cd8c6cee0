import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { describeLevel, ragLevel } from '../../../src/checks/model-quality/rag-level.ts';

describe('ragLevel (TFMA-style bounds)', () => {
  const cases: {
    name: string;
    threshold: Parameters<typeof ragLevel>[0];
    direction: Parameters<typeof ragLevel>[1];
    comparison: Parameters<typeof ragLevel>[2];
    significantOnly?: boolean;
    rag: string;
    reasons?: RegExp;
  }[] = [
    {
      name: 'a drop within the absolute tolerance',
      threshold: { red: { change_absolute: -0.01 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.895, production: 0.9, interval: null },
      rag: 'green',
    },
    {
      name: 'a demanded gain that did not come',
      threshold: { red: { change_absolute: 0.01 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.905, production: 0.9, interval: null },
      rag: 'red',
      reasons: /^Δ \+0\.005 vs production 0\.9, allowed Δ ≥ \+0\.01$/,
    },
    {
      name: 'a loss that grew more than allowed (lower is better: Δ ≤ tolerance)',
      threshold: { red: { change_absolute: 0.02 } },
      direction: 'lower_is_better',
      comparison: { candidate: 0.33, production: 0.3, interval: null },
      rag: 'red',
      reasons: /^Δ \+0\.03 vs production 0\.3, allowed Δ ≤ \+0\.02$/,
    },
    {
      name: 'a relative rise within 10%',
      threshold: { red: { change_relative: 0.1 } },
      direction: 'lower_is_better',
      comparison: { candidate: 0.32, production: 0.3, interval: null },
      rag: 'green',
    },
    {
      name: 'a breach the interval does not confirm',
      threshold: { red: { change_absolute: -0.005 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.89, production: 0.9, interval: { low: -0.03, high: 0.004 } },
      rag: 'amber',
      reasons: /but the bootstrap interval does not confirm the drop$/,
    },
    {
      name: 'the same breach when every breach blocks',
      threshold: { red: { change_absolute: -0.005 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.89, production: 0.9, interval: { low: -0.03, high: 0.004 } },
      significantOnly: false,
      rag: 'red',
    },
    {
      name: 'a confirmed breach',
      threshold: { red: { change_absolute: -0.005 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.89, production: 0.9, interval: { low: -0.03, high: -0.006 } },
      rag: 'red',
    },
    {
      name: 'an absolute floor, whatever the interval',
      threshold: { red: { min: 0.9 }, amber: { min: 0.95 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.89, production: null, interval: null },
      rag: 'red',
      reasons: /^0\.89 is below the floor 0\.9$/,
    },
    {
      name: 'only the amber floor',
      threshold: { red: { min: 0.9 }, amber: { min: 0.95 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.93, production: null, interval: null },
      rag: 'amber',
      reasons: /^0\.93 is below the floor 0\.95 \(amber\)$/,
    },
  ];
  for (const { name, threshold, direction, comparison, significantOnly, rag, reasons } of cases) {
    it(name, () => {
      const result = ragLevel(threshold, direction, comparison, significantOnly ?? true);
      assert.equal(result.rag, rag);
      if (reasons) assert.match(result.reasons[0] ?? '', reasons);
      if (rag === 'green') assert.deepEqual(result.reasons, []);
    });
  }
  it('describes bounds for the report', () => {
    assert.equal(
      describeLevel(
        { min: 0.8, change_absolute: -0.005, change_relative: -0.01 },
        'higher_is_better',
      ),
      '≥ 0.8, Δ ≥ −0.005, Δ ≥ −1%',
    );
    assert.equal(
      describeLevel({ max: 0.4, change_absolute: 0.02 }, 'lower_is_better'),
      '≤ 0.4, Δ ≤ +0.02',
    );
  });
});
