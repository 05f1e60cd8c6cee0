import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { QuantileSummary } from '../../src/statistics/quantile-summary.ts';
import {
  countAtMost,
  mergeSummaries,
  pruneSorted,
  pruneTable,
  quantileOf,
  summaryOf,
  valueTable,
} from '../../src/statistics/quantile-summary.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
import { sortNumbers } from '../../src/statistics/sort-numbers.ts';
import { fixtureNumbers } from '../mocks/profile-fixtures.ts';

const probabilities = [
  0, 0.01, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.99, 1,
];

const exactSummary = (values: number[]) => summaryOf(valueTable(sortNumbers(values)), 1024);

test('exact quantiles equal numpy.quantile (linear) on seattle-weather temp_max and cars Horsepower', () => {
  const temp = exactSummary(fixtureNumbers('profile/seattle-weather.csv', 'temp_max'));
  assert.equal(temp.error, 0);
  // numpy.quantile(pd.read_csv('seattle-weather.csv')['temp_max'], P)
  const tempExpected = [
    -1.6, 2.5599999999999996, 6.1, 7.2, 10.0, 10.6, 11.7, 13.3, 15.6, 17.8, 20.6, 22.2, 23.3, 26.7,
    28.9, 33.3, 35.6,
  ];
  assert.deepEqual(
    probabilities.map((p) => quantileOf(temp, p)),
    tempExpected,
  );
  const horsepower = exactSummary(fixtureNumbers('profile/cars.jsonl', 'Horsepower'));
  // numpy.quantile(cars['Horsepower'].dropna(), P)
  const horsepowerExpected = [
    46.0, 48.0, 60.0, 67.0, 72.0, 75.75, 80.69999999999999, 88.0, 95.0, 100.0, 112.0, 130.0,
    142.60000000000014, 160.5000000000001, 180.0, 220.04999999999995, 230.0,
  ];
  assert.deepEqual(
    probabilities.map((p) => quantileOf(horsepower, p)),
    horsepowerExpected,
  );
});

test('quantiles of tiny inputs: n = 1, ties, two values', () => {
  assert.equal(quantileOf(exactSummary([4.2]), 0.37), 4.2);
  // numpy.quantile([1, 2, 3, 4], 0.3) → 1.9; numpy.quantile([1, 1, 1, 5], 0.9) → 3.8
  assert.equal(quantileOf(exactSummary([4, 1, 3, 2]), 0.3), 1.9);
  assert.ok(Math.abs(quantileOf(exactSummary([1, 5, 1, 1]), 0.9) - 3.8) < 1e-15);
  assert.throws(() => quantileOf(exactSummary([]), 0.5), /empty/);
});

/** The largest |F̂(x) − #{data ≤ x}| over all data values (where the step functions can differ most). */
function worstRankError(summary: QuantileSummary, sortedData: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < sortedData.length; i++) {
    const x = sortedData[i]!;
    if (i + 1 < sortedData.length && sortedData[i + 1] === x) continue;
    worst = Math.max(worst, Math.abs(countAtMost(summary, x) - (i + 1)));
    // Just below x the data count is i; the summary may differ there too.
    const below = countAtMost(summary, x - Math.abs(x) * 1e-12 - 1e-300);
    let firstOfX = i;
    while (firstOfX > 0 && sortedData[firstOfX - 1] === x) firstOfX--;
    worst = Math.max(worst, Math.abs(below - firstOfX));
  }
  return worst;
}

test('a pruned summary keeps its stated rank-error bound, ≈ n / (2 · size)', () => {
  const data = sortNumbers(fixtureNumbers('profile/seattle-weather.csv', 'temp_max'));
  const pruned = summaryOf(valueTable(data), 8);
  assert.ok(pruned.values.length <= 8);
  assert.equal(pruned.n, 1461);
  assert.ok(pruned.error > 0 && pruned.error <= Math.ceil(1461 / 8), `error ${pruned.error}`);
  assert.ok(worstRankError(pruned, data) <= pruned.error);
});

test('pruning sorted raw values directly keeps the bound, ties included', () => {
  for (const column of ['precipitation', 'wind', 'temp_max']) {
    const data = sortNumbers(fixtureNumbers('profile/seattle-weather.csv', column));
    const pruned = pruneSorted(data, 10);
    assert.equal(pruned.n, 1461);
    assert.equal(
      pruned.weights.reduce((a, b) => a + b, 0),
      1461,
    );
    assert.ok(
      pruned.values.every((v, i) => i === 0 || v > pruned.values[i - 1]!),
      'ascending, distinct',
    );
    assert.ok(worstRankError(pruned, data) <= pruned.error, column);
    assert.ok(pruned.error <= Math.ceil(1461 / 20));
  }
});

test('merged summaries add their errors and keep the bound; lossless merges stay exact', () => {
  const first = fixtureNumbers('profile/seattle-weather.csv', 'wind').slice(0, 700);
  const second = fixtureNumbers('profile/seattle-weather.csv', 'wind').slice(700);
  const all = sortNumbers([...first, ...second]);
  const exact = mergeSummaries(exactSummary(first), exactSummary(second), 1024);
  assert.equal(exact.error, 0);
  assert.deepEqual(exact, exactSummary([...all]));

  const a = summaryOf(valueTable(sortNumbers(first)), 6);
  const b = summaryOf(valueTable(sortNumbers(second)), 6);
  const merged = mergeSummaries(a, b, 6);
  assert.equal(merged.n, all.length);
  assert.ok(merged.values.length <= 12);
  assert.ok(merged.error >= a.error + b.error);
  assert.ok(
    worstRankError(merged, all) <= merged.error,
    `${worstRankError(merged, all)} > ${merged.error}`,
  );
  for (const p of [0.1, 0.5, 0.9]) {
    const estimate = quantileOf(merged, p);
    // The estimate's rank among the data lies within p·(n − 1) ± error.
    const rank = p * (all.length - 1);
    const below = all.findIndex((x) => x >= estimate);
    const atMost = all.findLastIndex((x) => x <= estimate) + 1;
    assert.ok(below - 1 <= rank + merged.error && atMost >= rank - merged.error, `p=${p}`);
  }
});

test('a heavy value (precipitation: 0 in more than half of the days) is kept whole', () => {
  const data = sortNumbers(fixtureNumbers('profile/seattle-weather.csv', 'precipitation'));
  const pruned = summaryOf(valueTable(data), 10);
  assert.equal(pruned.values[0], 0);
  // pandas: (df.precipitation == 0).sum() → 838
  assert.ok(pruned.weights[0]! >= 838 - pruned.error);
  assert.ok(worstRankError(pruned, data) <= pruned.error);
});

test('ranks and counts equal a walk of every cumulative weight, in one block or many', () => {
  for (const length of [1, 63, 64, 65, 1000]) ranksAndCountsOf(length);
});

function ranksAndCountsOf(length: number) {
  const values = Array.from({ length }, (_, i) => i * 0.5 - 100);
  const weights = values.map((_, i) => 1 + ((i * 7919) % 13));
  const n = weights.reduce((sum, w) => sum + w, 0);
  const summary = { n, error: 0, values, weights };
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += w;
    cumulative.push(total);
  }
  const atRank = (rank: number) => values[cumulative.findIndex((c) => c > rank)]!;
  for (let i = 0; i < values.length; i++) {
    assert.equal(countAtMost(summary, values[i]!), cumulative[i]);
    assert.equal(countAtMost(summary, values[i]! + 0.25), cumulative[i]);
  }
  assert.equal(countAtMost(summary, -1000), 0);
  for (let k = 0; k <= 200; k++) {
    const p = k / 200;
    const position = (n - 1) * p;
    const below = Math.floor(position);
    const [a, b] = [atRank(below), atRank(Math.min(below + 1, n - 1))];
    const gamma = position - below;
    const expected = gamma >= 0.5 ? b - (b - a) * (1 - gamma) : a + (b - a) * gamma;
    assert.equal(quantileOf(summary, p), expected, `p = ${p}`);
  }
}

test('pruneTable is pruneSorted of the values the table stands for', () => {
  // Tables of few and many distinct values, heavy ties and runs longer than a pruned run.
  const random = seededRandom(5);
  for (const [n, distinct, size] of [
    [10, 3, 4],
    [5_000, 50, 64],
    [20_000, 15_000, 1_024],
    [3_001, 3_001, 7],
  ] as const) {
    const sorted = Float64Array.from({ length: n }, () => Math.floor(random() * distinct) / 8);
    sorted.sort();
    assert.deepEqual(pruneTable(valueTable(sorted), size), pruneSorted(sorted, size));
  }
});
