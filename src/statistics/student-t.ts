/**
 * Student's t distribution with ν > 0 degrees of freedom: the survival
 * function P(T ≥ t) and the quantile, for regression p-values and confidence
 * intervals.
 *
 * Method: P(|T| ≥ t) = I_{ν/(ν+t²)}(ν/2, 1/2) (Abramowitz & Stegun 26.7.1)
 * through the regularised incomplete beta function; the quantile inverts it
 * by bisection to a relative width of 1e-15 (the survival function is
 * monotone, so bisection cannot fail where Newton steps could overshoot).
 * Reference: scipy.stats.t.sf(t, df) and scipy.stats.t.ppf(p, df).
 * Cost: the survival function O(√ν); the quantile about 50–60 of them (more for extreme tails).
 */
import { regularizedBeta } from './regularized-beta.ts';

/** P(T ≥ t) for T ~ t(ν). */
export function studentTSf(t: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || Number.isNaN(t)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const denominator = degreesOfFreedom + t * t;
  const twoSided = regularizedBeta(
    degreesOfFreedom / denominator,
    degreesOfFreedom / 2,
    0.5,
    (t * t) / denominator,
  );
  return t >= 0 ? twoSided / 2 : 1 - twoSided / 2;
}

/** The t with P(T ≤ t) = p for T ~ t(ν), 0 < p < 1. */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || !(p > 0 && p < 1)) return Number.NaN;
  if (p === 0.5) return 0;
  // Symmetry: solve in the upper tail, where sf(t) = 1 − p is small and exact.
  const tail = Math.min(p, 1 - p);
  let low = 0;
  let high = 1;
  while (studentTSf(high, degreesOfFreedom) > tail) high *= 2;
  while (high - low > 1e-15 * high) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (studentTSf(middle, degreesOfFreedom) > tail) low = middle;
    else high = middle;
  }
  const t = (low + high) / 2;
  return p > 0.5 ? t : -t;
}
