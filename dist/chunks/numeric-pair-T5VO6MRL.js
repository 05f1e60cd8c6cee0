import {
  webAssembly
} from "./chunk-NRAMNHUS.js";
import {
  valueCountsOf
} from "./chunk-ZP6A54OU.js";
import "./chunk-EHQ5V2IV.js";
import {
  momentsOf,
  sampleStd
} from "./chunk-IDEN7Q7X.js";
import "./chunk-FJSVKJ5S.js";
import {
  quantileOf,
  totalWeight,
  weightBefore
} from "./chunk-2VTIRNQ5.js";

// src/statistics/equal-samples.ts
const { Buffer: Buffer2 } = process.getBuiltinModule("node:buffer");

// src/statistics/sorted-sample.ts
function isWeighted(sample) {
  return "weights" in sample;
}
function sampleValues(sample) {
  return isWeighted(sample) ? sample.values : sample;
}
function sampleWeights(sample) {
  return isWeighted(sample) ? sample.weights : void 0;
}
function sampleSize(sample) {
  return isWeighted(sample) ? totalWeight(sample) : sample.length;
}

// src/statistics/equal-samples.ts
function equalSamples(a, b) {
  if (!equalEntries(sampleValues(a), sampleValues(b))) return false;
  const aWeights = sampleWeights(a);
  const bWeights = sampleWeights(b);
  return aWeights === void 0 || bWeights === void 0 ? aWeights === bWeights : equalEntries(aWeights, bWeights);
}
function equalEntries(a, b) {
  if (a.length !== b.length) return false;
  const bytes = sameBytes(a, b);
  if (bytes !== void 0) return bytes;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function sameBytes(a, b) {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) {
    return void 0;
  }
  const same = bytesOf(a).equals(bytesOf(b));
  return same || integerArrays.has(a.constructor) ? same : void 0;
}
var integerArrays = /* @__PURE__ */ new Set([
  Uint8Array,
  Uint8ClampedArray,
  Int8Array,
  Uint16Array,
  Int16Array,
  Uint32Array,
  Int32Array
]);
function bytesOf(view) {
  return Buffer2.from(view.buffer, view.byteOffset, view.byteLength);
}

// src/statistics/decile-bins.ts
function decileCutsFrom(quantile) {
  const cuts = [];
  for (let k = 1; k <= 9; k++) {
    const cut = quantile(k / 10);
    if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts.slice();
}

// src/statistics/empirical-cdf-gaps.ts
function empiricalCdfGaps(a, b, cuts = []) {
  const walk = {
    aValues: sampleValues(a),
    bValues: sampleValues(b),
    aWeights: sampleWeights(a),
    bWeights: sampleWeights(b),
    n1: sampleSize(a),
    n2: sampleSize(b)
  };
  if (walk.n1 === 0 || walk.n2 === 0) {
    throw new RangeError("comparing two distributions needs at least one value on each side");
  }
  const bins = [binsOf(a, cuts, walk.n1), binsOf(b, cuts, walk.n2)];
  if (equalSamples(a, b)) return { supremum: 0, area: 0, bins };
  const state = new Float64Array(stateSize);
  const x = walk.aValues[0];
  const y = walk.bValues[0];
  state[PREVIOUS] = Math.min(x, y);
  state[X] = x;
  state[Y] = y;
  while (walkSteps(walk, state, stepsPerCall)) ;
  return {
    supremum: Math.max(state[LARGEST], -state[SMALLEST]),
    area: state[SUM] + state[COMPENSATION],
    bins
  };
}
var stepsPerCall = 4096;
var I = 0;
var J = 1;
var BELOW1 = 2;
var BELOW2 = 3;
var DIFFERENCE = 4;
var LARGEST = 5;
var SMALLEST = 6;
var SUM = 7;
var COMPENSATION = 8;
var PREVIOUS = 9;
var X = 10;
var Y = 11;
var stateSize = 12;
function walkSteps(walk, state, steps) {
  const { aValues, bValues, aWeights, bWeights, n1, n2 } = walk;
  const k1 = aValues.length;
  const k2 = bValues.length;
  let i = state[I];
  let j = state[J];
  let below1 = state[BELOW1];
  let below2 = state[BELOW2];
  let difference = state[DIFFERENCE];
  let largest = state[LARGEST];
  let smallest = state[SMALLEST];
  let sum = state[SUM];
  let compensation = state[COMPENSATION];
  let previous = state[PREVIOUS];
  let x = state[X];
  let y = state[Y];
  for (let step = 0; step < steps; step++) {
    const value = Math.min(x, y);
    if (value === Number.POSITIVE_INFINITY) break;
    const term = Math.abs(difference) * (value - previous);
    const next = sum + term;
    const lostOfTerm = sum - next + term;
    const lostOfSum = term - next + sum;
    compensation += Math.abs(sum) >= Math.abs(term) ? lostOfTerm : lostOfSum;
    sum = next;
    previous = value;
    while (x <= value) {
      below1 += aWeights === void 0 ? 1 : aWeights[i];
      x = ++i < k1 ? aValues[i] : Number.POSITIVE_INFINITY;
    }
    while (y <= value) {
      below2 += bWeights === void 0 ? 1 : bWeights[j];
      y = ++j < k2 ? bValues[j] : Number.POSITIVE_INFINITY;
    }
    difference = below1 / n1 - below2 / n2;
    if (difference > largest) largest = difference;
    else if (difference < smallest) smallest = difference;
  }
  state[I] = i;
  state[J] = j;
  state[BELOW1] = below1;
  state[BELOW2] = below2;
  state[DIFFERENCE] = difference;
  state[LARGEST] = largest;
  state[SMALLEST] = smallest;
  state[SUM] = sum;
  state[COMPENSATION] = compensation;
  state[PREVIOUS] = previous;
  state[X] = x;
  state[Y] = y;
  return Math.min(x, y) !== Number.POSITIVE_INFINITY;
}
function binsOf(sample, cuts, total) {
  const counts = new Array(cuts.length + 1);
  let below = 0;
  cuts.forEach((cut, k) => {
    const atOrBelow = atOrBelowCut(sample, cut);
    counts[k] = atOrBelow - below;
    below = atOrBelow;
  });
  counts[cuts.length] = total - below;
  return counts;
}
function atOrBelowCut(sample, cut) {
  const values = sampleValues(sample);
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (values[middle] > cut) high = middle;
    else low = middle + 1;
  }
  return isWeighted(sample) ? weightBefore(sample, low) : low;
}

// src/statistics/population-stability-index.ts
var psiZeroProportion = 1e-4;
function populationStabilityIndex(referenceCounts, currentCounts) {
  const p = proportions(referenceCounts);
  const q = proportions(currentCounts);
  let psi = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] === 0 ? psiZeroProportion : p[i];
    const qi = q[i] === 0 ? psiZeroProportion : q[i];
    psi += (qi - pi) * Math.log(qi / pi);
  }
  return psi;
}
function proportions(counts) {
  let total = 0;
  for (const c of counts) total += c;
  if (!(total > 0)) throw new RangeError("a distribution needs at least one counted value");
  return counts.map((c) => c / total);
}

// src/statistics/jensen-shannon-distance.ts
function jensenShannonDistance(referenceCounts, currentCounts) {
  const p = proportions(referenceCounts);
  const q = proportions(currentCounts);
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    left += relativeEntropy(p[i], m);
    right += relativeEntropy(q[i], m);
  }
  return Math.sqrt(Math.max(0, (left + right) / Math.LN2 / 2));
}
function relativeEntropy(x, y) {
  return x === 0 ? 0 : x * Math.log(x / y);
}

// src/statistics/stirling-error.ts
var halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);
var small = [0];
for (let k = 1, factorial = 1; k <= 15; k++) {
  factorial *= k;
  small.push(Math.log(factorial) - ((k + 0.5) * Math.log(k) - k + halfLogTwoPi));
}
function stirlingError(k) {
  if (k <= 15) {
    const value = small[k];
    if (value === void 0 || k < 1) {
      throw new RangeError(`stirlingError needs an integer 1\u202615 or a real > 15, got ${k}`);
    }
    return value;
  }
  const k2 = k * k;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / k2) / k2) / k2) / k2) / k;
}

// src/statistics/smirnov-distribution.ts
var minLog = -708.3964185322641;
var maxComputeN = 1e6;
var halfLogTwoPi2 = 0.5 * Math.log(2 * Math.PI);
function smirnovSf(n, x) {
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
  if (nxFloor === 0 || nxFloor === 1 && alpha === 0) {
    return clamp(1 - x * (1 + x) ** (n - 1));
  }
  if (-2 * n * x * x < minLog) return 0;
  if (nxFloor >= n - 1) return clamp((1 - x) ** n);
  if (n > maxComputeN) {
    const logP = -((6 * n * x + 1) ** 2) / 18 / n;
    return clamp(logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP));
  }
  const nTerms = n - nxFloor;
  const stirlingN = stirlingError(n);
  const logA = (v) => v === 0 ? n * Math.log1p(-x) - Math.log(x) : logTerm(n, v, nx.hi, nx.lo, stirlingN);
  return clamp(x * (n * x * x >= 1 ? sumFromPeak(logA, nTerms) : sumInOrder(logA, nTerms, n)));
}
function sumInOrder(logA, nTerms, n) {
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
function sumFromPeak(logA, nTerms) {
  let lo = 0;
  let hi = nTerms - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (logA(mid + 1) > logA(mid)) lo = mid + 1;
    else hi = mid;
  }
  const peakLog = logA(lo);
  const below = addOutward(logA, peakLog, 1, lo - 1, -1, nTerms);
  return addOutward(logA, peakLog, below, lo + 1, 1, nTerms) * Math.exp(peakLog);
}
function addOutward(logA, peakLog, sum, from, step, nTerms) {
  const end = step < 0 ? -1 : nTerms;
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
function logTerm(n, v, nxHi, nxLo, stirlingN) {
  const w = n - v;
  const nx = nxHi + nxLo;
  const up = nx / w;
  const logDown = up > 0.5 ? Math.log((w - nxHi - nxLo) / w) : Math.log1p(-up);
  const logScale = 0.5 * Math.log(n / v * (n / v) * n / (v * w)) - halfLogTwoPi2;
  return stirlingN - stirlingError(v) - stirlingError(w) + logScale + w * logDown + (v - 1) * Math.log1p(nx / v);
}
function exactProduct(a, b) {
  const hi = a * b;
  const [aHi, aLo] = split(a);
  const [bHi, bLo] = split(b);
  const lo = aHi * bHi - hi + aHi * bLo + aLo * bHi + aLo * bLo;
  return { hi, lo };
}
function split(a) {
  const c = 134217729 * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}
function clamp(p) {
  return Math.min(1, Math.max(0, p));
}

// src/statistics/kolmogorov-distribution.ts
var scaleUp = 2 ** 128;
var scaleDown = 2 ** -128;
var sqrtTwoPi = Math.sqrt(2 * Math.PI);
var logTwoPi = Math.log(2 * Math.PI);
var minLog2 = -708;
var piSquared = Math.PI ** 2;
var piFour = Math.PI ** 4;
var piSix = Math.PI ** 6;
var stirlingCoefficients = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function kolmogorovSf(n, d) {
  if (!(Number.isInteger(n) && n > 0) || Number.isNaN(d)) return Number.NaN;
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i / n * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clamp2(1 - cdf2);
  }
  if (t >= n - 1) return clamp2(2 * (1 - d) ** n);
  if (d >= 0.5) return clamp2(2 * smirnovSf(n, d));
  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 0.754693) return clamp2(1 - durbinCdf(n, d));
    if (nd2 <= 4) return clamp2(1 - pomeranzCdf(n, d));
    return clamp2(2 * smirnovSf(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clamp2(2 * smirnovSf(n, d));
  const cdf = n <= 1e5 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
  return clamp2(1 - cdf);
}
function logFactorialOverPower(n) {
  const r = 1 / n;
  let series = 0;
  for (const c of stirlingCoefficients) series = series * (r / n) + c;
  return Math.log(n) / 2 - n + logTwoPi / 2 + r * series;
}
function durbinCdf(n, d) {
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let matrix = new Float64Array(m * m);
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
    for (let row = i - 1; row < m; row++) matrix[row * m + i] = w[row - i + 1];
  }
  for (let row = 0; row < m; row++) matrix[row * m] = v[row];
  for (let col = 0; col < m; col++) matrix[(m - 1) * m + col] = v[m - 1 - col];
  let power = identity(m);
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
    if (Math.abs(matrix[(k - 1) * m + (k - 1)]) > scaleUp) {
      for (let i = 0; i < matrix.length; i++) matrix[i] /= scaleUp;
      matrixExponent += 128;
    }
    remaining = Math.floor(remaining / 2);
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < scaleDown) {
      p *= scaleUp;
      exponent -= 128;
    }
  }
  return clamp2(p * 2 ** exponent);
}
function identity(m) {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i++) result[i * m + i] = 1;
  return result;
}
function multiply(a, b, m) {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) result[i * m + j] += aik * b[k * m + j];
    }
  }
  return result;
}
function pomeranzCdf(n, d) {
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
    gPower[m] = gPower[m - 1] * (g / n) / m;
    twoGPower[m] = twoGPower[m - 1] * (2 * g / n) / m;
    oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * ((1 - 2 * g) / n) / m;
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
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      const offset = k1 - previousStart;
      const sourceLength = Math.min(length, powers - offset);
      const weightLength = Math.min(length, powers);
      const start = j1 - k1;
      const count = j2 - j1 + 1;
      let largest = 0;
      for (let c = 0; c < count; c++) {
        const index = start + c;
        let sum = 0;
        const lo = Math.max(0, index - weightLength + 1);
        const hi = Math.min(index, sourceLength - 1);
        for (let a = lo; a <= hi; a++) sum += previous[offset + a] * weights[index - a];
        current[c] = sum;
        if (sum > largest) largest = sum;
      }
      if (largest > 0 && largest < scaleDown) {
        for (let c = 0; c < count; c++) current[c] *= scaleUp;
        exponent -= 128;
      }
      currentStart = previousStart + j1 - k1;
    }
  }
  let answer = current[n - currentStart];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > scaleUp) {
      answer *= scaleDown;
      exponent += 128;
    }
    answer *= m;
  }
  return clamp2(answer * 2 ** exponent);
}
function pomeranzBounds(i, n, ll, ceilF, roundF) {
  let j1;
  let j2;
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
function pelzGoodCdf(n, d) {
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -piSquared / 8 / z2;
  if (qLog < minLog2) return 0;
  const q = Math.exp(qLog);
  const k1a = -z2;
  const k1b = piSquared / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * piSquared / 4;
  const k2c = piFour * (1 - 2 * z2) / 16;
  const k3d = piSix * (5 - 30 * z2) / 64;
  const k3c = piFour * (-60 * z2 + 212 * z4) / 16;
  const k3b = piSquared * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const sums = [0, 0, 0, 0];
  const maxK = Math.ceil(16 * z / Math.PI);
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
      k3a + k3b * m2 + k3c * m4 + k3d * m6
    ];
    for (let i = 0; i < 4; i++) sums[i] = sums[i] * qPower + coefficients[i];
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) sums[i] = sums[i] * q * sqrtTwoPi / divisors[i];
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
  sums[2] += k2Extra * piSquared * sqrtTwoPi / (-36 * z3);
  sums[3] += k3Extra * piSquared * sqrtTwoPi / (216 * z6);
  let total = 0;
  for (let i = 0; i < 4; i++) total += sums[i] / n ** (i / 2);
  return total;
}
function clamp2(p) {
  return Math.min(1, Math.max(0, p));
}

// src/statistics/smirnov-band-wasm.ts
var smirnovBandWasm = "AGFzbQEAAAABSQlgBn9/fHx8fwF8YAd/f39/f39/AGAGf39/f398AXxgBX9/fHx8AX9gBn9/fHx8fwF/YAF/AXxgAnx8AX9gA39/fABgAn9/AX8DDAsAAQIDBAUGBQcICAUDAQABBxgCBm1lbW9yeQIAC291dHNpZGVCYW5kAAAKowYLlQIBB38gAiADEAYgAUEBahAJIQhBACAFRAAAAAAAAPA/EAggBSAFQQJqRAAAAAAAAPh/EAhBACAIRAAAAAAAAAAAEAhBASEGAkADQCAGIABKDQEgBiABIAIgAyAEEAMhCSAGIAEgAiADIAQgCRAEIQogCkEATARARAAAAAAAAPA/DwsgBiAARgRAIAYgCSAJIAdrQQAgCiAJEAUQAhogCiAIRAAAAAAAAPA/EAggCkEBaxAHDwsgBkEBaiABIAIgAyAEEAMhCyAGQQFqIAEgAiADIAQgCxAEIQwgDEEATARARAAAAAAAAPA/DwsgBiAHIAggCSAKIAsgDBABIAshByAMIQggBkECaiEGDAALCyAIQQFrEAcLjAICBn8FfCADIAFrIQcgBSADayEIQQAgBEECayAGEAkQCiEJIABBAWohDCAAtyEPIAy3IRAgACADIAdBAEECIAQQCSADEAUQAiENIAUQBSEOQQAhCgJAA0AgCiAJTg0BIApBAmohCyALIANqtyERIAsgB2pBA3QrAwAgD6IgDSARoqAgDyARoKMhDSALQQN0IA05AwAgCiAFarchESAKIAhqQQN0KwMAIBCiIA4gEaKgIBAgEaCjIQ4gCkEDdCAOOQMAIApBAWohCgwACwsgACADIAdBAiAJaiAEIA0QAhogBCACRAAAAAAAAPA/EAggDCAFIAggCSAGIA4QAhogBiAERAAAAAAAAPA/EAgLVQIBfwJ8IAMhBiAAtyEHAkADQCAGIARODQEgBiABarchCCAGIAJqQQN0KwMAIAeiIAUgCKKgIAcgCKCjIQUgBkEDdCAFOQMAIAZBAWohBgwACwsgBQsbACAEIAC3oiACoSADo5yqQQFqQQAQCiABEAkLGQAgBCAAt6IgAqAgAxAGIAFBAWoQCSAFawsYAEQAAAAAAAAAAEQAAAAAAADwPyAARRsLCQAgACABo5uqCwoAIABBA3QrAwALKAEBfyAAIQMCQANAIAMgAU4NASADQQN0IAI5AwAgA0EBaiEDDAALCwsMACAAIAEgACABSBsLDAAgACABIAAgAUobCw==";

// src/statistics/smirnov-two-sample-distribution.ts
function smirnovTwoSampleSf(m, n, h) {
  if (h <= 0) return 1;
  const p = m === n ? outsideSquare(n, h) : outsideBand(m, n, h);
  return p >= 0 && p <= 1 ? p : Number.NaN;
}
function outsideSquare(n, h) {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = (n - k * h - j) * ratio / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}
var band;
function outsideBand(mIn, nIn, h) {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  if (m * n > 2 ** 31 - 1) throw new RangeError("the exact Smirnov distribution needs m \xB7 n < 2\xB3\xB9");
  const g = gcd(m, n);
  const size = Math.min(2 * Math.min(Math.ceil(h / (m / g)), n + 1) + 2, n + 1);
  band ??= new webAssembly.Instance(
    new webAssembly.Module(Buffer.from(smirnovBandWasm, "base64")),
    {}
  ).exports;
  const missing = (size + 2) * 8 - band.memory.buffer.byteLength;
  if (missing > 0) band.memory.grow(Math.ceil(missing / 65536));
  return band.outsideBand(m, n, h, m / g, n / g, size);
}
function gcd(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

// src/statistics/ks-two-sample.ts
var ksExactMaxN = 1e4;
function ksTwoSamplePValue(statistic, n1, n2) {
  if (n1 === 0 || n2 === 0) {
    throw new RangeError("the KS test needs at least one value on each side");
  }
  if (Math.max(n1, n2) <= ksExactMaxN) {
    const lcm = n1 / gcd(n1, n2) * n2;
    const h = roundHalfEven(statistic * lcm);
    const pValue = smirnovTwoSampleSf(n1, n2, h);
    if (!Number.isNaN(pValue)) return { statistic: h / lcm, pValue, method: "exact" };
  }
  const effectiveN = roundHalfEven(n1 * n2 / (n1 + n2));
  return { statistic, pValue: kolmogorovSf(effectiveN, statistic), method: "asymptotic" };
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// src/statistics/wasserstein-distance.ts
function normalizedWasserstein(distance, referenceStd) {
  if (Number.isNaN(referenceStd)) return null;
  if (referenceStd === 0) return distance === 0 ? 0 : Number.POSITIVE_INFINITY;
  return distance / referenceStd;
}

// src/drift/common-histogram.ts
var histogramBins = 10;
function commonHistogram(reference, current, bins = histogramBins) {
  const { edges, low, width, count } = histogramEdges(
    [reference.quantile(0.01), current.quantile(0.01)],
    [reference.quantile(0.99), current.quantile(0.99)],
    bins
  );
  return {
    edges,
    reference: countInBins(reference.sample, low, width, count),
    current: countInBins(current.sample, low, width, count)
  };
}
function histogramEdges(firstPercentiles, lastPercentiles, bins = histogramBins) {
  const low = Math.min(...firstPercentiles);
  const high = Math.max(...lastPercentiles);
  const count = high > low ? bins : 1;
  const width = (high - low) / count;
  const edges = Array.from({ length: count + 1 }, (_, i) => i === count ? high : low + i * width);
  return { edges, low, width, count };
}
function countInBins(sample, low, width, bins) {
  const values = sampleValues(sample);
  const weighted = isWeighted(sample) ? sample : void 0;
  const binOf = (value) => width > 0 ? Math.min(bins - 1, Math.max(0, Math.ceil((value - low) / width) - 1)) : 0;
  const counts = new Array(bins).fill(0);
  for (let bin = 0, start = 0; bin < bins; bin++) {
    const end = bin === bins - 1 ? values.length : firstAbove(values, start, bin, binOf);
    counts[bin] = weighted ? weightBefore(weighted, end) - weightBefore(weighted, start) : end - start;
    start = end;
  }
  return counts;
}
function firstAbove(values, start, bin, binOf) {
  let [lo, hi] = [start, values.length];
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (binOf(values[mid]) <= bin) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/drift/numeric-drift.ts
function numericFigures(name, reference, current) {
  const sides = { reference: reference.summary, current: current.summary };
  const sizes = { n1: reference.n, n2: current.n };
  if (reference.n === 0 || current.n === 0) return numericFiguresOf(name, sides, sizes, null);
  const cuts = decileCutsFrom(reference.quantile);
  const { supremum, area, bins } = empiricalCdfGaps(reference.sample, current.sample, cuts);
  return numericFiguresOf(name, sides, sizes, {
    statistic: supremum,
    distance: area,
    bins: { cuts, reference: bins[0], current: bins[1] },
    histogram: commonHistogram(reference, current),
    approximate: reference.rankError > 0 ? {
      rankError: reference.rankError,
      note: `the reference is a profile summary with rank error ${reference.rankError.toPrecision(3)}: KS, Wasserstein and the bins are estimates within the bounds in "approximation"`
    } : null
  });
}
function numericFiguresOf(name, sides, sizes, gaps) {
  const notes = [];
  const result = {
    name,
    kind: "numeric",
    status: "untested",
    decision: null,
    reference: sides.reference,
    current: sides.current,
    ks: null,
    wasserstein: null,
    normalizedWasserstein: null,
    psi: null,
    jensenShannon: null,
    bins: null,
    histogram: null,
    approximation: null,
    notes
  };
  if (gaps === null) {
    const empty = [sizes.n1 === 0 ? "the reference" : "", sizes.n2 === 0 ? "current data" : ""].filter(Boolean).join(" and ");
    notes.push(`${empty} has no finite values in this column: nothing to compare`);
    return { result, pValue: null, effect: null };
  }
  const { statistic, distance, bins } = gaps;
  const ks = ksTwoSamplePValue(statistic, sizes.n1, sizes.n2);
  result.ks = { ...ks, adjustedPValue: ks.pValue, adjustedPValueRange: null };
  result.wasserstein = distance;
  const std = sides.reference.std;
  const normalized = normalizedWasserstein(distance, std ?? Number.NaN);
  let effect = normalized;
  if (normalized === null) {
    notes.push("the reference has a single value, so it has no standard deviation to normalise by");
  } else if (normalized === Number.POSITIVE_INFINITY) {
    notes.push(
      `the reference is constant (${sides.reference.min}) and current data differs: the normalised distance is infinite`
    );
    effect = Number.POSITIVE_INFINITY;
  } else {
    result.normalizedWasserstein = normalized;
  }
  result.bins = bins;
  result.psi = populationStabilityIndex(bins.reference, bins.current);
  result.jensenShannon = jensenShannonDistance(bins.reference, bins.current);
  result.histogram = gaps.histogram;
  if (gaps.approximate) {
    result.approximation = approximation(sides.reference, sizes, gaps, gaps.approximate);
    notes.push(gaps.approximate.note);
  }
  return { result, pValue: ks.pValue, effect };
}
function approximation(reference, { n1, n2 }, { statistic, distance }, { rankError: epsilon }) {
  const { min, max, std } = reference;
  const wassersteinError = min === null || max === null ? 0 : epsilon * (max - min);
  const normalized = (w) => normalizedWasserstein(w, std ?? Number.NaN);
  const low = normalized(Math.max(0, distance - wassersteinError));
  const high = normalized(distance + wassersteinError);
  return {
    rankError: epsilon,
    ksStatisticError: epsilon,
    pValueRange: [
      ksTwoSamplePValue(Math.min(1, statistic + epsilon), n1, n2).pValue,
      ksTwoSamplePValue(Math.max(0, statistic - epsilon), n1, n2).pValue
    ],
    wassersteinError,
    normalizedWassersteinRange: low === null || high === null || !Number.isFinite(high) ? null : [low, high],
    // A bin count is the difference of two CDF values, each within \u03b5\u00b7n.
    binCountError: 2 * epsilon * n1
  };
}

// src/drift/numeric-side.ts
var noExamples = [];
function numericSideFromScan(column) {
  const counted = valueCountsOf(column);
  return numericSideFromTable({
    values: counted.values,
    weights: counted.weights,
    moments: counted.moments ?? momentsOf(counted.values, counted.weights),
    missing: column.missingCount,
    nonFinite: counted.nan + counted.positiveInfinity + counted.negativeInfinity,
    bad: column.badCount,
    badExamples: noExamples
  });
}
function numericSideFromTable(table) {
  const { values, weights, moments } = table;
  const n = moments.count;
  const summary = { n, error: 0, values, weights };
  return {
    sample: summary,
    n,
    summary: {
      count: n,
      missing: table.missing,
      nonFinite: table.nonFinite,
      bad: table.bad,
      mean: n > 0 ? moments.mean : null,
      std: sampleStd(moments),
      min: n > 0 ? values[0] : null,
      max: n > 0 ? values[values.length - 1] : null
    },
    quantile: (p) => quantileOf(summary, p),
    rankError: 0,
    badExamples: table.badExamples
  };
}

// src/drift/numeric-pair.ts
function numericPairFigures(pair) {
  return numericFigures(
    pair.name,
    numericSideFromScan(pair.reference),
    numericSideFromScan(pair.current)
  );
}
var minEntriesSent = 1 << 16;
function pairsToSend(pairs) {
  const walked = pairs.map((pair) => ({ pair, entries: walkedEntries(pair) })).sort((a, b) => b.entries - a.entries);
  let half = 0;
  for (const { entries } of walked) half += entries / 2;
  let sent = 0;
  const chosen = [];
  for (const { pair, entries } of walked) {
    if (entries < minEntriesSent) break;
    if (Math.abs(sent + entries - half) < Math.abs(sent - half)) {
      chosen.push(pair);
      sent += entries;
    }
  }
  return chosen.reverse();
}
function walkedEntries(pair) {
  const reference = pair.reference.counted;
  const current = pair.current.counted;
  if (reference && current && equalSamples(reference, current)) return 0;
  return (reference?.values.length ?? 0) + (current?.values.length ?? 0);
}
export {
  minEntriesSent,
  numericPairFigures,
  pairsToSend
};
