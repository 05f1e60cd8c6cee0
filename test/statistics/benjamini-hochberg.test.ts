import assert from 'node:assert/strict';
import { test } from 'vitest';
import { benjaminiHochberg } from '../../src/statistics/benjamini-hochberg.ts';

test('matches scipy.stats.false_discovery_control(method="bh"), ties included', () => {
  const p = [0.01, 0.04, 0.03, 0.04, 0.2, 0.5, 0.0001, 0.9, 0.049];
  // stats.false_discovery_control([0.01, 0.04, 0.03, 0.04, 0.2, 0.5, 0.0001, 0.9, 0.049])
  assert.deepEqual(
    benjaminiHochberg(p),
    [
      0.045, 0.07200000000000001, 0.07200000000000001, 0.07200000000000001, 0.2571428571428572,
      0.5625, 0.0009000000000000001, 0.9, 0.07350000000000001,
    ],
  );
});

test('NaN entries pass through and do not count as tests', () => {
  const adjusted = benjaminiHochberg([0.02, Number.NaN, 0.04]);
  assert.ok(Number.isNaN(adjusted[1]!));
  // With m = 2: [0.02·2/1, 0.04·2/2] → cumulative minimum from the top: [0.04, 0.04]
  assert.deepEqual([adjusted[0], adjusted[2]], [0.04, 0.04]);
  assert.deepEqual(benjaminiHochberg([]), []);
  assert.deepEqual(benjaminiHochberg([1, 1]), [1, 1]);
});
