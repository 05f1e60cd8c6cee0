import assert from 'node:assert/strict';
import { test } from 'vitest';
import { ValueCounter } from '../../src/data/value-counter.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
import { plain, viaSort } from './sorted-counts.ts';

/**
 * Counts the blocks one by one; each block's array has a spare value after
 * `length`, which must be left out. The same counts whatever number of values
 * the counter is told to expect: none, all of them, or far too many.
 */
function check(blocks: readonly (readonly number[])[]) {
  const total = blocks.reduce((sum, block) => sum + block.length, 0);
  for (const expecting of [undefined, total, 50 * total]) {
    const counter = new ValueCounter(expecting);
    for (const block of blocks) counter.add(Float64Array.from([...block, 777]), block.length);
    const counted = counter.finish();
    assert.deepEqual(plain(counted), viaSort(blocks.flat()), `expecting ${expecting}`);
    // Moments are summed only for a whole file's range (src/formats/csv-chunk-scan.ts).
    assert.equal(counted.moments, undefined);
  }
}

const random = seededRandom(19);
const decimals = (length: number, low: number, high: number, places: number) =>
  Array.from(
    { length },
    () => Math.round((low + random() * (high - low)) * 10 ** places) / 10 ** places,
  );

test('decimals are counted as integers while their range widens, on either side', () => {
  check([decimals(3000, 10, 20, 2), decimals(3000, -40, 15, 2), decimals(3000, 0, 90, 2)]);
  check([decimals(500, 0, 1, 6), decimals(500, 0, 1, 6)]);
  check([Array.from({ length: 2000 }, () => Math.floor(random() * 60))]);
});

test('a later value with more decimals, or a range too wide for the values, turns the counter to tables, exactly', () => {
  // 3.25 comes after values with one decimal were counted in the same block: they are taken back.
  check([decimals(1000, 0, 5, 1), [...decimals(1000, 0, 5, 1), 3.25, ...decimals(10, 0, 5, 1)]]);
  check([decimals(1000, 0, 5, 1), decimals(1000, 0, 5, 1), decimals(1000, 0, 5, 3)]);
  check([decimals(1000, 0, 100, 0), [1e7, 5], decimals(1000, 0, 100, 1)]);
  // The first block's guess of decimals (from its first 1,024 values) is too low.
  check([[...Array.from({ length: 2000 }, (_, i) => i % 50), 1.5, 7.25]]);
});

test('doubles in full precision, and integers beyond 2^53, are counted as tables merged across blocks', () => {
  check(Array.from({ length: 5 }, () => Array.from({ length: 700 }, () => random() * 1e6 - 3e5)));
  check([
    [1e300, -1e300, 2],
    [1e300, 3],
  ]);
  check([
    decimals(100, 0, 1, 2),
    Array.from({ length: 700 }, () => random()),
    decimals(100, 0, 1, 2),
  ]);
});

test('NaN and ±Infinity are counted apart, −0 is +0, and empty blocks count nothing', () => {
  check([[Number.NaN, -0, 0, Number.POSITIVE_INFINITY], [], [Number.NEGATIVE_INFINITY, -0.5]]);
  check([[Number.NaN], [Number.NaN, Number.POSITIVE_INFINITY]]);
  check([]);
  const counted = new ValueCounter();
  counted.add(Float64Array.from([-0, 1]), 2);
  assert.ok(Object.is(counted.finish().values[0], 0));
});

test('±Infinity and NaN in a later block neither widen the integer counts nor stop them', () => {
  check([
    decimals(1000, 0, 5, 1),
    [Number.POSITIVE_INFINITY, ...decimals(500, -3, 9, 1), Number.NaN, Number.NEGATIVE_INFINITY],
    [...decimals(500, 0, 5, 1), 2.05],
  ]);
});

test('decimals over a range too wide to count in an array are listed as keys, sorted, and counted exactly', () => {
  check([decimals(2000, 0, 1e5, 2), decimals(2000, -5e4, 2e5, 2)]);
  // Narrow at first (counted in an array), then wide (listed from there on), with NaN and ±Infinity.
  check([
    decimals(2000, 0, 10, 2),
    [Number.NEGATIVE_INFINITY, ...decimals(2000, -1e5, 1e5, 2), Number.NaN],
    [Number.POSITIVE_INFINITY, ...decimals(1000, 0, 10, 2)],
  ]);
  // Listed, then a value with more decimals, or one more than 2^31 keys away: tables from there on.
  check([decimals(2000, 0, 1e5, 2), [...decimals(500, 0, 1e5, 2), 0.125]]);
  check([decimals(2000, 0, 1e5, 2), [5e7, 1]]);
});

test('listed keys are counted every 2^21, and those tables merge with the rest', () => {
  const counter = new ValueCounter();
  const all = new Float64Array(9 << 18);
  for (let b = 0; b < 9; b++) {
    const block = all.subarray(b << 18, (b + 1) << 18).map(() => Math.round(random() * 1e9) / 100);
    all.set(block, b << 18);
    counter.add(block, block.length);
  }
  // The reference, as viaSort but with a typed array's sort: 2.4 million values.
  const sorted = all.sort();
  const values: number[] = [];
  const weights: number[] = [];
  for (const value of sorted) {
    if (values.at(-1) === value) weights[weights.length - 1]!++;
    else {
      values.push(value);
      weights.push(1);
    }
  }
  const counted = counter.finish();
  assert.equal(counted.values.length, values.length);
  const differs = values.findIndex(
    (value, i) => counted.values[i] !== value || counted.weights[i] !== weights[i],
  );
  assert.equal(differs, -1);
});

test('row numbers, whose range grows with the rows, are given room for every value expected at the first widening; a new largest value is not', () => {
  const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  check([rows(1, 1000), rows(1001, 1000), rows(2001, 18_000)]);
  const room = (blocks: number[][], expecting: number) => {
    const counter = new ValueCounter(expecting);
    for (const block of blocks) counter.add(Float64Array.from(block), block.length);
    const state = counter.handOver();
    return state.mode === 'dense' ? state.keyCounts.length : -1;
  };
  // Widened by its slack alone, the range took 2,000 counts and a quarter of the 1,000 held (2,250), and was copied again for every block.
  assert.ok(room([rows(1, 1000), rows(1001, 1000)], 20_000) >= 20_000);
  // Counted values lie within 0–100; one of 1,001 lies past them: the slack, no room for a million.
  const inRange = Array.from({ length: 1000 }, (_, i) => i % 101);
  assert.ok(room([inRange, [...inRange, 150]], 1_000_000) < 1000);
});
