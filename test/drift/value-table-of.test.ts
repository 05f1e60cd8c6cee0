import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueTableOf } from '../../src/drift/value-table-of.ts';
import { valueTable } from '../../src/profile/quantile-summary.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';

/** The reference: sort, then run-length encode. */
function viaSort(values: readonly number[]) {
  return valueTable(Float64Array.from(values).sort());
}

function check(values: readonly number[]) {
  const finite = Float64Array.from(values);
  const table = valueTableOf(finite, Math.min(...values), Math.max(...values));
  const expected = viaSort(values);
  assert.deepEqual([...table.values], [...expected.values]);
  assert.deepEqual([...table.weights], [...expected.weights]);
}

test('decimal data (counting path) and full-precision data (sort path) give the sorted table', () => {
  const random = seededRandom(7);
  check(Array.from({ length: 5000 }, () => Math.round((random() - 0.3) * 1e5) / 1000));
  check(Array.from({ length: 5000 }, () => Math.floor(random() * 90)));
  check(Array.from({ length: 5000 }, () => random() * 1e6 - 3e5));
  check(Array.from({ length: 3000 }, () => Math.round(random() * 1e7) / 1e7)); // 7 decimals: sorted
  check([1e15, -1e15, 3, 3, 0.5]); // range too wide to count: sorted
});

test('a value that needs more decimals than the first ones is found, not mis-binned', () => {
  // The first 1,024 values are whole; later ones need 1 and then 3 decimals.
  check([...Array.from({ length: 2000 }, (_, i) => i % 50), 1.5, 7.25, 7.125, 49.999]);
  check([0.1, 0.2, 0.30000000000000004, 0.3]);
});

test('−0 and +0 are one value, written +0', () => {
  const table = valueTableOf(Float64Array.from([-0, 0, 1, -1]), -1, 1);
  assert.deepEqual([...table.values], [-1, 0, 1]);
  assert.ok(Object.is(table.values[1], 0));
  assert.deepEqual([...table.weights], [1, 2, 1]);
  assert.deepEqual(valueTableOf(new Float64Array(0), 0, 0).values.length, 0);
});
