import assert from 'node:assert/strict';
import { test } from 'vitest';
import { hashNumber, hashText } from '../../src/profile/hash-value.ts';
import {
  addHash,
  addNumber,
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

test('addNumber sets the registers addHash sets from the whole hash, the rare ranks the low half decides included', () => {
  const precision = 18;
  const values = Array.from({ length: 200_000 }, (_, i) => i * 0.37 - 5000);
  // A value whose high half has only zeros after its index (one in 2^14 here): the low half's rank.
  const lowRanked = values.filter(
    (value) => (hashNumber(value)[0] << precision) >>> 0 === 0,
  ).length;
  assert.ok(lowRanked >= 3, `only ${lowRanked} values ranked by the low half`);
  const byNumber = createHll(precision);
  const byHash = createHll(precision);
  for (const value of [...values, -0, 0, Number.MAX_VALUE]) {
    addNumber(byNumber, value);
    addHash(byHash, hashNumber(value));
  }
  assert.deepEqual(byNumber.registers, byHash.registers);
});
