/**
 * First Wasserstein (earth mover's) distance between two samples on the real
 * line: W₁ = ∫ |F₁(x) − F₂(x)| dx, the area between the empirical CDFs, in the
 * unit of the data. Unlike KS it grows with how far mass moved, not only with
 * how much. `normalizedWasserstein` divides it by the reference sample's
 * standard deviation (ddof = 1) so that one floor fits every feature.
 *
 * Reference: scipy.stats.wasserstein_distance(u, v) (unweighted).
 * Cost: O(n₁ + n₂) on sorted input; the sum is compensated (Neumaier), so a
 * million steps add no visible rounding.
 */

/** W₁ between two ascending samples without NaN; both must be non-empty and finite. */
export function wassersteinDistanceSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0)
    throw new RangeError('the Wasserstein distance needs values on both sides');
  let i = 0;
  let j = 0;
  let sum = 0;
  let compensation = 0;
  let previous = Math.min(a[0]!, b[0]!);
  while (i < n1 || j < n2) {
    const ai = i < n1 ? a[i]! : Number.POSITIVE_INFINITY;
    const bj = j < n2 ? b[j]! : Number.POSITIVE_INFINITY;
    const value = Math.min(ai, bj);
    const term = Math.abs(i / n1 - j / n2) * (value - previous);
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
    previous = value;
    while (i < n1 && a[i]! <= value) i++;
    while (j < n2 && b[j]! <= value) j++;
  }
  return sum + compensation;
}

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
