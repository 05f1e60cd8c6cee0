import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  populationStabilityIndex,
  proportions,
} from '../../src/statistics/population-stability-index.ts';
import { assertClose } from './fixture-samples.ts';

// Horsepower of cars 1970–75 (reference) and 1976–82 (current) in the reference's decile bins.
const early = [25, 19, 19, 19, 20, 17, 18, 16, 19, 17];
const late = [56, 21, 32, 28, 21, 17, 25, 11, 1, 0];

test('matches the numpy formula with zero proportions replaced by 1e-4', () => {
  // p, q = counts / total; pz, qz = np.where(x == 0, 1e-4, x); np.sum((qz - pz) * np.log(qz / pz)) → 1.0470277515777673
  assertClose(populationStabilityIndex(early, late), 1.0470277515777673, 1e-13);
});

test('identical distributions score 0; the index is symmetric', () => {
  assert.equal(populationStabilityIndex([1, 2, 3], [2, 4, 6]), 0);
  assertClose(populationStabilityIndex(late, early), populationStabilityIndex(early, late), 1e-15);
});

test('an empty side cannot be compared', () => {
  assert.throws(() => populationStabilityIndex([0, 0], [1, 2]), /at least one counted value/);
  assert.deepEqual(proportions([1, 3]), [0.25, 0.75]);
});
