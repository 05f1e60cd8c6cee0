import assert from 'node:assert/strict';
import { test } from 'vitest';
import { comparedSparklines, proportions, sparkline } from '../../src/drift/sparkline.ts';

test('one block per bin on a shared scale, each side in its own string', () => {
  assert.equal(sparkline([0, 0.25, 0.5, 1], 1), '▁▃▅█');
  assert.equal(sparkline([0.1, 0.1], 0), '▁▁');
  // A shift to the right reads as such; both sides use the larger maximum.
  assert.deepEqual(comparedSparklines([4, 3, 2, 1], [1, 2, 3, 4]), ['█▆▅▃', '▃▅▆█']);
  assert.deepEqual(comparedSparklines([10, 0], [5, 5]), ['█▁', '▅▅']);
  assert.deepEqual(comparedSparklines([0, 0], [0, 0]), ['▁▁', '▁▁']);
  // No spaces: a table cell cannot wrap a sparkline.
  assert.doesNotMatch(comparedSparklines([1, 2, 3], [3, 2, 1]).join(''), /\s/);
});

test('proportions of a count vector; all zero when nothing was counted', () => {
  assert.deepEqual(proportions([1, 3]), [0.25, 0.75]);
  assert.deepEqual(proportions([0, 0]), [0, 0]);
});
