/**
 * L∞ (Chebyshev) distance between two frequency vectors over the same
 * categories: the largest absolute difference of proportions. TensorFlow Data
 * Validation uses it as the skew/drift comparator for categorical features;
 * 0.01 is its usual threshold for train/serve skew.
 *
 * Reference: TFDV `infinity_norm` comparator (tensorflow_data_validation,
 * `validate_statistics`); numerically np.max(np.abs(p - q)) with p, q = counts /
 * total. Cost: O(k).
 */
import { proportions } from './population-stability-index.ts';

export function lInfinityDistance(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): number {
  const p = proportions(referenceCounts);
  const q = proportions(currentCounts);
  let largest = 0;
  for (let i = 0; i < p.length; i++) largest = Math.max(largest, Math.abs(p[i]! - q[i]!));
  return largest;
}
