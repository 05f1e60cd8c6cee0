/**
 * First Wasserstein (earth mover's) distance between two samples on the real
 * line: W₁ = ∫ |F₁(x) − F₂(x)| dx, the area between the empirical CDFs, in the
 * unit of the data. Unlike KS it grows with how far mass moved, not only with
 * how much. `normalizedWasserstein` divides it by the reference sample's
 * standard deviation (ddof = 1) so that one floor fits every feature.
 *
 * W₁ itself comes from the walk that also finds the KS statistic
 * (empirical-cdf-gaps.ts), checked there against
 * scipy.stats.wasserstein_distance(u, v, u_weights, v_weights).
 * Cost: O(1).
 */

/**
 * W₁ in units of the reference standard deviation. A constant reference has
 * no scale: the result is 0 when nothing moved and +∞ when anything did, and
 * null when the reference has a single value (its std is undefined).
 */
export function normalizedWasserstein(distance: number, referenceStd: number): number | null {
  if (Number.isNaN(referenceStd)) return null;
  if (referenceStd === 0) return distance === 0 ? 0 : Number.POSITIVE_INFINITY;
  return distance / referenceStd;
}
