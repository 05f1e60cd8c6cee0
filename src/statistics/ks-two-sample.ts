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
 * recursion fails. Cost: O(n₁ + n₂) for D on sorted input
 * (empirical-cdf-gaps.ts, the walk that also gives W₁), plus the p-value's cost (see
 * smirnov-two-sample-distribution.ts and kolmogorov-distribution.ts).
 */
import { empiricalCdfGaps } from './empirical-cdf-gaps.ts';
import { kolmogorovSf } from './kolmogorov-distribution.ts';
import { gcd, smirnovTwoSampleSf } from './smirnov-two-sample-distribution.ts';
import { type SortedSample, sampleSize } from './sorted-sample.ts';

/** scipy's MAX_AUTO_N: up to this sample size method='auto' computes the exact p-value. */
export const ksExactMaxN = 10_000;

export interface KsTwoSampleResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** The test on two ascending samples without NaN; both must be non-empty. */
export function ksTwoSampleSorted(a: SortedSample, b: SortedSample): KsTwoSampleResult {
  return ksTwoSamplePValue(empiricalCdfGaps(a, b).supremum, sampleSize(a), sampleSize(b));
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

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
