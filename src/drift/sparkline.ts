/**
 * Unicode block sparklines (▁▂▃▄▅▆▇█) of reference and current proportions
 * over the same bins, drawn on one scale so that the two pictures compare at a
 * glance: `▂▃▅▇▅▃▂▁` beside `▁▂▃▅▇▇▅▂` shows a shift to the right. A
 * sparkline has no spaces, so a table cell never wraps it; the two sides go
 * in two cells.
 */

const levels = '▁▂▃▄▅▆▇█';

/** One character per bin; `scale` is the proportion drawn as a full block. */
export function sparkline(proportions: readonly number[], scale: number): string {
  return proportions
    .map((p) => {
      if (!(scale > 0) || !(p > 0)) return levels[0];
      const level = Math.round((p / scale) * (levels.length - 1));
      return levels[Math.min(levels.length - 1, Math.max(0, level))];
    })
    .join('');
}

/** The reference's and current data's sparklines, on one scale, for two count vectors over the same bins. */
export function comparedSparklines(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): [reference: string, current: string] {
  const reference = proportions(referenceCounts);
  const current = proportions(currentCounts);
  const scale = Math.max(0, ...reference, ...current);
  return [sparkline(reference, scale), sparkline(current, scale)];
}

/** Each count's share of the total (all 0 when the total is 0). */
export function proportions(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}
