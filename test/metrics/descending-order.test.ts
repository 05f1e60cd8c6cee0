import { describe, expect, it } from 'vitest';
import { descendingOrder } from '../../src/metrics/descending-order.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';

/** The reference: a stable comparison sort of the row indexes (Array.prototype.sort is stable since ES2019). */
function stableDescending(scores: Float64Array): number[] {
  return Array.from(scores, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
}

describe('descendingOrder', () => {
  it('orders scores from the highest, ties in row order, as a stable sort does', () => {
    const scores = Float64Array.from([0.5, 0.9, 0.5, -1, 0.1, 0.9, -0.25, 3e10, -3e10, 0.5]);
    expect([...descendingOrder(scores)]).toEqual(stableDescending(scores));
    expect([...descendingOrder(scores)]).toEqual([7, 1, 5, 0, 2, 9, 4, 6, 3, 8]);
  });

  it('ties −0 with +0 (their difference is 0)', () => {
    const scores = Float64Array.from([0, -0, 1, -0, 0]);
    expect([...descendingOrder(scores)]).toEqual([2, 0, 1, 3, 4]);
  });

  it('equals the stable sort on 20,000 seeded scores with many ties and both signs', () => {
    const random = seededRandom(17);
    const scores = Float64Array.from({ length: 20_000 }, () => {
      const u = random();
      return u < 0.3 ? Math.round(u * 100) / 100 : (u - 0.5) * 1e6 * random();
    });
    expect([...descendingOrder(scores)]).toEqual(stableDescending(scores));
  });

  it('handles no rows and one row', () => {
    expect([...descendingOrder(new Float64Array(0))]).toEqual([]);
    expect([...descendingOrder(Float64Array.of(0.3))]).toEqual([0]);
  });
});
