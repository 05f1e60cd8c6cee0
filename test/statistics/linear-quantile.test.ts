import assert from 'node:assert/strict';
import { quantileSorted } from 'simple-statistics';
import { test } from 'vitest';
import {
  linearQuantileSorted,
  linearQuantilesSorted,
} from '../../src/statistics/linear-quantile.ts';
import { sortedSample } from './fixture-samples.ts';

test('quantiles of real data equal numpy.quantile bit for bit', () => {
  const horsepower = sortedSample('cars-1970-1975.csv', 'horsepower');
  // np.quantile(cars-1970-1975 horsepower, [0, .1, .25, .5, .9, 1]) → [46.0, 70.6, 88.0, 100.0, 177.00000000000003, 230.0]
  assert.deepEqual(
    linearQuantilesSorted(horsepower, [0, 0.1, 0.25, 0.5, 0.9, 1]),
    [46.0, 70.6, 88.0, 100.0, 177.00000000000003, 230.0],
  );
});

test('interpolates from the upper neighbour when t ≥ 0.5, as numpy does (simple-statistics differs)', () => {
  const x = [
    0.26440126987018675, 0.3838303131035298, 0.3958127674596281, 0.42053643744070945,
    0.5063840414302688, 0.7023657918483504, 0.7412112609401916,
  ];
  // np.quantile(x7, 0.8) → 0.6631694417647341
  assert.equal(linearQuantileSorted(x, 0.8), 0.6631694417647341);
  assert.equal(quantileSorted(x, 0.8), 0.6631694417647342);
});

test('edge cases: one value, ties, bounds, bad input', () => {
  // np.quantile([3.5], 0.3) → 3.5
  assert.equal(linearQuantileSorted([3.5], 0.3), 3.5);
  // np.quantile([1,2,2,2,2,3], [0.1, 0.5, 0.95]) → [1.5, 2.0, 2.75]
  assert.deepEqual(
    linearQuantilesSorted(new Float64Array([1, 2, 2, 2, 2, 3]), [0.1, 0.5, 0.95]),
    [1.5, 2.0, 2.75],
  );
  assert.throws(() => linearQuantileSorted([], 0.5), /at least one value/);
  assert.throws(() => linearQuantileSorted([1, 2], 1.5), /\[0, 1\]/);
  assert.throws(() => linearQuantileSorted([1, 2], Number.NaN), /\[0, 1\]/);
});

test('an order statistic comes back as is, even where b − a overflows', () => {
  // np.quantile([-1e308, 1e308], 0) → nan (overflow in b − a); the order statistic is -1e308.
  assert.equal(linearQuantileSorted([-1e308, 1e308], 0), -1e308);
  assert.equal(linearQuantileSorted([-1e308, 0, 1e308], 0.5), 0);
});
