/**
 * How far apart two empirical CDFs are, from one merge walk over two
 * ascending samples: the largest |F₁(x) − F₂(x)| (the two-sample
 * Kolmogorov–Smirnov statistic D) and the area ∫ |F₁(x) − F₂(x)| dx (the
 * first Wasserstein distance W₁, in the unit of the data). Drift reports both
 * for every numeric feature, and over tables of a million distinct values the
 * walk, not the arithmetic, is what costs. Both CDFs are right-continuous, so
 * tied values move them together and never inflate D. Given cut points, each
 * sample is also counted in the right-closed bins they define, (−∞, c₁],
 * (c₁, c₂], …, (c_m, +∞), for PSI and Jensen–Shannon: by a binary search
 * per cut and the sample's cumulative weights, not in the walk, whose loop
 * then has no path it takes only now and then (see walkSteps).
 *
 * Reference: scipy.stats.ks_2samp(a, b).statistic,
 * scipy.stats.wasserstein_distance(u, v, u_weights, v_weights), and
 * numpy.bincount(numpy.searchsorted(cuts, x, side='left')) for the bins.
 * Cost: O(k₁ + k₂) for k₁ and k₂ entries, plus O(log k + 64) per cut; the
 * area's sum is compensated (Neumaier), so a million steps add no visible
 * rounding. Two equal samples skip the walk (equal-samples.ts).
 */
import { weightBefore } from './cumulative-weights.ts';
import { equalSamples } from './equal-samples.ts';
import {
  isWeighted,
  type SortedSample,
  sampleSize,
  sampleValues,
  sampleWeights,
} from './sorted-sample.ts';

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
  const walk: Walk = {
    aValues: sampleValues(a),
    bValues: sampleValues(b),
    aWeights: sampleWeights(a),
    bWeights: sampleWeights(b),
    n1: sampleSize(a),
    n2: sampleSize(b),
  };
  if (walk.n1 === 0 || walk.n2 === 0) {
    throw new RangeError('comparing two distributions needs at least one value on each side');
  }
  const bins: [number[], number[]] = [binsOf(a, cuts, walk.n1), binsOf(b, cuts, walk.n2)];
  // The walk of two equal samples would end at D = 0 and W₁ = 0 too: every step's F₁ − F₂ is 0.
  if (equalSamples(a, b)) return { supremum: 0, area: 0, bins };
  const state = new Float64Array(stateSize);
  const x = walk.aValues[0]!;
  const y = walk.bValues[0]!;
  state[PREVIOUS] = Math.min(x, y);
  state[X] = x;
  state[Y] = y;
  while (walkSteps(walk, state, stepsPerCall));
  return {
    supremum: Math.max(state[LARGEST]!, -state[SMALLEST]!),
    area: state[SUM]! + state[COMPENSATION]!,
    bins,
  };
}

/** What a walk reads. */
interface Walk {
  aValues: ArrayLike<number>;
  bValues: ArrayLike<number>;
  aWeights: ArrayLike<number> | undefined;
  bWeights: ArrayLike<number> | undefined;
  n1: number;
  n2: number;
}

/**
 * The walk goes in calls of at most this many steps, its running figures
 * kept between them in a Float64Array. One call over a million steps ran in
 * code V8 compiled while it ran (on-stack replacement), which kept the
 * figures as boxed numbers and bailed out at each path not yet taken: 20 to
 * 90 ns per step in the 1M-row drift's first comparisons of each thread,
 * against about 8 in code compiled whole. A short call is compiled whole
 * after a few of them: in a fresh process, a first walk of two tables of a
 * million entries took 20–30 instead of about 200 ms (Node 24), and the
 * 1M-row drift 1.42 instead of 1.47 s (median of 9 runs alternating).
 */
const stepsPerCall = 4096;

// Where each running figure is kept in the state.
const I = 0;
const J = 1;
/** Observations ≤ the current value: i and j themselves when unweighted, so D is formed as scipy forms it. */
const BELOW1 = 2;
const BELOW2 = 3;
/** F₁ − F₂ since the previous value. */
const DIFFERENCE = 4;
const LARGEST = 5;
const SMALLEST = 6;
const SUM = 7;
const COMPENSATION = 8;
const PREVIOUS = 9;
/** The next value of each side, +∞ once it is used up. */
const X = 10;
const Y = 11;
const stateSize = 12;

/**
 * Up to `steps` steps of the walk from `state`, which it advances; false once
 * both samples are used up. A hot loop, kept whole. Every test and sum in it
 * runs at every step: a path taken only now and then (a cut passed, the
 * other way of Neumaier's correction, one side used up) had not run when V8
 * optimized the loop, and when taken threw the optimized code away
 * (`node --trace-deopt`), so the next walk started over unoptimized: in a
 * fresh process the second walk of two tables of a million entries took
 * 21–25 ms instead of 12.
 * A used-up side's +∞ is read as Number.POSITIVE_INFINITY, a read-only
 * property the optimizing compiler folds to a constant, not from a module
 * constant: the bundle (esbuild) turns a module's top-level `const` into a
 * `var`, which optimized code loads from the module's context at each use as
 * a boxed number, and the values it met there (x and y) were then boxed too.
 * The bundled walk allocated a heap number per step: 59 MB on the 1M-row
 * drift's main thread, a scavenge every 1–2 ms. Without it, that thread's
 * walks took 47–58 instead of 53–64 ms in all (6 runs each); the drift's
 * wall time moved less than its noise (1,137 against 1,141 ms, medians of 21
 * runs alternating). test/statistics/empirical-cdf-gaps-bundled.test.ts
 * keeps the walk from allocating.
 */
function walkSteps(walk: Walk, state: Float64Array, steps: number): boolean {
  const { aValues, bValues, aWeights, bWeights, n1, n2 } = walk;
  const k1 = aValues.length;
  const k2 = bValues.length;
  let i = state[I]!;
  let j = state[J]!;
  let below1 = state[BELOW1]!;
  let below2 = state[BELOW2]!;
  let difference = state[DIFFERENCE]!;
  let largest = state[LARGEST]!;
  let smallest = state[SMALLEST]!;
  let sum = state[SUM]!;
  let compensation = state[COMPENSATION]!;
  let previous = state[PREVIOUS]!;
  let x = state[X]!;
  let y = state[Y]!;
  for (let step = 0; step < steps; step++) {
    const value = Math.min(x, y);
    // Both samples used up (their values are finite): not i < k1 || j < k2, whose second test
    // runs only once one side is used up.
    if (value === Number.POSITIVE_INFINITY) break;
    const term = Math.abs(difference) * (value - previous);
    const next = sum + term;
    // Neumaier's correction, computed both ways at every step.
    const lostOfTerm = sum - next + term;
    const lostOfSum = term - next + sum;
    compensation += Math.abs(sum) >= Math.abs(term) ? lostOfTerm : lostOfSum;
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
  state[I] = i;
  state[J] = j;
  state[BELOW1] = below1;
  state[BELOW2] = below2;
  state[DIFFERENCE] = difference;
  state[LARGEST] = largest;
  state[SMALLEST] = smallest;
  state[SUM] = sum;
  state[COMPENSATION] = compensation;
  state[PREVIOUS] = previous;
  state[X] = x;
  state[Y] = y;
  return Math.min(x, y) !== Number.POSITIVE_INFINITY;
}

/**
 * A sample's counts in the bins of `cuts`, each cut's from the observations
 * at or below it. Made at their exact length, not by push (which keeps room
 * for 17): a drift result keeps them.
 */
function binsOf(sample: SortedSample, cuts: readonly number[], total: number): number[] {
  const counts = new Array<number>(cuts.length + 1);
  let below = 0;
  cuts.forEach((cut, k) => {
    const atOrBelow = atOrBelowCut(sample, cut);
    counts[k] = atOrBelow - below;
    below = atOrBelow;
  });
  counts[cuts.length] = total - below;
  return counts;
}

/** The observations at or below `cut`: all of them for a NaN cut, which no value is above. */
function atOrBelowCut(sample: SortedSample, cut: number): number {
  const values = sampleValues(sample);
  // The first entry above the cut: numpy.searchsorted(values, cut, side='right').
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! > cut) high = middle;
    else low = middle + 1;
  }
  return isWeighted(sample) ? weightBefore(sample, low) : low;
}
