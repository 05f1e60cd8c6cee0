import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/profile/profile-types.ts
var profileFormat = "mlgate-profile";
var profileVersion = 1;

// src/profile/infer-column-kind.ts
var minCategoricalLimit = 20;
var textCategoriesListed = 20;
function inferColumnKind(column, distinct, settings) {
  const { count, types } = column;
  if (count === 0) return "empty";
  if (types.number === count) return "numeric";
  if (types.datetime === count) return "datetime";
  if (types.boolean === count) return "boolean";
  const categoricalLimit = Math.min(
    settings.categoryLimit,
    Math.max(minCategoricalLimit, count / 2)
  );
  if (distinct.value <= categoricalLimit) return "categorical";
  const allDistinct = distinct.exact ? distinct.value === count : distinct.value >= count * (1 - 3 * distinct.relativeStandardError);
  return allDistinct ? "identifier" : "text";
}
function categoriesListed(kind, settings) {
  if (kind === "identifier") return { keep: 0, minCount: 1 };
  if (kind === "text") return { keep: textCategoriesListed, minCount: 2 };
  return { keep: settings.categoryLimit, minCount: 1 };
}
function sumDistinct(parts) {
  const present = parts.filter((part) => part !== void 0);
  return {
    value: present.reduce((sum, part) => sum + part.value, 0),
    exact: present.every((part) => part.exact),
    // Conservative: the sum is off by at most the largest relative error of its parts.
    relativeStandardError: Math.max(0, ...present.map((part) => part.relativeStandardError))
  };
}

// src/profile/profile-settings.ts
var defaultProfileSettings = {
  sketchSize: 1024,
  categoryLimit: 1e3,
  hllPrecision: 12,
  histogramBins: 20
};
var quantileProbabilities = [
  0,
  0.01,
  0.05,
  0.1,
  0.2,
  0.25,
  0.3,
  0.4,
  0.5,
  0.6,
  0.7,
  0.75,
  0.8,
  0.9,
  0.95,
  0.99,
  1
];

// src/profile/quantile-summary.ts
function valueTable(sorted) {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const values = new Float64Array(distinct);
  const weights = new Float64Array(distinct);
  let at = -1;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i];
    if (i === 0 || value !== sorted[i - 1]) {
      at++;
      values[at] = value === 0 ? 0 : value;
    }
    weights[at]++;
  }
  return { values, weights };
}
function summaryOf(table, size, error = 0) {
  const n = sumOf(table.weights);
  if (table.values.length <= 2 * size) {
    return { n, error, values: Array.from(table.values), weights: Array.from(table.weights) };
  }
  return prune(table, n, size, error);
}
function mergeSummaries(a, b, size) {
  const values = [];
  const weights = [];
  let i = 0;
  let j = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i] : Number.POSITIVE_INFINITY;
    const vb = j < b.values.length ? b.values[j] : Number.POSITIVE_INFINITY;
    if (j >= b.values.length || i < a.values.length && va < vb) {
      values.push(va);
      weights.push(a.weights[i++]);
    } else if (i >= a.values.length || vb < va) {
      values.push(vb);
      weights.push(b.weights[j++]);
    } else {
      values.push(va);
      weights.push(a.weights[i++] + b.weights[j++]);
    }
  }
  return summaryOf({ values, weights }, size, a.error + b.error);
}
function prune(table, n, size, error) {
  const values = [];
  const weights = [];
  let added = 0;
  let start = 0;
  let cumulative = 0;
  let block = 1;
  for (let i = 0; i < table.values.length; i++) {
    cumulative += table.weights[i];
    const last = i === table.values.length - 1;
    if (!last && cumulative < block * n / size) continue;
    let runWeight = 0;
    for (let k = start; k <= i; k++) runWeight += table.weights[k];
    let before = 0;
    let median = start;
    while (before + table.weights[median] < runWeight / 2) before += table.weights[median++];
    const after = runWeight - before - table.weights[median];
    added = Math.max(added, before, after);
    values.push(table.values[median]);
    weights.push(runWeight);
    while (block * n <= cumulative * size) block++;
    start = i + 1;
  }
  return { n, error: error + added, values, weights };
}
function pruneSorted(sorted, size) {
  const n = sorted.length;
  const values = [];
  const weights = [];
  let error = 0;
  for (let run = 0; run < size; run++) {
    const start = Math.floor(run * n / size);
    const end = Math.floor((run + 1) * n / size);
    if (end <= start) continue;
    const weight = end - start;
    const offset = weight - 1 >> 1;
    error = Math.max(error, offset, weight - offset - 1);
    const value = sorted[start + offset] === 0 ? 0 : sorted[start + offset];
    if (values.length > 0 && values[values.length - 1] === value)
      weights[weights.length - 1] += weight;
    else {
      values.push(value);
      weights.push(weight);
    }
  }
  return { n, error, values, weights };
}
function countAtMost(summary, x) {
  const cumulative = cumulativeWeights(summary);
  const index = upperBound(summary.values, x);
  return index === 0 ? 0 : cumulative[index - 1];
}
function quantileOf(summary, p) {
  if (summary.n === 0) throw new Error("quantile of an empty summary");
  const cumulative = cumulativeWeights(summary);
  const position = (summary.n - 1) * p;
  const below = Math.floor(position);
  const gamma = position - below;
  const a = valueAtRank(summary, cumulative, below);
  const b = gamma > 0 ? valueAtRank(summary, cumulative, below + 1) : a;
  return lerp(a, b, gamma);
}
function lerp(a, b, t) {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function valueAtRank(summary, cumulative, rank) {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (cumulative[mid] > rank) hi = mid;
    else lo = mid + 1;
  }
  return summary.values[lo];
}
var cumulativeCache = /* @__PURE__ */ new WeakMap();
function cumulativeWeights(summary) {
  let cumulative = cumulativeCache.get(summary);
  if (!cumulative) {
    cumulative = new Float64Array(summary.weights.length);
    let total = 0;
    for (let i = 0; i < summary.weights.length; i++) {
      total += summary.weights[i];
      cumulative[i] = total;
    }
    cumulativeCache.set(summary, cumulative);
  }
  return cumulative;
}
function upperBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function sumOf(weights) {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  return total;
}

// src/statistics/linear-quantile.ts
function linearQuantileSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) throw new RangeError("a quantile needs at least one value");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a quantile level lies in [0, 1], got ${p}`);
  const position = (n - 1) * p;
  if (position >= n - 1) return sorted[n - 1];
  const below = Math.floor(position);
  const t = position - below;
  const a = sorted[below];
  if (t === 0) return a;
  const b = sorted[below + 1];
  const difference = b - a;
  return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
}

// src/profile/moments.ts
function momentsOf(values, weights) {
  const length = values.length;
  let count = 0;
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < length; i++) {
    const w = weights ? weights[i] : 1;
    count += w;
    const x = w * values[i];
    const t = sum + x;
    carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  if (count === 0) return { count: 0, mean: 0, m2: 0 };
  const mean = (sum + carry) / count;
  let m2 = 0;
  carry = 0;
  for (let i = 0; i < length; i++) {
    const d = values[i] - mean;
    const x = (weights ? weights[i] : 1) * d * d;
    const t = m2 + x;
    carry += m2 >= x ? m2 - t + x : x - t + m2;
    m2 = t;
  }
  return { count, mean, m2: m2 + carry };
}
function mergeMoments(a, b) {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + delta * b.count / count,
    m2: a.m2 + b.m2 + delta * delta * a.count * b.count / count
  };
}
function sampleStd(moments) {
  return moments.count < 2 ? null : Math.sqrt(moments.m2 / (moments.count - 1));
}

export {
  profileFormat,
  profileVersion,
  inferColumnKind,
  categoriesListed,
  sumDistinct,
  defaultProfileSettings,
  quantileProbabilities,
  valueTable,
  summaryOf,
  mergeSummaries,
  pruneSorted,
  countAtMost,
  quantileOf,
  linearQuantileSorted,
  momentsOf,
  mergeMoments,
  sampleStd
};
