import assert from 'node:assert/strict';
import { test } from 'vitest';
import { regularizedBeta } from '../../src/statistics/regularized-beta.ts';
import { assertClose } from './fixture-samples.ts';

test('regularized incomplete beta matches scipy.special.betainc, both sides and a tiny tail', () => {
  // [a, b, x, scipy.special.betainc(a, b, x)] from scipy 1.10.1
  // (printed by test/fixtures/staleness/reference-values.py)
  const cases: [number, number, number, number][] = [
    [2, 3, 0.4, 0.5247999999999999],
    [0.5, 0.5, 0.01, 0.06376856085851987],
    [17, 0.5, 0.9, 0.06025207150240479],
    [5, 0.5, 0.999, 0.9222819921009667],
    [200, 0.5, 0.5, 3.500102489320291e-62],
    [1.5, 40, 0.2, 0.9995518019778433],
  ];
  for (const [a, b, x, expected] of cases) {
    assertClose(regularizedBeta(x, a, b), expected, 1e-12, `betainc(${a}, ${b}, ${x})`);
  }
});

test('regularized incomplete beta is 0 and 1 at the ends and NaN outside its domain', () => {
  assert.equal(regularizedBeta(0, 2, 3), 0);
  assert.equal(regularizedBeta(1, 2, 3), 1);
  assert.ok(Number.isNaN(regularizedBeta(1.5, 2, 3)));
  assert.ok(Number.isNaN(regularizedBeta(0.5, 0, 3)));
});
