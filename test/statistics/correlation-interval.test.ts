import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { correlationWithInterval } from '../../src/statistics/correlation-interval.ts';

const offline = [0.71, 0.74, 0.69, 0.8, 0.77, 0.83, 0.79, 0.85, 0.81, 0.88];
const online = [0.02, 0.022, 0.021, 0.025, 0.022, 0.027, 0.026, 0.026, 0.028, 0.031];
const close = (a: number, b: number, what: string) =>
  assert.ok(Math.abs(a - b) < 1e-12, `${what}: ${a} ≠ ${b}`);

describe('correlationWithInterval', () => {
  it('Pearson with the Fisher-z interval matches scipy', () => {
    // r = scipy.stats.pearsonr(x, y): r.statistic → 0.9168925444547559,
    // r.confidence_interval(0.95) → (0.6795978552723348, 0.9804851186213209),
    // r.confidence_interval(0.9) → (0.7386341137746079, 0.9753011323771206)
    const estimate = correlationWithInterval('pearson', offline, online, 0.95);
    assert.ok(estimate.defined);
    close(estimate.r, 0.9168925444547559, 'r');
    close(estimate.low, 0.6795978552723348, 'low');
    close(estimate.high, 0.9804851186213209, 'high');
    const ninety = correlationWithInterval('pearson', offline, online, 0.9);
    assert.ok(ninety.defined);
    close(ninety.low, 0.7386341137746079, 'low 90');
    close(ninety.high, 0.9753011323771206, 'high 90');
  });
  it('Spearman with average ranks for ties and the Bonett–Wright standard error', () => {
    // rho = scipy.stats.spearmanr(x, y).correlation → 0.9024558013122741 (ties in y: 0.022, 0.026);
    // np.tanh(np.arctanh(rho) ± ndtri(0.975) * np.sqrt((1 + rho**2 / 2) / (n - 3)))
    //   → (0.5416727525831881, 0.982469401146142)
    const estimate = correlationWithInterval('spearman', offline, online, 0.95);
    assert.ok(estimate.defined);
    close(estimate.r, 0.9024558013122741, 'rho');
    close(estimate.low, 0.5416727525831881, 'low');
    close(estimate.high, 0.982469401146142, 'high');
  });
  it('is undefined, with the reason, for fewer than 4 pairs or a constant series', () => {
    assert.deepEqual(correlationWithInterval('pearson', [1, 2, 3], [1, 2, 4], 0.95), {
      defined: false,
      method: 'pearson',
      n: 3,
      reason: '3 pairs; a Fisher-z interval needs at least 4',
    });
    const constant = correlationWithInterval('spearman', [1, 2, 3, 4], [5, 5, 5, 5], 0.95);
    assert.equal(constant.defined, false);
  });
  it('a perfect correlation has an interval collapsed at 1', () => {
    const perfect = correlationWithInterval('pearson', [1, 2, 3, 4, 5], [2, 4, 6, 8, 10], 0.95);
    assert.ok(perfect.defined);
    for (const value of [perfect.r, perfect.low, perfect.high])
      assert.ok(value > 1 - 1e-12 && value <= 1);
  });
});
