/**
 * Bins cut at the reference sample's deciles, shared by both samples, for the
 * binned drift measures (PSI, Jensen–Shannon) and the sparklines. Cuts are the
 * linear (type 7) quantiles at k/10, k = 1…9; equal cuts are merged, so a
 * column with heavy ties or a constant column gets fewer bins. The bins are
 * right-closed: (−∞, c₁], (c₁, c₂], …, (c_m, +∞), so values outside the
 * reference range land in the outer bins instead of being dropped.
 *
 * Reference: numpy.quantile(reference, np.arange(1, 10) / 10) for the cuts, and
 * numpy.searchsorted(cuts, x, side='left') for the bin of x (right-closed).
 * Cost: O(m log n) per sorted array (m ≤ 9 cuts, no pass over the values); one
 * pass over a weighted table.
 */
import { linearQuantileSorted } from './linear-quantile.ts';
import { countAtMost, type SortedSample, sampleValues, sampleWeights } from './sorted-sample.ts';

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
  return cuts;
}

/** Counts of a sorted sample in the right-closed bins that `cuts` define (cuts.length + 1 bins). */
export function binCountsSorted(sorted: SortedSample, cuts: readonly number[]): number[] {
  const weights = sampleWeights(sorted);
  if (weights === undefined) {
    // One binary search per cut.
    const counts: number[] = [];
    let below = 0;
    for (const cut of cuts) {
      const atOrBelow = countAtMost(sorted, cut);
      counts.push(atOrBelow - below);
      below = atOrBelow;
    }
    counts.push(sampleValues(sorted).length - below);
    return counts;
  }
  // A weighted table is walked once, adding each weight to its bin.
  const values = sampleValues(sorted);
  const counts = new Array<number>(cuts.length + 1).fill(0);
  let bin = 0;
  for (let i = 0; i < values.length; i++) {
    while (bin < cuts.length && values[i]! > cuts[bin]!) bin++;
    counts[bin]! += weights[i]!;
  }
  return counts;
}
