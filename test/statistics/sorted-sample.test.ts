import assert from 'node:assert/strict';
import { test } from 'vitest';
import { isWeighted, sampleSize } from '../../src/statistics/sorted-sample.ts';

test('sizes of plain and weighted samples', () => {
  const plain = new Float64Array([1, 2, 2, 2, 5]);
  const weighted = { values: [1, 2, 5], weights: [1, 3, 1] };
  assert.equal(sampleSize(weighted), 5);
  assert.equal(sampleSize(plain), 5);
  assert.equal(isWeighted(weighted), true);
  assert.equal(isWeighted(plain), false);
});
