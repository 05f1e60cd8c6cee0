import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { decimalTieGroups, type TieGroups } from '../../src/metrics/tie-groups.ts';

/** The groups as a list, from the highest score down. */
function listed(groups: TieGroups): [number, number][] {
  const list: [number, number][] = [];
  groups((positives, negatives) => list.push([positives, negatives]));
  return list;
}

/** The same groups found by sorting the distinct scores, as the reference. */
function sortedGroups(labels: Uint8Array, scores: Float64Array): [number, number][] {
  const byScore = new Map<number, [number, number]>();
  scores.forEach((score, row) => {
    const group = byScore.get(score) ?? [0, 0];
    group[labels[row] ? 0 : 1]++;
    byScore.set(score, group);
  });
  return [...byScore].sort(([a], [b]) => b - a).map(([, group]) => group);
}

/** n rows of seeded scores k / 10^decimals for k in [low, low + span), labels alternating in runs. */
function rows(n: number, decimals: number, low: number, span: number) {
  let state = 7;
  const next = () => {
    state = (state * 48271) % 2147483647;
    return state;
  };
  const labels = Uint8Array.from({ length: n }, (_, row) => (row % 3 === 0 ? 1 : next() % 2));
  const scores = Float64Array.from({ length: n }, () => (low + (next() % span)) / 10 ** decimals);
  return { labels, scores };
}

describe('decimalTieGroups', () => {
  it('finds the groups a sort finds, for scores of 6, 2 and 0 decimals, negative ones too', () => {
    for (const [decimals, low, span] of [
      [6, 0, 100_001],
      [2, -150, 301],
      [0, 5, 40],
    ] as const) {
      const { labels, scores } = rows(60_000, decimals, low, span);
      // The first 1,024 scores, by which the decimals are guessed, have 2 at most: the
      // count meets a score of more and starts again with one decimal more.
      for (let row = 0; row < 1024; row++) scores[row] = Math.round(scores[row]! * 100) / 100;
      const groups = decimalTieGroups(labels, scores);
      assert.ok(groups, `${decimals} decimals`);
      assert.deepEqual(listed(groups), sortedGroups(labels, scores));
    }
  });

  it('counts −0 and +0 as one score', () => {
    const groups = decimalTieGroups(Uint8Array.of(1, 0, 1), Float64Array.of(-0, 0, 0.5));
    assert.ok(groups);
    assert.deepEqual(listed(groups), [
      [1, 0],
      [1, 1],
    ]);
  });

  it('declines scores of more than 6 decimals, a span beyond max(2n, 2^16), and no rows', () => {
    const labels = Uint8Array.of(1, 0, 1);
    assert.equal(decimalTieGroups(labels, Float64Array.of(0.1234567, 0.5, 0.25)), null);
    // 1/3 is no decimal at all, and takes the fallback even after 1,024 rows of 1 decimal.
    const { labels: many, scores } = rows(2000, 1, 0, 10);
    scores[1500] = 1 / 3;
    assert.equal(decimalTieGroups(many, scores), null);
    assert.equal(decimalTieGroups(labels, Float64Array.of(0, 0.5, 0.070001)), null);
    assert.equal(decimalTieGroups(labels, Float64Array.of(0, Number.POSITIVE_INFINITY, 1)), null);
    assert.equal(decimalTieGroups(labels, Float64Array.of(0, Number.NaN, 1)), null);
    assert.equal(decimalTieGroups(new Uint8Array(0), new Float64Array(0)), null);
  });
});
