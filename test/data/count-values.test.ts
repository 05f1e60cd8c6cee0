import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  countByCode,
  countFewValues,
  countValues,
  keyCountsTable,
  mergeValueCounts,
  sortedKeysTable,
  sortKeys,
} from '../../src/data/count-values.ts';
import { ValueCounter } from '../../src/data/value-counter.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
import { NATIVE_SORT_BELOW } from '../../src/statistics/sort-numbers.ts';
import { plain, viaSort } from './sorted-counts.ts';

function check(values: readonly number[]) {
  assert.deepEqual(plain(countValues(Float64Array.from(values))), viaSort(values));
}

const random = seededRandom(7);

test('decimal data (counting), few distinct values over a wide span (hashing) and full-precision data (sorting) give the sorted table', () => {
  check(Array.from({ length: 5000 }, () => Math.round((random() - 0.3) * 1e5) / 1000));
  check(Array.from({ length: 5000 }, () => Math.floor(random() * 90)));
  check(Array.from({ length: 5000 }, () => random() * 1e6 - 3e5));
  check(Array.from({ length: 3000 }, () => Math.round(random() * 1e7) / 1e7)); // 7 decimals: sorted
  check([1e15, -1e15, 3, 3, 0.5]); // range too wide to count, too few values to hash: sorted
  // Dates as ms since the epoch: 40 days, a span of 3.4e9 ms: hashed.
  check(Array.from({ length: 5000 }, () => Date.UTC(2024, 0, 1 + Math.floor(random() * 40))));
  // Too many distinct values to hash (more than an eighth of them): sorted.
  check(Array.from({ length: 5000 }, () => Math.floor(random() * 2000) * 1e9 + 0.5));
});

test('a value that needs more decimals than the first ones is found, not mis-binned', () => {
  // The first 1,024 values are whole; later ones need 1 and then 3 decimals.
  check([...Array.from({ length: 2000 }, (_, i) => i % 50), 1.5, 7.25, 7.125, 49.999]);
  check([0.1, 0.2, 0.30000000000000004, 0.3]);
});

test('NaN and ±Infinity are counted apart; −0 and +0 are one value, written +0', () => {
  check([Number.NaN, 2, Number.POSITIVE_INFINITY, 2, Number.NEGATIVE_INFINITY, Number.NaN]);
  const counts = countValues(Float64Array.from([-0, 0, 1, -1]));
  assert.deepEqual([...counts.values], [-1, 0, 1]);
  assert.ok(Object.is(counts.values[1], 0));
  assert.deepEqual([...counts.weights], [1, 2, 1]);
  const hashed = countValues(Float64Array.from({ length: 800 }, (_, i) => (i % 2 ? -0 : 1e12)));
  assert.deepEqual([...hashed.values], [0, 1e12]);
  assert.ok(Object.is(hashed.values[0], 0));
  assert.equal(countValues(new Float64Array(0)).values.length, 0);
});

test('counts only the first `length` values', () => {
  assert.deepEqual(plain(countValues(Float64Array.from([3, 1, 3, 99]), 3)), viaSort([3, 1, 3]));
});

test('the counts of ranges merge into the counts of the whole, in any order', () => {
  const values = Array.from({ length: 3000 }, () =>
    random() < 0.01 ? Number.NaN : Math.round(random() * 500) / 10,
  );
  const parts = () =>
    [values.slice(0, 1000), [], values.slice(1000, 1001), values.slice(1001)].map((part) =>
      countValues(Float64Array.from(part)),
    );
  assert.deepEqual(plain(mergeValueCounts(parts())), viaSort(values));
  assert.deepEqual(plain(mergeValueCounts(parts().reverse())), viaSort(values));
  assert.deepEqual(plain(mergeValueCounts([])), viaSort([]));
  // The parts are consumed: their buffers are freed, not left for the garbage collector.
  const spent = parts();
  mergeValueCounts(spent);
  assert.ok(
    spent.every(
      (part) =>
        (part.values.buffer as ArrayBuffer).detached &&
        (part.weights.buffer as ArrayBuffer).detached,
    ),
  );
});

test('merged tables interleave, share some values, run out one before the other, and take no more memory than they hold', () => {
  // Ranges of one file: most values in one range only, some in both, and the last ones in one.
  const left = Array.from({ length: 2000 }, () => Math.round(random() * 1e6) / 100);
  const right = [...left.slice(0, 300), ...Array.from({ length: 2500 }, () => random() * 2e4)];
  const merged = mergeValueCounts(
    [left, right].map((part) => countValues(Float64Array.from(part))),
  );
  assert.deepEqual(plain(merged), viaSort([...left, ...right]));
  assert.equal(merged.values.buffer.byteLength, merged.values.length * 8);
  assert.equal(merged.weights.buffer.byteLength, merged.weights.length * 4);
});

test('a short column counted by countFewValues gives what the block counter gives', () => {
  const columns = [
    [3, 1, 2, 2, Number.NaN, 1, Number.POSITIVE_INFINITY, 0.5],
    [-0, 0, 0, -1.25, Number.NEGATIVE_INFINITY, -0],
    Array.from({ length: 4000 }, () => Math.round((random() - 0.5) * 1e4) / 100),
    Array.from({ length: 300 }, () => random() * 1e6),
    [],
  ];
  for (const column of columns) {
    const counter = new ValueCounter();
    counter.add(Float64Array.from(column), column.length);
    const few = countFewValues(
      Float64Array.from(column),
      column.length,
      (type, length) => new type(new ArrayBuffer(length * type.BYTES_PER_ELEMENT)),
    );
    assert.deepEqual(few, counter.finish());
    assert.deepEqual(plain(few), viaSort(column));
  }
});

test('values known by text code count as the values themselves, equal values of two codes as one', () => {
  // Codes 0..5: two texts of one day ("2023-01-01" and "2023-01-01T00:00:00Z"), a text that did
  // not parse (NaN), a code never seen, and a code past the counts.
  const day = Date.UTC(2023, 0, 1);
  const codeValues = [day + 86_400_000, day, Number.NaN, day, undefined, day - 86_400_000, 7];
  const counts = Int32Array.from([3, 2, 5, 1, 4, 0]);
  const allocate = <T extends Float64Array | Uint32Array>(
    type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
    length: number,
  ) => new type(new ArrayBuffer(length * type.BYTES_PER_ELEMENT));
  const table = countByCode(codeValues, counts, allocate);
  const cells = [...Array(3).fill(day + 86_400_000), ...Array(3).fill(day)];
  assert.deepEqual(table, countValues(Float64Array.from(cells)));
  assert.deepEqual(plain(table!), viaSort(cells));
  assert.equal(countByCode([Number.NaN, undefined], Int32Array.from([2, 2]), allocate), null);
});

test('sortKeys orders 32-bit keys as the native sort does, short (native) and long (radix), narrow and wide spans', () => {
  const keysRandom = seededRandom(11);
  // Spans at the edges of one 16-bit digit and of two.
  for (const [length, span] of [
    [100, 2 ** 32],
    [3 * NATIVE_SORT_BELOW, 1],
    [3 * NATIVE_SORT_BELOW, 1000],
    [3 * NATIVE_SORT_BELOW, 2 ** 16],
    [3 * NATIVE_SORT_BELOW, 2 ** 16 + 1],
    [3 * NATIVE_SORT_BELOW, 2 ** 23 + 5],
    [3 * NATIVE_SORT_BELOW, 2 ** 31 + 3],
    [3 * NATIVE_SORT_BELOW, 2 ** 32],
  ] as const) {
    const keys = Uint32Array.from({ length }, () => Math.floor(keysRandom() * span));
    const expected = Uint32Array.from(keys).sort();
    assert.deepEqual([...sortKeys(keys, span)], [...expected], `${length} keys below ${span}`);
  }
});

/** The table of ascending keys by hand: each run's first key and its length. */
function runsOf(keys: readonly number[], low: number, scale: number) {
  const values: number[] = [];
  const weights: number[] = [];
  keys.forEach((key, i) => {
    if (i > 0 && key === keys[i - 1]) weights[weights.length - 1]!++;
    else {
      values.push((key + low) / scale + 0);
      weights.push(1);
    }
  });
  return { values, weights };
}

test('sortedKeysTable counts the runs of ascending keys, whatever the gaps between them', () => {
  const cases: number[][] = [
    [],
    [7],
    [0, 0, 0],
    // Gaps whose 32-bit differences are the edge cases of the branchless test: 2^31, 2^32 − 1, 1.
    [0, 0, 2 ** 31, 2 ** 31, 2 ** 32 - 1],
    [0, 2 ** 32 - 1, 2 ** 32 - 1],
    [1, 2, 2, 3, 3, 3, 2 ** 31 + 1],
    Array.from({ length: 5000 }, (_, i) => Math.floor(i / 3) * 7),
  ];
  for (const keys of cases) {
    const table = sortedKeysTable(Uint32Array.from(keys), -(2 ** 31), 100);
    const expected = runsOf(keys, -(2 ** 31), 100);
    assert.deepEqual([...table.values], expected.values, `keys ${keys.slice(0, 6).join(',')}`);
    assert.deepEqual([...table.weights], expected.weights, `keys ${keys.slice(0, 6).join(',')}`);
  }
});

test('keyCountsTable lists the non-zero counts in key order, as +0 for a zero value', () => {
  const table = keyCountsTable(Uint32Array.from([0, 2, 0, 0, 5, 1]), -1, 10);
  assert.deepEqual([...table.values], [0, 0.3, 0.4]);
  assert.ok(Object.is(table.values[0], 0));
  assert.deepEqual([...table.weights], [2, 5, 1]);
});

test('keyCountsTable: zero counts after the last, counts of 2^31 and more, and no counts at all', () => {
  // The fill writes each k where the next entry goes: trailing zeros must not write past the table.
  const table = keyCountsTable(Uint32Array.from([3, 0, 2 ** 31, 2 ** 32 - 1, 0, 0]), 10, 1);
  assert.deepEqual([...table.values], [10, 12, 13]);
  assert.deepEqual([...table.weights], [3, 2 ** 31, 2 ** 32 - 1]);
  const none = keyCountsTable(new Uint32Array(4), 0, 1);
  assert.deepEqual([none.values.length, none.weights.length], [0, 0]);
});
