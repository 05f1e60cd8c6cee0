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
 * Cost: O(n) for m = n; O(m · (2h / (m/g) + 1)) ≤ O(m·n) otherwise.
 */

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

/** 1 − (share of paths staying strictly inside |nx/g − my/g| < h), column by column. */
function outsideBand(mIn: number, nIn: number, h: number): number {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  const g = gcd(m, n);
  const mg = m / g;
  const ng = n / g;
  // Column i holds the paths to (i, j) for j in [start, end): the band's rows at that column.
  const windowOf = (i: number): Window => {
    const start = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    return { start, length: Math.min(Math.ceil((ng * i + h) / mg), n + 1) - start };
  };
  let last: Window = { start: 0, length: Math.min(Math.ceil(h / mg), n + 1) };
  const a = new Float64Array(Math.min(2 * last.length + 2, n + 1)).fill(1);
  a.fill(0, 0, last.length);
  const carried = new Float64Array(2);
  for (let i = 1; i <= m; i += 2) {
    const first = windowOf(i);
    if (first.length <= 0) return 1;
    if (i === m) {
      sweepAlone(a, i, first, last);
      return a[first.length - 1]!;
    }
    const second = windowOf(i + 1);
    if (second.length <= 0) return 1;
    sweepPair(a, i, last, first, second, carried);
    last = second;
  }
  return a[last.length - 1]!;
}

/** The rows [start, start + length) of one column of the band. */
interface Window {
  start: number;
  length: number;
}

/**
 * Column i alone, from `last`, the window of column i − 1 in `a`; then the
 * entries `a` held beyond its new length are set back to 1, the value the
 * recursion reads above the band.
 */
function sweepAlone(a: Float64Array, i: number, window: Window, last: Window): void {
  const { start, length } = window;
  sweepColumn(a, i, start, start - last.start, 0, length, belowWindow(start));
  if (last.length > length) a.fill(1, length, last.length);
}

/** The value under a window's first row: 1 outside the band, 0 (times j = 0) on the axis. */
function belowWindow(start: number): number {
  return start === 0 ? 0 : 1;
}

/** How many entries column i + 1 runs behind column i in sweepPair: it reads one entry ahead. */
const LAG = 2;

/**
 * Columns i and i + 1, each entry computed exactly as sweepAlone computes it,
 * in the same order within its column: column i + 1 follows LAG entries
 * behind column i, reading what column i has just written. Each entry waits
 * on the one before it in its column (a multiply, an add, a division), so one
 * column leaves the processor idle most of the time; two at once take about
 * the time of one (a 10,000 × 9,999 p-value: 107 → 60 ms).
 */
function sweepPair(
  a: Float64Array,
  i: number,
  last: Window,
  first: Window,
  second: Window,
  carried: Float64Array,
): void {
  const shift = first.start - last.start;
  const shift2 = second.start - first.start;
  const together = Math.max(0, Math.min(first.length - LAG, second.length));
  const head = Math.min(LAG, first.length);
  carried[0] = sweepColumn(a, i, first.start, shift, 0, head, belowWindow(first.start));
  carried[1] = belowWindow(second.start);
  sweepTwoColumns(a, i, first.start, shift, second.start, shift2, together, carried);
  sweepColumn(a, i, first.start, shift, LAG + together, first.length, carried[0]);
  if (last.length > first.length) a.fill(1, first.length, last.length);
  sweepColumn(a, i + 1, second.start, shift2, together, second.length, carried[1]);
  if (first.length > second.length) a.fill(1, second.length, first.length);
}

/**
 * Entries [from, to) of column i, whose rows start at `start`: a[jj] from
 * a[jj + shift] (column i − 1) and the entry below, `value` for the first.
 * Returns the last entry computed. A function of its own because the loop
 * runs cold on PR-sized samples: inlined in a caller whose other branches
 * deoptimize, it fell back to the interpreter and boxed every double (the
 * four p-values of a 730-row drift took 26–36 ms in a fresh process, and
 * take 8–13 ms alone). Hot loop.
 */
function sweepColumn(
  a: Float64Array,
  i: number,
  start: number,
  shift: number,
  from: number,
  to: number,
  value: number,
): number {
  let carried = value;
  for (let jj = from; jj < to; jj++) {
    const j = jj + start;
    carried = (a[jj + shift]! * i + carried * j) / (i + j);
    a[jj] = carried;
  }
  return carried;
}

/**
 * sweepColumn of column i's entries [LAG, LAG + count) and column i + 1's
 * [0, count) interleaved, the last value of each carried in and out of
 * `carried`. Hot loop.
 */
function sweepTwoColumns(
  a: Float64Array,
  i: number,
  start: number,
  shift: number,
  start2: number,
  shift2: number,
  count: number,
  carried: Float64Array,
): void {
  let value = carried[0]!;
  let value2 = carried[1]!;
  const i2 = i + 1;
  for (let q = 0; q < count; q++) {
    const p = q + LAG;
    const j = p + start;
    value = (a[p + shift]! * i + value * j) / (i + j);
    a[p] = value;
    const j2 = q + start2;
    value2 = (a[q + shift2]! * i2 + value2 * j2) / (i2 + j2);
    a[q] = value2;
  }
  carried[0] = value;
  carried[1] = value2;
}

export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
