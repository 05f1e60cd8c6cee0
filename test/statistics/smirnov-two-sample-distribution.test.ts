import assert from 'node:assert/strict';
import { test } from 'vitest';
import { gcd, smirnovTwoSampleSf } from '../../src/statistics/smirnov-two-sample-distribution.ts';
import { assertClose } from './fixture-samples.ts';

test('disjoint samples of 3 and 4: 2 of the C(7,3) = 35 orderings reach D = 1', () => {
  // stats.ks_2samp([1,2,3], [10,11,12,13]) → (1.0, 0.05714285714285715)
  assertClose(smirnovTwoSampleSf(3, 4, 12), 2 / 35, 1e-14);
  assertClose(smirnovTwoSampleSf(3, 4, 12), 0.05714285714285715, 1e-14);
});

test('equal sizes use the closed form; D = 0 has probability 1', () => {
  // stats.ks_2samp([1], [2]) → (1.0, 1.0)
  assert.equal(smirnovTwoSampleSf(1, 1, 1), 1);
  assert.equal(smirnovTwoSampleSf(50, 70, 0), 1);
});

test('gcd', () => {
  assert.equal(gcd(182, 216), 2);
  assert.equal(gcd(366, 366), 366);
  assert.equal(gcd(7, 1), 1);
});
