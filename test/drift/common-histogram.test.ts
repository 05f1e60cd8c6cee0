import assert from 'node:assert/strict';
import { test } from 'vitest';
import { commonHistogram } from '../../src/drift/common-histogram.ts';
import { numericSideFromScan } from '../../src/drift/numeric-side.ts';
import { csv, scanText } from './drift-fixtures.ts';

function side(values: readonly number[]) {
  const column = scanText(csv({ x: values })).column('x');
  assert.ok(column?.kind === 'integer' || column?.kind === 'number');
  return numericSideFromScan(column);
}

test('equal-width, right-closed bins over both sides; values beyond the 1st–99th percentiles count in the end bins', () => {
  // 0…100 and 50…150: lo = np.quantile(0..100, .01) = 1, hi = np.quantile(50..150, .99) = 149,
  // edges = np.linspace(1, 149, 5) = [1, 38, 75, 112, 149];
  // np.bincount(np.searchsorted(edges[1:-1], np.clip(v, 1, 149), side='left'), minlength=4)
  // → reference [39, 37, 25, 0], current [0, 26, 37, 38]
  const reference = side(Array.from({ length: 101 }, (_, i) => i));
  const current = side(Array.from({ length: 101 }, (_, i) => i + 50));
  const histogram = commonHistogram(reference, current, 4);
  assert.deepEqual(histogram.edges, [1, 38, 75, 112, 149]);
  assert.deepEqual(histogram.reference, [39, 37, 25, 0]);
  assert.deepEqual(histogram.current, [0, 26, 37, 38]);
});

test('a constant feature on both sides is one bin', () => {
  const histogram = commonHistogram(side([3, 3, 3]), side([3, 3]));
  assert.deepEqual(histogram, { edges: [3, 3], reference: [3], current: [2] });
});
