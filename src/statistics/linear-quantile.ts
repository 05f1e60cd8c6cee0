/**
 * Sample quantiles with linear interpolation between order statistics: R's
 * type 7, numpy's default `method='linear'` (Hyndman & Fan 1996). The position
 * of quantile p in a sorted sample of n values is (n − 1)·p; the result lies
 * between the two neighbouring values.
 *
 * simple-statistics' `quantileSorted` implements the same definition but
 * interpolates as `a + t·(b − a)` for every t, and takes plain arrays only.
 * numpy switches to `b − (b − a)·(1 − t)` when t ≥ 0.5 (`numpy._lerp`), so the
 * two can differ in the last bit. Bin cuts derived from quantiles must agree
 * with numpy bit for bit (a value equal to a cut must fall in the same bin), so
 * this follows numpy's arithmetic and reads typed arrays without copying.
 *
 * Reference: numpy.quantile(a, p) (numpy ≥ 1.22, `_quantile` and `_lerp`).
 * Cost: O(1) per quantile on sorted input; sorting is the caller's, once per column.
 */

/** The p-quantile (0 ≤ p ≤ 1) of `sorted`, which must be ascending and hold no NaN. */
export function linearQuantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('a quantile needs at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a quantile level lies in [0, 1], got ${p}`);
  const position = (n - 1) * p;
  if (position >= n - 1) return sorted[n - 1]!;
  const below = Math.floor(position);
  const t = position - below;
  const a = sorted[below]!;
  // On an order statistic, return it: numpy computes a + (b − a)·0, which is NaN
  // when b − a overflows (−1e308 next to 1e308).
  if (t === 0) return a;
  const b = sorted[below + 1]!;
  const difference = b - a;
  return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
}

/** Several quantiles of one sorted sample. */
export function linearQuantilesSorted(
  sorted: ArrayLike<number>,
  levels: readonly number[],
): number[] {
  return levels.map((p) => linearQuantileSorted(sorted, p));
}
