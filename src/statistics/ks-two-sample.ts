/**
 * Two-sample Kolmogorov–Smirnov test, two-sided: D = sup |F₁(x) − F₂(x)| over
 * the pooled values, with both empirical CDFs right-continuous, so tied values
 * move both CDFs together and never inflate D. The p-value is exact (lattice
 * paths) when max(n₁, n₂) ≤ 10,000 and otherwise the one-sample Kolmogorov
 * distribution at n = round(n₁n₂ / (n₁ + n₂)); like scipy, the p-value assumes
 * continuous data and does not correct for ties.
 *
 * Reference: scipy.stats.ks_2samp(a, b) with method='auto' (scipy ≥ 1.5):
 * same statistic, the same rounding of D to a multiple of 1/lcm(n₁, n₂) in the
 * exact branch, and the same fall-back to the asymptotic branch when the exact
 * recursion fails. Cost: O(n₁ + n₂) for D on sorted input (the caller sorts once
 * per column and reuses the arrays), plus the p-value's cost (see
 * smirnov-two-sample-distribution.ts and kolmogorov-distribution.ts).
 */
import { kolmogorovSf } from './kolmogorov-distribution.ts';
import { gcd, smirnovTwoSampleSf } from './smirnov-two-sample-distribution.ts';
import { type SortedSample, sampleSize, sampleValues, sampleWeights } from './sorted-sample.ts';

/** scipy's MAX_AUTO_N: up to this sample size method='auto' computes the exact p-value. */
export const ksExactMaxN = 10_000;

export interface KsTwoSampleResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** The test on two ascending samples without NaN; both must be non-empty. */
export function ksTwoSampleSorted(a: SortedSample, b: SortedSample): KsTwoSampleResult {
  return ksTwoSamplePValue(ksStatisticSorted(a, b), sampleSize(a), sampleSize(b));
}

/** The test for an observed D between samples of n₁ and n₂ observations. */
export function ksTwoSamplePValue(statistic: number, n1: number, n2: number): KsTwoSampleResult {
  if (n1 === 0 || n2 === 0) {
    throw new RangeError('the KS test needs at least one value on each side');
  }
  if (Math.max(n1, n2) <= ksExactMaxN) {
    const lcm = (n1 / gcd(n1, n2)) * n2;
    const h = roundHalfEven(statistic * lcm);
    const pValue = smirnovTwoSampleSf(n1, n2, h);
    if (!Number.isNaN(pValue)) return { statistic: h / lcm, pValue, method: 'exact' };
  }
  const effectiveN = roundHalfEven((n1 * n2) / (n1 + n2));
  return { statistic, pValue: kolmogorovSf(effectiveN, statistic), method: 'asymptotic' };
}

/** sup |F₁ − F₂| by one merge pass over the two sorted samples. */
export function ksStatisticSorted(a: SortedSample, b: SortedSample): number {
  const aValues = sampleValues(a);
  const bValues = sampleValues(b);
  const aWeights = sampleWeights(a);
  const bWeights = sampleWeights(b);
  const n1 = sampleSize(a);
  const n2 = sampleSize(b);
  const k1 = aValues.length;
  const k2 = bValues.length;
  let i = 0;
  let j = 0;
  // Observations ≤ the current value: i and j themselves when unweighted, so D is formed as scipy forms it.
  let below1 = 0;
  let below2 = 0;
  let largest = 0;
  let smallest = 0;
  // Once one side is used up the difference only moves back toward 0.
  while (i < k1 && j < k2) {
    const value = Math.min(aValues[i]!, bValues[j]!);
    while (i < k1 && aValues[i]! <= value) {
      below1 += aWeights === undefined ? 1 : aWeights[i]!;
      i++;
    }
    while (j < k2 && bValues[j]! <= value) {
      below2 += bWeights === undefined ? 1 : bWeights[j]!;
      j++;
    }
    const difference = below1 / n1 - below2 / n2;
    if (difference > largest) largest = difference;
    else if (difference < smallest) smallest = difference;
  }
  return Math.max(largest, -smallest);
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
