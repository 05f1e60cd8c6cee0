/**
 * Jensen–Shannon distance between two discrete distributions, base 2: the
 * square root of JS divergence ½KL(p‖m) + ½KL(q‖m) with m = (p + q)/2. It is a
 * metric, bounded in [0, 1] (1 for disjoint supports), and finite when a bin or
 * category is empty on one side — no smoothing needed.
 *
 * Reference: scipy.spatial.distance.jensenshannon(p, q, base=2) (inputs are
 * normalised to sum 1 first, as scipy does). Cost: O(k).
 */
import { proportions } from './population-stability-index.ts';

export function jensenShannonDistance(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): number {
  const p = proportions(referenceCounts);
  const q = proportions(currentCounts);
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    left += relativeEntropy(p[i]!, m);
    right += relativeEntropy(q[i]!, m);
  }
  // Rounding can leave a divergence of −1e-17 for identical inputs.
  return Math.sqrt(Math.max(0, (left + right) / Math.LN2 / 2));
}

/** scipy.special.rel_entr for x ≥ 0, y > 0 where x > 0. */
function relativeEntropy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(x / y);
}
