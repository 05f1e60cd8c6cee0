import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  BLOCK,
  blockSums,
  totalWeight,
  weightBefore,
} from '../../src/statistics/cumulative-weights.ts';

/** Weights 1..7 repeated: 150 entries, so two whole blocks and part of a third. */
const weights = Uint32Array.from({ length: 150 }, (_, i) => (i % 7) + 1);

test('the weights before an index, at and around the block ends', () => {
  const table = { weights };
  const indices = [0, 1, 63, 64, 65, 127, 128, 129, 150];
  // numpy: c = numpy.cumsum([i % 7 + 1 for i in range(150)]); [0] + [c[i - 1] for i in indices[1:]]
  const expected = [0, 1, 252, 253, 255, 505, 507, 510, 594];
  assert.deepEqual(
    indices.map((index) => weightBefore(table, index)),
    expected,
  );
  assert.equal(totalWeight(table), 594);
});

test('the same doubles as a running sum, in the same order, for weights that are not whole', () => {
  const fractional = { weights: Float64Array.from({ length: 200 }, (_, i) => 0.1 * ((i % 9) + 1)) };
  let running = 0;
  for (let index = 0; index <= fractional.weights.length; index++) {
    assert.equal(weightBefore(fractional, index), running, `before ${index}`);
    running += fractional.weights[index] ?? 0;
  }
});

test('a table shorter than a block is added from its start, and keeps nothing', () => {
  const short = { weights: [2, 3, 5] };
  assert.equal(blockSums(short).length, 0);
  assert.equal(weightBefore(short, 2), 5);
  assert.equal(totalWeight(short), 10);
  assert.equal(totalWeight({ weights: [] }), 0);
});

test("a table's block sums are made once and kept with it", () => {
  const table = { weights };
  const first = blockSums(table);
  assert.equal(first.length, Math.ceil(weights.length / BLOCK));
  assert.equal(blockSums(table), first);
  // Another table with the same weights has sums of its own.
  assert.notEqual(blockSums({ weights }), first);
});
