/**
 * A mergeable quantile summary with a deterministic rank-error bound: weighted
 * values v₁ < … < v_m standing for F̂(x) = Σ{wᵢ : vᵢ ≤ x}, with
 * |F̂(x) − #{data ≤ x}| ≤ `error` for every x.
 *
 * - From data: the exact table of distinct values and counts (error 0) while it
 *   has at most 2 · size entries; else it is pruned to `size` entries.
 * - Prune: cut the values into `size` runs of about equal weight and keep each
 *   run's weighted median with the run's whole weight. F̂ changes only inside
 *   the one run that straddles x, by at most the weight on either side of that
 *   run's median, so the error grows by the largest such weight (≈ n / 2size).
 * - Merge: add the two tables (errors add, since F̂ and F both add), then prune
 *   when over 2 · size entries.
 * References: Greenwald & Khanna, "Space-efficient online computation of
 * quantile summaries", SIGMOD 2001 (ε-approximate summaries); Chen & Guestrin,
 * "XGBoost", KDD 2016, appendix A (merge and prune of weighted summaries).
 * Cost: build O(d) from a sorted table of d distinct values; merge O(m);
 * rank and quantile queries O(log m + 64), after one O(m) pass per summary.
 */
import { BLOCK, blockSums, weightBefore } from './cumulative-weights.ts';

/**
 * A mergeable summary of a distribution: weighted values, ascending and
 * distinct, standing for F̂(x) = Σ{weights[i] : values[i] ≤ x}. For every x,
 * |F̂(x) − #{data ≤ x}| ≤ `error`. With `error` = 0 it is the exact table of
 * values and their counts.
 */
export interface QuantileSummary {
  /** Total weight: the number of finite values summarised. */
  n: number;
  /** Absolute rank error bound, in values (divide by n for the normalized error). */
  error: number;
  values: number[];
  weights: number[];
}

/** Distinct values (ascending) and how often each occurs. */
export interface WeightedValues {
  values: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/** A QuantileSummary, or a value table in typed arrays standing for one. */
export interface SummaryLike extends WeightedValues {
  n: number;
  error: number;
}

/** Run-length encodes sorted finite numbers into their table of distinct values and counts. */
export function valueTable(sorted: ArrayLike<number>): {
  values: Float64Array;
  weights: Uint32Array;
} {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const values = new Float64Array(distinct);
  const weights = new Uint32Array(distinct);
  let at = -1;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    if (i === 0 || value !== sorted[i - 1]) {
      at++;
      // −0 and +0 are one value; keep +0 so the JSON reads naturally.
      values[at] = value === 0 ? 0 : value;
    }
    weights[at]!++;
  }
  return { values, weights };
}

/** The summary of a value table that already has rank error `error`. */
export function summaryOf(table: WeightedValues, size: number, error = 0): QuantileSummary {
  const n = sumOf(table.weights);
  if (table.values.length <= 2 * size) {
    return { n, error, values: Array.from(table.values), weights: Array.from(table.weights) };
  }
  return prune(table, n, size, error);
}

export function mergeSummaries(
  a: QuantileSummary,
  b: QuantileSummary,
  size: number,
): QuantileSummary {
  const values: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Number.POSITIVE_INFINITY;
    const vb = j < b.values.length ? b.values[j]! : Number.POSITIVE_INFINITY;
    if (j >= b.values.length || (i < a.values.length && va < vb)) {
      values.push(va);
      weights.push(a.weights[i++]!);
    } else if (i >= a.values.length || vb < va) {
      values.push(vb);
      weights.push(b.weights[j++]!);
    } else {
      values.push(va);
      weights.push(a.weights[i++]! + b.weights[j++]!);
    }
  }
  return summaryOf({ values, weights }, size, a.error + b.error);
}

function prune(table: WeightedValues, n: number, size: number, error: number): QuantileSummary {
  const values: number[] = [];
  const weights: number[] = [];
  let added = 0;
  let start = 0;
  let cumulative = 0;
  let block = 1;
  for (let i = 0; i < table.values.length; i++) {
    cumulative += table.weights[i]!;
    const last = i === table.values.length - 1;
    if (!last && cumulative < (block * n) / size) continue;
    // Run [start, i] is complete: keep its weighted median with the run's weight.
    let runWeight = 0;
    for (let k = start; k <= i; k++) runWeight += table.weights[k]!;
    let before = 0;
    let median = start;
    while (before + table.weights[median]! < runWeight / 2) before += table.weights[median++]!;
    const after = runWeight - before - table.weights[median]!;
    added = Math.max(added, before, after);
    values.push(table.values[median]!);
    weights.push(runWeight);
    while (block * n <= cumulative * size) block++;
    start = i + 1;
  }
  return { n, error: error + added, values, weights };
}

/**
 * Prunes sorted raw values (duplicates allowed) straight to `size` runs of
 * equal length, without building their value table first: run j covers
 * positions ⌊j·n/size⌋ … and is kept as its middle value with the run's
 * length. Only the run straddling x can disagree with the data, by at most
 * the larger half of it; runs that meet at a tied value are joined.
 */
export function pruneSorted(sorted: ArrayLike<number>, size: number): QuantileSummary {
  return pruneByRank(sorted.length, size, (rank) => sorted[rank]!);
}

/**
 * pruneSorted of the sorted values a table stands for (each value written out
 * `weights[i]` times), from the table: the runs' ranks ascend, so one walk
 * along the table finds each run's value.
 */
export function pruneTable(table: WeightedValues, size: number): QuantileSummary {
  // The entry holding the rank asked for: entries before `at` hold the ranks below `before`.
  let at = 0;
  let before = 0;
  return pruneByRank(sumOf(table.weights), size, (rank) => {
    while (before + table.weights[at]! <= rank) before += table.weights[at++]!;
    return table.values[at]!;
  });
}

/** The runs of n sorted values kept as their middle values, read by `valueAt` in ascending rank. */
function pruneByRank(n: number, size: number, valueAt: (rank: number) => number): QuantileSummary {
  const values: number[] = [];
  const weights: number[] = [];
  let error = 0;
  for (const { rank, weight, offset } of prunedRuns(n, size)) {
    error = Math.max(error, offset, weight - offset - 1);
    const read = valueAt(rank);
    const value = read === 0 ? 0 : read;
    if (values.length > 0 && values[values.length - 1] === value)
      weights[weights.length - 1]! += weight;
    else {
      values.push(value);
      weights.push(weight);
    }
  }
  return { n, error, values, weights };
}

/**
 * The runs `pruneSorted` cuts n sorted values into: `size` runs of consecutive
 * ranks (empty ones left out), each kept as its middle value, at `rank`
 * (`offset` into its run). An engine that can fetch values by rank builds the
 * same summary from these ranks alone (src/profile/query-profile.ts).
 */
export function prunedRuns(
  n: number,
  size: number,
): { rank: number; weight: number; offset: number }[] {
  const runs: { rank: number; weight: number; offset: number }[] = [];
  for (let run = 0; run < size; run++) {
    const start = Math.floor((run * n) / size);
    const end = Math.floor(((run + 1) * n) / size);
    if (end <= start) continue;
    const weight = end - start;
    const offset = (weight - 1) >> 1;
    runs.push({ rank: start + offset, weight, offset });
  }
  return runs;
}

/** F̂(x): the summarised number of values ≤ x (within ± `error`). */
export function countAtMost(summary: SummaryLike, x: number): number {
  return weightBefore(summary, upperBound(summary.values, x));
}

/**
 * The value at probability p with numpy's default linear interpolation
 * (numpy.quantile(x, p), R type 7), over the values the summary stands for.
 * Exact when `error` is 0.
 */
export function quantileOf(summary: SummaryLike, p: number): number {
  if (summary.n === 0) throw new Error('quantile of an empty summary');
  const blocks = blockSums(summary);
  const position = (summary.n - 1) * p;
  const below = Math.floor(position);
  const gamma = position - below;
  const a = valueAtRank(summary, blocks, below);
  const b = gamma > 0 ? valueAtRank(summary, blocks, below + 1) : a;
  return lerp(a, b, gamma);
}

/** numpy's `_lerp`: interpolates from the nearer end, so that quantiles are monotone in p. */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** The value of 0-based rank r among the n summarised values. */
function valueAtRank(summary: SummaryLike, blocks: Float64Array, rank: number): number {
  // The first block whose weights reach past `rank`, then the entry within it that does.
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]! > rank) hi = mid;
    else lo = mid + 1;
  }
  let total = lo > 0 ? blocks[lo - 1]! : 0;
  const end = Math.min(summary.weights.length, (lo + 1) * BLOCK);
  for (let i = lo * BLOCK; i < end; i++) {
    total += summary.weights[i]!;
    if (total > rank) return summary.values[i]!;
  }
  return summary.values[end - 1]!;
}

/** Index of the first value > x. */
function upperBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sumOf(weights: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  return total;
}
