import assert from 'node:assert/strict';
import { test } from 'vitest';
import { hashNumber, hashText } from '../../src/profile/hash-value.ts';
import {
  addHash,
  capDistinct,
  createHll,
  decodeHll,
  encodeHll,
  estimateDistinct,
  hllRelativeStandardError,
  mergeHll,
} from '../../src/profile/hyperloglog.ts';

test('estimates stay within 4 standard errors from 1 to 200,000 distinct values', () => {
  const bound = 4 * hllRelativeStandardError(12);
  for (const n of [1, 10, 100, 1000, 5000, 20_000, 200_000]) {
    const texts = createHll(12);
    const numbers = createHll(12);
    for (let i = 0; i < n; i++) {
      addHash(texts, hashText(`customer-${i}`));
      addHash(numbers, hashNumber(i * 0.25 - 1000));
    }
    for (const hll of [texts, numbers]) {
      const estimate = estimateDistinct(hll);
      // Few values land in few registers, where a collision costs one: allow ±2 there.
      assert.ok(Math.abs(estimate - n) <= Math.max(2, bound * n), `n=${n}: estimate ${estimate}`);
    }
  }
  assert.equal(estimateDistinct(createHll(12)), 0);
});

test('duplicates do not count, and −0 is +0', () => {
  const once = createHll(10);
  const fiveTimes = createHll(10);
  for (let i = 0; i < 50; i++) addHash(once, hashText(`v${i}`));
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 50; i++) addHash(fiveTimes, hashText(`v${i}`));
  }
  assert.deepEqual(fiveTimes.registers, once.registers);
  assert.ok(Math.abs(estimateDistinct(fiveTimes) - 50) <= 2);
  assert.deepEqual(hashNumber(-0), hashNumber(0));
});

test('merging equals the sketch of the union; encoding round-trips', () => {
  const a = createHll(12);
  const b = createHll(12);
  const union = createHll(12);
  for (let i = 0; i < 3000; i++) {
    addHash(i < 2000 ? a : b, hashNumber(i));
    addHash(union, hashNumber(i));
    if (i >= 1500 && i < 2000) addHash(b, hashNumber(i));
  }
  const merged = mergeHll(a, b);
  assert.deepEqual(merged.registers, union.registers);
  assert.deepEqual(decodeHll(encodeHll(merged)), merged);
  assert.throws(() => mergeHll(a, createHll(10)), /precision 12 and 10/);
  assert.throws(() => decodeHll({ precision: 12, registers: 'AAAA' }), /4096 registers/);
});

test('an estimate is capped at the count of values it is among', () => {
  const estimate = { value: 1_020_574, exact: false, relativeStandardError: 0.01625 };
  assert.deepEqual(capDistinct(estimate, 1_000_000), { ...estimate, value: 1_000_000 });
  assert.equal(capDistinct(estimate, 2_000_000), estimate);
});
