import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { randomIndex, seededRandom } from '../../src/statistics/seeded-random.ts';

describe('seededRandom (mulberry32)', () => {
  it('gives the reference sequence for a seed', () => {
    // mulberry32(7) in test/fixtures/model/reference-bootstrap.py → first draws
    const random = seededRandom(7);
    assert.deepEqual(
      [random(), random(), random()],
      [0.011704753153026104, 0.06195825757458806, 0.97690763277933],
    );
  });
  it('repeats for the same seed, differs for another, stays in [0, 1)', () => {
    const draws = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 1000 }, () => random());
    };
    assert.deepEqual(draws(42), draws(42));
    assert.notDeepEqual(draws(42), draws(43));
    assert.ok(draws(1).every((u) => u >= 0 && u < 1));
    const random = seededRandom(3);
    const counts = new Array<number>(4).fill(0);
    for (let i = 0; i < 4000; i++) counts[randomIndex(random, 4)]! += 1;
    // Each of 4 indices expects 1000 draws; ±150 is over 5 standard deviations (√750 ≈ 27).
    assert.ok(
      counts.every((count) => Math.abs(count - 1000) < 150),
      String(counts),
    );
  });
});
