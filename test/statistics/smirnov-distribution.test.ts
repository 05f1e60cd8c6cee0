import assert from 'node:assert/strict';
import { test } from 'vitest';
import { smirnovSf } from '../../src/statistics/smirnov-distribution.ts';
import { assertClose } from './fixture-samples.ts';

test('matches scipy.special.smirnov', () => {
  // [n, x, special.smirnov(n, x)] from scipy 1.17.1
  const cases: [number, number, number][] = [
    [1, 0.4, 0.6],
    [7, 0.1, 0.8228439],
    [10, 0.5, 0.003888705],
    [50, 0.3, 8.676630101359369e-5],
    [1000, 0.05, 0.006506037390545166],
    [500000, 0.003, 0.00012316150619593377],
    [2000000, 0.001, 0.018303432023617325],
    [100, 0.999, 1.0000000000000889e-300],
  ];
  for (const [n, x, expected] of cases) {
    assertClose(smirnovSf(n, x), expected, 1e-11, `smirnov(${n}, ${x})`);
  }
});

test('bounds and invalid arguments', () => {
  assert.equal(smirnovSf(5, 0), 1);
  assert.equal(smirnovSf(5, 1), 0);
  assert.ok(Number.isNaN(smirnovSf(5, 1.5)));
  assert.ok(Number.isNaN(smirnovSf(0, 0.5)));
});
