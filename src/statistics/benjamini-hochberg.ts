/**
 * Benjamini–Hochberg adjusted p-values (q-values): testing many features at
 * once, rejecting every hypothesis with adjusted p ≤ q controls the expected
 * share of false discoveries at q for independent or positively dependent
 * tests. adjusted₍ᵢ₎ = min_{j ≥ i} p₍ⱼ₎ · m / j over the ascending p-values,
 * capped at 1. NaN entries (no test possible) are passed through and do not
 * count in m.
 *
 * Reference: Benjamini & Hochberg (1995), JRSS B 57(1); numerically
 * scipy.stats.false_discovery_control(ps, method='bh'). Cost: O(m log m).
 */

export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => !Number.isNaN(p))
    .sort((x, y) => x.p - y.p);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1]!;
    running = Math.min(running, p * (m / rank));
    adjusted[index] = running;
  }
  return adjusted;
}
