import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { forEachResample } from '../../src/metrics/bootstrap-draws.ts';
import { randomIndex, seededRandom } from '../../src/statistics/seeded-random.ts';

describe('forEachResample', () => {
  it("draws pairedBootstrap's rows: the same indices from seededRandom, one stream", () => {
    for (const [n, seed] of [
      [1, 1],
      [7, 0],
      [1000, -12],
      [99_991, 2 ** 32 + 9],
    ] as const) {
      const random = seededRandom(seed);
      let resamples = 0;
      forEachResample(n, 3, seed, (counts) => {
        const expected = new Int32Array(n);
        for (let i = 0; i < n; i++) expected[randomIndex(random, n)]! += 1;
        assert.deepStrictEqual(counts, expected, `n ${n}, seed ${seed}`);
        resamples += 1;
      });
      assert.equal(resamples, 3);
    }
  });
});
