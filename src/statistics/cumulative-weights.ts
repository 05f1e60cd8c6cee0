/**
 * The cumulative weights of a weighted table (distinct values and their
 * counts): how many observations lie before an entry, kept as running totals
 * at the end of each block of BLOCK entries, made once per table and cached
 * with it. Quantiles and ranks of a quantile summary, a sample's size and the
 * counts of a drift histogram's bins all read them, so one pass over a
 * million weights serves all of a drift feature's figures instead of one pass
 * each (the 1M-row drift summed each table's weights three times).
 * Reference: numpy.cumsum(weights)[index − 1]; the totals are added in the
 * same order as a plain running sum, so they are the very same doubles.
 * Cost: one O(k) pass and k / 64 doubles per table of k entries; then
 * O(64) per query.
 */

/** Weights of a table, ascending values aside. */
export interface Weighted {
  readonly weights: ArrayLike<number>;
}

/**
 * Entries per block. Why blocks and not every entry's cumulative weight: a
 * million-value table's would be 8 MB of fresh memory per table, which costs
 * more to touch than the walk of at most BLOCK weights per query.
 */
export const BLOCK = 64;
const blockSumsCache = new WeakMap<Weighted, Float64Array>();

/** No block ends: a table of fewer than BLOCK entries is walked from its start. */
const noBlocks = new Float64Array(0);

/**
 * The weights up to the end of each block of BLOCK entries, added in order.
 * A shorter table has none, and so no cache entry: a wide table's drift
 * compares 100,000 of them.
 */
export function blockSums(table: Weighted): Float64Array {
  if (table.weights.length < BLOCK) return noBlocks;
  let blocks = blockSumsCache.get(table);
  if (!blocks) {
    blocks = runningBlockTotals(table.weights);
    blockSumsCache.set(table, blocks);
  }
  return blocks;
}

/**
 * blockSums' loop, a function of its own (as in src/data/count-values.ts):
 * over a million weights V8 compiles it while it runs (on-stack replacement),
 * and the cache write after it, which had not run yet, then threw that code
 * away, once per table of the first few (`node --trace-deopt`: 6 times in the
 * 1M-row drift).
 */
function runningBlockTotals(weights: ArrayLike<number>): Float64Array {
  const blocks = new Float64Array(Math.ceil(weights.length / BLOCK));
  let total = 0;
  for (let block = 0, i = 0; block < blocks.length; block++) {
    for (const end = Math.min(i + BLOCK, weights.length); i < end; i++) total += weights[i]!;
    blocks[block] = total;
  }
  return blocks;
}

/** The weights of entries [0, index), added in the order blockSums adds them. */
export function weightBefore(table: Weighted, index: number): number {
  const blocks = blockSums(table);
  const block = Math.floor(index / BLOCK);
  let total = block > 0 ? blocks[block - 1]! : 0;
  for (let i = block * BLOCK; i < index; i++) total += table.weights[i]!;
  return total;
}

/** All the table's weights: its number of observations. */
export function totalWeight(table: Weighted): number {
  return weightBefore(table, table.weights.length);
}
