/**
 * The exact table of distinct values and counts of a column's finite numbers,
 * ascending — what every drift statistic walks. Numbers read from text usually
 * have few decimals (prices, ages, sensor readings to 0.1): when every value is
 * k / 10^d for integers k and d ≤ 6 and the k span at most max(2n, 2^16)
 * integers, a counting pass over k replaces the sort (O(n + range), one random
 * increment per value into a small array) — several times faster than a radix
 * sort and exact, because k / 10^d is the correctly rounded double of the
 * decimal, i.e. the very value parsed. Otherwise: radix sort, then run-length.
 * Cost: two passes and O(range) memory, or the radix sort's O(n).
 */
import { valueTable } from '../profile/quantile-summary.ts';
import { sortNumbersInPlace } from '../profile/sort-numbers.ts';

const maxDecimals = 6;

export interface ValueTable {
  values: Float64Array;
  weights: Float64Array;
}

/**
 * Consumes `finite` (it may be reordered). Every entry must be finite; `min`
 * and `max` are its extremes (the caller finds them while filtering).
 */
export function valueTableOf(finite: Float64Array, min: number, max: number): ValueTable {
  if (finite.length === 0) return { values: new Float64Array(0), weights: new Float64Array(0) };
  for (let decimals = decimalsOf(finite); decimals <= maxDecimals; decimals++) {
    const table = decimalValueTable(finite, min, max, 10 ** decimals);
    if (table !== 'more decimals') return table ?? valueTable(sortNumbersInPlace(finite));
  }
  return valueTable(sortNumbersInPlace(finite));
}

/** The decimals the first values need (a guess the counting pass verifies). */
function decimalsOf(finite: Float64Array): number {
  let decimals = 0;
  let scale = 1;
  for (let i = 0; i < Math.min(finite.length, 1024); i++) {
    const value = finite[i]!;
    while (decimals <= maxDecimals && Math.round(value * scale) / scale !== value) {
      decimals++;
      scale *= 10;
    }
  }
  return decimals;
}

/**
 * Counts values by k = round(value · scale). Each slot remembers its first
 * value and any other value landing there must equal it; at the end each
 * slot's value must be exactly k / scale — so every value is checked with a
 * comparison, and the division happens once per distinct value.
 * Returns null when the range is too wide for counting, 'more decimals' when
 * some value needs a finer scale.
 */
function decimalValueTable(
  finite: Float64Array,
  min: number,
  max: number,
  scale: number,
): ValueTable | null | 'more decimals' {
  const n = finite.length;
  const low = Math.round(min * scale);
  const range = Math.round(max * scale) - low + 1;
  if (!(range <= Math.max(2 * n, 65536)) || !Number.isSafeInteger(low)) return null;
  const counts = new Uint32Array(range);
  const first = new Float64Array(range);
  for (let i = 0; i < n; i++) {
    const value = finite[i]!;
    const slot = Math.round(value * scale) - low;
    if (counts[slot]!++ === 0) first[slot] = value;
    else if (first[slot] !== value) return 'more decimals';
  }
  let distinct = 0;
  for (let k = 0; k < range; k++) {
    if (counts[k] === 0) continue;
    distinct++;
    if ((k + low) / scale !== first[k]) return 'more decimals';
  }
  const values = new Float64Array(distinct);
  const weights = new Float64Array(distinct);
  let at = 0;
  for (let k = 0; k < range; k++) {
    const count = counts[k]!;
    if (count === 0) continue;
    // + 0 turns −0 into +0, as the radix path's value table does.
    values[at] = first[k]! + 0;
    weights[at++] = count;
  }
  return { values, weights };
}
