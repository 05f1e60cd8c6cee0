/**
 * A sample as the distribution statistics read it: ascending values, either
 * one entry per observation (a sorted typed array) or distinct values with
 * their multiplicities (a profile's quantile summary, or a frequency table).
 * KS, Wasserstein and the binned measures walk both forms in one pass, so the
 * same code serves raw rows and committed profiles.
 * Cost: O(1) per access; O(k) for the size of a k-value weighted sample, the
 * first time (its cumulative weights are kept with it: cumulative-weights.ts).
 */
import { totalWeight } from './cumulative-weights.ts';

/** Ascending values, each standing for `weights[i]` observations. */
export interface WeightedSample {
  readonly values: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
}

export type SortedSample = ArrayLike<number> | WeightedSample;

export function isWeighted(sample: SortedSample): sample is WeightedSample {
  return 'weights' in sample;
}

/** The ascending values (with repeats when unweighted). */
export function sampleValues(sample: SortedSample): ArrayLike<number> {
  return isWeighted(sample) ? sample.values : sample;
}

/** Per-value weights, or undefined when every value counts once. */
export function sampleWeights(sample: SortedSample): ArrayLike<number> | undefined {
  return isWeighted(sample) ? sample.weights : undefined;
}

/** The number of observations (total weight). */
export function sampleSize(sample: SortedSample): number {
  return isWeighted(sample) ? totalWeight(sample) : sample.length;
}
