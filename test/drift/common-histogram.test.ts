import assert from 'node:assert/strict';
import { test } from 'vitest';
import { commonHistogram } from '../../src/drift/common-histogram.ts';
import { numericSideFromScan } from '../../src/drift/numeric-side.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
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

test('each value in the bin ⌈(value − low) / width⌉ − 1 names, clamped: the runs the binary searches find are those bins', () => {
  // Values to one decimal repeat (a weighted table) and land on edges (2.5, 5, …); integers to
  // 1,000 step by one. Each count is checked against the value-by-value assignment.
  const random = seededRandom(17);
  for (const values of [
    Array.from({ length: 3000 }, () => Math.round(random() * 200) / 10),
    Array.from({ length: 1001 }, (_, i) => i),
  ]) {
    const reference = side(values);
    const current = side(values.map((v) => v * 1.1 + 1));
    const histogram = commonHistogram(reference, current, 8);
    const [low, high] = [histogram.edges[0]!, histogram.edges.at(-1)!];
    const width = (high - low) / 8;
    const expected = (sample: readonly number[]) => {
      const counts = new Array<number>(8).fill(0);
      for (const v of sample) counts[Math.min(7, Math.max(0, Math.ceil((v - low) / width) - 1))]!++;
      return counts;
    };
    assert.deepEqual(histogram.reference, expected(values));
    assert.deepEqual(histogram.current, expected(values.map((v) => v * 1.1 + 1)));
  }
});
