import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  NATIVE_SORT_BELOW,
  sortNumbers,
  sortNumbersInPlace,
} from '../../src/statistics/sort-numbers.ts';

function pseudoRandom(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

test('radix sort orders as Float64Array.prototype.sort, including −0, ±Infinity, tiny and huge values', () => {
  const random = pseudoRandom(7);
  // Past NATIVE_SORT_BELOW, so that the radix sort, not the native one, is what is checked.
  const values = Array.from({ length: 4 * NATIVE_SORT_BELOW }, (_, i) => {
    const u = random();
    if (i % 97 === 0) return -0;
    if (i % 89 === 0) return Number.POSITIVE_INFINITY;
    if (i % 83 === 0) return Number.NEGATIVE_INFINITY;
    if (i % 7 === 0) return Math.round(u * 10) - 5;
    return (u - 0.5) * 10 ** Math.round(u * 40 - 20);
  });
  const expected = Float64Array.from(values).sort();
  const sorted = sortNumbers(values);
  assert.equal(sorted.length, expected.length);
  for (let i = 0; i < sorted.length; i++) {
    assert.ok(Object.is(sorted[i], expected[i]), `position ${i}: ${sorted[i]} vs ${expected[i]}`);
  }
});

test('small inputs and inputs whose low or high bits are all equal', () => {
  assert.deepEqual([...sortNumbers([3, -1, 2])], [-1, 2, 3]);
  assert.deepEqual([...sortNumbers([])], []);
  const integers = Array.from({ length: 2 * NATIVE_SORT_BELOW }, (_, i) => (i * 37) % 101);
  assert.deepEqual([...sortNumbers(integers)], [...Float64Array.from(integers).sort()]);
  const constant = new Array(NATIVE_SORT_BELOW + 1).fill(2.5);
  assert.deepEqual([...sortNumbers(constant)], constant);
});

test('the input is left untouched', () => {
  const input = Float64Array.from({ length: 400 }, (_, i) => 400 - i);
  sortNumbers(input);
  assert.equal(input[0], 400);
});

test('in place on a view into a larger buffer sorts only the view', () => {
  const size = 4 * NATIVE_SORT_BELOW;
  const backing = Float64Array.from({ length: size }, (_, i) => (i * 7919) % size);
  const view = backing.subarray(100, size - 100);
  const expected = Float64Array.from(view).sort();
  const sorted = sortNumbersInPlace(view);
  assert.equal(sorted, view);
  assert.deepEqual([...view], [...expected]);
  assert.equal(backing[0], 0);
  assert.equal(backing[size - 1], ((size - 1) * 7919) % size);
});
