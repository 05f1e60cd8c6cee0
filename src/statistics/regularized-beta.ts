/**
 * The regularised incomplete beta function I_x(a, b) = B(x; a, b)/B(a, b),
 * the cumulative distribution of Beta(a, b), through which Student's t is
 * computed.
 *
 * Method: the continued fraction of Numerical Recipes §6.4 (modified Lentz),
 * evaluated directly when x < (a + 1)/(a + b + 2), where it converges fast,
 * and through I_x(a, b) = 1 − I_{1−x}(b, a) otherwise. Only the small side is
 * ever computed directly, so tail probabilities keep their relative accuracy.
 * ln B(a, b) cancels two huge ln Γ when a or b is large (Student's t with
 * many degrees of freedom), so there the large parts cancel analytically and
 * only Stirling's errors δ are evaluated.
 * Reference: scipy.special.betainc(a, b, x) (cephes incbet.c).
 * Cost: O(√max(a, b)) iterations.
 */
import { gammaln } from 'simple-statistics';
import { stirlingError } from './stirling-error.ts';

/**
 * I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. A caller that knows 1 − x more
 * precisely than the subtraction rounds it (x near 1) passes it as `complement`.
 */
export function regularizedBeta(x: number, a: number, b: number, complement = 1 - x): number {
  if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) return Number.NaN;
  if (x === 0 || x === 1) return x;
  if (x < (a + 1) / (a + b + 2)) return smallSide(x, complement, a, b);
  return 1 - smallSide(complement, x, b, a);
}

/** xᵃ(1 − x)ᵇ / (a B(a, b)) times the continued fraction. */
function smallSide(x: number, complement: number, a: number, b: number): number {
  const logPrefactor = a * Math.log(x) + b * Math.log(complement) - logBeta(a, b);
  return (Math.exp(logPrefactor) * continuedFraction(x, a, b)) / a;
}

/** ln B(a, b) = ln Γ(small) − [ln Γ(big + small) − ln Γ(big)], the bracket without cancellation. */
function logBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (big < 15) return gammaln(a) + gammaln(b) - gammaln(a + b);
  // ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + δ(z) for both terms of the bracket.
  const bracket =
    (big - 0.5) * Math.log1p(small / big) +
    small * Math.log(big + small) -
    small +
    stirlingError(big + small) -
    stirlingError(big);
  return gammaln(small) - bracket;
}

/** 1/(1 + d₁/(1 + d₂/(1 + …))) with NR's even and odd coefficients d_{2m}, d_{2m+1}. */
function continuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const clamp = (value: number) => (Math.abs(value) < tiny ? tiny : value);
  let c = 1;
  let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
  let h = d;
  const limit = 1000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  for (let m = 1; m < limit; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / clamp(1 + even * d);
    c = clamp(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / clamp(1 + odd * d);
    c = clamp(1 + odd / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 2 * Number.EPSILON) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge for x=${x}, a=${a}, b=${b}`);
}
