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

export {
  sample_standard_deviation_default,
  quantile_sorted_default,
  median_default,
  sample_correlation_default,
  sample_rank_correlation_default,
  gammaln_default
};
