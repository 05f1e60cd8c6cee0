import {
  comparatorSymbol,
  formatNumber,
  negateComparator
} from "./chunk-JLJ5JKQQ.js";
import {
  scanOptionsFor
} from "./chunk-TV4L6LGM.js";
import {
  markdownTable
} from "./chunk-TEXSX4RK.js";
import {
  defaultProfileSettings,
  inferColumnKind,
  linearQuantileSorted
} from "./chunk-Q66JVYKC.js";
import {
  momentsOf,
  sampleStd
} from "./chunk-IDEN7Q7X.js";
import {
  columnsProbeSql
} from "./chunk-DPIG2K5A.js";
import {
  webAssembly
} from "./chunk-52Z3VBDW.js";
import {
  parseNumberCell
} from "./chunk-FJSVKJ5S.js";
import {
  valueCountsOf
} from "./chunk-AB24KIFF.js";
import {
  countAtMost,
  describeBadCell,
  kindWords,
  quantileOf,
  totalWeight,
  weightBefore
} from "./chunk-XUDKVEYV.js";

// src/drift/drift-rules.ts
var numericMethods = ["auto", "ks", "wasserstein", "psi", "jensen_shannon"];
var categoricalMethods = [
  "auto",
  "chi_square",
  "psi",
  "jensen_shannon",
  "l_infinity"
];
var driftMethods = [
  "auto",
  "ks",
  "chi_square",
  "wasserstein",
  "psi",
  "jensen_shannon",
  "l_infinity"
];
var defaultDriftRules = {
  significance: 0.05,
  numericEffectFloor: 0.1,
  categoricalEffect: "jensen_shannon",
  categoricalEffectFloor: 0.1,
  psiThreshold: 0.2,
  jensenShannonThreshold: 0.1,
  lInfinityThreshold: 0.1,
  warnShare: 0,
  // Evidently's dataset-drift default: half of the features.
  failShare: 0.5,
  // The gate never passes on data it could not read: by default any unreadable cell fails.
  maxUnreadableShare: 0,
  ignore: [],
  features: {}
};
var defaultSkewRules = {
  ...defaultDriftRules,
  numericEffectFloor: 0.05,
  categoricalEffect: "l_infinity",
  categoricalEffectFloor: 0.01,
  psiThreshold: 0.1,
  jensenShannonThreshold: 0.05,
  lInfinityThreshold: 0.01,
  failShare: 0.1
};

// src/drift/unreadable-cells.ts
var unreadableListed = 5;
function unreadableInScan(role, scan, names, maxShare) {
  const found = [];
  for (const name of names) {
    const column = scan.column(name);
    if (!column || column.kind === "category" || column.badCount === 0) continue;
    const examples = scan.badCells.filter((cell) => cell.column === name).slice(0, unreadableListed).map((cell) => ({ row: cell.row, line: cell.line ?? null, value: cell.value }));
    const counts = { count: column.badCount, cells: column.presentCount + column.badCount };
    const where = { role, path: scan.source, column: name, expected: column.kind };
    found.push(unreadableEntry(where, counts, examples, maxShare));
  }
  return found;
}
function unreadableEntry(where, { count, cells }, examples, maxShare) {
  const share = count / cells;
  return {
    ...where,
    count,
    cells,
    share,
    verdict: share > maxShare ? "fail" : "warn",
    examples
  };
}
function describeUnreadable(entry, named = 3) {
  const cells = entry.examples.slice(0, named).map(
    (cell) => `${cell.line === null ? "" : `line ${cell.line} `}(row ${cell.row}) ${JSON.stringify(cell.value)}`
  );
  const more = entry.count > cells.length ? `; ${entry.count - cells.length} more` : "";
  const share = `${Number((entry.share * 100).toPrecision(3))}%`;
  const listed = cells.length > 0 ? `: ${cells.join("; ")}${more}` : "";
  return `${entry.path}, column "${entry.column}": ${entry.count} of ${entry.cells} cell(s) (${share}) are not ${kindWords[entry.expected]}${listed}`;
}
function locateCell(entry, cell) {
  return describeBadCell(entry.path, {
    ...cell,
    line: cell.line ?? void 0,
    column: entry.column,
    expected: entry.expected
  });
}
function holdsNonNumbers(column) {
  if (column.kind !== "category") return false;
  return column.dictionary.some(
    (text, code2) => column.counts[code2] > 0 && parseNumberCell(text) === void 0
  );
}
function summaryWithUnreadable(features, unreadable, maxShare) {
  const unreadableCells = unreadable.reduce((sum2, entry) => sum2 + entry.count, 0);
  const unreadableVerdict = unreadable.some((entry) => entry.verdict === "fail") ? "fail" : unreadable.length > 0 ? "warn" : "pass";
  return {
    ...features,
    verdict: worse(features.verdict, unreadableVerdict),
    driftVerdict: features.verdict,
    unreadableCells,
    unreadableVerdict,
    message: unreadable.length === 0 ? features.message : `${features.message}; ${unreadableCells} cell(s) in ${unreadable.length} file column(s) could not be read (${shareRule(maxShare)})`
  };
}
function shareRule(maxShare) {
  const percent3 = `${Math.round(maxShare * 1e5) / 1e3}%`;
  return maxShare === 0 ? "any fails" : `more than ${percent3} of a column fails, fewer warn`;
}
var verdictOrder = { pass: 0, warn: 1, fail: 2 };
function worse(a, b) {
  return verdictOrder[a] >= verdictOrder[b] ? a : b;
}

// node_modules/simple-statistics/src/sum.js
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  let sum2 = x[0];
  let correction = 0;
  let transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (let i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
var sum_default = sum;

// node_modules/simple-statistics/src/mean.js
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum_default(x) / x.length;
}
var mean_default = mean;

// node_modules/simple-statistics/src/sum_nth_power_deviations.js
function sumNthPowerDeviations(x, n) {
  const meanValue = mean_default(x);
  let sum2 = 0;
  let tempValue;
  let i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
var sum_nth_power_deviations_default = sumNthPowerDeviations;

// node_modules/simple-statistics/src/sample_variance.js
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  const sumSquaredDeviationsValue = sum_nth_power_deviations_default(x, 2);
  const besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
var sample_variance_default = sampleVariance;

// node_modules/simple-statistics/src/sample_standard_deviation.js
function sampleStandardDeviation(x) {
  const sampleVarianceX = sample_variance_default(x);
  return Math.sqrt(sampleVarianceX);
}
var sample_standard_deviation_default = sampleStandardDeviation;

// node_modules/simple-statistics/src/quantile_sorted.js
function quantileSorted(x, p) {
  const idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    const lower = Math.floor(idx);
    const upper = Math.ceil(idx);
    const fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
var quantile_sorted_default = quantileSorted;

// node_modules/simple-statistics/src/quickselect.js
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp(2 * z / 3);
      let sd = 0.5 * Math.sqrt(z * s * (n - s) / n);
      if (m - n / 2 < 0) sd *= -1;
      const newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      const newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    const t = arr[k];
    let i = left;
    let j = right;
    swap(arr, left, k);
    if (arr[right] > t) swap(arr, left, right);
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) i++;
      while (arr[j] > t) j--;
    }
    if (arr[left] === t) swap(arr, left, j);
    else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}
function swap(arr, i, j) {
  const tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
var quickselect_default = quickselect;

// node_modules/simple-statistics/src/quantile.js
function quantile(x, p) {
  const copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    const results = [];
    for (let i = 0; i < p.length; i++) {
      results[i] = quantile_sorted_default(copy, p[i]);
    }
    return results;
  } else {
    const idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantile_sorted_default(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect_default(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect_default(arr, k, left, right);
    quickselect_default(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  const positions = /* @__PURE__ */ new Set();
  for (let i = 0; i < p.length; i++) {
    const idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  const indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) return;
  const mid = lo + hi >> 1;
  quickselect_default(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  const idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
var quantile_default = quantile;

// node_modules/simple-statistics/src/median.js
function median(x) {
  return +quantile_default(x, 0.5);
}
var median_default = median;

// node_modules/simple-statistics/src/sample_covariance.js
function sampleCovariance(x, y) {
  if (x.length !== y.length) {
    throw new Error("sampleCovariance requires samples with equal lengths");
  }
  if (x.length < 2) {
    throw new Error(
      "sampleCovariance requires at least two data points in each sample"
    );
  }
  const xmean = mean_default(x);
  const ymean = mean_default(y);
  let sum2 = 0;
  for (let i = 0; i < x.length; i++) {
    sum2 += (x[i] - xmean) * (y[i] - ymean);
  }
  const besselsCorrection = x.length - 1;
  return sum2 / besselsCorrection;
}
var sample_covariance_default = sampleCovariance;

// node_modules/simple-statistics/src/sample_correlation.js
function sampleCorrelation(x, y) {
  const cov = sample_covariance_default(x, y);
  const xstd = sample_standard_deviation_default(x);
  const ystd = sample_standard_deviation_default(y);
  return cov / xstd / ystd;
}
var sample_correlation_default = sampleCorrelation;

// node_modules/simple-statistics/src/sample_rank_correlation.js
function midranks(values) {
  const order = values.map((value, index) => [value, index]).sort((a, b) => a[0] - b[0]);
  const ranks = Array(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) {
      j++;
    }
    const rank = (i + j) / 2;
    for (let k = i; k <= j; k++) {
      ranks[order[k][1]] = rank;
    }
    i = j + 1;
  }
  return ranks;
}
function sampleRankCorrelation(x, y) {
  return sample_correlation_default(midranks(x), midranks(y));
}
var sample_rank_correlation_default = sampleRankCorrelation;

// node_modules/simple-statistics/src/gammaln.js
var COEFFICIENTS = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
function gammaln(n) {
  if (n <= 0) {
    return Number.POSITIVE_INFINITY;
  }
  n--;
  let a = COEFFICIENTS[0];
  for (let i = 1; i < 15; i++) {
    a += COEFFICIENTS[i] / (n + i);
  }
  const tmp = g + 0.5 + n;
  return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}
var gammaln_default = gammaln;

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

// src/statistics/regularized-gamma.ts
var halfLogTwoPi2 = 0.5 * Math.log(2 * Math.PI);
function chiSquareSf(x, degreesOfFreedom) {
  if (!(degreesOfFreedom > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(degreesOfFreedom / 2, x / 2);
}
function regularizedGammaQ(a, x) {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
}
function maxIterations(a) {
  return 1e3 + Math.ceil(20 * Math.sqrt(a));
}
function series(a, x) {
  const prefactor = gammaPrefactor(a, x);
  if (prefactor === 0) return 0;
  let term = 1 / a;
  let sum2 = term;
  for (let n = 1, limit2 = maxIterations(a); n < limit2; n++) {
    term *= x / (a + n);
    sum2 += term;
    if (Math.abs(term) < Math.abs(sum2) * Number.EPSILON) return Math.min(1, prefactor * sum2);
  }
  throw new Error(`incomplete gamma series did not converge for a=${a}, x=${x}`);
}
function continuedFraction(a, x) {
  const prefactor = gammaPrefactor(a, x);
  if (prefactor === 0) return 0;
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1, limit2 = maxIterations(a); i < limit2; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < Number.EPSILON) return Math.min(1, prefactor * h);
  }
  throw new Error(`incomplete gamma continued fraction did not converge for a=${a}, x=${x}`);
}
function gammaPrefactor(a, x) {
  if (a < 15) return Math.exp(a * Math.log(x) - x - gammaln_default(a));
  return Math.exp(a * log1pmx((x - a) / a) - stirlingError(a)) * Math.sqrt(a) * Math.exp(-halfLogTwoPi2);
}
function log1pmx(t) {
  if (t < -0.5 || t > 1) return Math.log1p(t) - t;
  const r = t / (2 + t);
  const r2 = r * r;
  let power = r * r2;
  let sum2 = 0;
  for (let k = 3; ; k += 2) {
    const term = power / k;
    sum2 += term;
    if (Math.abs(term) <= Math.abs(sum2) * Number.EPSILON) break;
    power *= r2;
  }
  return -t * t / (2 + t) + 2 * sum2;
}

// src/statistics/chi-square-homogeneity.ts
function chiSquareHomogeneity(referenceCounts, currentCounts) {
  return chiSquareIndependence([referenceCounts, currentCounts]);
}
function chiSquareIndependence(table2) {
  const rows = table2.length;
  const columns = table2[0]?.length ?? 0;
  const rowTotals = table2.map((row) => row.reduce((s, c) => s + c, 0));
  const columnTotals = Array.from(
    { length: columns },
    (_, j) => table2.reduce((s, row) => s + row[j], 0)
  );
  const total = rowTotals.reduce((s, c) => s + c, 0);
  if (rowTotals.some((t) => !(t > 0)) || columnTotals.some((t) => !(t > 0))) {
    throw new RangeError("a chi-square table needs a positive total in every row and column");
  }
  const degreesOfFreedom = (rows - 1) * (columns - 1);
  if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };
  let statistic = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const expected = rowTotals[i] * columnTotals[j] / total;
      const deviation = table2[i][j] - expected;
      statistic += deviation * deviation / expected;
    }
  }
  return { statistic, degreesOfFreedom, pValue: chiSquareSf(statistic, degreesOfFreedom) };
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

// src/statistics/l-infinity-distance.ts
function lInfinityDistance(referenceCounts, currentCounts) {
  const p = proportions(referenceCounts);
  const q = proportions(currentCounts);
  let largest = 0;
  for (let i = 0; i < p.length; i++) largest = Math.max(largest, Math.abs(p[i] - q[i]));
  return largest;
}

// src/drift/categorical-drift.ts
var otherCategories = "(other)";
function categoricalFigures(name, reference, current) {
  const notes = [];
  const categories = table(reference, current);
  const result = {
    name,
    kind: "categorical",
    status: "untested",
    decision: null,
    reference: reference.summary,
    current: current.summary,
    chiSquare: null,
    jensenShannon: null,
    lInfinity: null,
    psi: null,
    categories,
    newCategories: [],
    vanishedCategories: categories.filter((c) => c.current === 0).map((c) => c.value),
    approximation: null,
    notes
  };
  if (reference.exact) {
    result.newCategories = categories.filter((c) => c.reference === 0).map((c) => c.value);
  } else {
    result.approximation = { countErrorBound: reference.countErrorBound };
    result.vanishedCategories = result.vanishedCategories.filter((v) => v !== otherCategories);
    notes.push(
      `the reference profile lists only its ${reference.counts.size} most frequent categories (counts within ${reference.countErrorBound}); the rest of both sides is pooled as "${otherCategories}", and new categories cannot be told apart from unlisted ones`
    );
  }
  if (reference.total === 0 || current.total === 0) {
    const empty = [
      reference.total === 0 ? "the reference" : "",
      current.total === 0 ? "current data" : ""
    ].filter(Boolean).join(" and ");
    notes.push(`${empty} has no values in this column: nothing to compare`);
    return { result, pValue: null, effects: { jensen_shannon: null, l_infinity: null } };
  }
  const referenceCounts = categories.map((c) => c.reference);
  const currentCounts = categories.map((c) => c.current);
  const chiSquare = chiSquareHomogeneity(referenceCounts, currentCounts);
  result.chiSquare = { ...chiSquare, adjustedPValue: chiSquare.pValue };
  result.jensenShannon = jensenShannonDistance(referenceCounts, currentCounts);
  result.lInfinity = lInfinityDistance(referenceCounts, currentCounts);
  result.psi = populationStabilityIndex(referenceCounts, currentCounts);
  if (categories.length === 1) notes.push("a single category on both sides: nothing can differ");
  return {
    result,
    pValue: chiSquare.pValue,
    effects: { jensen_shannon: result.jensenShannon, l_infinity: result.lInfinity }
  };
}
function table(reference, current) {
  const rows = /* @__PURE__ */ new Map();
  for (const [value, count] of reference.counts)
    rows.set(value, { value, reference: count, current: 0 });
  let listed = 0;
  for (const count of reference.counts.values()) listed += count;
  let currentOther = 0;
  for (const [value, count] of current.counts) {
    const row = rows.get(value);
    if (row) row.current = count;
    else if (reference.exact) rows.set(value, { value, reference: 0, current: count });
    else currentOther += count;
  }
  const sorted = [...rows.values()].sort(
    (a, b) => b.reference - a.reference || b.current - a.current || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
  const referenceOther = reference.total - listed;
  if (!reference.exact && (referenceOther > 0 || currentOther > 0)) {
    sorted.push({ value: otherCategories, reference: referenceOther, current: currentOther });
  }
  return sorted;
}

// src/profile/profile-distribution.ts
function numericDistribution(column) {
  const profile = column.kind === "datetime" ? column.datetime : column.numeric;
  if (!profile || profile.count === 0 || profile.min === null || profile.max === null) return null;
  const sketch = profile.sketch;
  return {
    n: sketch.n,
    min: profile.min,
    max: profile.max,
    exact: sketch.error === 0,
    rankError: sketch.error / sketch.n,
    values: sketch.values,
    weights: sketch.weights,
    cdf: (x) => countAtMost(sketch, x) / sketch.n,
    quantile: (p) => p <= 0 ? profile.min : p >= 1 ? profile.max : quantileOf(sketch, p)
  };
}
function categoryDistribution(column) {
  const categories = column.categories;
  if (!categories) return null;
  return {
    total: categories.count,
    exact: categories.exact,
    countErrorBound: categories.countErrorBound,
    counts: new Map(categories.items.map((item) => [item.value, item.count]))
  };
}

// src/drift/categorical-side.ts
function summaryOf(total, missing, bad) {
  return { count: total, missing, nonFinite: 0, bad, mean: null, std: null, min: null, max: null };
}
function categoricalSideFromScan(column) {
  const counts = /* @__PURE__ */ new Map();
  column.dictionary.forEach((text, code2) => {
    const count = column.counts[code2];
    if (count > 0) counts.set(text, count);
  });
  return {
    counts,
    total: column.presentCount,
    exact: true,
    countErrorBound: 0,
    summary: summaryOf(column.presentCount, column.missingCount, 0)
  };
}
function categoricalSideFromCounts(counts, total, missing) {
  return { counts, total, exact: true, countErrorBound: 0, summary: summaryOf(total, missing, 0) };
}
function categoricalSideFromBooleans(column) {
  const { values, weights } = valueCountsOf(column);
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    counts.set(values[i] === 1 ? "true" : "false", weights[i]);
    total += weights[i];
  }
  return {
    counts,
    total,
    exact: true,
    countErrorBound: 0,
    summary: summaryOf(total, column.missingCount, column.badCount)
  };
}
function categoricalSideFromNumbers(column) {
  const counted = valueCountsOf(column);
  const counts = /* @__PURE__ */ new Map();
  counted.values.forEach((value, i) => {
    counts.set(String(value), counted.weights[i]);
  });
  const specials = [
    ["NaN", counted.nan],
    ["Infinity", counted.positiveInfinity],
    ["-Infinity", counted.negativeInfinity]
  ];
  for (const [text, count] of specials) if (count > 0) counts.set(text, count);
  const total = column.presentCount;
  return {
    counts,
    total,
    exact: true,
    countErrorBound: 0,
    summary: summaryOf(total, column.missingCount, column.badCount)
  };
}
function categoricalSideFromProfile(column) {
  const distribution = categoryDistribution(column);
  if (distribution === null) return null;
  return {
    counts: distribution.counts,
    total: distribution.total,
    exact: distribution.exact,
    countErrorBound: distribution.countErrorBound,
    summary: summaryOf(distribution.total, column.missing, column.count - distribution.total)
  };
}

// src/statistics/benjamini-hochberg.ts
function benjaminiHochberg(pValues) {
  const order = pValues.map((p, index) => ({ p, index })).filter(({ p }) => !Number.isNaN(p)).sort((x, y) => x.p - y.p);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1];
    running = Math.min(running, p * (m / rank));
    adjusted[index] = running;
  }
  return adjusted;
}

// src/drift/decide-drift.ts
var DriftRuleError = class extends Error {
  name = "DriftRuleError";
};
function decideDrift(computed, rules) {
  const tested = computed.filter(
    (feature) => feature.kind !== "skipped" && feature.pValue !== null
  );
  const ends = tested.map(pValueEnds);
  const adjusted = benjaminiHochberg(tested.map((feature) => feature.pValue));
  const exact = ends.every(([low, high]) => low === high);
  const adjustedLow = exact ? adjusted : benjaminiHochberg(ends.map((end) => end[0]));
  const adjustedHigh = exact ? adjusted : benjaminiHochberg(ends.map((end) => end[1]));
  tested.forEach((feature, index) => {
    const estimate = adjusted[index];
    const [low, high] = ends[index];
    const range = low === high ? null : [adjustedLow[index], adjustedHigh[index]];
    if (feature.kind === "numeric") {
      feature.result.ks.adjustedPValue = estimate;
      feature.result.ks.adjustedPValueRange = range;
    } else feature.result.chiSquare.adjustedPValue = estimate;
    const decision = decide(feature, { estimate, range: range ?? [estimate, estimate] }, rules);
    feature.result.decision = decision;
    feature.result.status = statusOf(decision);
  });
  const features = computed.map((feature) => feature.result).sort(worstFirst);
  return { features, summary: summarize(features, rules) };
}
function pValueEnds(feature) {
  const p = feature.pValue;
  if (feature.kind !== "numeric" || !feature.result.approximation) return [p, p];
  const [low, high] = feature.result.approximation.pValueRange;
  return [Math.min(low, p), Math.max(high, p)];
}
function statusOf(decision) {
  const [least, most] = decision.severityRange ?? [decision.severity, decision.severity];
  if (least >= 1) return "drifted";
  return most < 1 ? "stable" : "uncertain";
}
function significant(adjustedP2, threshold) {
  if (adjustedP2 <= 0) return Number.MAX_VALUE;
  if (threshold <= 0) return 0;
  if (threshold >= 1) return 2 - adjustedP2;
  return Math.log(adjustedP2) / Math.log(threshold);
}
function atLeast(measure, threshold) {
  if (measure === null) return 0;
  if (threshold <= 0) return measure > 0 ? Number.MAX_VALUE : 1;
  return Math.min(Number.MAX_VALUE, measure / threshold);
}
function decide(feature, p, rules) {
  const rule2 = rules.features[feature.result.name] ?? {};
  const method = rule2.method ?? "auto";
  const allowed = feature.kind === "numeric" ? numericMethods : categoricalMethods;
  if (!allowed.includes(method)) {
    throw new DriftRuleError(
      `features.${feature.result.name}.method: "${method}" does not apply to a ${feature.kind} feature; use one of ${allowed.join(", ")}`
    );
  }
  const gate = gateOf(feature, method, rule2.threshold, p, rules);
  const [low, high] = gate.measureRange ?? [gate.measure, gate.measure];
  const least = gate.severity(p.range[1], low);
  const most = gate.severity(p.range[0], high);
  return {
    method,
    threshold: gate.threshold,
    effectFloor: gate.effectFloor,
    measure: gate.measure,
    severity: gate.severity(p.estimate, gate.measure),
    // Equal ends: no error range reaches what this method gates on.
    severityRange: least === most ? null : [least, most],
    measureRange: gate.measureRange
  };
}
function gateOf(feature, method, ruleThreshold, p, rules) {
  const wasserstein = feature.kind === "numeric" ? feature.effect : null;
  const wassersteinRange = feature.kind === "numeric" && Number.isFinite(wasserstein) ? feature.result.approximation?.normalizedWassersteinRange ?? null : null;
  switch (method) {
    case "auto":
      return autoGate(feature, ruleThreshold, wassersteinRange, rules);
    case "ks":
    case "chi_square": {
      const threshold = ruleThreshold ?? rules.significance;
      return {
        threshold,
        effectFloor: null,
        measure: p.estimate,
        measureRange: p.range[0] === p.range[1] ? null : p.range,
        severity: (adjustedP2) => significant(adjustedP2, threshold)
      };
    }
    case "wasserstein":
      return effectGate(wasserstein, ruleThreshold ?? rules.numericEffectFloor, wassersteinRange);
    // PSI, JS and L\u221e have no error bound against a lossy profile: they decide on the estimate.
    case "psi":
      return effectGate(feature.result.psi, ruleThreshold ?? rules.psiThreshold, null);
    case "jensen_shannon":
      return effectGate(
        feature.result.jensenShannon,
        ruleThreshold ?? rules.jensenShannonThreshold,
        null
      );
    case "l_infinity":
      return effectGate(
        feature.kind === "categorical" ? feature.result.lInfinity : null,
        ruleThreshold ?? rules.lInfinityThreshold,
        null
      );
  }
}
function autoGate(feature, ruleThreshold, wassersteinRange, rules) {
  const floor = ruleThreshold ?? (feature.kind === "numeric" ? rules.numericEffectFloor : rules.categoricalEffectFloor);
  const effect = feature.kind === "numeric" ? feature.effect : feature.effects[rules.categoricalEffect];
  return {
    threshold: rules.significance,
    effectFloor: floor,
    measure: effect,
    measureRange: feature.kind === "numeric" ? wassersteinRange : null,
    // Both must pass: the severity is the weaker of the two.
    severity: (adjustedP2, value) => Math.min(significant(adjustedP2, rules.significance), atLeast(value, floor))
  };
}
function effectGate(measure, threshold, range) {
  return {
    threshold,
    effectFloor: null,
    measure,
    measureRange: range,
    severity: (_, value) => atLeast(value, threshold)
  };
}
var statusOrder = {
  drifted: 0,
  uncertain: 1,
  stable: 2,
  untested: 3,
  skipped: 4,
  ignored: 5
};
function worstFirst(a, b) {
  const byStatus = statusOrder[a.status] - statusOrder[b.status];
  if (byStatus !== 0) return byStatus;
  return severityOf(b) - severityOf(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function severityOf(feature) {
  return feature.kind === "skipped" ? 0 : feature.decision?.severity ?? 0;
}
function percent(share) {
  return `${Math.round(share * 1e3) / 10}%`;
}
function summarize(features, rules) {
  const tested = features.filter(
    (f) => f.status === "drifted" || f.status === "stable" || f.status === "uncertain"
  ).length;
  const drifted = features.filter((f) => f.status === "drifted").length;
  const uncertain = features.filter((f) => f.status === "uncertain").length;
  const share = tested === 0 ? 0 : drifted / tested;
  const verdict = drifted > 0 && share >= rules.failShare ? "fail" : drifted > 0 && share >= rules.warnShare ? "warn" : "pass";
  const message = tested === 0 ? "no feature could be tested" : `${drifted} of ${tested} tested features drifted (${percent(share)}); ` + (verdict === "fail" ? `at least ${percent(rules.failShare)} fails` : verdict === "warn" ? `at least ${percent(rules.warnShare)} warns, ${percent(rules.failShare)} fails` : `fails from ${percent(rules.failShare)}`) + (uncertain > 0 ? `; ${uncertain} undecided within the reference profile's error range` : "");
  return {
    verdict,
    tested,
    drifted,
    uncertain,
    share,
    warnShare: rules.warnShare,
    failShare: rules.failShare,
    message
  };
}

// src/drift/drift-result.ts
var driftFormat = "mlgate-drift";
var driftVersion = 1;

// src/statistics/decile-bins.ts
function decileCutsFrom(quantile2) {
  const cuts = [];
  for (let k = 1; k <= 9; k++) {
    const cut = quantile2(k / 10);
    if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts.slice();
}

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
  let sum2 = state[SUM];
  let compensation = state[COMPENSATION];
  let previous = state[PREVIOUS];
  let x = state[X];
  let y = state[Y];
  for (let step = 0; step < steps; step++) {
    const value = Math.min(x, y);
    if (value === Number.POSITIVE_INFINITY) break;
    const term = Math.abs(difference) * (value - previous);
    const next = sum2 + term;
    const lostOfTerm = sum2 - next + term;
    const lostOfSum = term - next + sum2;
    compensation += Math.abs(sum2) >= Math.abs(term) ? lostOfTerm : lostOfSum;
    sum2 = next;
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
  state[SUM] = sum2;
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

// src/statistics/smirnov-distribution.ts
var minLog = -708.3964185322641;
var maxComputeN = 1e6;
var halfLogTwoPi3 = 0.5 * Math.log(2 * Math.PI);
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
  let sum2 = 0;
  for (let v = 0; v < nTerms; v++) {
    const term = Math.exp(logA(v));
    sum2 += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum2 && v !== nTerms - 1) break;
    } else if (v > n / 2) {
      break;
    }
  }
  return sum2;
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
function addOutward(logA, peakLog, sum2, from, step, nTerms) {
  const end = step < 0 ? -1 : nTerms;
  const restBase = step < 0 ? 1 : nTerms;
  const restSlope = -step;
  let total = sum2;
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
  const logScale = 0.5 * Math.log(n / v * (n / v) * n / (v * w)) - halfLogTwoPi3;
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
  let series2 = 0;
  for (const c of stirlingCoefficients) series2 = series2 * (r / n) + c;
  return Math.log(n) / 2 - n + logTwoPi / 2 + r * series2;
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
  const g2 = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let m = 1; m < powers; m++) {
    gPower[m] = gPower[m - 1] * (g2 / n) / m;
    twoGPower[m] = twoGPower[m - 1] * (2 * g2 / n) / m;
    oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * ((1 - 2 * g2) / n) / m;
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
        let sum2 = 0;
        const lo = Math.max(0, index - weightLength + 1);
        const hi = Math.min(index, sourceLength - 1);
        for (let a = lo; a <= hi; a++) sum2 += previous[offset + a] * weights[index - a];
        current[c] = sum2;
        if (sum2 > largest) largest = sum2;
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
  const g2 = gcd(m, n);
  const size = Math.min(2 * Math.min(Math.ceil(h / (m / g2)), n + 1) + 2, n + 1);
  band ??= new webAssembly.Instance(
    new webAssembly.Module(Buffer.from(smirnovBandWasm, "base64")),
    {}
  ).exports;
  const missing = (size + 2) * 8 - band.memory.buffer.byteLength;
  if (missing > 0) band.memory.grow(Math.ceil(missing / 65536));
  return band.outsideBand(m, n, h, m / g2, n / g2, size);
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
function numericSideFromTexts(column) {
  const parsed = [];
  let nonFinite = 0;
  let bad = 0;
  const badExamples = [];
  column.dictionary.forEach((text, code2) => {
    const count = column.counts[code2];
    if (count === 0) return;
    const value = parseNumberCell(text);
    if (typeof value !== "number") {
      bad += count;
      if (badExamples.length < 5) badExamples.push(text);
    } else if (!Number.isFinite(value)) {
      nonFinite += count;
    } else {
      parsed.push([value === 0 ? 0 : value, count]);
    }
  });
  parsed.sort((a, b) => a[0] - b[0]);
  const values = [];
  const weights = [];
  for (const [value, count] of parsed) {
    if (values.length > 0 && values[values.length - 1] === value)
      weights[weights.length - 1] += count;
    else {
      values.push(value);
      weights.push(count);
    }
  }
  return numericSideFromTable({
    values,
    weights,
    moments: momentsOf(values, weights),
    missing: column.missingCount,
    nonFinite,
    bad,
    badExamples
  });
}
function numericSideFromTable(table2) {
  const { values, weights, moments } = table2;
  const n = moments.count;
  const summary = { n, error: 0, values, weights };
  return {
    sample: summary,
    n,
    summary: {
      count: n,
      missing: table2.missing,
      nonFinite: table2.nonFinite,
      bad: table2.bad,
      mean: n > 0 ? moments.mean : null,
      std: sampleStd(moments),
      min: n > 0 ? values[0] : null,
      max: n > 0 ? values[values.length - 1] : null
    },
    quantile: (p) => quantileOf(summary, p),
    rankError: 0,
    badExamples: table2.badExamples
  };
}
function numericSideFromProfile(column) {
  const distribution = numericDistribution(column);
  const profile = column.kind === "datetime" ? column.datetime : column.numeric;
  if (distribution === null || profile === null) return null;
  return {
    sample: { values: distribution.values, weights: distribution.weights },
    n: distribution.n,
    summary: {
      count: profile.count,
      missing: column.missing,
      nonFinite: profile.nan + profile.positiveInfinity + profile.negativeInfinity,
      bad: column.count - profile.count - profile.nan - profile.positiveInfinity - profile.negativeInfinity,
      mean: profile.mean,
      std: profile.std,
      min: profile.min,
      max: profile.max
    },
    quantile: (p) => distribution.quantile(p),
    rankError: distribution.rankError,
    badExamples: noExamples
  };
}

// src/drift/numeric-pair.ts
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

// src/drift/compare-datasets.ts
function compared(name, rules, skip) {
  return !rules.ignore.includes(name) && !rules.features[name]?.ignore && !skip.has(name);
}
function referenceFromScan(scan, rules, skip = /* @__PURE__ */ new Map()) {
  const reference = referenceOf(
    scan.columns,
    { path: scan.source, kind: "rows", rows: scan.rowCount },
    rules,
    skip,
    { roleOf: scanRole, numeric: numericFromScan, categorical: categoricalFromScan }
  );
  for (const column of scan.columns) {
    const side = reference.sides.get(column.name);
    if (side?.role === "numeric" && isCountedNumber(column)) side.counted = column;
  }
  const read = [];
  reference.sides.forEach((side, name) => {
    if (side.role !== "skip") read.push(name);
  });
  return {
    ...reference,
    unreadable: unreadableInScan("reference", scan, read, rules.maxUnreadableShare)
  };
}
function referenceFromProfile(profile, path, rules, skip = /* @__PURE__ */ new Map()) {
  return referenceOf(
    profile.columns,
    { path, kind: "profile", rows: profile.rowCount },
    rules,
    skip,
    {
      roleOf: profileRole,
      numeric: numericSideFromProfile,
      categorical: categoricalSideFromProfile
    }
  );
}
function referenceOf(columns, source, rules, skip, readers) {
  const sides = /* @__PURE__ */ new Map();
  for (const column of columns) {
    if (!compared(column.name, rules, skip)) continue;
    const role = readers.roleOf(column, rules);
    if (role.role === "numeric") {
      sides.set(column.name, { ...role, side: () => readers.numeric(column) });
    } else if (role.role === "categorical") {
      sides.set(column.name, { ...role, side: () => readers.categorical(column) });
    } else sides.set(column.name, role);
  }
  return { source, names: columns.map((column) => column.name), sides, unreadable: [] };
}
function compareWithReference(reference, current, rules, skip = /* @__PURE__ */ new Map(), located) {
  const compared2 = compareColumns(reference, current, { rules, skip, located }, /* @__PURE__ */ new Map());
  return resultOfCompared(reference, current, rules, compared2);
}
async function compareSharingWork(reference, current, rules, skip, located, elsewhere) {
  const pairs = pairsToSend(countedPairs(reference, current, rules, skip, located));
  const sentUnreadable = new Map(
    pairs.map((pair) => [
      pair.name,
      currentUnreadable(pair.name, current, located, /* @__PURE__ */ new Map(), rules)
    ])
  );
  const figures = pairs.length > 0 ? elsewhere(pairs) : void 0;
  const context = { rules, skip, located };
  const compared2 = compareColumns(
    reference,
    current,
    context,
    figures ? sentUnreadable : /* @__PURE__ */ new Map()
  );
  if (figures) {
    const answered = await figures;
    if (answered.length !== pairs.length)
      throw new Error("drift: figures came back for other features than sent");
    pairs.forEach((pair, k) => {
      compared2.computed[compared2.names.indexOf(pair.name)] = { kind: "numeric", ...answered[k] };
    });
  }
  return resultOfCompared(reference, current, rules, compared2);
}
function compareColumns(reference, current, { rules, skip, located }, sent) {
  const currentNames = current.columns.map((column) => column.name);
  const inCurrent = new Set(currentNames);
  const names = reference.names.filter((name) => inCurrent.has(name));
  const textUnreadable = /* @__PURE__ */ new Map();
  const unreadable = [];
  const computed = names.map((name) => {
    const away = sent.get(name);
    const feature = away ? void 0 : computeFeature(name, reference, current, { rules, skip, textUnreadable });
    reference.sides.delete(name);
    if (away) unreadable.push(...away);
    else if (feature?.kind !== "skipped") {
      unreadable.push(...currentUnreadable(name, current, located, textUnreadable, rules));
    }
    if ("release" in current) current.release(name);
    return feature;
  });
  return { currentNames, names, computed, unreadable };
}
function resultOfCompared(reference, current, rules, { currentNames, computed, unreadable }) {
  const features = computed.map((feature) => {
    if (!feature) throw new Error("drift: a feature sent elsewhere never came back");
    return feature;
  });
  return driftResultOf(
    { reference: reference.source, current: currentSource(current) },
    { reference: reference.names, current: currentNames },
    features,
    rules,
    (isReadable) => [
      ...reference.unreadable.filter((entry) => isReadable(entry.column)),
      ...unreadable
    ]
  );
}
function countedPairs(reference, current, rules, skip, located) {
  const pairs = [];
  reference.sides.forEach((side, name) => {
    if (side.role !== "numeric" || side.time || !side.counted) return;
    const column = current.column(name);
    if (!column || !isCountedNumber(column) || leftOut(name, rules, skip) || located?.column(name))
      return;
    pairs.push({ name, reference: side.counted, current: column });
  });
  return pairs;
}
function isCountedNumber(column) {
  return (column.kind === "number" || column.kind === "integer") && column.counted !== void 0;
}
function currentSource(current) {
  return { path: current.source, kind: "rows", rows: current.rowCount };
}
function driftResultOf(sources, names, computed, rules, unreadableOf) {
  const { features, summary } = decideDrift(computed, rules);
  let readable;
  const isReadable = (name) => {
    readable ??= new Set(
      features.filter((feature) => feature.kind !== "skipped").map((feature) => feature.name)
    );
    return readable.has(name);
  };
  const unreadable = unreadableOf(isReadable);
  const inCurrent = new Set(names.current);
  const inReference = new Set(names.reference);
  return {
    format: driftFormat,
    version: driftVersion,
    reference: sources.reference,
    current: sources.current,
    onlyInReference: names.reference.filter((name) => !inCurrent.has(name)),
    onlyInCurrent: names.current.filter((name) => !inReference.has(name)),
    rules: {
      significance: rules.significance,
      numericEffectFloor: rules.numericEffectFloor,
      categoricalEffect: rules.categoricalEffect,
      categoricalEffectFloor: rules.categoricalEffectFloor,
      maxUnreadableShare: rules.maxUnreadableShare
    },
    summary: summaryWithUnreadable(summary, unreadable, rules.maxUnreadableShare),
    features,
    unreadable
  };
}
function computeFeature(name, reference, current, { rules, skip, textUnreadable }) {
  const left = leftOut(name, rules, skip);
  if (left) return left;
  const side = reference.sides.get(name);
  const column = current.column(name);
  if (side === void 0 || column === void 0) {
    throw new Error(`drift: column ${name} is in both files but was not read from both`);
  }
  if (side.role === "skip") return skippedFeature(name, "skipped", side.reason);
  if (side.role === "categorical") {
    const { side: currentSide2, problem: problem2 } = currentCategorical(column);
    const figures2 = categoricalFigures(name, side.side() ?? emptyCategorical(), currentSide2);
    if (problem2) figures2.result.notes.unshift(problem2);
    return { kind: "categorical", ...figures2 };
  }
  const { side: currentSide, problem } = currentNumeric(column, side.time);
  const figures = numericFigures(name, side.side() ?? emptyNumeric(), currentSide);
  if (problem) figures.result.notes.unshift(problem);
  if (column.kind === "category" && currentSide.summary.bad > 0) {
    textUnreadable.set(name, unlocated(current.source, name, currentSide, rules));
  }
  if (currentSide.badExamples.length > 0) {
    const more = currentSide.summary.bad > currentSide.badExamples.length ? ", \u2026" : "";
    figures.result.notes.unshift(
      `current data has ${currentSide.summary.bad} cell(s) that are not numbers, left out: ${currentSide.badExamples.map((t) => JSON.stringify(t)).join(", ")}${more}`
    );
  }
  return { kind: "numeric", ...figures };
}
function leftOut(name, rules, skip) {
  if (rules.ignore.includes(name) || rules.features[name]?.ignore) {
    return skippedFeature(name, "ignored", "ignored by the config");
  }
  const reason = skip.get(name);
  return reason === void 0 ? void 0 : skippedFeature(name, "skipped", reason);
}
function skippedFeature(name, status, reason) {
  return { kind: "skipped", result: { name, kind: "skipped", status, reason } };
}
function currentUnreadable(name, current, located, textUnreadable, rules) {
  if (located?.column(name)) {
    return unreadableInScan("current", located, [name], rules.maxUnreadableShare);
  }
  const text = textUnreadable.get(name);
  return text ? [text] : unreadableInScan("current", current, [name], rules.maxUnreadableShare);
}
var datesSkipped = "dates and times move with time, so their drift is expected; set a method for this feature to compare it anyway";
function scanRole(column, rules) {
  return kindRole(column.name, column.kind, rules, () => {
    let distinct = 0;
    if (column.kind === "category") {
      for (const count of column.counts) if (count > 0) distinct++;
    }
    return { distinct, count: column.presentCount };
  });
}
function kindRole(name, kind, rules, textCounts) {
  const method = rules.features[name]?.method;
  switch (kind) {
    case "number":
    case "integer":
      return { role: "numeric", time: false };
    case "boolean":
      return { role: "categorical" };
    case "date":
    case "datetime":
      return method ? { role: "numeric", time: true } : { role: "skip", reason: datesSkipped };
    case "category": {
      if (method) return { role: "categorical" };
      const { distinct, count } = textCounts();
      const inferred = inferColumnKind(
        { count, types: { number: 0, boolean: 0, datetime: 0, string: count } },
        { value: distinct, exact: true, relativeStandardError: 0 },
        defaultProfileSettings
      );
      return textRole(inferred, distinct, count);
    }
  }
}
function profileRole(column, rules) {
  const method = rules.features[column.name]?.method;
  switch (column.kind) {
    case "numeric":
      return { role: "numeric", time: false };
    case "boolean":
    case "categorical":
    case "empty":
      return { role: "categorical" };
    case "datetime":
      return method ? { role: "numeric", time: true } : { role: "skip", reason: datesSkipped };
    case "identifier":
    case "text":
      return method ? { role: "categorical" } : textRole(column.kind, column.distinct.value, column.count);
  }
}
function textRole(kind, distinct, count) {
  if (kind === "identifier") {
    return {
      role: "skip",
      reason: `every one of its ${count} values is distinct: an identifier, not a feature`
    };
  }
  if (kind === "text") {
    return {
      role: "skip",
      reason: `free text or a high-cardinality code (${distinct} distinct values in ${count} cells); set a method for this feature to compare it as categories`
    };
  }
  return { role: "categorical" };
}
function numericFromScan(column) {
  return column.kind === "category" ? numericSideFromTexts(column) : numericSideFromScan(column);
}
function categoricalFromScan(column) {
  if (column.kind === "category") return categoricalSideFromScan(column);
  if (column.kind === "boolean") return categoricalSideFromBooleans(column);
  throw new Error(`column ${column.name} is not categorical`);
}
function currentNumeric(column, time) {
  const isTime = column.kind === "date" || column.kind === "datetime";
  if (column.kind === "number" || column.kind === "integer" || column.kind === "category") {
    return { side: numericFromScan(column) };
  }
  if (isTime && time) return { side: numericFromScan(column) };
  return {
    side: emptyNumeric(),
    problem: `current data holds ${column.kind} values where the reference holds ${time ? "dates" : "numbers"}`
  };
}
function currentCategorical(column) {
  switch (column.kind) {
    case "category":
      return { side: categoricalSideFromScan(column) };
    case "boolean":
      return { side: categoricalSideFromBooleans(column) };
    case "number":
    case "integer":
      return {
        side: categoricalSideFromNumbers(column),
        problem: 'current data holds only numbers in this text column; they are compared as their shortest decimal text (e.g. 1.50 as "1.5")'
      };
    default:
      return {
        side: emptyCategorical(),
        problem: `current data holds ${column.kind} values where the reference holds categories`
      };
  }
}
function unlocated(path, column, side, rules) {
  const { bad, nonFinite } = side.summary;
  return unreadableEntry(
    { role: "current", path, column, expected: "number" },
    { count: bad, cells: side.n + nonFinite + bad },
    [],
    rules.maxUnreadableShare
  );
}
function emptyNumeric() {
  return {
    sample: new Float64Array(0),
    n: 0,
    summary: {
      count: 0,
      missing: 0,
      nonFinite: 0,
      bad: 0,
      mean: null,
      std: null,
      min: null,
      max: null
    },
    quantile: () => Number.NaN,
    rankError: 0,
    badExamples: []
  };
}
function emptyCategorical() {
  return {
    counts: /* @__PURE__ */ new Map(),
    total: 0,
    exact: true,
    countErrorBound: 0,
    summary: {
      count: 0,
      missing: 0,
      nonFinite: 0,
      bad: 0,
      mean: null,
      std: null,
      min: null,
      max: null
    }
  };
}

// src/sql/drift-queries.ts
function columnCountsSql(dialect, relation, columns) {
  const counts = columns.flatMap(({ name, distinct }, i) => {
    const column = dialect.identifier(name);
    const present = `COUNT(${column}) AS present_${i}`;
    return distinct ? [present, `COUNT(DISTINCT ${column}) AS distinct_${i}`] : [present];
  });
  return `SELECT ${["COUNT(*) AS row_count", ...counts].join(", ")} FROM ${relation}`;
}
function valueCountsSql(dialect, { relation, column }) {
  const name = dialect.identifier(column);
  return `SELECT ${name} AS cell_value, COUNT(*) AS cell_count FROM ${relation} GROUP BY ${name}`;
}
function numericSummarySql(dialect, side) {
  const finite2 = "finite_value";
  const figures = [
    "COUNT(*) AS row_count",
    "COUNT(cell_value) AS present",
    `COUNT(${finite2}) AS finite`,
    `AVG(${finite2}) AS mean`,
    `${dialect.sampleStd(finite2)} AS std`,
    `MIN(${finite2}) AS min_value`,
    `MAX(${finite2}) AS max_value`
  ];
  const cell = dialect.identifier(side.column);
  const asDouble = dialect.double(cell);
  const inner = `SELECT ${cell} AS cell_value, CASE WHEN ${dialect.isFinite(asDouble)} THEN ${asDouble} END AS ${finite2} FROM ${side.relation}`;
  return `SELECT ${figures.join(", ")} FROM (${inner}) AS side_values`;
}
function cdfGapsSql(dialect, reference, current) {
  const running = (count) => dialect.double(
    `SUM(${count}) OVER (ORDER BY finite_value ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`
  );
  return [
    `WITH reference_counts AS (${finiteCounts(dialect, reference)}),`,
    `current_counts AS (${finiteCounts(dialect, current)}),`,
    "both_sides AS (SELECT finite_value, SUM(reference_count) AS reference_count, SUM(current_count) AS current_count FROM (",
    "SELECT finite_value, cell_count AS reference_count, 0 AS current_count FROM reference_counts",
    "UNION ALL SELECT finite_value, 0 AS reference_count, cell_count AS current_count FROM current_counts",
    ") AS counted GROUP BY finite_value),",
    "totals AS (SELECT SUM(reference_count) AS n1, SUM(current_count) AS n2 FROM both_sides),",
    `gaps AS (SELECT LEAD(finite_value) OVER (ORDER BY finite_value) - finite_value AS width, ${running("reference_count")} / ${dialect.double("n1")} - ${running("current_count")} / ${dialect.double("n2")} AS gap FROM both_sides CROSS JOIN totals)`,
    "SELECT MAX(ABS(gap)) AS statistic, SUM(ABS(gap) * width) AS distance FROM gaps"
  ].join("\n");
}
function binCountsSql(dialect, reference, current, cuts, histogram) {
  const value = "finite_value";
  const decile = cuts.length === 0 ? "0" : `CASE ${cuts.map((cut, i) => `WHEN ${value} <= ${dialect.doubleLiteral(cut)} THEN ${i}`).join(" ")} ELSE ${cuts.length} END`;
  const { low, width, bins } = histogram;
  const equal = bins === 1 ? "0" : `LEAST(${bins - 1}, GREATEST(0, CEIL((${value} - ${dialect.doubleLiteral(low)}) / ${dialect.doubleLiteral(width)}) - 1))`;
  const sides = [reference, current].map(
    (side, i) => `SELECT ${i} AS side_index, ${value} FROM (${finiteValues(dialect, side)}) AS side_${i}`
  ).join(" UNION ALL ");
  const binned = `SELECT side_index, ${decile} AS decile_bin, ${equal} AS histogram_bin FROM (${sides}) AS both_sides`;
  return `SELECT side_index, decile_bin, histogram_bin, COUNT(*) AS cell_count FROM (${binned}) AS binned GROUP BY side_index, decile_bin, histogram_bin`;
}
function categoryCountsSql(dialect, reference, current, limit2) {
  const counted = (side, first) => {
    const name = dialect.identifier(side.column);
    const category = dialect.text(name);
    const counts = first ? "COUNT(*) AS reference_count, 0 AS current_count" : "0 AS reference_count, COUNT(*) AS current_count";
    return `SELECT ${category} AS category, ${counts} FROM ${side.relation} WHERE ${name} IS NOT NULL GROUP BY ${category}`;
  };
  return [
    "WITH both_sides AS (SELECT category, SUM(reference_count) AS reference_count, SUM(current_count) AS current_count FROM (",
    counted(reference, true),
    `UNION ALL ${counted(current, false)}`,
    ") AS counted GROUP BY category)",
    `SELECT category, reference_count, current_count FROM both_sides ORDER BY reference_count + current_count DESC, category LIMIT ${limit2}`
  ].join("\n");
}
function finiteValues(dialect, { relation, column }) {
  const asDouble = dialect.double(dialect.identifier(column));
  return `SELECT ${asDouble} AS finite_value FROM ${relation} WHERE ${dialect.isFinite(asDouble)}`;
}
function orderStatisticsSql(dialect, side, ranks) {
  return [
    "SELECT finite_value FROM (",
    `  SELECT finite_value, ROW_NUMBER() OVER (ORDER BY finite_value) - 1 AS value_rank FROM (${finiteValues(dialect, side)}) AS side_values`,
    ") AS ranked_values",
    `WHERE value_rank IN (${ranks.join(", ")})`,
    "ORDER BY value_rank"
  ].join("\n");
}
function finiteCounts(dialect, side) {
  return `SELECT finite_value, COUNT(*) AS cell_count FROM (${finiteValues(dialect, side)}) AS side_values GROUP BY finite_value`;
}

// src/drift/categorical-in-engine.ts
var categoryLimit = 1e4;
async function categoricalInEngine(name, connection, reference, current, limit2 = categoryLimit) {
  const { rows } = await connection.query(
    categoryCountsSql(connection.dialect, reference, current, limit2 + 1)
  );
  const listed = rows.slice(0, limit2);
  const referenceCounts = /* @__PURE__ */ new Map();
  const currentCounts = /* @__PURE__ */ new Map();
  for (const [category, referenceCount, currentCount] of listed) {
    const text = String(category);
    if (Number(referenceCount) > 0) referenceCounts.set(text, Number(referenceCount));
    if (Number(currentCount) > 0) currentCounts.set(text, Number(currentCount));
  }
  const pooled = rows.length > limit2;
  if (pooled) {
    pool(referenceCounts, reference.present);
    pool(currentCounts, current.present);
  }
  const figures = categoricalFigures(
    name,
    categoricalSideFromCounts(referenceCounts, reference.present, reference.missing),
    categoricalSideFromCounts(currentCounts, current.present, current.missing)
  );
  if (pooled) {
    figures.result.notes.push(
      `more than ${limit2} categories: the ${limit2} most frequent on both sides together are compared, the rest of each side is pooled as "${otherCategories}"`
    );
  }
  return figures;
}
function pool(counts, total) {
  let listed = 0;
  for (const count of counts.values()) listed += count;
  if (total > listed) counts.set(otherCategories, total - listed);
}

// src/drift/numeric-in-engine.ts
var deciles = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => k / 10);
var histogramSpan = [0.01, 0.99];
var referenceProbabilities = [...deciles, ...histogramSpan];
async function numericInEngine(name, connection, reference, current) {
  const referenceSide = await sideInEngine(connection, reference, referenceProbabilities);
  const currentSide = await sideInEngine(connection, current, histogramSpan);
  const sides = { reference: referenceSide.summary, current: currentSide.summary };
  const sizes = { n1: sides.reference.count, n2: sides.current.count };
  if (sizes.n1 === 0 || sizes.n2 === 0) return numericFiguresOf(name, sides, sizes, null);
  const { dialect } = connection;
  const [gaps] = (await connection.query(cdfGapsSql(dialect, reference, current))).rows;
  const cuts = decileCutsFrom(referenceSide.quantile);
  const { edges, low, width, count } = histogramEdges(
    [referenceSide.quantile(0.01), currentSide.quantile(0.01)],
    [referenceSide.quantile(0.99), currentSide.quantile(0.99)]
  );
  const binned = await connection.query(
    binCountsSql(dialect, reference, current, cuts, { low, width, bins: count })
  );
  const decileCounts = [zeros(cuts.length + 1), zeros(cuts.length + 1)];
  const histogramCounts = [zeros(count), zeros(count)];
  for (const [side, decile, bin, cells] of binned.rows) {
    const index = Number(side);
    decileCounts[index][Number(decile)] += Number(cells);
    histogramCounts[index][Number(bin)] += Number(cells);
  }
  return numericFiguresOf(name, sides, sizes, {
    statistic: numberOr(gaps?.[0], 0),
    // One distinct value on both sides: no step, no area.
    distance: numberOr(gaps?.[1], 0),
    bins: { cuts, reference: decileCounts[0], current: decileCounts[1] },
    histogram: { edges, reference: histogramCounts[0], current: histogramCounts[1] },
    approximate: null
  });
}
async function sideInEngine(connection, side, probabilities) {
  const { rows } = await connection.query(numericSummarySql(connection.dialect, side));
  const [rowCount, present, finite2, mean2, std, min, max] = rows[0] ?? [];
  const n = numberOr(finite2, 0);
  const presentCount = numberOr(present, 0);
  return {
    summary: {
      count: n,
      missing: numberOr(rowCount, 0) - presentCount,
      nonFinite: presentCount - n,
      bad: 0,
      mean: n > 0 ? numberOrNull(mean2) : null,
      std: n > 1 ? numberOrNull(std) : null,
      min: n > 0 ? numberOrNull(min) : null,
      max: n > 0 ? numberOrNull(max) : null
    },
    quantile: n > 0 ? await quantilesInEngine(connection, side, n, probabilities) : () => Number.NaN
  };
}
async function quantilesInEngine(connection, side, n, probabilities) {
  const ranks = /* @__PURE__ */ new Set();
  for (const p of probabilities) {
    const position = (n - 1) * p;
    ranks.add(Math.floor(position));
    if (position > Math.floor(position)) ranks.add(Math.floor(position) + 1);
  }
  const wanted = [...ranks].sort((a, b) => a - b);
  const { rows } = await connection.query(orderStatisticsSql(connection.dialect, side, wanted));
  if (rows.length !== wanted.length) {
    throw new Error(
      `${side.relation}: column ${side.column} changed while drift read it (${rows.length} of ${wanted.length} ranked values came back); run it again`
    );
  }
  const sorted = { length: n };
  wanted.forEach((rank, i) => {
    sorted[rank] = numberOr(rows[i][0], Number.NaN);
  });
  return (p) => linearQuantileSorted(sorted, p);
}
function zeros(length) {
  return new Array(length).fill(0);
}
function numberOrNull(value) {
  return value === null || value === void 0 ? null : Number(value);
}
function numberOr(value, fallback) {
  return numberOrNull(value) ?? fallback;
}

// src/drift/scan-query-source.ts
var kindOfType = {
  number: "number",
  integer: "integer",
  boolean: "boolean",
  date: "date",
  datetime: "datetime",
  text: "category",
  other: "category"
};
async function queryColumns(source) {
  const { columns } = await source.connection.query(columnsProbeSql(source.relation));
  return columns.map((column) => ({ name: column.name, kind: kindOfType[column.type] }));
}
async function scanQuerySource(source, only) {
  const described = await queryColumns(source);
  const columns = [];
  let rowCount = 0;
  for (const column of described.filter(({ name }) => !only || only.has(name))) {
    const { rows } = await source.connection.query(
      valueCountsSql(source.connection.dialect, { relation: source.relation, column: column.name })
    );
    const counts = rows.map(([value, count]) => [value ?? null, Number(count)]);
    rowCount = counts.reduce((sum2, [, count]) => sum2 + count, 0);
    columns.push(
      column.kind === "category" ? categoryColumn(column.name, counts) : numericColumn(column.name, column.kind, counts)
    );
  }
  if (columns.length === 0) rowCount = await countRows(source);
  const byName = new Map(columns.map((column) => [column.name, column]));
  return {
    source: source.label,
    // Rows of an engine have no file lines to name, as Parquet's.
    format: "parquet",
    layout: "distribution",
    columnNames: described.map(({ name }) => name),
    rowCount,
    columns,
    column: (name) => byName.get(name),
    badCells: [],
    badRows: [],
    badRowCount: 0,
    dataRowOf: (index) => index + 1,
    lineOf: () => void 0
  };
}
function numericColumn(name, kind, counts) {
  const finite2 = [];
  let missing = 0;
  let nan = 0;
  let positiveInfinity = 0;
  let negativeInfinity = 0;
  for (const [cell, count] of counts) {
    const value = typeof cell === "boolean" ? Number(cell) : cell === null ? null : Number(cell);
    if (value === null) missing += count;
    else if (Number.isNaN(value)) nan += count;
    else if (value === Number.POSITIVE_INFINITY) positiveInfinity += count;
    else if (value === Number.NEGATIVE_INFINITY) negativeInfinity += count;
    else finite2.push([value + 0, count]);
  }
  finite2.sort((a, b) => a[0] - b[0]);
  const values = Float64Array.from(finite2, ([value]) => value);
  const weights = Uint32Array.from(finite2, ([, count]) => count);
  const present = counts.reduce((sum2, [, count]) => sum2 + count, 0) - missing;
  return {
    name,
    kind,
    values: new Float64Array(0),
    status: new Uint8Array(0),
    presentCount: present,
    missingCount: missing,
    badCount: 0,
    counted: {
      values,
      weights,
      nan,
      positiveInfinity,
      negativeInfinity,
      moments: momentsOf(values, weights)
    }
  };
}
function categoryColumn(name, counts) {
  const present = counts.filter(([cell]) => cell !== null);
  const presentCount = present.reduce((sum2, [, count]) => sum2 + count, 0);
  const missing = counts.reduce((sum2, [cell, count]) => sum2 + (cell === null ? count : 0), 0);
  return {
    name,
    kind: "category",
    codes: new Int32Array(0),
    dictionary: present.map(([cell]) => String(cell)),
    counts: Int32Array.from(present, ([, count]) => count),
    presentCount,
    missingCount: missing,
    badCount: 0
  };
}
async function countRows(source) {
  const { rows } = await source.connection.query(
    columnCountsSql(source.connection.dialect, source.relation, [])
  );
  return Number(rows[0]?.[0] ?? 0);
}

// src/drift/drift-in-engine.ts
async function driftInEngine(reference, current, rules, skip = /* @__PURE__ */ new Map()) {
  const referenceColumns = await describe(reference);
  const currentColumns = await describe(current);
  const inCurrent = new Map(currentColumns.columns.map((column) => [column.name, column]));
  const sides = { reference, current, referenceColumns, currentColumns };
  const byCounts = valueCountComparer(reference, current, rules, skip);
  const computed = [];
  for (const column of referenceColumns.columns) {
    const currentColumn = inCurrent.get(column.name);
    if (currentColumn === void 0) continue;
    const plan = planOf(column, currentColumn, rules, skip);
    computed.push(
      plan.kind === "decided" ? plan.feature : plan.kind === "counts" ? await byCounts.compare(column.name) : await featureInEngine(plan.kind, column, currentColumn, sides)
    );
  }
  return driftResultOf(
    {
      reference: { path: reference.label, kind: "rows", rows: referenceColumns.rows },
      current: { path: current.label, kind: "rows", rows: currentColumns.rows }
    },
    {
      reference: referenceColumns.columns.map(({ name }) => name),
      current: currentColumns.columns.map(({ name }) => name)
    },
    computed,
    rules,
    (isReadable) => [...byCounts.unreadable.values()].filter((entry) => isReadable(entry.column))
  );
}
function planOf(column, currentColumn, rules, skip) {
  const { name } = column;
  const left = leftOut(name, rules, skip);
  if (left) return { kind: "decided", feature: left };
  const role = kindRole(name, column.kind, rules, () => ({
    distinct: column.distinct,
    count: column.present
  }));
  if (role.role === "skip") {
    return { kind: "decided", feature: skippedFeature(name, "skipped", role.reason) };
  }
  const currentKind = currentColumn.kind;
  if (role.role === "numeric") {
    const numbers = currentKind === "number" || currentKind === "integer";
    return numbers && !role.time ? { kind: "numeric" } : { kind: "counts" };
  }
  const categories = currentKind === "category" || currentKind === "boolean";
  return categories ? { kind: "categorical" } : { kind: "counts" };
}
async function featureInEngine(kind, column, currentColumn, sides) {
  const { name } = column;
  const connection = sides.reference.connection;
  const referenceSide = { relation: sides.reference.relation, column: name };
  const currentSide = { relation: sides.current.relation, column: name };
  if (kind === "numeric") {
    return {
      kind: "numeric",
      ...await numericInEngine(name, connection, referenceSide, currentSide)
    };
  }
  const counted = (side, described, at) => ({
    ...side,
    present: at.present,
    missing: described.rows - at.present
  });
  return {
    kind: "categorical",
    ...await categoricalInEngine(
      name,
      connection,
      counted(referenceSide, sides.referenceColumns, column),
      counted(currentSide, sides.currentColumns, currentColumn)
    )
  };
}
function valueCountComparer(reference, current, rules, skip) {
  const unreadable = /* @__PURE__ */ new Map();
  return {
    /** Cells of current text columns the reference holds as numbers that are not numbers. */
    unreadable,
    async compare(name) {
      const only = /* @__PURE__ */ new Set([name]);
      const referenceScan = await scanQuerySource(reference, only);
      const currentScan = await scanQuerySource(current, only);
      const summary = referenceFromScan(referenceScan, rules, skip);
      return computeFeature(name, summary, currentScan, {
        rules,
        skip,
        textUnreadable: unreadable
      });
    }
  };
}
async function describe(source) {
  const columns = await queryColumns(source);
  const sql = columnCountsSql(
    source.connection.dialect,
    source.relation,
    columns.map(({ name, kind }) => ({ name, distinct: kind === "category" }))
  );
  const { columns: names, rows } = await source.connection.query(sql);
  const cells = new Map(names.map((column, i) => [column.name, Number(rows[0]?.[i] ?? 0)]));
  return {
    rows: cells.get("row_count") ?? 0,
    columns: columns.map((column, i) => ({
      ...column,
      present: cells.get(`present_${i}`) ?? 0,
      distinct: cells.get(`distinct_${i}`) ?? 0
    }))
  };
}

// src/drift/released-as-compared.ts
function releasedAsCompared(scan) {
  const byName = new Map(scan.columns.map((column) => [column.name, column]));
  return {
    source: scan.source,
    format: scan.format,
    layout: scan.layout,
    columnNames: scan.columnNames,
    rowCount: scan.rowCount,
    get columns() {
      return [...byName.values()];
    },
    column: (name) => byName.get(name),
    badCells: scan.badCells,
    badRows: scan.badRows,
    badRowCount: scan.badRowCount,
    dataRowOf: scan.dataRowOf,
    lineOf: scan.lineOf,
    release: (name) => {
      byName.delete(name);
    }
  };
}

// src/drift/scan-for-drift.ts
async function scanForDrift(scanFile, read, schema, layout = "rows") {
  if (!schema) return scanFile({ ...read, otherColumns: "auto", layout });
  const withRead = (options) => ({
    ...options,
    layout,
    ...definedOptions(read)
  });
  try {
    return await scanFile(withRead(scanOptionsFor(schema)));
  } catch (error) {
    if (!(error instanceof Error) || !/no column named/.test(error.message)) throw error;
  }
  const header = await scanFile(withRead({ columns: {}, otherColumns: "skip" }));
  const present = new Set(header.columnNames);
  return scanFile(withRead(scanOptionsFor(schema, (name) => present.has(name))));
}
function scanAsNumbers(scanFile, read, names) {
  return scanFile({
    ...definedOptions(read),
    columns: Object.fromEntries(names.map((name) => [name, "number"])),
    otherColumns: "skip",
    layout: "distribution"
  });
}
function schemaSkips(schema) {
  const skips = /* @__PURE__ */ new Map();
  if (!schema) return skips;
  for (const field of schema.fields) {
    if (schema.primaryKey.includes(field.name)) {
      skips.set(field.name, "part of the primary key in the schema: an identifier, not a feature");
    } else if (field.constraints.unique) {
      skips.set(field.name, "declared unique in the schema: an identifier, not a feature");
    }
  }
  return skips;
}
function definedOptions(read) {
  return Object.fromEntries(Object.entries(read).filter(([, value]) => value !== void 0));
}

// src/drift/run-drift.ts
function isQuery(data) {
  return "kind" in data && data.kind === "query";
}
async function runDrift(reference, current, rules, schema, options = {}) {
  const skips = schemaSkips(schema);
  if (reference.kind === "query" && isQuery(current) && reference.source.engineId === current.source.engineId) {
    const { source } = current;
    return {
      result: await namingKey(options, () => driftInEngine(reference.source, source, rules, skips)),
      badRows: []
    };
  }
  const badRows = [];
  const noteBadRows = (role, scan) => {
    if (scan.badRowCount > 0) {
      badRows.push({ role, source: scan.source, count: scan.badRowCount, rows: scan.badRows });
    }
  };
  const fromProfile = reference.kind === "profile" ? referenceFromProfile(await parsedProfile(reference), reference.path, rules, skips) : void 0;
  const layout = options.keepScans ? "rows" : "distribution";
  const scans = await scanBoth(reference, current, schema, layout);
  if (scans.reference) noteBadRows("reference", scans.reference);
  noteBadRows("current", currentOf(scans));
  const summary = fromProfile ?? referenceFromScan(requireScan(scans.reference), rules, skips);
  const referenceScan = options.keepScans ? scans.reference : void 0;
  scans.reference = void 0;
  const toLocate = textColumnsOfNumbers(summary, currentOf(scans));
  const located = toLocate.length > 0 && !isQuery(current) ? await scanAsNumbers(current.scan, current.read, toLocate) : void 0;
  const kept = options.keepScans && referenceScan ? currentOf(scans) : void 0;
  const compared2 = kept ?? takeCurrent(scans);
  const result = await namingKey(
    options,
    async () => options.elsewhere && !kept ? compareSharingWork(summary, compared2, rules, skips, located, options.elsewhere) : compareWithReference(summary, compared2, rules, skips, located)
  );
  return kept && referenceScan ? { result, badRows, scans: { reference: referenceScan, current: kept } } : { result, badRows };
}
function currentOf(scans) {
  if (scans.current === void 0)
    throw new Error("drift: current data was used after it was let go of");
  return scans.current;
}
function takeCurrent(scans) {
  const compared2 = releasedAsCompared(currentOf(scans));
  scans.current = void 0;
  return compared2;
}
async function namingKey(options, compare2) {
  try {
    return await compare2();
  } catch (error) {
    if (error instanceof DriftRuleError && options.configKey) {
      throw new DriftRuleError(`${options.configKey}.${error.message}`);
    }
    throw error;
  }
}
function textColumnsOfNumbers(reference, current) {
  const names = [];
  reference.sides.forEach((side, name) => {
    const column = current.column(name);
    if (side.role === "numeric" && !side.time && column && holdsNonNumbers(column))
      names.push(name);
  });
  return names;
}
async function scanBoth(reference, current, schema, layout) {
  const [referenceRead, currentRead] = await Promise.allSettled([
    reference.kind === "profile" ? void 0 : scanSide(reference, schema, layout),
    scanSide(current, schema, layout)
  ]);
  if (referenceRead.status === "rejected") throw referenceRead.reason;
  if (currentRead.status === "rejected") throw currentRead.reason;
  return { reference: referenceRead.value, current: currentRead.value };
}
function scanSide(side, schema, layout) {
  if (!isQuery(side)) return scanForDrift(side.scan, side.read, schema, layout);
  if (layout === "rows") {
    throw new Error(`${side.source.label}: a query source gives value counts, not rows`);
  }
  return scanQuerySource(side.source);
}
function requireScan(scan) {
  if (scan === void 0) throw new Error("drift: the reference is neither a profile nor rows");
  return scan;
}
async function parsedProfile(reference) {
  const { parseProfileJson } = await import("./profile-json-schema-Z73PERKN.js");
  return parseProfileJson(reference.text, reference.path);
}

// src/drift/gated-measure.ts
var effectNames = {
  wasserstein: "W/\u03C3",
  psi: "PSI",
  jensen_shannon: "JS",
  l_infinity: "L\u221E"
};
var thresholdKeys = {
  wasserstein: "numeric_effect_floor",
  psi: "psi_threshold",
  jensen_shannon: "jensen_shannon_threshold",
  l_infinity: "l_infinity_threshold"
};
function gatedMeasure(decision, kind, categoricalEffect) {
  const range = decision.measureRange;
  switch (decision.method) {
    case "auto":
      return {
        figure: kind === "numeric" ? "W/\u03C3" : effectNames[categoricalEffect] ?? "JS",
        value: decision.measure,
        range,
        bound: { comparator: "<", limit: decision.effectFloor ?? 0 },
        configKey: kind === "numeric" ? "numeric_effect_floor" : "categorical_effect_floor"
      };
    case "ks":
    case "chi_square":
      return {
        figure: `adjusted p (${decision.method === "ks" ? "KS" : "\u03C7\xB2"})`,
        value: decision.measure,
        range,
        bound: { comparator: ">", limit: decision.threshold },
        configKey: "significance"
      };
    default:
      return {
        figure: effectNames[decision.method] ?? decision.method,
        value: decision.measure,
        range,
        bound: { comparator: "<", limit: decision.threshold },
        configKey: thresholdKeys[decision.method] ?? "threshold"
      };
  }
}

// src/drift/sparkline.ts
var levels = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(proportions3, scale) {
  return proportions3.map((p) => {
    if (!(scale > 0) || !(p > 0)) return levels[0];
    const level = Math.round(p / scale * (levels.length - 1));
    return levels[Math.min(levels.length - 1, Math.max(0, level))];
  }).join("");
}
function comparedSparklines(referenceCounts, currentCounts) {
  const reference = proportions2(referenceCounts);
  const current = proportions2(currentCounts);
  const scale = Math.max(0, ...reference, ...current);
  return [sparkline(reference, scale), sparkline(current, scale)];
}
function proportions2(counts) {
  const total = counts.reduce((sum2, c) => sum2 + c, 0);
  return counts.map((c) => total > 0 ? c / total : 0);
}

// src/drift/shift-chart.ts
var chartedFeatures = 2;
function shiftCharts(features) {
  const charted = [];
  for (const f of features) {
    const shifted = f.status === "drifted" || f.status === "uncertain";
    if (f.kind === "numeric" && f.histogram && shifted) {
      charted.push({ name: f.name, histogram: f.histogram });
    }
  }
  return charted.slice(0, chartedFeatures).map(({ name, histogram }) => ({
    type: "mermaid",
    title: `${name}: reference (bars) and current (line), share of values per bin in %`,
    source: chart(name, histogram)
  }));
}
function chart(name, { edges, reference, current }) {
  const middles = edges.slice(1).map((edge, i) => (edges[i] + edge) / 2);
  const percents = (counts) => proportions2(counts).map((share) => Math.round(share * 1e3) / 10);
  const referencePercents = percents(reference);
  const currentPercents = percents(current);
  const top = Math.ceil(Math.max(1, ...referencePercents, ...currentPercents));
  return [
    "xychart-beta",
    `  title "${label(name)}"`,
    `  x-axis [${middles.map((x) => `"${formatNumber(x, 3)}"`).join(", ")}]`,
    `  y-axis "%" 0 --> ${top}`,
    `  bar [${referencePercents.join(", ")}]`,
    `  line [${currentPercents.join(", ")}]`
  ].join("\n");
}
function label(name) {
  return name.replace(/["\r\n\\`]/g, " ").slice(0, 60);
}

// src/drift/drift-details.ts
var categoriesPictured = 3;
var categoriesNamed = 10;
function driftDetails(result, title = "Features, worst first") {
  const tested = result.features.filter((f) => f.kind !== "skipped");
  const ranged = tested.some((f) => f.decision?.severityRange);
  const blocks = [
    {
      type: "table",
      title,
      header: [
        "Feature",
        "Statistic",
        "Value",
        ...ranged ? ["Error range"] : [],
        "Drifts at",
        "Adjusted p",
        "Status",
        "Reference",
        "Current"
      ],
      rows: tested.map((f) => featureRow(f, result, ranged)),
      note: tableNote(result, ranged),
      listsFindings: true
    }
  ];
  if (result.unreadable.length > 0) {
    blocks.push({
      type: "list",
      title: "Cells that could not be read (left out)",
      items: result.unreadable.map(
        (entry) => `${entry.verdict}: ${describeUnreadable(entry, unreadableListed)}`
      )
    });
  }
  blocks.push(...shiftCharts(tested));
  const skipped = result.features.filter((f) => f.kind === "skipped");
  const left = [
    ...skipped.map((f) => `${f.name}: ${f.status} \u2014 ${f.reason}`),
    ...result.onlyInReference.map(
      (name) => `${name}: only in the reference (${result.reference.path})`
    ),
    ...result.onlyInCurrent.map((name) => `${name}: only in current data (${result.current.path})`)
  ];
  if (left.length > 0) blocks.push({ type: "list", title: "Not compared", items: left });
  const changes = tested.filter((f) => f.kind === "categorical").flatMap((f) => categoryChanges(f));
  if (changes.length > 0) blocks.push({ type: "list", title: "Category changes", items: changes });
  const notes = tested.flatMap((f) => f.notes.map((note) => `${f.name}: ${note}`));
  if (notes.length > 0) blocks.push({ type: "list", title: "Notes", items: notes });
  return blocks;
}
function featureRow(feature, result, ranged) {
  const [reference, current] = feature.kind === "numeric" ? numericPictures(feature) : categoricalPictures(feature);
  const gated = feature.decision ? gatedMeasure(feature.decision, feature.kind, result.rules.categoricalEffect) : null;
  const drifts = gated ? `${comparatorSymbol(negateComparator(gated.bound.comparator))} ${gated.bound.limit}` : "";
  return [
    feature.name,
    gated?.figure ?? "not tested",
    finite(gated?.value ?? null),
    ...ranged ? [errorRange(feature)] : [],
    drifts,
    adjustedP(feature),
    statusWord(feature, result),
    reference,
    current
  ];
}
function finite(value) {
  if (value === null || Number.isFinite(value)) return value;
  return value > 0 ? "\u221E" : "\u2212\u221E";
}
function adjustedP(feature) {
  if (feature.kind === "numeric") return feature.ks?.adjustedPValue ?? null;
  return feature.chiSquare?.adjustedPValue ?? null;
}
function statusWord(feature, result) {
  switch (feature.status) {
    case "drifted":
      return result.summary.driftVerdict;
    case "stable":
      return "pass";
    default:
      return feature.status;
  }
}
function errorRange(feature) {
  const decision = feature.decision;
  if (!decision?.severityRange) return "";
  const span = ([low, high]) => `${formatNumber(low, 3)}\u2026${formatNumber(high, 3)}`;
  const parts = [];
  if (decision.measureRange) parts.push(span(decision.measureRange));
  const pRange = feature.kind === "numeric" ? feature.ks?.adjustedPValueRange : null;
  if (decision.method === "auto" && pRange) parts.push(`p ${span(pRange)}`);
  return parts.join("; ");
}
function numericPictures(feature) {
  const histogram = feature.histogram;
  return histogram ? comparedSparklines(histogram.reference, histogram.current) : ["", ""];
}
function categoricalPictures(feature) {
  const reference = proportions2(feature.categories.map((c) => c.reference));
  const current = proportions2(feature.categories.map((c) => c.current));
  const shown = feature.categories.map((category, i) => ({ category, i, top: Math.max(reference[i], current[i]) })).sort((a, b) => b.top - a.top || a.i - b.i).slice(0, categoriesPictured).sort((a, b) => a.i - b.i);
  const picture = (shares) => shown.map(({ category, i }) => `${category.value} ${percent2(shares[i])}`).join(" \xB7 ");
  return [picture(reference), picture(current)];
}
function percent2(share) {
  const value = share * 100;
  return `${value > 0 && value < 1 ? "<1" : Math.round(value)}%`;
}
function tableNote(result, ranged) {
  const { rules, summary } = result;
  const effect = effectName(rules.categoricalEffect);
  const sentences = [
    `A feature drifts when its Benjamini\u2013Hochberg adjusted p (over ${summary.tested} tested features) \u2264 ${rules.significance} and its effect reaches the level in "Drifts at" (W/\u03C3 for numbers, ${effect} for categories); a feature with its own method gates on the statistic its row names.`,
    `Status: pass, the dataset verdict (warn or fail) for a drifted feature, or uncertain.`,
    `Reference and current: each side's share of values in ${histogramBins} equal-width bins between both sides' 1st and 99th percentiles, on one scale; for categories, the ${categoriesPictured} largest shares.`
  ];
  if (ranged) {
    sentences.push(
      `The reference is a lossy profile, so its figures lie in the error range shown: a feature drifted only if it drifts at the range's least-drift end, passes only if it passes at the most-drift end, and is uncertain otherwise; a profile with a larger sketch size (--sketch-size) or the raw reference decides it.`
    );
  }
  return sentences.join(" ");
}
function effectName(categoricalEffect) {
  return effectNames[categoricalEffect] ?? "JS";
}
function formatStatistic(value) {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude < 1e-3 || magnitude >= 1e5) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}
function rule(decision, kind, effect) {
  if (!decision) return "";
  switch (decision.method) {
    case "auto":
      return `p \u2264 ${decision.threshold} and ${kind === "numeric" ? "W/\u03C3" : effect} \u2265 ${decision.effectFloor}`;
    case "ks":
    case "chi_square":
      return `p \u2264 ${decision.threshold}`;
    default:
      return `${effectNames[decision.method]} \u2265 ${decision.threshold}`;
  }
}
function nameCategories(values) {
  const shown = values.slice(0, categoriesNamed).map((v) => JSON.stringify(v));
  const more = values.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
function categoryChanges(feature) {
  const items = [];
  if (feature.newCategories.length > 0) {
    items.push(`${feature.name}: new in current data: ${nameCategories(feature.newCategories)}`);
  }
  if (feature.vanishedCategories.length > 0) {
    items.push(
      `${feature.name}: gone from current data: ${nameCategories(feature.vanishedCategories)}`
    );
  }
  return items;
}

// src/model/safe-code-text.ts
var safeCodeText = "[A-Za-z0-9_.:/=+-][A-Za-z0-9_.:/=+ \\[\\]-]{0,199}";
var safeCode = new RegExp(`^${safeCodeText}$`);
function isSafeCodeText(text) {
  return safeCode.test(text);
}

// src/report/escape-markdown.ts
var zeroWidthSpace = "\u200B";
var inlineMarkup = /[\\`*_[\]|~$]/g;
var wordJoiner = "\u2060";
var lineEnding = /\r\n?|\n/g;
var invisible;
function invisibleCharacters() {
  invisible ??= /(\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,6}\u{E007F}|(?<=[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])(?<![\x00-\x7F])[\u200C\u200D](?![\x00-\x7F])(?=[\p{L}\p{M}\p{Extended_Pictographic}]))|\u034F|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;
  return invisible;
}
var mention = /@(?=\\?[\p{L}\p{N}_-])/gu;
var autolinkStart = /:(?=\/\/)|(?<=www)(?=\.)/gi;
var blockStart = /^(\s*)(?:(#{1,6}|[+-])(?=\s|$)|(\d{1,9})([.)])(?=\s|$))/;
var safeCodeSpan = new RegExp(`\`${safeCodeText}\``, "g");
var htmlCodeSpan = /`([^`\r\n]{1,200})`/g;
function escapeMarkdown(text, options = {}) {
  const clipped = clip(String(text), options.maxLength);
  const newline = options.newline ?? " ";
  let escaped = "";
  let plainStart = 0;
  for (const match of clipped.matchAll(safeCodeSpan)) {
    escaped += escapePlain(clipped.slice(plainStart, match.index)) + match[0];
    plainStart = match.index + match[0].length;
  }
  escaped += escapePlain(clipped.slice(plainStart));
  return escaped.split("\n").map(
    (line) => line.replace(
      blockStart,
      (_match, space, marker, digits, delimiter) => marker === void 0 ? `${space}${digits}\\${delimiter}` : `${space}\\${marker}`
    )
  ).join(newline);
}
function escapePlain(text) {
  const escaped = escapeHtmlEntities(showInvisible(text.replace(lineEnding, "\n"))).replace(
    inlineMarkup,
    (character) => `\\${character}`
  );
  return neutraliseMentions(defuseAutolinks(escaped));
}
function escapeHtml(text, options = {}) {
  return escapeHtmlPlain(clip(String(text), options.maxLength));
}
function escapeHtmlPlain(text) {
  const escaped = escapeHtmlEntities(showInvisible(text.replace(lineEnding, "\n"))).replace(/"/g, "&quot;").replace(/\n/g, " ");
  return neutraliseMentions(defuseAutolinks(escaped));
}
function escapeSummary(text, options = {}) {
  const clipped = clip(String(text), options.maxLength);
  let escaped = "";
  let plainStart = 0;
  for (const match of clipped.matchAll(htmlCodeSpan)) {
    escaped += escapeHtmlPlain(clipped.slice(plainStart, match.index)) + codeHtml(match[1] ?? "");
    plainStart = match.index + match[0].length;
  }
  return escaped + escapeHtmlPlain(clipped.slice(plainStart));
}
function codeHtml(text) {
  return `<code>${escapeHtmlPlain(String(text))}</code>`;
}
function showInvisible(text) {
  return text.replace(
    invisibleCharacters(),
    (character, kept) => kept === void 0 ? `[U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]` : kept
  );
}
function defuseAutolinks(text) {
  return text.replace(autolinkStart, (match) => `${match}${wordJoiner}`);
}
function codeBlock(text, info = "") {
  const body = showInvisible(String(text).replace(lineEnding, "\n"));
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}
${body}${body.endsWith("\n") ? "" : "\n"}${fence}`;
}
function code(text) {
  const value = String(text);
  return isSafeCodeText(value) ? `\`${value}\`` : escapeMarkdown(value);
}
function neutraliseMentions(text) {
  return text.replace(mention, `@${zeroWidthSpace}`);
}
function escapeHtmlEntities(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function clip(text, maxLength) {
  if (maxLength === void 0 || text.length <= maxLength) return text;
  let end = Math.max(0, maxLength - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  let kept = text.slice(0, end);
  if ((kept.match(/`/g) ?? []).length % 2 === 1) kept = kept.slice(0, kept.lastIndexOf("`"));
  return `${kept.trimEnd()}\u2026`;
}

// src/report/format-value.ts
function formatCell(value) {
  if (value === null || value === void 0) return "\u2014";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return escapeMarkdown(String(value), { newline: "<br>" });
}
var volatileUnits = /* @__PURE__ */ new Set(["ms", "s", "seconds", "minutes"]);
function formatFigureValue(figure) {
  const value = typeof figure.value === "number" && figure.unit !== void 0 && volatileUnits.has(figure.unit) ? formatNumber(figure.value, 2) : formatCell(figure.value);
  return figure.unit === void 0 || figure.value === null ? value : `${value} ${escapeMarkdown(figure.unit)}`;
}

// src/report/render-table.ts
function renderTable(header, rows, align) {
  return markdownTable([header, ...rows], {
    alignDelimiters: false,
    ...align === void 0 ? {} : { align }
  });
}

// src/report/render-detail-block.ts
function renderDetailBlock(block, options = {}) {
  return [...detailBlockPieces(block, options)].join("");
}
function* detailBlockPieces(block, options = {}) {
  if (block.title !== void 0) yield `**${escapeMarkdown(block.title)}**

`;
  switch (block.type) {
    case "table": {
      yield* detailTablePieces(block.header, block.rows, options.maxItems);
      if (block.note !== void 0) yield `

_${escapeMarkdown(block.note)}_`;
      break;
    }
    case "text":
      yield escapeMarkdown(block.text, { newline: "<br>" });
      break;
    case "list": {
      const { shown, leftOut: leftOut2 } = limit(block.items, options.maxItems);
      const items = shown.map((item) => `- ${escapeMarkdown(item, { newline: "<br>" })}`);
      if (leftOut2 > 0) items.push(`- \u2026 ${leftOut2} more (in the full report)`);
      yield items.length > 0 ? items.join("\n") : "_(empty list)_";
      break;
    }
    case "code":
      yield codeBlock(block.text);
      break;
    case "mermaid":
      yield codeBlock(block.source, "mermaid");
      break;
    default:
      yield escapeMarkdown(`(unknown detail block ${JSON.stringify(block)})`, { maxLength: 200 });
  }
}
var TABLE_ROWS_PER_PIECE = 500;
function* detailTablePieces(header, rows, maxItems) {
  if (rows.length === 0) {
    yield "_(no rows)_";
    return;
  }
  const { shown, leftOut: leftOut2 } = limit(rows, maxItems);
  let width = header.length;
  for (const row of shown) width = Math.max(width, row.length);
  const heading = Array.from(
    { length: width },
    (_, column) => escapeMarkdown(header[column] ?? "", { newline: "<br>" })
  );
  for (let start = 0; start < shown.length; start += TABLE_ROWS_PER_PIECE) {
    const piece = shown.slice(start, start + TABLE_ROWS_PER_PIECE).map((row) => Array.from({ length: width }, (_, column) => formatCell(row[column])));
    const table2 = renderTable(heading, piece);
    yield start === 0 ? table2 : `
${table2.split("\n").slice(2).join("\n")}`;
  }
  if (leftOut2 > 0) yield `

_\u2026 ${leftOut2} more rows (in the full report)._`;
}
function limit(items, max) {
  if (max === void 0 || items.length <= max) return { shown: items, leftOut: 0 };
  return { shown: items.slice(0, max), leftOut: items.length - max };
}

export {
  sample_standard_deviation_default,
  quantile_sorted_default,
  median_default,
  sample_correlation_default,
  sample_rank_correlation_default,
  gammaln_default,
  stirlingError,
  chiSquareIndependence,
  driftMethods,
  defaultDriftRules,
  defaultSkewRules,
  percent,
  describeUnreadable,
  locateCell,
  scanForDrift,
  runDrift,
  gatedMeasure,
  driftDetails,
  formatStatistic,
  rule,
  nameCategories,
  isSafeCodeText,
  escapeMarkdown,
  escapeHtml,
  escapeSummary,
  codeHtml,
  code,
  clip,
  formatCell,
  formatFigureValue,
  renderTable,
  renderDetailBlock,
  detailBlockPieces
};
