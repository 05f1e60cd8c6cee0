import assert from 'node:assert/strict';
import { test } from 'vitest';
import { empiricalCdfGaps } from '../../src/statistics/empirical-cdf-gaps.ts';
import { ksTwoSampleSorted } from '../../src/statistics/ks-two-sample.ts';
import { assertClose, golden, sortedSample } from './fixture-samples.ts';

const early = 'cars-1970-1975.csv';
const late = 'cars-1976-1982.csv';

test('cars 1970–75 vs 1976–82: exact p-values with unequal sizes match scipy', () => {
  // stats.ks_2samp(cars early <col>, cars late <col>) → (statistic, pvalue), scipy 1.17.1
  const expected: [string, number, number][] = [
    ['miles_per_gallon', 0.406033781033781, 4.16133799413949e-15], // n = 182, 216
    ['horsepower', 0.2774723205543421, 2.913182970769077e-7], // n = 187, 213
    ['weight_in_lbs', 0.2261478067929681, 5.022918067862763e-5],
    ['acceleration', 0.2350230414746544, 2.151615260209746e-5],
    ['cylinders', 0.23485236388462194, 2.1876309484139483e-5], // 5 distinct values: ties
  ];
  for (const [column, statistic, pValue] of expected) {
    const result = ksTwoSampleSorted(sortedSample(early, column), sortedSample(late, column));
    assert.equal(result.method, 'exact');
    assertClose(result.statistic, statistic, 1e-14, column);
    assertClose(result.pValue, pValue, 1e-9, column);
  }
});

test('Seattle vs New York 2012 weather: equal sizes (closed form) match scipy', () => {
  // stats.ks_2samp(seattle <col>, new york <col>) → (statistic, pvalue)
  const expected: [string, number, number][] = [
    ['temp_max', 0.1830601092896175, 8.94612084356735e-6],
    ['precipitation', 0.1448087431693989, 0.000913542799087052], // most days are 0.0: ties
    ['wind', 0.35792349726775957, 3.227390911611173e-21],
  ];
  for (const [column, statistic, pValue] of expected) {
    const result = ksTwoSampleSorted(
      sortedSample('weather-seattle-2012.csv', column),
      sortedSample('weather-new-york-2012.csv', column),
    );
    assert.equal(result.method, 'exact');
    assertClose(result.statistic, statistic, 1e-14, column);
    assertClose(result.pValue, pValue, 1e-9, column);
  }
});

test('above 10,000 values the asymptotic distribution is used, as method="auto"', () => {
  const a = golden(12000, 0.6180339887498949).sort();
  const close = golden(9000, 0.7548776662466927)
    .map((v) => v * 0.98 + 0.01)
    .sort();
  const shifted = golden(15000, 0.7548776662466927)
    .map((v) => v * 0.9)
    .sort();
  // stats.ks_2samp(golden(12000, .618…), golden(9000, .754…)*.98+.01) → (0.010166666666666668, 0.658510775263232)
  const near = ksTwoSampleSorted(a, close);
  assert.equal(near.method, 'asymptotic');
  assertClose(near.statistic, 0.010166666666666668, 1e-14);
  assertClose(near.pValue, 0.658510775263232, 1e-10);
  // stats.ks_2samp(golden(12000, .618…), golden(15000, .754…)*.9) → (0.1000833333333333, 1.3763025839978232e-58)
  const far = ksTwoSampleSorted(a, shifted);
  assertClose(far.statistic, 0.1000833333333333, 1e-14);
  assertClose(far.pValue, 1.3763025839978232e-58, 1e-10);
});

test('edge cases: n = 1, constant samples, disjoint samples, empty side', () => {
  // stats.ks_2samp([1], [2]) → (1.0, 1.0)
  assert.deepEqual(ksTwoSampleSorted([1], [2]), { statistic: 1, pValue: 1, method: 'exact' });
  // stats.ks_2samp([5,5,5], [5,5]) → (0.0, 1.0)
  assert.deepEqual(ksTwoSampleSorted([5, 5, 5], [5, 5]), {
    statistic: 0,
    pValue: 1,
    method: 'exact',
  });
  // stats.ks_2samp([1,2,3], [10,11,12,13]) → (1.0, 0.05714285714285715)
  const disjoint = ksTwoSampleSorted([1, 2, 3], [10, 11, 12, 13]);
  assert.equal(disjoint.statistic, 1);
  assertClose(disjoint.pValue, 0.05714285714285715, 1e-14);
  assert.throws(() => ksTwoSampleSorted([], [1]), /at least one value/);
});

test('the statistic is symmetric and ignores the order of tied values', () => {
  const a = sortedSample(early, 'cylinders');
  const b = sortedSample(late, 'cylinders');
  assert.equal(empiricalCdfGaps(a, b).supremum, empiricalCdfGaps(b, a).supremum);
});

test('a weighted sample (a frequency table or profile summary) equals its expansion', () => {
  const a = { values: [1, 2, 4], weights: [3, 1, 2] };
  const b = { values: [1.5, 3], weights: [2, 5] };
  // stats.ks_2samp(np.repeat([1,2,4],[3,1,2]), np.repeat([1.5,3],[2,5])) → (0.5, 0.3327505827505828)
  const weighted = ksTwoSampleSorted(a, b);
  const expanded = ksTwoSampleSorted([1, 1, 1, 2, 4, 4], [1.5, 1.5, 3, 3, 3, 3, 3]);
  assert.deepEqual(weighted, expanded);
  assert.equal(weighted.statistic, 0.5);
  assertClose(weighted.pValue, 0.3327505827505828, 1e-12);
});
