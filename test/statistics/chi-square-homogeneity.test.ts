import assert from 'node:assert/strict';
import { test } from 'vitest';
import { chiSquareHomogeneity } from '../../src/statistics/chi-square-homogeneity.ts';
import { assertClose, categoryCounts } from './fixture-samples.ts';

test('origin of cars 1970–75 vs 1976–82 matches scipy.stats.chi2_contingency(correction=False)', () => {
  const origins = ['USA', 'Europe', 'Japan'];
  const early = categoryCounts('cars-1970-1975.csv', 'origin', origins);
  const late = categoryCounts('cars-1976-1982.csv', 'origin', origins);
  assert.deepEqual(
    [early, late],
    [
      [129, 35, 25],
      [125, 38, 54],
    ],
  );
  // stats.chi2_contingency([[129, 35, 25], [125, 38, 54]], correction=False) → (8.943351684698348, 2, 0.011428148019436576)
  const result = chiSquareHomogeneity(early, late);
  assertClose(result.statistic, 8.943351684698348, 1e-13);
  assert.equal(result.degreesOfFreedom, 2);
  assertClose(result.pValue, 0.011428148019436576, 1e-12);
});

test('Seattle vs New York weather kinds (a rare category included)', () => {
  const kinds = ['drizzle', 'fog', 'rain', 'snow', 'sun'];
  const seattle = categoryCounts('weather-seattle-2012.csv', 'weather', kinds);
  const newYork = categoryCounts('weather-new-york-2012.csv', 'weather', kinds);
  // stats.chi2_contingency([[31, 5, 191, 21, 118], [26, 2, 156, 20, 162]], correction=False) → (12.193246101124746, 4, 0.01597062779962721)
  const result = chiSquareHomogeneity(seattle, newYork);
  assertClose(result.statistic, 12.193246101124746, 1e-13);
  assert.equal(result.degreesOfFreedom, 4);
  assertClose(result.pValue, 0.01597062779962721, 1e-12);
});

test('disjoint categories and a single category', () => {
  // stats.chi2_contingency([[30,0],[0,20]], correction=False) → (50.0, 1, 1.537459794428033e-12)
  const disjoint = chiSquareHomogeneity([30, 0], [0, 20]);
  assert.equal(disjoint.statistic, 50);
  assertClose(disjoint.pValue, 1.537459794428033e-12, 1e-12);
  // stats.chi2_contingency([[30],[20]], correction=False) → (0.0, 0, 1.0)
  assert.deepEqual(chiSquareHomogeneity([30], [20]), {
    statistic: 0,
    degreesOfFreedom: 0,
    pValue: 1,
  });
  assert.throws(() => chiSquareHomogeneity([0, 0], [3, 4]), /positive total/);
  assert.throws(() => chiSquareHomogeneity([1, 0], [3, 0]), /positive total/);
});
