import assert from 'node:assert/strict';
import { test } from 'vitest';
import { decileCuts } from '../../src/statistics/decile-bins.ts';
import { empiricalCdfGaps } from '../../src/statistics/empirical-cdf-gaps.ts';
import { sortedSample } from './fixture-samples.ts';

test('cuts at the reference deciles and right-closed counts match numpy', () => {
  const reference = sortedSample('cars-1970-1975.csv', 'horsepower');
  const current = sortedSample('cars-1976-1982.csv', 'horsepower');
  const cuts = decileCuts(reference);
  // np.quantile(cars-1970-1975 horsepower, np.arange(1,10)/10)
  assert.deepEqual(
    cuts,
    [70.6, 83.0, 90.0, 95.0, 100.0, 115.0, 150.0, 157.40000000000003, 177.00000000000003],
  );
  const [early, late] = empiricalCdfGaps(reference, current, cuts).bins;
  // np.bincount(np.searchsorted(cuts, early horsepower, side="left")) → [19, 20, 23, 14, 19, 18, 32, 4, 19, 19]
  assert.deepEqual(early, [19, 20, 23, 14, 19, 18, 32, 4, 19, 19]);
  // np.bincount(np.searchsorted(cuts, late horsepower, side="left")) → [53, 35, 39, 9, 12, 27, 31, 2, 2, 3]
  assert.deepEqual(late, [53, 35, 39, 9, 12, 27, 31, 2, 2, 3]);
});

test('tied deciles are merged (mostly-dry precipitation has 5 distinct cuts)', () => {
  const precipitation = sortedSample('weather-seattle-2012.csv', 'precipitation');
  // np.unique(np.quantile(seattle precipitation, np.arange(1,10)/10)) → [0.0, 1.0, 2.6499999999999915, 5.6, 11.05]
  assert.deepEqual(decileCuts(precipitation), [0.0, 1.0, 2.6499999999999915, 5.6, 11.05]);
});

test('a constant reference gives one cut and two bins; values outside the range land in the outer bins', () => {
  const cuts = decileCuts([7, 7, 7, 7]);
  assert.deepEqual(cuts, [7]);
  assert.deepEqual(empiricalCdfGaps([7, 7, 7, 7], [-100, 6.9, 7, 7, 7.1, 1e9], cuts).bins, [
    [4, 0],
    [4, 2],
  ]);
  assert.deepEqual(decileCuts([3]), [3]);
});

test('a weighted sample is binned as its expansion', () => {
  const cuts = [1.5, 3];
  const weighted = { values: [1, 2, 3, 4], weights: [2, 1, 5, 3] };
  const expanded = [1, 1, 2, 3, 3, 3, 3, 3, 4, 4, 4];
  assert.deepEqual(empiricalCdfGaps(weighted, [0, 9], cuts).bins[0], [2, 6, 3]);
  assert.deepEqual(empiricalCdfGaps(expanded, [0, 9], cuts).bins[0], [2, 6, 3]);
  // Cuts below every value and above every value.
  assert.deepEqual(empiricalCdfGaps(weighted, expanded, [-5, 0.5, 10]).bins, [
    [0, 0, 11, 0],
    [0, 0, 11, 0],
  ]);
});
