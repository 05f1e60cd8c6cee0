import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { addLooseValue } from '../../src/formats/add-loose-value.ts';
import { ScanColumnBuilder } from '../../src/formats/scan-column-builder.ts';

describe('addLooseValue', () => {
  const missing = new Set(['', 'NA']);

  it('reads null, missing tokens, typed values, times and nested values as their kind says', () => {
    const text = new ScanColumnBuilder('category', 8, 10);
    for (const value of [
      null,
      undefined,
      'NA',
      'a',
      2,
      true,
      2n ** 60n,
      { k: [1n] },
      new Uint8Array([1]),
    ]) {
      addLooseValue(text, value, missing, false, 0, 1);
    }
    addLooseValue(text, new Date(Date.UTC(2020, 1, 3)), missing, true, 0, 1);
    const column = text.finish();
    assert.deepEqual(column.dictionary, [
      'a',
      '2',
      'true',
      '1152921504606846976',
      '{"k":[1]}',
      '1 byte sha256:4bf5122f344554c5', // printf '\x01' | sha256sum: bytes are hashed, never shown
      '2020-02-03',
    ]);
    assert.equal(column.missingCount, 3);
  });

  it('keeps a safe INT64 a number, and a date a time', () => {
    const numbers = new ScanColumnBuilder('integer', 4, 10);
    addLooseValue(numbers, 5n, missing, false, 0, undefined);
    addLooseValue(numbers, '6', missing, false, 1, undefined);
    assert.deepEqual(Array.from(numbers.finish().values!), [5, 6]);
    const dates = new ScanColumnBuilder('date', 4, 10);
    addLooseValue(dates, new Date(Date.UTC(2020, 1, 3)), missing, true, 0, undefined);
    assert.deepEqual(Array.from(dates.finish().values!), [Date.UTC(2020, 1, 3)]);
  });
});
