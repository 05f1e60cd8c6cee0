import assert from 'node:assert/strict';
import { test } from 'vitest';
import { kolmogorovSf } from '../../src/statistics/kolmogorov-distribution.ts';
import { assertClose } from './fixture-samples.ts';

test('matches scipy.stats.kstwo.sf in every branch of Simard–L’Ecuyer', () => {
  // [n, d, stats.kstwo.sf(d, n)] from scipy 1.17.1; the comment names the branch taken.
  const cases: [number, number, number, string][] = [
    [1, 0.3, 1.0, 'n·d ≤ 1/2'],
    [5, 0.15, 0.9988, 'Ruben–Gambino, 1/2n < d ≤ 1/n'],
    [5, 0.9, 1.9999999999999978e-5, 'Ruben–Gambino, n·d ≥ n − 1'],
    [10, 0.5, 0.00777741, 'd ≥ 0.5: 2·smirnov'],
    [20, 0.1, 0.976255094592155, 'n ≤ 140, nd² ≤ 0.754693: Durbin'],
    [100, 0.06, 0.8428847956274123, 'Durbin'],
    [100, 0.12, 0.1033037490181987, 'n ≤ 140, nd² ≤ 4: Pomeranz'],
    [140, 0.05, 0.8576480297656114, 'Durbin at the n = 140 edge'],
    [100, 0.3, 1.7719869892662917e-8, 'n ≤ 140, nd² > 4: 2·smirnov'],
    [1000, 0.0007, 1.0, 'n·d ≤ 1/2'],
    [1000, 0.01, 0.9999496745370611, 'n > 140, small nd²: Durbin'],
    [1000, 0.05, 0.013012074781090332, 'nd² ≥ 2.2: 2·smirnov'],
    [1000, 0.15, 4.16424802243078e-20, '2·smirnov, deep tail'],
    [20000, 0.005, 0.6974088406327613, 'Pelz–Good (n·d^1.5 > 1.4)'],
    [50000, 0.0009, 0.999999999999086, 'Durbin, n > 140 with an 89 × 89 matrix'],
    [200000, 0.002, 0.39995085369038097, 'Pelz–Good'],
    [500000, 0.0015, 0.21034190155828947, 'Pelz–Good'],
    [500000, 0.004, 2.2445978493851467e-7, '2·smirnov with n = 500000'],
    [500000, 0.03, 0.0, 'nd² ≥ 370'],
    [3000000, 0.0009, 0.015491669704337492, '2·smirnov, n > 10⁶ approximation'],
  ];
  for (const [n, d, expected, branch] of cases) {
    assertClose(kolmogorovSf(n, d), expected, 1e-11, `kstwo.sf(${d}, ${n}) [${branch}]`);
  }
});

test('bounds and invalid arguments', () => {
  assert.equal(kolmogorovSf(10, 0), 1);
  assert.equal(kolmogorovSf(10, 1), 0);
  assert.equal(kolmogorovSf(10, -0.1), 1);
  assert.ok(Number.isNaN(kolmogorovSf(0, 0.5)));
  assert.ok(Number.isNaN(kolmogorovSf(2.5, 0.5)));
  assert.ok(Number.isNaN(kolmogorovSf(10, Number.NaN)));
});
