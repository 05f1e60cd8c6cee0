import assert from 'node:assert/strict';
import { test } from 'vitest';
import { comparedSparklines, sparkline } from '../../src/drift/sparkline.ts';

test('one block per bin on a shared scale', () => {
  assert.equal(sparkline([0, 0.25, 0.5, 1], 1), '▁▃▅█');
  assert.equal(sparkline([0.1, 0.1], 0), '▁▁');
  // A shift to the right reads as such; both sides use the larger maximum.
  assert.equal(comparedSparklines([4, 3, 2, 1], [1, 2, 3, 4]), '█▆▅▃ → ▃▅▆█');
  assert.equal(comparedSparklines([10, 0], [5, 5]), '█▁ → ▅▅');
  assert.equal(comparedSparklines([0, 0], [0, 0]), '▁▁ → ▁▁');
});
