import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleStandardDeviation } from 'simple-statistics';
import {
  normalizedWasserstein,
  wassersteinDistanceSorted,
} from '../../src/statistics/wasserstein-distance.ts';
import { assertClose, sortedSample } from './fixture-samples.ts';

test('cars 1970–75 vs 1976–82 match scipy, and the reference std matches numpy (ddof = 1)', () => {
  // stats.wasserstein_distance(cars early <col>, cars late <col>); np.std(early, ddof=1)
  const expected: [string, number, number][] = [
    ['miles_per_gallon', 7.518711843711845, 5.820856381341432],
    ['horsepower', 25.87158243579122, 44.33528573052523],
    ['weight_in_lbs', 434.8151561699949, 937.350980824061],
  ];
  for (const [column, distance, std] of expected) {
    const a = sortedSample('cars-1970-1975.csv', column);
    const b = sortedSample('cars-1976-1982.csv', column);
    assertClose(wassersteinDistanceSorted(a, b), distance, 1e-13, column);
    assertClose(wassersteinDistanceSorted(b, a), distance, 1e-13, column);
    const referenceStd = sampleStandardDeviation(Array.from(a));
    assertClose(referenceStd, std, 1e-13, column);
    assertClose(normalizedWasserstein(distance, referenceStd)!, distance / std, 1e-13, column);
  }
});

test('Seattle vs New York temp_max matches scipy', () => {
  // stats.wasserstein_distance(seattle temp_max, new york temp_max) → 2.818579234972677
  const a = sortedSample('weather-seattle-2012.csv', 'temp_max');
  const b = sortedSample('weather-new-york-2012.csv', 'temp_max');
  assertClose(wassersteinDistanceSorted(a, b), 2.818579234972677, 1e-13);
});

test('edge cases: ties, one value, values far outside the reference range, identical samples', () => {
  // stats.wasserstein_distance([1,1,2,5], [3]) → 1.75
  assert.equal(wassersteinDistanceSorted([1, 1, 2, 5], [3]), 1.75);
  // stats.wasserstein_distance([0,1,2], [100,101,102,103]) → 100.5
  assert.equal(wassersteinDistanceSorted([0, 1, 2], [100, 101, 102, 103]), 100.5);
  assert.equal(wassersteinDistanceSorted([4, 4, 4], [4]), 0);
  assert.throws(() => wassersteinDistanceSorted([], [1]), /both sides/);
});

test('normalisation: constant reference and single-value reference', () => {
  assert.equal(normalizedWasserstein(0, 0), 0);
  assert.equal(normalizedWasserstein(0.5, 0), Number.POSITIVE_INFINITY);
  assert.equal(normalizedWasserstein(0.5, Number.NaN), null);
  assert.equal(normalizedWasserstein(3, 2), 1.5);
});

test('weighted samples match scipy with u_weights and v_weights', () => {
  // stats.wasserstein_distance([1,2,4], [1.5,3], [3,1,2], [2,5]) → 1.0714285714285716
  assertClose(
    wassersteinDistanceSorted(
      { values: [1, 2, 4], weights: [3, 1, 2] },
      { values: [1.5, 3], weights: [2, 5] },
    ),
    1.0714285714285716,
    1e-14,
  );
});
