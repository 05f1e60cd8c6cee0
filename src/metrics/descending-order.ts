/**
 * The rows in descending score order, ties in row order: what a stable sort
 * of the row indexes by `scores[b] - scores[a]` gives (−0 and +0 tie), found
 * by an LSD radix sort on the scores' 64 bits, 16 at a time (Knuth, TAOCP
 * vol. 3, §5.2.5), after mapping each double to an unsigned key in its order
 * (flip every bit of a negative, the sign bit of a positive). A comparison
 * sort of a million indexes calls its comparator twenty million times; this
 * makes at most four passes, and skips a pass whose 16 bits every key shares.
 * Scores must not be NaN. Cost: O(n) time, 2n 32-bit keys and 2n indexes.
 */
import { exclusivePrefixSums, NATIVE_SORT_BELOW } from '../statistics/sort-numbers.ts';

export function descendingOrder(scores: Float64Array): Int32Array {
  const n = scores.length;
  // Few rows: the stable comparison sort that defines the order, cheaper than the radix passes.
  if (n < NATIVE_SORT_BELOW) {
    return Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => scores[b]! - scores[a]! || a - b,
    );
  }
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  const bits = new Float64Array(1);
  // The platform's byte order: words[1] holds the sign and exponent on every little-endian machine Node runs on.
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    bits[0] = scores[i]! + 0;
    const negative = words[1]! >>> 31 === 1;
    // Ascending keys, inverted: the highest score gets the smallest key.
    high[i] = negative ? words[1]! : ~(words[1]! | 0x80000000) >>> 0;
    low[i] = negative ? words[0]! : ~words[0]! >>> 0;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  const offsets = new Uint32Array(1 << 16);
  for (const [keys, shift] of [
    [low, 0],
    [low, 16],
    [high, 0],
    [high, 16],
  ] as const) {
    offsets.fill(0);
    for (let i = 0; i < n; i++) offsets[(keys[i]! >>> shift) & 0xffff]!++;
    if (offsets.includes(n)) continue;
    exclusivePrefixSums(offsets);
    for (let k = 0; k < n; k++) {
      const row = order[k]!;
      spare[offsets[(keys[row]! >>> shift) & 0xffff]!++] = row;
    }
    [order, spare] = [spare, order];
  }
  return order;
}
