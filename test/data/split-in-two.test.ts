import assert from 'node:assert/strict';
import { test } from 'vitest';
import { splitInTwo } from '../../src/data/split-in-two.ts';

test('deals the largest item first to the thread with less work, ties to this one', () => {
  // LPT by hand: 7 here; 5 there; 4 there (5 < 7): 9; 3 here: 10; 2 there: 11; 1 here: 11.
  const items = [1, 7, 3, 5, 2, 4].map((cost, index) => ({ index, cost }));
  assert.deepEqual(splitInTwo(items), { here: [1, 2, 0], there: [3, 5, 4] });
  assert.deepEqual(splitInTwo([{ index: 4, cost: 10 }]), { here: [4], there: [] });
  assert.deepEqual(splitInTwo([]), { here: [], there: [] });
});
