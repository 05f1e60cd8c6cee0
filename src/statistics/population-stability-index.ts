/**
 * Population Stability Index between a reference and a current distribution
 * over the same bins: PSI = Σ (qᵢ − pᵢ) · ln(qᵢ / pᵢ), where pᵢ and qᵢ are the
 * reference and current proportions. It is the symmetrised Kullback–Leibler
 * divergence KL(q‖p) + KL(p‖q). An empty bin would make it infinite, so a zero
 * proportion is replaced by 10⁻⁴ (the proportions are not renormalised).
 * Common reading: < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift.
 *
 * Reference: Siddiqi (2006), "Credit Risk Scorecards", ch. 8; numerically
 * np.sum((q - p) * np.log(q / p)) with p, q = counts / total and zeros → 1e-4.
 * Cost: O(k) for k bins or categories.
 */

export const psiZeroProportion = 1e-4;

/** PSI from the counts of each bin/category on both sides (same order, same length). */
export function populationStabilityIndex(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): number {
  const p = proportions(referenceCounts);
  const q = proportions(currentCounts);
  let psi = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! === 0 ? psiZeroProportion : p[i]!;
    const qi = q[i]! === 0 ? psiZeroProportion : q[i]!;
    psi += (qi - pi) * Math.log(qi / pi);
  }
  return psi;
}

/** Counts divided by their total; throws when the total is 0 (nothing to compare). */
export function proportions(counts: readonly number[]): number[] {
  let total = 0;
  for (const c of counts) total += c;
  if (!(total > 0)) throw new RangeError('a distribution needs at least one counted value');
  return counts.map((c) => c / total);
}
