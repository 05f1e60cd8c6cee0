/**
 * First Wasserstein (earth mover's) distance between two samples on the real
 * line: W₁ = ∫ |F₁(x) − F₂(x)| dx, the area between the empirical CDFs, in the
 * unit of the data. Unlike KS it grows with how far mass moved, not only with
 * how much. `normalizedWasserstein` divides it by the reference sample's
 * standard deviation (ddof = 1) so that one floor fits every feature.
 *
 * Reference: scipy.stats.wasserstein_distance(u, v, u_weights, v_weights).
 * Cost: O(n₁ + n₂) on sorted input; the sum is compensated (Neumaier), so a
 * million steps add no visible rounding.
 */
import { type SortedSample, sampleSize, sampleValues, sampleWeights } from './sorted-sample.ts';

/** W₁ between two ascending samples without NaN; both must be non-empty and finite. */
export function wassersteinDistanceSorted(a: SortedSample, b: SortedSample): number {
  const aValues = sampleValues(a);
  const bValues = sampleValues(b);
  const aWeights = sampleWeights(a);
  const bWeights = sampleWeights(b);
  const n1 = sampleSize(a);
  const n2 = sampleSize(b);
  const k1 = aValues.length;
  const k2 = bValues.length;
  if (n1 === 0 || n2 === 0)
    throw new RangeError('the Wasserstein distance needs values on both sides');
  let i = 0;
  let j = 0;
  let below1 = 0;
  let below2 = 0;
  let sum = 0;
  let compensation = 0;
  let previous = Math.min(aValues[0]!, bValues[0]!);
  while (i < k1 || j < k2) {
    const value = Math.min(
      i < k1 ? aValues[i]! : Number.POSITIVE_INFINITY,
      j < k2 ? bValues[j]! : Number.POSITIVE_INFINITY,
    );
    const term = Math.abs(below1 / n1 - below2 / n2) * (value - previous);
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
    previous = value;
    while (i < k1 && aValues[i]! <= value) {
      below1 += aWeights === undefined ? 1 : aWeights[i]!;
      i++;
    }
    while (j < k2 && bValues[j]! <= value) {
      below2 += bWeights === undefined ? 1 : bWeights[j]!;
      j++;
    }
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
