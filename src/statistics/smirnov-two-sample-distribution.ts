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
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const a = new Float64Array(Math.min(2 * maxJ + 2, n + 1)).fill(1);
  a.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxJ <= minJ) return 1;
    currentLength = maxJ - minJ;
    sweepColumn(a, i, minJ, minJ - lastMinJ, currentLength);
    if (lastLength > currentLength) a.fill(1, currentLength, lastLength);
  }
  return a[maxJ - minJ - 1]!;
}

/**
 * One column of the recursion: a[jj] from a[jj + shift] and a[jj − 1]. A function of its own
 * because the loop runs cold on PR-sized samples: inside outsideBand, its rarely taken fill
 * branch deoptimized the loop, which fell back to the interpreter and boxed every double.
 * Alone, it is optimized after a few columns and stays so: the four p-values of a 730-row
 * drift took 26–36 ms in a fresh process, and take 8–13 ms. Hot loop.
 */
function sweepColumn(
  a: Float64Array,
  i: number,
  minJ: number,
  shift: number,
  length: number,
): void {
  let value = minJ === 0 ? 0 : 1;
  for (let jj = 0; jj < length; jj++) {
    const j = jj + minJ;
    value = (a[jj + shift]! * i + value * j) / (i + j);
    a[jj] = value;
  }
}

export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
