/**
 * The error of Stirling's formula, δ(k) = ln Γ(k + 1) − [(k + ½) ln k − k + ½ ln 2π],
 * for integers k ≥ 1 and reals k ≥ 15. Distribution functions whose terms are
 * ratios of huge factorials (binomial coefficients, x^a e^(−x) / Γ(a)) stay
 * accurate when the large parts cancel analytically and only δ is evaluated.
 *
 * Reference: C. Loader (2000), "Fast and accurate computation of binomial
 * probabilities" (the `stirlerr` of R's nmath). Cost: O(1).
 */

const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

// ln k! is exact to a rounding for k ≤ 15 (15! < 2^53), so the table needs no constants.
const small: number[] = [0];
for (let k = 1, factorial = 1; k <= 15; k++) {
  factorial *= k;
  small.push(Math.log(factorial) - ((k + 0.5) * Math.log(k) - k + halfLogTwoPi));
}

/** δ(k) for an integer 1 ≤ k ≤ 15 or any real k > 15. */
export function stirlingError(k: number): number {
  if (k <= 15) {
    const value = small[k];
    if (value === undefined || k < 1) {
      throw new RangeError(`stirlingError needs an integer 1…15 or a real > 15, got ${k}`);
    }
    return value;
  }
  const k2 = k * k;
  // Asymptotic series in 1/k with Bernoulli-number coefficients 1/12, 1/360, 1/1260, 1/1680, 1/1188.
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / k2) / k2) / k2) / k2) / k;
}
