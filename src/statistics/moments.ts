/**
 * Count, mean and M2 (the sum of squared deviations from the mean) of weighted
 * values, and their exact merge: Chan, Golub & LeVeque, "Updating formulae and
 * a pairwise algorithm for computing sample variances" (1979):
 *   δ = mean_b − mean_a,  mean = mean_a + δ · n_b / n,
 *   M2 = M2_a + M2_b + δ² · n_a · n_b / n.
 * Sample variance (ddof = 1) is M2 / (n − 1), as numpy.var(x, ddof=1).
 * simple-statistics has mean and variance of arrays but neither weights nor
 * the merge, which profiles of shards need. Sums are compensated (Neumaier)
 * so a million values agree with numpy to ~1e-15 relative.
 * Cost: O(d) for d weighted values (two passes), O(1) to merge.
 */
export interface Moments {
  count: number;
  /** 0 when count is 0. */
  mean: number;
  m2: number;
}

/**
 * Moments of values, each counted `weights[i]` times (once each when weights
 * are omitted): each term w · x added once. Its loops are apart from
 * momentsOfExpanded's loops over copies, which made it three times slower
 * (10 against 3.5 ms for 800,000 weighted values, in V8 of Node 24), and a
 * scan sums the moments of every numeric column it reads.
 */
export function momentsOf(values: ArrayLike<number>, weights?: ArrayLike<number>): Moments {
  const { count, sum } = weightedSum(values, weights);
  if (count === 0) return { count: 0, mean: 0, m2: 0 };
  const mean = sum / count;
  return { count, mean, m2: weightedSquares(values, weights, mean) };
}

/**
 * The moments momentsOf gives the sorted values that the table stands for,
 * each value written out `weights[i]` times, bit for bit: each copy is added
 * on its own, in the same order, where momentsOf with weights adds w · x once.
 * What a profile built from a scan's value counts needs to equal, to the last
 * bit, the profile of the sorted column (src/profile/numeric-profile.ts).
 * Cost: O(n) for the n values the table stands for, as momentsOf of them.
 */
export function momentsOfExpanded(values: ArrayLike<number>, weights: ArrayLike<number>): Moments {
  const { count, sum } = expandedSum(values, weights);
  if (count === 0) return { count: 0, mean: 0, m2: 0 };
  const mean = sum / count;
  return { count, mean, m2: expandedSquares(values, weights, mean) };
}

// The Neumaier-compensated sums of both (hot loops).

/**
 * momentsOf's sums go in calls of at most this many entries, their running
 * figures kept in a Float64Array between them, as the CDF walk does
 * (empirical-cdf-gaps.ts): one call over a table of a million entries ran in
 * code compiled while it ran, with its sums boxed (84 MB of numbers made and
 * dropped in the 1M-row drift's main thread, Node's sampling heap profiler).
 */
const entriesPerCall = 4096;

/** The total weight and the sum of w · x. */
function weightedSum(values: ArrayLike<number>, weights: ArrayLike<number> | undefined) {
  // count, sum, carry
  const sums = new Float64Array(3);
  for (let from = 0; from < values.length; from += entriesPerCall) {
    addWeighted(values, weights, from, Math.min(from + entriesPerCall, values.length), sums);
  }
  return { count: sums[0]!, sum: sums[1]! + sums[2]! };
}

function addWeighted(
  values: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
  from: number,
  to: number,
  sums: Float64Array,
): void {
  let count = sums[0]!;
  let sum = sums[1]!;
  let carry = sums[2]!;
  for (let i = from; i < to; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    const x = w * values[i]!;
    const t = sum + x;
    // Both corrections are worked out at every entry and one is taken (see addSquares).
    const fromSum = sum - t + x;
    const fromX = x - t + sum;
    carry += Math.abs(sum) >= Math.abs(x) ? fromSum : fromX;
    sum = t;
    count += w;
  }
  sums[0] = count;
  sums[1] = sum;
  sums[2] = carry;
}

/** The sum of w · (x − mean)². */
function weightedSquares(
  values: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
  mean: number,
): number {
  // m2, carry
  const sums = new Float64Array(2);
  for (let from = 0; from < values.length; from += entriesPerCall) {
    addSquares(values, weights, mean, from, Math.min(from + entriesPerCall, values.length), sums);
  }
  return sums[0]! + sums[1]!;
}

function addSquares(
  values: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
  mean: number,
  from: number,
  to: number,
  sums: Float64Array,
): void {
  let m2 = sums[0]!;
  let carry = sums[1]!;
  for (let i = from; i < to; i++) {
    const d = values[i]! - mean;
    const x = (weights === undefined ? 1 : weights[i]!) * d * d;
    const t = m2 + x;
    // Both of Neumaier's corrections are worked out at every entry and one is taken, as in
    // the CDF walk (empirical-cdf-gaps.ts): the one the sums almost never need had not run
    // when V8 optimized the loop, and threw the code away when it first ran (these two loops
    // were compiled 10 to 12 times by Maglev and 3 to 4 by Turbofan in the 1M-row drift).
    const fromM2 = m2 - t + x;
    const fromX = x - t + m2;
    carry += m2 >= x ? fromM2 : fromX;
    m2 = t;
  }
  sums[0] = m2;
  sums[1] = carry;
}

/** The total weight and the sum of x added w times. */
function expandedSum(values: ArrayLike<number>, weights: ArrayLike<number>) {
  let count = 0;
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    count += weights[i]!;
    for (let copy = weights[i]!; copy > 0; copy--) {
      const t = sum + x;
      carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
    }
  }
  return { count, sum: sum + carry };
}

/** The sum of (x − mean)² added w times. */
function expandedSquares(values: ArrayLike<number>, weights: ArrayLike<number>, mean: number) {
  let m2 = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    const x = d * d;
    for (let copy = weights[i]!; copy > 0; copy--) {
      const t = m2 + x;
      carry += m2 >= x ? m2 - t + x : x - t + m2;
      m2 = t;
    }
  }
  return m2 + carry;
}

export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
  };
}

/** Sample standard deviation (ddof = 1); null below two values. */
export function sampleStd(moments: Moments): number | null {
  return moments.count < 2 ? null : Math.sqrt(moments.m2 / (moments.count - 1));
}
