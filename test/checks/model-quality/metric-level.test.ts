import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { describeLevel, metricLevel } from '../../../src/checks/model-quality/metric-level.ts';

describe('metricLevel (TFMA-style bounds)', () => {
  const cases: {
    name: string;
    threshold: Parameters<typeof metricLevel>[0];
    direction: Parameters<typeof metricLevel>[1];
    comparison: Parameters<typeof metricLevel>[2];
    significantOnly?: boolean;
    level: string;
    reasons?: RegExp;
  }[] = [
    {
      name: 'a drop within the absolute tolerance',
      threshold: { red: { change_absolute: -0.01 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.895, production: 0.9, interval: null },
      level: 'pass',
    },
    {
      name: 'a demanded gain that did not come',
      threshold: { red: { change_absolute: 0.01 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.905, production: 0.9, interval: null },
      level: 'fail',
      reasons: /^Δ \+0\.005 vs production 0\.9, allowed Δ ≥ \+0\.01$/,
    },
    {
      name: 'a loss that grew more than allowed (lower is better: Δ ≤ tolerance)',
      threshold: { red: { change_absolute: 0.02 } },
      direction: 'lower_is_better',
      comparison: { candidate: 0.33, production: 0.3, interval: null },
      level: 'fail',
      reasons: /^Δ \+0\.03 vs production 0\.3, allowed Δ ≤ \+0\.02$/,
    },
    {
      name: 'a relative rise within 10%',
      threshold: { red: { change_relative: 0.1 } },
      direction: 'lower_is_better',
      comparison: { candidate: 0.32, production: 0.3, interval: null },
      level: 'pass',
    },
    {
      name: 'a breach the interval does not confirm',
      threshold: { red: { change_absolute: -0.005 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.89, production: 0.9, interval: { low: -0.03, high: 0.004 } },
      level: 'warn',
      reasons: /but the bootstrap interval does not confirm the drop$/,
    },
    {
      name: 'the same breach when every breach blocks',
      threshold: { red: { change_absolute: -0.005 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.89, production: 0.9, interval: { low: -0.03, high: 0.004 } },
      significantOnly: false,
      level: 'fail',
    },
    {
      name: 'a confirmed breach',
      threshold: { red: { change_absolute: -0.005 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.89, production: 0.9, interval: { low: -0.03, high: -0.006 } },
      level: 'fail',
    },
    {
      name: 'an absolute floor, whatever the interval',
      threshold: { red: { min: 0.9 }, amber: { min: 0.95 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.89, production: null, interval: null },
      level: 'fail',
      reasons: /^0\.89 is below the floor 0\.9$/,
    },
    {
      name: 'only the amber floor',
      threshold: { red: { min: 0.9 }, amber: { min: 0.95 } },
      direction: 'higher_is_better',
      comparison: { candidate: 0.93, production: null, interval: null },
      level: 'warn',
      reasons: /^0\.93 is below the floor 0\.95 \(`amber` bound\)$/,
    },
  ];
  for (const { name, threshold, direction, comparison, significantOnly, level, reasons } of cases) {
    it(name, () => {
      const result = metricLevel(threshold, direction, comparison, significantOnly ?? true);
      assert.equal(result.level, level);
      if (reasons) assert.match(result.reasons[0] ?? '', reasons);
      if (level === 'pass') assert.deepEqual(result.reasons, []);
    });
  }
  it('names the breach that set the level, with its measure and the config key of its bound', () => {
    const floor = metricLevel(
      { red: { min: 0.9 }, amber: { min: 0.95 } },
      'higher_is_better',
      { candidate: 0.89, production: 0.97, interval: null },
      true,
      'roc_auc',
    );
    assert.deepEqual(floor.decisive?.measure, {
      figure: 'roc_auc',
      value: 0.89,
      bound: { comparator: '>=', limit: 0.9 },
      reference: { label: 'production', value: 0.97 },
    });
    assert.deepEqual([floor.decisive?.levelKey, floor.decisive?.bound], ['red', 'min']);
    // An unconfirmed failing change warns, and the warning is what the finding reports.
    const noisy = metricLevel(
      { red: { change_absolute: 0.02 } },
      'lower_is_better',
      { candidate: 0.33, production: 0.3, interval: { low: -0.01, high: 0.05 } },
      true,
      'log_loss',
    );
    assert.equal(noisy.level, 'warn');
    assert.equal(noisy.decisive?.measure.figure, 'Δ log_loss');
    assert.equal(noisy.decisive?.measure.bound?.comparator, '<=');
    assert.equal(noisy.decisive?.bound, 'change_absolute');
    assert.equal(
      metricLevel(
        { red: { min: 0.5 } },
        'higher_is_better',
        { candidate: 0.6, production: null, interval: null },
        true,
      ).decisive,
      null,
    );
  });
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
