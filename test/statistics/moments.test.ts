import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  mergeMoments,
  momentsOf,
  momentsOfExpanded,
  sampleStd,
} from '../../src/statistics/moments.ts';
import { valueTable } from '../../src/statistics/quantile-summary.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
import { fixtureNumbers } from '../mocks/profile-fixtures.ts';

const ones = (n: number) => new Array<number>(n).fill(1);
const close = (actual: number, expected: number, relative = 1e-14) =>
  assert.ok(
    Math.abs(actual - expected) <= relative * Math.abs(expected),
    `${actual} vs ${expected}`,
  );

test('mean and std (ddof = 1) equal numpy on cars Miles_per_Gallon and seattle precipitation', () => {
  const mpg = fixtureNumbers('profile/cars.jsonl', 'Miles_per_Gallon');
  const moments = momentsOf(mpg, ones(mpg.length));
  // numpy.mean(x), numpy.std(x, ddof=1) for x = cars['Miles_per_Gallon'].dropna()
  assert.equal(moments.count, 398);
  close(moments.mean, 23.514572864321607);
  close(sampleStd(moments)!, 7.815984312565782);
  const rain = fixtureNumbers('profile/seattle-weather.csv', 'precipitation');
  const r = momentsOf(rain, ones(rain.length));
  close(r.mean, 3.02943189596167);
  close(sampleStd(r)!, 6.680194322314738);
});

test('weights count repeated values: (value, count) gives the moments of the expanded data', () => {
  const weighted = momentsOf([1, 2, 10], [3, 1, 2]);
  const expanded = momentsOf([1, 1, 1, 2, 10, 10], ones(6));
  close(weighted.mean, expanded.mean);
  close(weighted.m2, expanded.m2);
  // Omitted weights are ones, bit for bit (a typed column's values come without).
  const wind = Float64Array.from(fixtureNumbers('profile/seattle-weather.csv', 'wind'));
  assert.deepEqual(momentsOf(wind), momentsOf(wind, new Uint32Array(wind.length).fill(1)));
});

test('Chan merge of shards equals the whole, in any split', () => {
  const wind = fixtureNumbers('profile/seattle-weather.csv', 'wind');
  const whole = momentsOf(wind, ones(wind.length));
  for (const cut of [1, 100, 730, 1460]) {
    const a = wind.slice(0, cut);
    const b = wind.slice(cut);
    const merged = mergeMoments(momentsOf(a, ones(a.length)), momentsOf(b, ones(b.length)));
    assert.equal(merged.count, whole.count);
    close(merged.mean, whole.mean, 1e-15);
    close(merged.m2, whole.m2, 1e-13);
  }
});

test('edge cases: empty, n = 1 (std undefined), constant (std 0)', () => {
  const empty = momentsOf([], []);
  assert.deepEqual(empty, { count: 0, mean: 0, m2: 0 });
  assert.equal(sampleStd(empty), null);
  assert.deepEqual(mergeMoments(empty, momentsOf([5], [1])), { count: 1, mean: 5, m2: 0 });
  assert.equal(sampleStd(momentsOf([5], [1])), null);
  assert.equal(sampleStd(momentsOf([2.5], [40])), 0);
});

test('momentsOfExpanded is momentsOf of the table written out, bit for bit, where weighted momentsOf is not', () => {
  // 3,000 draws of 30 multiples of 100,000·π, sorted: weighted momentsOf adds w · x once, which
  // for this seed rounds the mean differently from adding x w times, as the sorted column's
  // profile does (issue 17: a profile made from value counts must equal that one).
  const random = seededRandom(2);
  const sorted = Float64Array.from(
    { length: 3_000 },
    () => Math.floor(random() * 30) * Math.PI * 1e5,
  );
  sorted.sort();
  const { values, weights } = valueTable(sorted);
  const expanded = momentsOfExpanded(values, weights);
  const written = momentsOf(sorted);
  assert.ok(Object.is(expanded.mean, written.mean), `${expanded.mean} vs ${written.mean}`);
  assert.ok(Object.is(expanded.m2, written.m2), `${expanded.m2} vs ${written.m2}`);
  assert.equal(expanded.count, written.count);
  assert.notEqual(momentsOf(values, weights).mean, written.mean, 'this data tells the two apart');
  assert.deepEqual(momentsOfExpanded([], []), { count: 0, mean: 0, m2: 0 });
});

test('momentsOf of more than 4,096 entries carries its compensated sums from call to call, bit for bit', () => {
  // One uninterrupted Neumaier sum in the order momentsOf adds, written out here.
  const neumaier = (terms: Iterable<number>) => {
    let sum = 0;
    let carry = 0;
    for (const x of terms) {
      const t = sum + x;
      carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
    }
    return sum + carry;
  };
  const random = seededRandom(5);
  const values = Float64Array.from({ length: 10_000 }, () => (random() - 0.3) * 1e6);
  const weights = Uint32Array.from({ length: 10_000 }, () => 1 + Math.floor(random() * 9));
  for (const w of [undefined, weights]) {
    const weight = (i: number) => (w === undefined ? 1 : w[i]!);
    const count = values.reduce((total, _, i) => total + weight(i), 0);
    const mean = neumaier(values.map((x, i) => weight(i) * x)) / count;
    const m2 = neumaier(values.map((x, i) => weight(i) * (x - mean) * (x - mean)));
    assert.deepEqual(momentsOf(values, w), { count, mean, m2 });
  }
});
