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

export {
  inferColumnKind,
  categoriesListed,
  sumDistinct,
  defaultProfileSettings,
  quantileProbabilities,
  linearQuantileSorted
};
