import assert from 'node:assert/strict';
import { test } from 'vitest';
import { studentTQuantile, studentTSf } from '../../src/statistics/student-t.ts';
import { assertClose } from './fixture-samples.ts';

test('Student t survival function matches scipy.stats.t.sf', () => {
  // [t, df, scipy.stats.t.sf(t, df)] from scipy 1.10.1 (test/fixtures/staleness/reference-values.py)
  const cases: [number, number, number][] = [
    [0.5, 1, 0.3524163823495668],
    [2.0, 3, 0.06966298427942155],
    [2.5, 7, 0.020496109292876437],
    [-1.3, 10, 0.8886170913965777],
    [4.0, 34, 0.0001619110041357544],
    [10, 34, 5.8327806032734276e-12],
    [40, 5, 9.205981085886476e-8],
    [1.96, 1e6, 0.02499803379263489],
  ];
  for (const [t, df, expected] of cases) {
    assertClose(studentTSf(t, df), expected, 1e-11, `t.sf(${t}, ${df})`);
  }
});

test('Student t quantile matches a 50-digit mpmath root of the survival function, in both tails', () => {
  // [p, df, t] with t the root of mpmath.betainc(df/2, 1/2, 0, df/(df + t²), regularized=True)/2 = min(p, 1 − p)
  // (mpmath 1.2.1 at 50 digits, test/fixtures/staleness/reference-values.py). scipy 1.10.1's
  // scipy.stats.t.ppf(p, df) agrees only to about 1e-9 (its t.ppf(0.975, 1) is 12.706204736432095,
  // 2e-11 off the exact tan(0.475π)), so it is not the reference here.
  const cases: [number, number, number][] = [
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 7, 2.364624251592785],
    [0.975, 34, 2.0322445093177186],
    [0.95, 34, 1.6909242551868544],
    [0.995, 3, 5.840909309733355],
    [0.025, 10, -2.228138851986275],
    [1e-10, 5, -156.8255927088943],
  ];
  for (const [p, df, expected] of cases) {
    assertClose(studentTQuantile(p, df), expected, 1e-13, `t quantile (${p}, ${df})`);
  }
  // At a million degrees of freedom the survival function itself is good to 2e-12 (above).
  assertClose(studentTQuantile(0.975, 1e6), 1.9599663568141066, 1e-11, 't quantile (0.975, 1e6)');
  // Closed forms: t₁(p) = tan(π(p − ½)); t₂(p) = (2p − 1)·√(2/(4p(1 − p))).
  assertClose(studentTQuantile(0.9, 1), Math.tan(0.4 * Math.PI), 1e-14, 'df 1');
  assertClose(studentTQuantile(0.9, 2), 0.8 * Math.sqrt(2 / (4 * 0.9 * 0.1)), 1e-14, 'df 2');
  assert.equal(studentTQuantile(0.5, 4), 0);
  assert.ok(Number.isNaN(studentTQuantile(1, 4)));
});
