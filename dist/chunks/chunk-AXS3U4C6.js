import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  countAtMost,
  momentsOf,
  quantileOf,
  sampleStd,
  sortNumbersInPlace,
  valueTable
} from "./chunk-L6HLVPPX.js";
import {
  CELL_PRESENT,
  parseNumberCell
} from "./chunk-ZVHFNZAM.js";

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

// src/drift/value-table-of.ts
var maxDecimals = 6;
function valueTableOf(finite, min, max) {
  if (finite.length === 0) return { values: new Float64Array(0), weights: new Float64Array(0) };
  for (let decimals = decimalsOf(finite); decimals <= maxDecimals; decimals++) {
    const table = decimalValueTable(finite, min, max, 10 ** decimals);
    if (table !== "more decimals") return table ?? valueTable(sortNumbersInPlace(finite));
  }
  return valueTable(sortNumbersInPlace(finite));
}
function decimalsOf(finite) {
  let decimals = 0;
  let scale = 1;
  for (let i = 0; i < Math.min(finite.length, 1024); i++) {
    const value = finite[i];
    while (decimals <= maxDecimals && Math.round(value * scale) / scale !== value) {
      decimals++;
      scale *= 10;
    }
  }
  return decimals;
}
function decimalValueTable(finite, min, max, scale) {
  const n = finite.length;
  const low = Math.round(min * scale);
  const range = Math.round(max * scale) - low + 1;
  if (!(range <= Math.max(2 * n, 65536)) || !Number.isSafeInteger(low)) return null;
  const counts = new Uint32Array(range);
  const first = new Float64Array(range);
  for (let i = 0; i < n; i++) {
    const value = finite[i];
    const slot = Math.round(value * scale) - low;
    if (counts[slot]++ === 0) first[slot] = value;
    else if (first[slot] !== value) return "more decimals";
  }
  let distinct = 0;
  for (let k = 0; k < range; k++) {
    if (counts[k] === 0) continue;
    distinct++;
    if ((k + low) / scale !== first[k]) return "more decimals";
  }
  const values = new Float64Array(distinct);
  const weights = new Float64Array(distinct);
  let at = 0;
  for (let k = 0; k < range; k++) {
    const count = counts[k];
    if (count === 0) continue;
    values[at] = first[k] + 0;
    weights[at++] = count;
  }
  return { values, weights };
}

// src/drift/numeric-side.ts
function numericSideFromScan(column) {
  return numericSideFromTable(numericTableOfScan(column));
}
function numericTableOfScan(column) {
  const finite = new Float64Array(column.presentCount);
  let count = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < column.values.length; i++) {
    const value = column.values[i];
    if (column.status[i] !== CELL_PRESENT || !Number.isFinite(value)) continue;
    finite[count++] = value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const table = valueTableOf(finite.subarray(0, count), min, max);
  return {
    values: table.values,
    weights: table.weights,
    moments: momentsOf(table.values, table.weights),
    missing: column.missingCount,
    nonFinite: column.presentCount - count,
    bad: column.badCount,
    badExamples: []
  };
}
function numericSideFromTexts(column) {
  const parsed = [];
  let nonFinite = 0;
  let bad = 0;
  const badExamples = [];
  column.dictionary.forEach((text, code) => {
    const count = column.counts[code];
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
function numericSideFromTable(table) {
  const { values, weights, moments } = table;
  const n = moments.count;
  const summary = { n, error: 0, values, weights };
  return {
    sample: { values, weights },
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
    badExamples: []
  };
}

export {
  categoryDistribution,
  numericSideFromScan,
  numericTableOfScan,
  numericSideFromTexts,
  numericSideFromTable,
  numericSideFromProfile
};
