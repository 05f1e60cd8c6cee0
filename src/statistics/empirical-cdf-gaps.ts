/**
 * How far apart two empirical CDFs are, from one merge walk over two
 * ascending samples: the largest |F₁(x) − F₂(x)| (the two-sample
 * Kolmogorov–Smirnov statistic D) and the area ∫ |F₁(x) − F₂(x)| dx (the
 * first Wasserstein distance W₁, in the unit of the data). Drift reports both
 * for every numeric feature, and over tables of a million distinct values the
 * walk, not the arithmetic, is what costs. Both CDFs are right-continuous, so
 * tied values move them together and never inflate D. Given cut points, the
 * same walk counts each sample in the right-closed bins they define,
 * (−∞, c₁], (c₁, c₂], …, (c_m, +∞), for PSI and Jensen–Shannon.
 *
 * Reference: scipy.stats.ks_2samp(a, b).statistic,
 * scipy.stats.wasserstein_distance(u, v, u_weights, v_weights), and
 * numpy.bincount(numpy.searchsorted(cuts, x, side='left')) for the bins.
 * Cost: O(k₁ + k₂) for k₁ and k₂ entries; the area's sum is compensated
 * (Neumaier), so a million steps add no visible rounding.
 */
import { type SortedSample, sampleSize, sampleValues, sampleWeights } from './sorted-sample.ts';

export interface EmpiricalCdfGaps {
  /** sup |F₁ − F₂|: the KS statistic D. */
  supremum: number;
  /** ∫ |F₁ − F₂| dx: W₁. */
  area: number;
  /** Each sample's counts in the bins of `cuts` (cuts.length + 1 of them). */
  bins: [number[], number[]];
}

/**
 * The gaps between two ascending samples without NaN or ±Infinity, both
 * non-empty, and their bins at ascending `cuts`.
 */
export function empiricalCdfGaps(
  a: SortedSample,
  b: SortedSample,
  cuts: readonly number[] = [],
): EmpiricalCdfGaps {
  const aValues = sampleValues(a);
  const bValues = sampleValues(b);
  const aWeights = sampleWeights(a);
  const bWeights = sampleWeights(b);
  const n1 = sampleSize(a);
  const n2 = sampleSize(b);
  const k1 = aValues.length;
  const k2 = bValues.length;
  if (n1 === 0 || n2 === 0) {
    throw new RangeError('comparing two distributions needs at least one value on each side');
  }
  let i = 0;
  let j = 0;
  // Observations ≤ the current value: i and j themselves when unweighted, so D is formed as scipy forms it.
  let below1 = 0;
  let below2 = 0;
  // F₁ − F₂ since the previous value.
  let difference = 0;
  let largest = 0;
  let smallest = 0;
  let sum = 0;
  let compensation = 0;
  let previous = Math.min(aValues[0]!, bValues[0]!);
  // Observations ≤ each cut: those below the first value above it.
  const aAtCuts: number[] = [];
  const bAtCuts: number[] = [];
  let nextCut = cuts.length > 0 ? cuts[0]! : Number.POSITIVE_INFINITY;
  // The next value of each side, +∞ once it is used up.
  let x = aValues[0]!;
  let y = bValues[0]!;
  while (i < k1 || j < k2) {
    const value = Math.min(x, y);
    while (nextCut < value) {
      aAtCuts.push(below1);
      bAtCuts.push(below2);
      nextCut = aAtCuts.length < cuts.length ? cuts[aAtCuts.length]! : Number.POSITIVE_INFINITY;
    }
    const term = Math.abs(difference) * (value - previous);
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
    previous = value;
    while (x <= value) {
      below1 += aWeights === undefined ? 1 : aWeights[i]!;
      x = ++i < k1 ? aValues[i]! : Number.POSITIVE_INFINITY;
    }
    while (y <= value) {
      below2 += bWeights === undefined ? 1 : bWeights[j]!;
      y = ++j < k2 ? bValues[j]! : Number.POSITIVE_INFINITY;
    }
    difference = below1 / n1 - below2 / n2;
    if (difference > largest) largest = difference;
    else if (difference < smallest) smallest = difference;
  }
  while (aAtCuts.length < cuts.length) {
    aAtCuts.push(n1);
    bAtCuts.push(n2);
  }
  return {
    supremum: Math.max(largest, -smallest),
    area: sum + compensation,
    bins: [binsOf(aAtCuts, n1), binsOf(bAtCuts, n2)],
  };
}

/** Made at their exact length, not by push (which keeps room for 17): a drift result keeps them. */
function binsOf(atOrBelowCuts: readonly number[], total: number): number[] {
  const counts = new Array<number>(atOrBelowCuts.length + 1);
  let below = 0;
  atOrBelowCuts.forEach((atOrBelow, k) => {
    counts[k] = atOrBelow - below;
    below = atOrBelow;
  });
  counts[atOrBelowCuts.length] = total - below;
  return counts;
}
