/**
 * The correlation ratio η (Pearson 1903): how much of a numeric variable's
 * variance lies between the groups of a categorical one,
 * η = √(Σ_g n_g (ȳ_g − ȳ)² / Σ_i (y_i − ȳ)²), between 0 (the group says
 * nothing about the value) and 1 (the group fixes it). It is the categorical ×
 * numeric counterpart of Cramér's V, used to flag features that proxy for a
 * protected attribute.
 *
 * Reference: no scipy function; equals √(R²) of a one-way ANOVA, i.e.
 * √(ss_between / ss_total) as computed with numpy (see the test).
 * Cost: O(n).
 */

/** η for values paired with group keys; null when the values do not vary or there is one group. */
export function correlationRatio(
  values: readonly number[],
  groups: readonly string[],
): number | null {
  const n = values.length;
  if (groups.length !== n) throw new RangeError('values and groups must be paired');
  const sums = new Map<string, { sum: number; count: number }>();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const entry = sums.get(groups[i]!) ?? { sum: 0, count: 0 };
    entry.sum += values[i]!;
    entry.count += 1;
    sums.set(groups[i]!, entry);
    total += values[i]!;
  }
  if (sums.size < 2) return null;
  const mean = total / n;
  let spread = 0;
  for (const value of values) spread += (value - mean) ** 2;
  if (spread === 0) return null;
  let between = 0;
  for (const { sum, count } of sums.values()) between += count * (sum / count - mean) ** 2;
  return Math.sqrt(Math.min(1, between / spread));
}
