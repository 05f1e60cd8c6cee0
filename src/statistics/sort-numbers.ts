/**
 * Sorts finite numbers ascending with an LSD radix sort on their IEEE-754 bit
 * patterns (16-bit digits, 4 passes; a pass whose digit is the same for every
 * value is skipped). Why not `Float64Array.prototype.sort`: on a million values
 * this is 2–5× faster, and profiles sort every numeric column.
 * Order matches `Float64Array.prototype.sort` (−0 before +0). NaN is not allowed.
 * Cost: O(n) time, 2 · 8n bytes of scratch (plus the copy sortNumbers makes).
 */
const signBit = 0x80000000;

export function sortNumbers(input: ArrayLike<number>): Float64Array {
  return sortNumbersInPlace(Float64Array.from(input));
}

/** As sortNumbers, sorting the caller's array itself (one copy fewer for a million values). */
export function sortNumbersInPlace(out: Float64Array): Float64Array {
  const n = out.length;
  if (n < 256) return out.sort();
  const words = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  // Map each double to an unsigned key whose order is the numeric order:
  // flip every bit of negatives, set the sign bit of non-negatives.
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1]!;
    const l = words[2 * i]!;
    if (h & signBit) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | signBit) >>> 0;
      lo[i] = l;
    }
  }
  let hiNext = new Uint32Array(n);
  let loNext = new Uint32Array(n);
  const offsets = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    offsets.fill(0);
    for (let i = 0; i < n; i++) offsets[(source[i]! >>> shift) & 0xffff]!++;
    if (offsets[(source[0]! >>> shift) & 0xffff] === n) continue;
    exclusivePrefixSums(offsets);
    for (let i = 0; i < n; i++) {
      const at = offsets[(source[i]! >>> shift) & 0xffff]!++;
      hiNext[at] = hi[i]!;
      loNext[at] = lo[i]!;
    }
    [hi, hiNext] = [hiNext, hi];
    [lo, loNext] = [loNext, lo];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i]!;
    if (h & signBit) {
      words[2 * i + 1] = (h & ~signBit) >>> 0;
      words[2 * i] = lo[i]!;
    } else {
      words[2 * i + 1] = ~h >>> 0;
      words[2 * i] = ~lo[i]! >>> 0;
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
