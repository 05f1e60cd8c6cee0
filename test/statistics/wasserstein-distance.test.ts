import assert from 'node:assert/strict';
import { test } from 'vitest';
import { normalizedWasserstein } from '../../src/statistics/wasserstein-distance.ts';

// W₁ itself is tested against scipy in empirical-cdf-gaps.test.ts.
test('normalisation: constant reference and single-value reference', () => {
  assert.equal(normalizedWasserstein(0, 0), 0);
  assert.equal(normalizedWasserstein(0.5, 0), Number.POSITIVE_INFINITY);
  assert.equal(normalizedWasserstein(0.5, Number.NaN), null);
  assert.equal(normalizedWasserstein(3, 2), 1.5);
});
