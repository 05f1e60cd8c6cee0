import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { directionOf, improvement, metricNamesByTask } from '../../src/metrics/metric-catalog.ts';

describe('metric catalog', () => {
  it('knows the direction of every metric it computes', () => {
    const lower = new Set(['log_loss', 'brier', 'mae', 'rmse', 'mape']);
    for (const names of Object.values(metricNamesByTask)) {
      for (const name of names) {
        assert.equal(
          directionOf(name),
          lower.has(name) ? 'lower_is_better' : 'higher_is_better',
          name,
        );
      }
    }
  });
  it('reads the direction of metrics-file keys from their last word, and admits when it cannot', () => {
    const cases: [string, string | undefined][] = [
      ['test.auc', 'higher_is_better'],
      ['val_loss', 'lower_is_better'],
      ['metrics/accuracy', 'higher_is_better'],
      ['eval.rmse', 'lower_is_better'],
      ['test.f1_weighted', 'higher_is_better'],
      ['latency_ms', undefined],
      ['throughput', undefined],
      ['lossy_auc_ratio', undefined],
    ];
    for (const [name, expected] of cases) assert.equal(directionOf(name), expected, name);
  });
  it('measures improvement in the metric’s own direction', () => {
    assert.ok(Math.abs(improvement('higher_is_better', 0.9, 0.85) - 0.05) < 1e-12);
    assert.ok(Math.abs(improvement('lower_is_better', 0.3, 0.4) - 0.1) < 1e-12);
  });
});
