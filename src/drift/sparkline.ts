/**
 * Unicode block sparklines (▁▂▃▄▅▆▇█) of reference and current proportions
 * over the same bins, drawn on one scale so that the two pictures compare at a
 * glance: `▂▃▅▇▅▃▂▁ → ▁▂▃▅▇▇▅▂` shows a shift to the right.
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

/** `reference → current` for two count vectors over the same bins. */
export function comparedSparklines(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): string {
  const share = (counts: readonly number[]) => {
    const total = counts.reduce((sum, c) => sum + c, 0);
    return counts.map((c) => (total > 0 ? c / total : 0));
  };
  const reference = share(referenceCounts);
  const current = share(currentCounts);
  const scale = Math.max(0, ...reference, ...current);
  return `${sparkline(reference, scale)} → ${sparkline(current, scale)}`;
}
