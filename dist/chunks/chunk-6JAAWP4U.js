import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/statistics/sort-numbers.ts
var signBit = 2147483648;
function sortNumbersInPlace(out) {
  const n = out.length;
  if (n < 256) return out.sort();
  const words = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1];
    const l = words[2 * i];
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
    for (let i = 0; i < n; i++) offsets[source[i] >>> shift & 65535]++;
    if (offsets[source[0] >>> shift & 65535] === n) continue;
    exclusivePrefixSums(offsets);
    for (let i = 0; i < n; i++) {
      const at = offsets[source[i] >>> shift & 65535]++;
      hiNext[at] = hi[i];
      loNext[at] = lo[i];
    }
    [hi, hiNext] = [hiNext, hi];
    [lo, loNext] = [loNext, lo];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i];
    if (h & signBit) {
      words[2 * i + 1] = (h & ~signBit) >>> 0;
      words[2 * i] = lo[i];
    } else {
      words[2 * i + 1] = ~h >>> 0;
      words[2 * i] = ~lo[i] >>> 0;
    }
  }
  return out;
}
function exclusivePrefixSums(counts) {
  let total = 0;
  for (let d = 0; d < counts.length; d++) {
    const count = counts[d];
    counts[d] = total;
    total += count;
  }
}

export {
  sortNumbersInPlace,
  exclusivePrefixSums
};
