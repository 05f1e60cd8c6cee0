import assert from 'node:assert/strict';
import { test } from 'vitest';
import { empiricalCdfGaps } from '../../src/statistics/empirical-cdf-gaps.ts';
import { equalSamples } from '../../src/statistics/equal-samples.ts';

const table = () => ({
  values: Float64Array.from([-2.5, 0, 1, 7]),
  weights: Uint32Array.from([3, 1, 2, 5]),
});

test('equal: the same values with the same weights, or both unweighted, in arrays of their own', () => {
  assert.equal(equalSamples(table(), table()), true);
  assert.equal(equalSamples([1, 2, 2, 3], Float64Array.from([1, 2, 2, 3])), true);
});

test('not equal: a value, a weight or a length apart, or one side weighted and the other not', () => {
  const otherValue = table();
  otherValue.values[3] = 7.5;
  const otherWeight = table();
  otherWeight.weights[0] = 2;
  assert.equal(equalSamples(table(), otherValue), false);
  assert.equal(equalSamples(table(), otherWeight), false);
  assert.equal(equalSamples([1, 2, 3], [1, 2]), false);
  assert.equal(equalSamples([1, 2, 2], { values: [1, 2, 2], weights: [1, 1, 1] }), false);
});

test('the gaps of equal samples, found without the walk, are what the walk gives', () => {
  // stats.ks_2samp(x, x).statistic → 0.0 and stats.wasserstein_distance(x, x) → 0.0 for any x.
  const cuts = [-1, 0, 5];
  const skipped = empiricalCdfGaps(table(), table(), cuts);
  assert.deepEqual(skipped, {
    supremum: 0,
    area: 0,
    bins: [
      [3, 1, 2, 5],
      [3, 1, 2, 5],
    ],
  });
  // The same sample written out unweighted on one side is not `equal`, so it is walked.
  const written = [-2.5, -2.5, -2.5, 0, 1, 1, 7, 7, 7, 7, 7];
  assert.deepEqual(empiricalCdfGaps(table(), written, cuts), skipped);
});

test('typed arrays are compared by their numbers, wherever their bytes lie: −0 is 0, views of larger buffers compare their own part', () => {
  // −0 and +0 have different bytes but are one number: scipy.stats.ks_2samp([-0.0, 1], [0.0, 1]).statistic → 0.0.
  assert.equal(equalSamples(Float64Array.from([-0, 1, 2]), Float64Array.from([0, 1, 2])), true);
  const longer = Float64Array.from([9, -2.5, 0, 1, 7, 9]);
  const weights = Uint32Array.from([0, 3, 1, 2, 5, 0]);
  const view = { values: longer.subarray(1, 5), weights: weights.subarray(1, 5) };
  assert.equal(equalSamples(table(), view), true);
  assert.equal(equalSamples(view, { ...view, weights: weights.subarray(0, 4) }), false);
  assert.equal(equalSamples(view, { ...view, values: longer.subarray(2, 6) }), false);
});
