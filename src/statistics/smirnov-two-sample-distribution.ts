/**
 * Exact null distribution of the two-sided two-sample Kolmogorov–Smirnov
 * statistic for continuous data: P(D ≥ h / lcm(m, n)) is the share of the
 * C(m + n, n) monotone lattice paths from (0, 0) to (m, n) that touch the band
 * |x/m − y/n| ≥ h / lcm. Ties in the data are not modelled, as in scipy.
 *
 * Equal sizes: the closed alternating sum of Gnedenko–Korolyuk, evaluated
 * Horner-style to avoid cancellation. Unequal sizes: Hodges' (1958) inside
 * method with Viehmann's (2021, arXiv:2102.08037) recursion for 1 − p, which
 * keeps every entry a probability so that nothing overflows.
 *
 * Reference: scipy.stats.ks_2samp(a, b, method='exact'), functions
 * `_compute_prob_outside_square` and `_compute_outer_prob_inside_method`.
 * Cost: O(n) for m = n; O(m · (2h / (m/g) + 1)) ≤ O(m·n) otherwise, in
 * WebAssembly (smirnov-band.wat): a PR-sized drift computes a few of these in
 * a fresh process, where the JavaScript ran in V8's interpreter, boxing every
 * double (about 5 ms and 1.6 MB of garbage for a 730-row pair).
 */
import { type WebAssemblyMemory, webAssembly } from '../model/webassembly-api.ts';
import { smirnovBandWasm } from './smirnov-band-wasm.ts';

/** P(D ≥ h/lcm(m, n)) under H₀, or NaN when the recursion leaves [0, 1]. */
export function smirnovTwoSampleSf(m: number, n: number, h: number): number {
  if (h <= 0) return 1;
  const p = m === n ? outsideSquare(n, h) : outsideBand(m, n, h);
  return p >= 0 && p <= 1 ? p : Number.NaN;
}

/** 2 Σₖ (−1)^(k+1) C(2n, n − kh) / C(2n, n), nested so each ratio is a product of h factors. */
function outsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/** What smirnov-band.wat exports. */
interface BandExports {
  memory: WebAssemblyMemory;
  outsideBand(m: number, n: number, h: number, mg: number, ng: number, size: number): number;
}

let band: BandExports | undefined;

/**
 * 1 − (share of paths staying strictly inside |nx/g − my/g| < h), column by
 * column, in WebAssembly (smirnov-band.wat). The column holds at most twice
 * the first column's rows and two more, and never more than n + 1.
 */
function outsideBand(mIn: number, nIn: number, h: number): number {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  // The module counts rows and columns in 32 bits; exact p-values stop at 10,000 rows a side.
  if (m * n > 2 ** 31 - 1) throw new RangeError('the exact Smirnov distribution needs m · n < 2³¹');
  const g = gcd(m, n);
  const size = Math.min(2 * Math.min(Math.ceil(h / (m / g)), n + 1) + 2, n + 1);
  band ??= new webAssembly.Instance(
    new webAssembly.Module(Buffer.from(smirnovBandWasm, 'base64')),
    {},
  ).exports as BandExports;
  // Its two entries past the column, NaN, as a typed array's end reads.
  const missing = (size + 2) * 8 - band.memory.buffer.byteLength;
  if (missing > 0) band.memory.grow(Math.ceil(missing / 65536));
  return band.outsideBand(m, n, h, m / g, n / g, size);
}

export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
