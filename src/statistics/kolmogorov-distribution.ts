/**
 * Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic
 * Dₙ for a continuous null distribution, P(Dₙ ≥ d). The two-sample test uses it
 * with n = round(n₁n₂ / (n₁ + n₂)) when the sample sizes are too large for the
 * exact lattice-path count.
 *
 * Algorithm: Simard & L'Ecuyer (2011), "Computing the two-sided
 * Kolmogorov–Smirnov distribution", J. Stat. Softw. 39(11): the Ruben–Gambino
 * closed forms at the extremes, 2·smirnov(n, d) in the upper tail, Durbin's
 * matrix method in the Marsaglia–Tsang–Wang form (Durbin 1968; MTW 2003) and
 * Pomeranz's recursion (1974) for small n, and the Pelz–Good (1976) asymptotic
 * series for large n — with the same switch points as scipy.
 *
 * Reference: scipy.stats.kstwo.sf(d, n) (scipy/stats/_ksstats.py, `_kolmogn`).
 * Cost: O(1) at the extremes; O(n(1 − d)) for the smirnov tail; O(k³ log n)
 * with k ≈ 2nd for Durbin (only used while n·d^1.5 ≤ 1.4, so k ≤ 120);
 * O(n²) for Pomeranz (n ≤ 140); O(√n·d) for Pelz–Good.
 */
import { smirnovSf } from './smirnov-distribution.ts';

const scaleUp = 2 ** 128;
const scaleDown = 2 ** -128;
const sqrtTwoPi = Math.sqrt(2 * Math.PI);
const logTwoPi = Math.log(2 * Math.PI);
const minLog = -708;
const piSquared = Math.PI ** 2;
const piFour = Math.PI ** 4;
const piSix = Math.PI ** 6;
// Bernoulli-number coefficients B_2j / (2j(2j − 1)), j = 8 … 1, for Stirling's series.
const stirlingCoefficients = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

/** scipy.stats.kstwo.sf(d, n): P(Dₙ ≥ d) for an integer n ≥ 1. */
export function kolmogorovSf(n: number, d: number): number {
  if (!(Number.isInteger(n) && n > 0) || Number.isNaN(d)) return Number.NaN;
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    // Ruben–Gambino: P(Dₙ ≤ d) = n!/nⁿ · (2t − 1)ⁿ for 1/(2n) ≤ d ≤ 1/n.
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= (i / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clamp(1 - cdf);
  }
  if (t >= n - 1) return clamp(2 * (1 - d) ** n);
  if (d >= 0.5) return clamp(2 * smirnovSf(n, d));
  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 0.754693) return clamp(1 - durbinCdf(n, d));
    if (nd2 <= 4) return clamp(1 - pomeranzCdf(n, d));
    return clamp(2 * smirnovSf(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clamp(2 * smirnovSf(n, d));
  const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
  return clamp(1 - cdf);
}

/** ln(n! / nⁿ) by Stirling's series with n·ln n removed up front (no cancellation). */
function logFactorialOverPower(n: number): number {
  const r = 1 / n;
  let series = 0;
  for (const c of stirlingCoefficients) series = series * (r / n) + c;
  return Math.log(n) / 2 - n + logTwoPi / 2 + r * series;
}

/**
 * Durbin's matrix method: P(Dₙ ≤ d) = n!/nⁿ · (Hⁿ)_{kk} with d = (k − h)/n,
 * H of size (2k − 1)², powered by squaring with separate binary exponents.
 */
function durbinCdf(n: number, d: number): number {
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let matrix: Float64Array = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * factorial;
  for (let i = 1; i < m; i++) {
    for (let row = i - 1; row < m; row++) matrix[row * m + i] = w[row - i + 1]!;
  }
  for (let row = 0; row < m; row++) matrix[row * m] = v[row]!;
  for (let col = 0; col < m; col++) matrix[(m - 1) * m + col] = v[m - 1 - col]!;

  let power: Float64Array = identity(m);
  let exponent = 0;
  let matrixExponent = 0;
  let remaining = n;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[(k - 1) * m + (k - 1)]!) > scaleUp) {
      for (let i = 0; i < matrix.length; i++) matrix[i]! /= scaleUp;
      matrixExponent += 128;
    }
    remaining = Math.floor(remaining / 2);
  }
  let p = power[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < scaleDown) {
      p *= scaleUp;
      exponent -= 128;
    }
  }
  return clamp(p * 2 ** exponent);
}

function identity(m: number): Float64Array {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i++) result[i * m + i] = 1;
  return result;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) result[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return result;
}

/** Pomeranz's recursion: P(Dₙ ≤ d) as n! times the last entry of 2n + 1 Poisson convolutions. */
function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let m = 1; m < powers; m++) {
    gPower[m] = (gPower[m - 1]! * (g / n)) / m;
    twoGPower[m] = (twoGPower[m - 1]! * ((2 * g) / n)) / m;
    oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1]! * ((1 - 2 * g) / n)) / m;
  }
  let previous = new Float64Array(powers);
  let current = new Float64Array(powers);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilF, roundF);
    const weights =
      i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      const offset = k1 - previousStart;
      const sourceLength = Math.min(length, powers - offset);
      const weightLength = Math.min(length, powers);
      const start = j1 - k1;
      const count = j2 - j1 + 1;
      let largest = 0;
      for (let c = 0; c < count; c++) {
        // Entry start + c of the full convolution of previous[offset…] with weights[0…length).
        const index = start + c;
        let sum = 0;
        const lo = Math.max(0, index - weightLength + 1);
        const hi = Math.min(index, sourceLength - 1);
        for (let a = lo; a <= hi; a++) sum += previous[offset + a]! * weights[index - a]!;
        current[c] = sum;
        if (sum > largest) largest = sum;
      }
      if (largest > 0 && largest < scaleDown) {
        for (let c = 0; c < count; c++) current[c]! *= scaleUp;
        exponent -= 128;
      }
      currentStart = previousStart + j1 - k1;
    }
  }
  let answer = current[n - currentStart]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > scaleUp) {
      answer *= scaleDown;
      exponent += 128;
    }
    answer *= m;
  }
  return clamp(answer * 2 ** exponent);
}

function pomeranzBounds(
  i: number,
  n: number,
  ll: number,
  ceilF: number,
  roundF: number,
): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/**
 * Pelz–Good: the Li-Chien/Korolyuk expansion K0 + K1/√n + K2/n + K3/n^1.5 in
 * z = d√n, each Kᵢ rewritten through Jacobi theta identities for small z.
 */
function pelzGoodCdf(n: number, d: number): number {
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -piSquared / 8 / z2;
  if (qLog < minLog) return 0;
  const q = Math.exp(qLog);
  const k1a = -z2;
  const k1b = piSquared / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * piSquared) / 4;
  const k2c = (piFour * (1 - 2 * z2)) / 16;
  const k3d = (piSix * (5 - 30 * z2)) / 64;
  const k3c = (piFour * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (piSquared * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const sums = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  // Horner scheme over odd m = 2k − 1 of Σ cₖ q^(m²).
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    const coefficients = [
      1,
      k1a + k1b * m2,
      k2a + k2b * m2 + k2c * m4,
      k3a + k3b * m2 + k3c * m4 + k3d * m6,
    ];
    for (let i = 0; i < 4; i++) sums[i] = sums[i]! * qPower + coefficients[i]!;
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) sums[i] = (sums[i]! * q * sqrtTwoPi) / divisors[i]!;
  const qAll = Math.exp(-piSquared / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = maxK; k > 0; k--) {
    const k2 = k * k;
    const qPower = qAll ** k2;
    const kPi = Math.PI * k;
    k2Extra += k2 * qPower;
    k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qPower;
  }
  sums[2]! += (k2Extra * piSquared * sqrtTwoPi) / (-36 * z3);
  sums[3]! += (k3Extra * piSquared * sqrtTwoPi) / (216 * z6);
  let total = 0;
  for (let i = 0; i < 4; i++) total += sums[i]! / n ** (i / 2);
  return total;
}

function clamp(p: number): number {
  return Math.min(1, Math.max(0, p));
}
