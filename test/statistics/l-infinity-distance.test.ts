import assert from 'node:assert/strict';
import { test } from 'vitest';
import { lInfinityDistance } from '../../src/statistics/l-infinity-distance.ts';
import { assertClose } from './fixture-samples.ts';

test('largest difference of proportions, as np.max(np.abs(p - q))', () => {
  // p, q = counts / total for the horsepower decile bins; np.max(np.abs(p - q)) → 0.13187581112109414
  assertClose(
    lInfinityDistance(
      [25, 19, 19, 19, 20, 17, 18, 16, 19, 17],
      [56, 21, 32, 28, 21, 17, 25, 11, 1, 0],
    ),
    0.13187581112109414,
    1e-14,
  );
  assert.equal(lInfinityDistance([3, 0], [0, 5]), 1);
  assert.equal(lInfinityDistance([4], [9]), 0);
});
