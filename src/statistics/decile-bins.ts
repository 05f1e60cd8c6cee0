/**
 * Bins cut at the reference sample's deciles, shared by both samples, for the
 * binned drift measures (PSI, Jensen–Shannon) and the sparklines. Cuts are the
 * linear (type 7) quantiles at k/10, k = 1…9; equal cuts are merged, so a
 * column with heavy ties or a constant column gets fewer bins. The bins are
 * right-closed: (−∞, c₁], (c₁, c₂], …, (c_m, +∞), so values outside the
 * reference range land in the outer bins instead of being dropped.
 *
 * Each sample is counted in these bins by the walk that compares the two CDFs
 * (empirical-cdf-gaps.ts).
 *
 * Reference: numpy.quantile(reference, np.arange(1, 10) / 10) for the cuts.
 * Cost: nine quantiles.
 */
import { linearQuantileSorted } from './linear-quantile.ts';

/** Ascending distinct cut points from the reference's deciles. */
export function decileCuts(sortedReference: ArrayLike<number>): number[] {
  return decileCutsFrom((p) => linearQuantileSorted(sortedReference, p));
}

/** As decileCuts, from a quantile function (e.g. a profile's, exact or within its rank error). */
export function decileCutsFrom(quantile: (p: number) => number): number[] {
  const cuts: number[] = [];
  for (let k = 1; k <= 9; k++) {
    const cut = quantile(k / 10);
    if (cuts.length === 0 || cut > cuts[cuts.length - 1]!) cuts.push(cut);
  }
  // A copy of exact length: an array grown by push keeps room for 17, and a drift
  // result keeps one per feature (50,000 of them on a wide table).
  return cuts.slice();
}
