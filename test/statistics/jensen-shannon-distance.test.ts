import assert from 'node:assert/strict';
import { test } from 'vitest';
import { jensenShannonDistance } from '../../src/statistics/jensen-shannon-distance.ts';
import { assertClose } from './fixture-samples.ts';

test('matches scipy.spatial.distance.jensenshannon(base=2)', () => {
  // jensenshannon([25,19,19,19,20,17,18,16,19,17], [56,21,32,28,21,17,25,11,1,0], base=2) → 0.3302658951343436
  assertClose(
    jensenShannonDistance(
      [25, 19, 19, 19, 20, 17, 18, 16, 19, 17],
      [56, 21, 32, 28, 21, 17, 25, 11, 1, 0],
    ),
    0.3302658951343436,
    1e-13,
  );
});

test('disjoint supports are at distance 1, proportional counts at 0', () => {
  // jensenshannon([3,0], [0,5], base=2) → 1.0
  assert.equal(jensenShannonDistance([3, 0], [0, 5]), 1);
  // jensenshannon([1,2,3], [2,4,6], base=2) → 0.0
  assert.equal(jensenShannonDistance([1, 2, 3], [2, 4, 6]), 0);
  assert.equal(jensenShannonDistance([7], [1]), 0);
});
