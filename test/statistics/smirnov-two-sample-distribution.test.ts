import assert from 'node:assert/strict';
import { test } from 'vitest';
import { gcd, smirnovTwoSampleSf } from '../../src/statistics/smirnov-two-sample-distribution.ts';
import { assertClose } from './fixture-samples.ts';

test('disjoint samples of 3 and 4: 2 of the C(7,3) = 35 orderings reach D = 1', () => {
  // stats.ks_2samp([1,2,3], [10,11,12,13]) → (1.0, 0.05714285714285715)
  assertClose(smirnovTwoSampleSf(3, 4, 12), 2 / 35, 1e-14);
  assertClose(smirnovTwoSampleSf(3, 4, 12), 0.05714285714285715, 1e-14);
});

test('unequal sizes equal scipy to the last bit: odd and even columns, narrow and clipped bands', () => {
  // scipy 1.10.1 (Debian python3-scipy): scipy.stats._stats_pythran._compute_outer_prob_inside_method(
  // m, n, gcd(m, n), h) with h = round(d · lcm(m, n)), the call ks_2samp(method='exact') makes.
  // Column pairs are swept together (smirnov-band.wat's $sweepPair), each entry computed as scipy does.
  const cases: [number, number, number, number][] = [
    [7, 4, 14, 0.4151515151515151],
    [100, 37, 740, 0.19568360368737245],
    [731, 730, 26682, 0.3052200126739118],
    [731, 730, 53363, 0.0012196011950407943],
    [2001, 1500, 40020, 0.12426856373740246],
    [1500, 2001, 40020, 0.12426856373740246],
    [10000, 9000, 1800, 0.04450301490911741],
    [10000, 9000, 9000, 1.1382391376309285e-41],
  ];
  for (const [m, n, h, expected] of cases) {
    assert.equal(smirnovTwoSampleSf(m, n, h), expected, `m ${m}, n ${n}, h ${h}`);
  }
});

test('equal sizes use the closed form; D = 0 has probability 1', () => {
  // stats.ks_2samp([1], [2]) → (1.0, 1.0)
  assert.equal(smirnovTwoSampleSf(1, 1, 1), 1);
  assert.equal(smirnovTwoSampleSf(50, 70, 0), 1);
});

test('samples too large for the 32-bit recursion are refused, not wrapped', () => {
  assert.throws(() => smirnovTwoSampleSf(50_000, 49_999, 1_000_000), RangeError);
});

test('gcd', () => {
  assert.equal(gcd(182, 216), 2);
  assert.equal(gcd(366, 366), 366);
  assert.equal(gcd(7, 1), 1);
});
