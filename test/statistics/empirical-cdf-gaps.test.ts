import assert from 'node:assert/strict';
import { sampleStandardDeviation } from 'simple-statistics';
import { test } from 'vitest';
import { empiricalCdfGaps } from '../../src/statistics/empirical-cdf-gaps.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
import { normalizedWasserstein } from '../../src/statistics/wasserstein-distance.ts';
import { assertClose, sortedSample } from './fixture-samples.ts';

const area = (...samples: Parameters<typeof empiricalCdfGaps>) => empiricalCdfGaps(...samples).area;

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
    assertClose(area(a, b), distance, 1e-13, column);
    assertClose(area(b, a), distance, 1e-13, column);
    const referenceStd = sampleStandardDeviation(Array.from(a));
    assertClose(referenceStd, std, 1e-13, column);
    assertClose(normalizedWasserstein(distance, referenceStd)!, distance / std, 1e-13, column);
  }
});

test('Seattle vs New York temp_max matches scipy', () => {
  // stats.wasserstein_distance(seattle temp_max, new york temp_max) → 2.818579234972677
  const a = sortedSample('weather-seattle-2012.csv', 'temp_max');
  const b = sortedSample('weather-new-york-2012.csv', 'temp_max');
  assertClose(area(a, b), 2.818579234972677, 1e-13);
});

test('edge cases: ties, one value, values far outside the reference range, identical samples', () => {
  // stats.wasserstein_distance([1,1,2,5], [3]) → 1.75
  assert.equal(area([1, 1, 2, 5], [3]), 1.75);
  // stats.wasserstein_distance([0,1,2], [100,101,102,103]) → 100.5
  assert.equal(area([0, 1, 2], [100, 101, 102, 103]), 100.5);
  assert.equal(area([4, 4, 4], [4]), 0);
  assert.throws(() => area([], [1]), /at least one value on each side/);
});

test('weighted samples match scipy with u_weights and v_weights', () => {
  // stats.wasserstein_distance([1,2,4], [1.5,3], [3,1,2], [2,5]) → 1.0714285714285716
  assertClose(
    area({ values: [1, 2, 4], weights: [3, 1, 2] }, { values: [1.5, 3], weights: [2, 5] }),
    1.0714285714285716,
    1e-14,
  );
});

test('the supremum is the KS statistic, also when one side runs out first', () => {
  // stats.ks_2samp([1,1,2,5], [3]).statistic → 0.75; ([0,1,2], [100,101,102,103]) → 1.0 either way round
  assert.equal(empiricalCdfGaps([1, 1, 2, 5], [3]).supremum, 0.75);
  assert.equal(empiricalCdfGaps([0, 1, 2], [100, 101, 102, 103]).supremum, 1);
  assert.equal(empiricalCdfGaps([100, 101, 102, 103], [0, 1, 2]).supremum, 1);
  // stats.ks_2samp([1,2,3,4,10], [2,2,3.5]) → statistic 0.4; stats.wasserstein_distance(same) → 1.8999999999999997
  assert.deepEqual(empiricalCdfGaps([1, 2, 3, 4, 10], [2, 2, 3.5]), {
    supremum: 0.4,
    area: 1.8999999999999997,
    bins: [[5], [3]],
  });
});

test('one walk gives what evaluating both CDFs at every pooled value gives, weighted or not', () => {
  const random = seededRandom(11);
  for (let round = 0; round < 20; round++) {
    // Few distinct values, so ties across and within samples are common; ranges overlap only in part.
    const draw = (length: number, offset: number) =>
      Array.from({ length }, () => Math.round(random() * 30) / 2 + offset).sort((x, y) => x - y);
    const a = draw(1 + Math.floor(random() * 200), 0);
    const b = draw(1 + Math.floor(random() * 200), random() * 10);
    const pooled = [...new Set([...a, ...b])].sort((x, y) => x - y);
    const atMost = (sample: number[], x: number) => sample.filter((v) => v <= x).length;
    let supremum = 0;
    let area = 0;
    pooled.forEach((x, k) => {
      const gap = atMost(a, x) / a.length - atMost(b, x) / b.length;
      supremum = Math.max(supremum, Math.abs(gap));
      if (k + 1 < pooled.length) area += Math.abs(gap) * (pooled[k + 1]! - x);
    });
    // Cuts at values of either sample, between them, and outside both.
    const cuts = [...new Set([-1, ...pooled.filter((_, k) => k % 7 === 0), 3.25, 99])].sort(
      (x, y) => x - y,
    );
    const binsOf = (sample: number[]) =>
      [...cuts, Number.POSITIVE_INFINITY].map(
        (cut, k) => sample.filter((v) => v <= cut && (k === 0 || v > cuts[k - 1]!)).length,
      );
    const gaps = empiricalCdfGaps(Float64Array.from(a), Float64Array.from(b), cuts);
    assert.equal(gaps.supremum, supremum);
    assertClose(gaps.area, area, 1e-12);
    assert.deepEqual(gaps.bins, [binsOf(a), binsOf(b)]);
    // The same samples as frequency tables.
    const table = (sample: number[]) => {
      const values = [...new Set(sample)];
      return { values, weights: values.map((v) => sample.filter((w) => w === v).length) };
    };
    assert.deepEqual(empiricalCdfGaps(table(a), table(b), cuts), gaps);
  }
});

test('a walk of many calls (more than 4,096 steps) gives what the CDFs give at every pooled value', () => {
  const random = seededRandom(23);
  for (let round = 0; round < 3; round++) {
    const draw = (length: number, offset: number) =>
      Float64Array.from({ length }, () => Math.round(random() * 50_000) / 1000 + offset).sort();
    const a = draw(9000 + round * 1000, 0);
    const b = draw(7000, 5 * round);
    // Counts ≤ each pooled value, by a second walk written for clarity, not speed.
    const pooled = Float64Array.from(new Set([...a, ...b])).sort();
    let supremum = 0;
    let area = 0;
    let i = 0;
    let j = 0;
    pooled.forEach((x, k) => {
      while (i < a.length && a[i]! <= x) i++;
      while (j < b.length && b[j]! <= x) j++;
      const gap = i / a.length - j / b.length;
      supremum = Math.max(supremum, Math.abs(gap));
      if (k + 1 < pooled.length) area += Math.abs(gap) * (pooled[k + 1]! - x);
    });
    // Cuts that the walk passes in different calls.
    const cuts = [2.5, 10, 17.125, 25, 33.33, 40, 47.5, 60];
    const binsOf = (sample: Float64Array) =>
      [...cuts, Number.POSITIVE_INFINITY].map(
        (cut, k) => sample.filter((v) => v <= cut && (k === 0 || v > cuts[k - 1]!)).length,
      );
    const gaps = empiricalCdfGaps(a, b, cuts);
    assert.ok(pooled.length > 2 * 4096, `${pooled.length} steps`);
    assert.equal(gaps.supremum, supremum);
    assertClose(gaps.area, area, 1e-12);
    assert.deepEqual(gaps.bins, [binsOf(a), binsOf(b)]);
    // As frequency tables of thousands of entries: the bins read their cumulative weights by blocks.
    const table = (sample: Float64Array) => {
      const values = Float64Array.from(new Set(sample));
      const weights = new Uint32Array(values.length);
      let k = -1;
      sample.forEach((v, n) => {
        if (n === 0 || v !== sample[n - 1]) k++;
        weights[k]! += 1;
      });
      return { values, weights };
    };
    assert.ok(table(a).values.length > 1000);
    const weighted = empiricalCdfGaps(table(a), table(b), cuts);
    assert.deepEqual(weighted.bins, gaps.bins);
    assert.equal(weighted.supremum, gaps.supremum);
  }
});

test('cuts at −∞ and +∞ hold nothing and everything', () => {
  const gaps = empiricalCdfGaps(
    [1, 2, 3],
    [2, 5],
    [Number.NEGATIVE_INFINITY, 2, Number.POSITIVE_INFINITY],
  );
  assert.deepEqual(gaps.bins, [
    [0, 2, 1, 0],
    [0, 1, 1, 0],
  ]);
});
