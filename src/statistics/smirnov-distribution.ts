/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic,
 * P(D⁺ₙ ≥ x), by the Birnbaum–Tingey / Smirnov sum
 *
 *   P(D⁺ₙ ≥ x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v).
 *
 * Every term is positive, so the sum has no cancellation; each term is formed in
 * logarithms around the binomial mode with Loader's Stirling error so that the
 * huge factors cancel analytically. The two-sided distribution uses 2·P(D⁺ₙ ≥ x)
 * in its upper tail.
 *
 * Reference: scipy.special.smirnov(n, x) (xsf/cephes/kolmogorov.h, van Mulbregt
 * 2018, arXiv:1802.06966), including its special cases (x ≤ 1/n, x ≥ 1 − 1/n,
 * underflow, and the approximation exp(−(6nx + 1)² / 18n) for n > 10⁶).
 * Cost: O(n(1 − x)) terms at most, fewer when the tail becomes negligible.
 */
import { stirlingError } from './stirling-error.ts';

const minLog = -708.3964185322641;
const maxComputeN = 1_000_000;
const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

/** scipy.special.smirnov(n, x): P(D⁺ₙ ≥ x) for an integer n ≥ 1 and 0 ≤ x ≤ 1. */
export function smirnovSf(n: number, x: number): number {
  if (!(Number.isInteger(n) && n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = exactProduct(n, x);
  let nxFloor = Math.floor(nx.hi);
  let alpha = nx.hi - nxFloor + nx.lo;
  if (alpha < 0) {
    nxFloor -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    nxFloor += 1;
    alpha = 0;
  }
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    return clamp(1 - x * (1 + x) ** (n - 1));
  }
  if (-2 * n * x * x < minLog) return 0;
  if (nxFloor >= n - 1) return clamp((1 - x) ** n);
  if (n > maxComputeN) {
    const logP = -((6 * n * x + 1) ** 2) / 18 / n;
    return clamp(logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP));
  }
  // Terms run while 1 − x − v/n > 0, i.e. v ≤ n − ⌊nx⌋ − 1 (the zero term at alpha = 0 is dropped).
  const nTerms = n - nxFloor;
  // n's Stirling error is the same in every term: formed once, not once per term.
  const stirlingN = stirlingError(n);
  const logA = (v: number) =>
    v === 0 ? n * Math.log1p(-x) - Math.log(x) : logTerm(n, v, nx.hi, nx.lo, stirlingN);
  return clamp(x * (n * x * x >= 1 ? sumFromPeak(logA, nTerms) : sumInOrder(logA, nTerms, n)));
}

/** scipy's order: v = 0, 1, … until the rest cannot move the sum by an ulp. */
function sumInOrder(logA: (v: number) => number, nTerms: number, n: number): number {
  let sum = 0;
  for (let v = 0; v < nTerms; v++) {
    const term = Math.exp(logA(v));
    sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > n / 2) {
      break;
    }
  }
  return sum;
}

/**
 * For n·x² ≥ 1 the terms rise to one peak and then fall (checked numerically
 * for n ≤ 10⁶), so the sum starts at the peak, found by bisection on the sign
 * of the log difference, and walks outward until the remaining terms — each
 * smaller than the last one added — cannot move it by an ulp. The terms spread
 * over a range of v proportional to n, so this saves the negligible tails
 * (about half the work at n = 10⁶), not the order of growth.
 */
function sumFromPeak(logA: (v: number) => number, nTerms: number): number {
  let lo = 0;
  let hi = nTerms - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (logA(mid + 1) > logA(mid)) lo = mid + 1;
    else hi = mid;
  }
  const peakLog = logA(lo);
  // Terms are scaled by the peak so that no partial sum under- or overflows.
  const below = addOutward(logA, peakLog, 1, lo - 1, -1, nTerms);
  return addOutward(logA, peakLog, below, lo + 1, 1, nTerms) * Math.exp(peakLog);
}

/**
 * `sum` plus the scaled terms from v = `from` by `step` (−1 below the peak, +1
 * above it), stopping once the terms left (v + 1 below, nTerms − v above,
 * each smaller than the last) cannot move it by an ulp. One loop for both
 * sides, with no path only one of them takes, in a function of its own: V8
 * compiles a loop over hundreds of thousands of terms while it runs (on-stack
 * replacement), and the code after it in sumFromPeak, which had not run yet,
 * threw that code away (`node --trace-deopt`: twice in the 1M-row drift).
 */
function addOutward(
  logA: (v: number) => number,
  peakLog: number,
  sum: number,
  from: number,
  step: number,
  nTerms: number,
): number {
  const end = step < 0 ? -1 : nTerms;
  // Terms left at v: restBase + restSlope · v, the same integers as v + 1 and nTerms − v.
  const restBase = step < 0 ? 1 : nTerms;
  const restSlope = -step;
  let total = sum;
  for (let v = from; v !== end; v += step) {
    const term = Math.exp(logA(v) - peakLog);
    total += term;
    if (4 * (restBase + restSlope * v) * term < Number.EPSILON * total) break;
  }
  return total;
}

/**
 * ln[C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v)] for 1 ≤ v < n, written as the
 * log binomial probability at its own mode (small, by Stirling errors) plus
 * log1p corrections in nx/v and nx/(n − v); `stirlingN` is stirlingError(n).
 */
function logTerm(n: number, v: number, nxHi: number, nxLo: number, stirlingN: number): number {
  const w = n - v;
  const nx = nxHi + nxLo;
  const up = nx / w;
  // 1 − nx/w loses digits when nx is close to w, so form it from the integers first.
  const logDown = up > 0.5 ? Math.log((w - nxHi - nxLo) / w) : Math.log1p(-up);
  // ½ ln(n / 2πvw) − ln(v/n) in one logarithm.
  const logScale = 0.5 * Math.log(((n / v) * (n / v) * n) / (v * w)) - halfLogTwoPi;
  return (
    stirlingN -
    stirlingError(v) -
    stirlingError(w) +
    logScale +
    w * logDown +
    (v - 1) * Math.log1p(nx / v)
  );
}

/** a·b as an unevaluated sum hi + lo (Dekker's two-product). */
function exactProduct(a: number, b: number): { hi: number; lo: number } {
  const hi = a * b;
  const [aHi, aLo] = split(a);
  const [bHi, bLo] = split(b);
  const lo = aHi * bHi - hi + aHi * bLo + aLo * bHi + aLo * bLo;
  return { hi, lo };
}

function split(a: number): [number, number] {
  const c = 134217729 * a; // 2^27 + 1
  const hi = c - (c - a);
  return [hi, a - hi];
}

function clamp(p: number): number {
  return Math.min(1, Math.max(0, p));
}
