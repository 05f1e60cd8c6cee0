import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countAtMost, isWeighted, sampleSize } from '../../src/statistics/sorted-sample.ts';

test('counts observations ≤ x in plain and weighted samples', () => {
  const plain = new Float64Array([1, 2, 2, 2, 5]);
  assert.equal(countAtMost(plain, 0), 0);
  assert.equal(countAtMost(plain, 2), 4);
  assert.equal(countAtMost(plain, 4.9), 4);
  assert.equal(countAtMost(plain, 5), 5);
  const weighted = { values: [1, 2, 5], weights: [1, 3, 1] };
  assert.equal(countAtMost(weighted, 2), 4);
  assert.equal(countAtMost(weighted, 1.5), 1);
  assert.equal(sampleSize(weighted), 5);
  assert.equal(sampleSize(plain), 5);
  assert.equal(isWeighted(weighted), true);
  assert.equal(isWeighted(plain), false);
});
