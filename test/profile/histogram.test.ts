import assert from 'node:assert/strict';
import { test } from 'vitest';
import { histogramOf } from '../../src/profile/histogram.ts';
import { valueTable } from '../../src/statistics/quantile-summary.ts';
import { sortNumbers } from '../../src/statistics/sort-numbers.ts';
import { fixtureNumbers } from '../mocks/profile-fixtures.ts';

function histogram(values: number[], bins = 20) {
  const table = valueTable(sortNumbers(values));
  return histogramOf(table, table.values[0]!, table.values[table.values.length - 1]!, bins);
}

test('counts and edges equal numpy.histogram(x, bins=20) on seattle-weather', () => {
  const temp = histogram(fixtureNumbers('profile/seattle-weather.csv', 'temp_max'));
  // numpy.histogram(df['temp_max'], bins=20)
  assert.deepEqual(
    temp.counts,
    [5, 7, 20, 41, 75, 143, 136, 130, 158, 105, 88, 119, 96, 97, 84, 55, 49, 29, 13, 11],
  );
  assert.deepEqual(
    temp.edges,
    [
      -1.6, 0.26, 2.12, 3.98, 5.84, 7.700000000000001, 9.56, 11.420000000000002, 13.280000000000001,
      15.140000000000002, 17.0, 18.86, 20.72, 22.58, 24.44, 26.3, 28.16, 30.02, 31.880000000000003,
      33.74, 35.6,
    ],
  );
  // numpy.histogram(df['wind'], bins=20)[0] — many values sit exactly on edges (0.1 steps)
  assert.deepEqual(
    histogram(fixtureNumbers('profile/seattle-weather.csv', 'wind')).counts,
    [15, 72, 92, 197, 213, 243, 120, 145, 85, 87, 67, 35, 36, 24, 11, 7, 8, 1, 2, 1],
  );
  // numpy.histogram(df['precipitation'], bins=20)[0]
  assert.deepEqual(
    histogram(fixtureNumbers('profile/seattle-weather.csv', 'precipitation')).counts,
    [1090, 123, 68, 48, 35, 22, 21, 15, 5, 12, 4, 7, 3, 2, 0, 1, 2, 0, 0, 3],
  );
});

test('a constant column spans (v − 0.5, v + 0.5) as numpy does', () => {
  // numpy.histogram([3, 3, 3], bins=4) → ([0, 0, 3, 0], [2.5, 2.75, 3.0, 3.25, 3.5])
  assert.deepEqual(histogram([3, 3, 3], 4), {
    edges: [2.5, 2.75, 3, 3.25, 3.5],
    counts: [0, 0, 3, 0],
  });
});
