import {
  categoriesListed,
  inferColumnKind,
  linearQuantileSorted,
  quantileProbabilities,
  sumDistinct
} from "./chunk-Q66JVYKC.js";
import {
  mergeMoments,
  momentsOf,
  momentsOfExpanded,
  sampleStd
} from "./chunk-IDEN7Q7X.js";
import {
  parseNumberCell
} from "./chunk-FJSVKJ5S.js";
import {
  CELL_PRESENT,
  mergeSummaries,
  pruneSorted,
  pruneTable,
  quantileOf,
  sortNumbersInPlace,
  summaryOf,
  valueTable
} from "./chunk-XUDKVEYV.js";
import {
  parseIsoDate,
  parseIsoDatetime
} from "./chunk-JJK6CC36.js";

// src/profile/histogram.ts
function histogramOf(table, min, max, bins) {
  const length = table.values.length;
  const edges = histogramEdges(min, max, bins);
  const first = edges[0];
  const last = edges[bins];
  const counts = new Array(bins).fill(0);
  const width = last - first;
  for (let i = 0; i < length; i++) {
    const value = table.values[i];
    let bin = Math.floor((value - first) / width * bins);
    if (bin === bins) bin--;
    if (value < edges[bin]) bin--;
    else if (bin !== bins - 1 && value >= edges[bin + 1]) bin++;
    counts[bin] += table.weights ? table.weights[i] : 1;
  }
  return { edges, counts };
}
function histogramEdges(min, max, bins) {
  return min === max ? linspace(min - 0.5, max + 0.5, bins + 1) : linspace(min, max, bins + 1);
}
function linspace(start, stop, num) {
  const step = (stop - start) / (num - 1);
  const edges = Array.from({ length: num }, (_, i) => i * step + start);
  edges[num - 1] = stop;
  return edges;
}

// src/profile/distinct-union.ts
function distinctUnionBound(a, b, count) {
  const low = Math.max(a.value, b.value);
  const high = Math.max(low, Math.min(a.value + b.value, count));
  const value = Math.round((low + high) / 2);
  const ownError = Math.max(a.relativeStandardError, b.relativeStandardError);
  return {
    value,
    exact: low === high && a.exact && b.exact,
    relativeStandardError: value === 0 ? ownError : ownError + Math.max(value - low, high - value) / value
  };
}

// src/profile/hash-value.ts
var seedHigh = 2538058380;
var seedLow = 1013904242;
var bits = new Float64Array(1);
var words = new Uint32Array(bits.buffer);
function numberHashHigh(value) {
  return numberHalf(seedHigh, value);
}
function numberHashLow(value) {
  return numberHalf(seedLow, value);
}
function numberHalf(seed, value) {
  bits[0] = value === 0 ? 0 : value;
  return finish(mixBlock(mixBlock(seed, words[0]), words[1]), 8);
}
function hashText(text) {
  let high = seedHigh;
  let low = seedLow;
  const length = text.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    const block = text.charCodeAt(i) | text.charCodeAt(i + 1) << 16;
    high = mixBlock(high, block);
    low = mixBlock(low, block);
  }
  if (i < length) {
    const k = scramble(text.charCodeAt(i));
    high ^= k;
    low ^= k;
  }
  return [finish(high, length * 2), finish(low, length * 2)];
}
function scramble(k) {
  let x = Math.imul(k, 3432918353);
  x = x << 15 | x >>> 17;
  return Math.imul(x, 461845907);
}
function mixBlock(h, block) {
  let x = h ^ scramble(block);
  x = x << 13 | x >>> 19;
  return Math.imul(x, 5) + 3864292196 | 0;
}
function finish(h, byteLength) {
  let x = h ^ byteLength;
  x ^= x >>> 16;
  x = Math.imul(x, 2246822507);
  x ^= x >>> 13;
  x = Math.imul(x, 3266489909);
  x ^= x >>> 16;
  return x >>> 0;
}

// src/profile/hyperloglog.ts
function createHll(precision) {
  if (!Number.isInteger(precision) || precision < 4 || precision > 18) {
    throw new Error(`HyperLogLog precision must be an integer from 4 to 18, not ${precision}`);
  }
  return { precision, registers: new Uint8Array(1 << precision) };
}
function addHash(hll, [high, low]) {
  addHalves(hll, high, low);
}
function addNumber(hll, value) {
  const high = numberHashHigh(value);
  addHalves(hll, high, high << hll.precision >>> 0 === 0 ? numberHashLow(value) : 0);
}
function addHalves(hll, high, low) {
  const p = hll.precision;
  const index = high >>> 32 - p;
  const rest = high << p >>> 0;
  const rank = rest !== 0 ? Math.clz32(rest) + 1 : 32 - p + (low !== 0 ? Math.clz32(low) + 1 : 33);
  if (rank > hll.registers[index]) hll.registers[index] = rank;
}
function mergeHll(a, b) {
  if (a.precision !== b.precision) {
    throw new Error(
      `cannot merge HyperLogLog sketches of precision ${a.precision} and ${b.precision}`
    );
  }
  const registers = new Uint8Array(a.registers.length);
  for (let i = 0; i < registers.length; i++)
    registers[i] = Math.max(a.registers[i], b.registers[i]);
  return { precision: a.precision, registers };
}
function estimateDistinct(hll) {
  const m = hll.registers.length;
  const q = 64 - hll.precision;
  const histogram = new Array(q + 2).fill(0);
  for (const register of hll.registers) histogram[register]++;
  let z = m * tau(1 - histogram[q + 1] / m);
  for (let k = q; k >= 1; k--) z = 0.5 * (z + histogram[k]);
  z += m * sigma(histogram[0] / m);
  return Math.round(m * m / (2 * Math.LN2) / z);
}
function capDistinct(estimate, count) {
  return estimate.value > count ? { ...estimate, value: count } : estimate;
}
function hllRelativeStandardError(precision) {
  return 1.04 / Math.sqrt(2 ** precision);
}
function sigma(x) {
  if (x === 1) return Number.POSITIVE_INFINITY;
  let y = 1;
  let z = x;
  let previous;
  do {
    x *= x;
    previous = z;
    z += x * y;
    y += y;
  } while (z !== previous);
  return z;
}
function tau(x) {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let previous;
  do {
    x = Math.sqrt(x);
    previous = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
  } while (z !== previous);
  return z / 3;
}
function encodeHll(hll) {
  return { precision: hll.precision, registers: Buffer.from(hll.registers).toString("base64") };
}
function decodeHll(state) {
  const registers = new Uint8Array(Buffer.from(state.registers, "base64"));
  if (registers.length !== 1 << state.precision) {
    throw new Error(
      `a HyperLogLog of precision ${state.precision} has ${1 << state.precision} registers, this one ${registers.length}`
    );
  }
  return { precision: state.precision, registers };
}

// src/profile/numeric-profile.ts
function numericProfileOf(table, nonFinite, settings) {
  return profileOfTable(table, nonFinite, settings, {
    moments: momentsOf(table.values, table.weights),
    sketch: summaryOf(table, settings.sketchSize)
  });
}
function profileOfTable(table, nonFinite, settings, { moments, sketch }) {
  const exact = { n: moments.count, error: 0, ...table };
  let integer = true;
  for (let i = 0; i < table.values.length && integer; i++)
    integer = Number.isInteger(table.values[i]);
  const last = table.values.length - 1;
  return assemble({
    moments,
    nonFinite,
    integer,
    min: last >= 0 ? table.values[0] : null,
    max: last >= 0 ? table.values[last] : null,
    quantile: (p) => quantileOf(exact, p),
    histogramSource: table,
    sourceError: 0,
    distinct: { value: table.values.length, exact: true, relativeStandardError: 0 },
    sketch,
    distinctSketch: sketch.error > 0 ? hllOfValues(table.values, true, settings) : null,
    settings
  });
}
function numericProfileOfSorted(sorted, nonFinite, settings) {
  let distinct = 0;
  let integer = true;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i];
    if (i === 0 || value !== sorted[i - 1]) {
      distinct++;
      if (integer && !Number.isInteger(value)) integer = false;
    }
  }
  if (distinct <= 2 * settings.sketchSize)
    return numericProfileOf(valueTable(sorted), nonFinite, settings);
  return assemble({
    moments: momentsOf(sorted),
    nonFinite,
    integer,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    quantile: (p) => linearQuantileSorted(sorted, p),
    histogramSource: { values: sorted },
    sourceError: 0,
    distinct: { value: distinct, exact: true, relativeStandardError: 0 },
    sketch: pruneSorted(sorted, settings.sketchSize),
    distinctSketch: hllOfValues(sorted, false, settings),
    settings
  });
}
function numericProfileOfCounts(table, nonFinite, settings) {
  if (table.values.length <= 2 * settings.sketchSize)
    return numericProfileOf(table, nonFinite, settings);
  return profileOfTable(table, nonFinite, settings, {
    moments: momentsOfExpanded(table.values, table.weights),
    sketch: pruneTable(table, settings.sketchSize)
  });
}
function hllOfValues(values, distinct, settings) {
  const hll = createHll(settings.hllPrecision);
  for (let i = 0; i < values.length; i++) {
    if (distinct || i === 0 || values[i] !== values[i - 1]) addNumber(hll, values[i]);
  }
  return hll;
}
function mergeNumericProfiles(a, b, settings) {
  const sketch = mergeSummaries(a.sketch, b.sketch, settings.sketchSize);
  let distinct = {
    value: sketch.values.length,
    exact: true,
    relativeStandardError: 0
  };
  let distinctSketch = null;
  if (sketch.error > 0) {
    const hllA = hllOf(a, settings);
    const hllB = hllOf(b, settings);
    if (hllA && hllB) {
      distinctSketch = mergeHll(hllA, hllB);
      distinct = {
        value: estimateDistinct(distinctSketch),
        exact: false,
        relativeStandardError: hllRelativeStandardError(distinctSketch.precision)
      };
    } else distinct = distinctUnionBound(a.distinct, b.distinct, a.count + b.count);
  }
  const extreme = (pick, x, y) => x === null ? y : y === null ? x : pick(x, y);
  return assemble({
    moments: mergeMoments(momentsOfProfile(a), momentsOfProfile(b)),
    nonFinite: {
      nan: a.nan + b.nan,
      positiveInfinity: a.positiveInfinity + b.positiveInfinity,
      negativeInfinity: a.negativeInfinity + b.negativeInfinity
    },
    integer: a.integer && b.integer,
    min: extreme(Math.min, a.min, b.min),
    max: extreme(Math.max, a.max, b.max),
    quantile: (p) => quantileOf(sketch, p),
    histogramSource: sketch,
    sourceError: sketch.error,
    distinct,
    sketch,
    distinctSketch,
    settings
  });
}
function momentsOfProfile(profile) {
  return { count: profile.count, mean: profile.mean ?? 0, m2: profile.m2 };
}
function hllOf(profile, settings) {
  if (profile.distinctSketch) return decodeHll(profile.distinctSketch);
  if (profile.sketch.error > 0) return null;
  const hll = createHll(settings.hllPrecision);
  for (const value of profile.sketch.values) addNumber(hll, value);
  return hll;
}
function assemble(parts) {
  const { moments, min, max } = parts;
  const count = moments.count;
  let quantiles = [];
  let histogram = null;
  if (count > 0 && min !== null && max !== null) {
    quantiles = quantileProbabilities.map((p) => ({
      p,
      value: p === 0 ? min : p === 1 ? max : parts.quantile(p)
    }));
    const binned = histogramOf(parts.histogramSource, min, max, parts.settings.histogramBins);
    histogram = { ...binned, countError: 2 * parts.sourceError };
  }
  return {
    count,
    ...parts.nonFinite,
    integer: parts.integer,
    min,
    max,
    mean: count > 0 ? moments.mean : null,
    std: sampleStd(moments),
    m2: moments.m2,
    distinct: parts.distinct,
    quantiles,
    histogram,
    accuracy: {
      exact: parts.sourceError === 0,
      rankError: count > 0 ? parts.sourceError / count : 0
    },
    sketch: parts.sketch,
    distinctSketch: parts.distinctSketch ? encodeHll(parts.distinctSketch) : null
  };
}

// src/profile/category-summary.ts
function summarizeCategories(counts, settings, keep = settings.categoryLimit) {
  const items = sortItems([...counts].map(([value, count]) => ({ value, count })));
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const complete = {
    count: total,
    exact: true,
    items,
    countErrorBound: 0,
    distinct: { value: items.length, exact: true, relativeStandardError: 0 },
    distinctSketch: null
  };
  return truncateCategories(complete, Math.min(keep, settings.categoryLimit), 1, settings);
}
function mergeCategories(a, b, settings) {
  const byValue = /* @__PURE__ */ new Map();
  for (const item of [...a.items, ...b.items]) {
    byValue.set(item.value, (byValue.get(item.value) ?? 0) + item.count);
  }
  const items = sortItems([...byValue].map(([value, count2]) => ({ value, count: count2 })));
  const exact = a.exact && b.exact;
  const hllA = exact ? null : sketchOf(a, settings);
  const hllB = exact ? null : sketchOf(b, settings);
  const hll = hllA && hllB ? mergeHll(hllA, hllB) : null;
  const count = a.count + b.count;
  const merged = {
    count,
    exact,
    items,
    countErrorBound: a.countErrorBound + b.countErrorBound,
    distinct: hll ? {
      value: estimateDistinct(hll),
      exact: false,
      relativeStandardError: hllRelativeStandardError(hll.precision)
    } : exact ? { value: items.length, exact: true, relativeStandardError: 0 } : distinctUnionBound(a.distinct, b.distinct, count),
    distinctSketch: hll ? encodeHll(hll) : null
  };
  return truncateCategories(merged, settings.categoryLimit, 1, settings);
}
function truncateCategories(profile, keep, minCount, settings) {
  let kept = 0;
  while (kept < profile.items.length && kept < keep && profile.items[kept].count >= minCount)
    kept++;
  if (kept === profile.items.length) return profile;
  const hll = sketchOf(profile, settings);
  return {
    ...profile,
    exact: false,
    items: profile.items.slice(0, kept),
    countErrorBound: profile.countErrorBound + profile.items[kept].count,
    distinctSketch: hll && encodeHll(hll)
  };
}
function sketchOf(profile, settings) {
  if (profile.distinctSketch) return decodeHll(profile.distinctSketch);
  if (!profile.exact) return null;
  const hll = createHll(settings.hllPrecision);
  for (const item of profile.items) addHash(hll, hashText(item.value));
  return hll;
}
function sortItems(items) {
  return items.sort(
    (x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0)
  );
}

// src/profile/column-profile.ts
function profileScanColumn(column, settings) {
  const missing = column.missingCount;
  if (column.kind === "category") {
    const entries = column.dictionary.map((text, code) => [
      text,
      column.counts[code]
    ]);
    return profileTexts(column.name, entries, missing, settings);
  }
  if (column.kind === "boolean") {
    const [ones, zeros] = booleanCounts(column);
    const entries = [
      ["true", ones],
      ["false", zeros]
    ];
    return profileTexts(
      column.name,
      entries.filter(([, count2]) => count2 > 0),
      missing,
      settings
    );
  }
  const numbers = numericProfileOfColumn(column, settings);
  const count = column.presentCount;
  if (column.kind === "date" || column.kind === "datetime") {
    const datetime = datetimeProfile(numbers, column.kind === "date");
    return assembleColumn(
      column.name,
      { number: 0, boolean: 0, datetime: count, string: 0 },
      missing,
      {
        numeric: null,
        datetime,
        categories: null
      },
      settings
    );
  }
  return assembleColumn(
    column.name,
    { number: count, boolean: 0, datetime: 0, string: 0 },
    missing,
    {
      numeric: numbers,
      datetime: null,
      categories: null
    },
    settings
  );
}
function numericProfileOfColumn(column, settings) {
  if (column.counted) {
    const { nan, positiveInfinity, negativeInfinity } = column.counted;
    const nonFinite2 = { nan, positiveInfinity, negativeInfinity };
    return numericProfileOfCounts(column.counted, nonFinite2, settings);
  }
  const { finite, nonFinite } = finiteValues(column);
  return numericProfileOfSorted(sortNumbersInPlace(finite), nonFinite, settings);
}
function booleanCounts(column) {
  if (column.counted) {
    const { values, weights } = column.counted;
    const weightOf = (value) => {
      const at = values.indexOf(value);
      return at === -1 ? 0 : weights[at];
    };
    return [weightOf(1), weightOf(0)];
  }
  let ones = 0;
  let zeros = 0;
  for (let i = 0; i < column.values.length; i++) {
    if (column.status[i] !== CELL_PRESENT) continue;
    if (column.values[i] === 1) ones++;
    else zeros++;
  }
  return [ones, zeros];
}
function absentColumnProfile(name, rows) {
  return {
    name,
    kind: "empty",
    count: 0,
    missing: rows,
    types: { number: 0, boolean: 0, datetime: 0, string: 0 },
    distinct: { value: 0, exact: true, relativeStandardError: 0 },
    numeric: null,
    datetime: null,
    categories: null
  };
}
function mergeColumnProfiles(a, b, settings) {
  const both = (x, y, merge) => x === null ? y : y === null ? x : merge(x, y);
  const types = {
    number: a.types.number + b.types.number,
    boolean: a.types.boolean + b.types.boolean,
    datetime: a.types.datetime + b.types.datetime,
    string: a.types.string + b.types.string
  };
  return assembleColumn(
    a.name,
    types,
    a.missing + b.missing,
    {
      numeric: both(a.numeric, b.numeric, (x, y) => mergeNumericProfiles(x, y, settings)),
      datetime: both(
        a.datetime,
        b.datetime,
        (x, y) => datetimeProfile(mergeNumericProfiles(x, y, settings), x.dateOnly && y.dateOnly)
      ),
      categories: both(a.categories, b.categories, (x, y) => mergeCategories(x, y, settings))
    },
    settings
  );
}
function profileTexts(name, entries, missing, settings) {
  const types = { number: 0, boolean: 0, datetime: 0, string: 0 };
  const numbers = [];
  const nonFinite = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
  const dates = [];
  let dateOnly = true;
  const texts = /* @__PURE__ */ new Map();
  for (const [text, count] of entries) {
    const number = parseNumberCell(text);
    if (number !== void 0 && number !== null) {
      types.number += count;
      if (Number.isFinite(number)) numbers.push([number, count]);
      else if (Number.isNaN(number)) nonFinite.nan += count;
      else if (number > 0) nonFinite.positiveInfinity += count;
      else nonFinite.negativeInfinity += count;
      continue;
    }
    const day = parseIsoDate(text);
    const instant = day ?? parseIsoDatetime(text);
    if (instant !== void 0) {
      types.datetime += count;
      dates.push([instant, count]);
      if (day === void 0) dateOnly = false;
      continue;
    }
    const lower = text.trim().toLowerCase();
    const boolean = lower === "true" || lower === "false";
    const key = boolean ? lower : text;
    if (boolean) types.boolean += count;
    else types.string += count;
    texts.set(key, (texts.get(key) ?? 0) + count);
  }
  return assembleColumn(
    name,
    types,
    missing,
    {
      numeric: numbers.length > 0 || types.number > 0 ? numericProfileOf(weightedTable(numbers), nonFinite, settings) : null,
      datetime: dates.length > 0 ? datetimeProfile(numericProfileOf(weightedTable(dates), noNonFinite, settings), dateOnly) : null,
      categories: texts.size > 0 ? summarizeCategories(texts, settings) : null
    },
    settings
  );
}
var noNonFinite = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
function weightedTable(pairs) {
  pairs.sort((x, y) => x[0] - y[0]);
  const values = [];
  const weights = [];
  for (const [value, count] of pairs) {
    if (values.length > 0 && values[values.length - 1] === value)
      weights[weights.length - 1] += count;
    else {
      values.push(value === 0 ? 0 : value);
      weights.push(count);
    }
  }
  return { values, weights };
}
function finiteValues(column) {
  const finite = new Float64Array(column.presentCount);
  const nonFinite = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
  let length = 0;
  const { values, status } = column;
  for (let i = 0; i < values.length; i++) {
    if (status[i] !== CELL_PRESENT) continue;
    const value = values[i];
    if (value - value === 0) finite[length++] = value;
    else if (Number.isNaN(value)) nonFinite.nan++;
    else if (value > 0) nonFinite.positiveInfinity++;
    else nonFinite.negativeInfinity++;
  }
  return { finite: finite.subarray(0, length), nonFinite };
}
function datetimeProfile(profile, dateOnly) {
  const text = (ms) => {
    if (ms === null) return null;
    const iso = new Date(ms).toISOString();
    return dateOnly ? iso.slice(0, iso.indexOf("T")) : iso;
  };
  return { ...profile, minText: text(profile.min), maxText: text(profile.max), dateOnly };
}
function assembleColumn(name, types, missing, parts, settings) {
  const count = types.number + types.boolean + types.datetime + types.string;
  const distinct = sumDistinct([
    parts.numeric ? numericDistinct(parts.numeric) : void 0,
    parts.datetime?.distinct,
    parts.categories?.distinct
  ]);
  const kind = inferColumnKind({ count, types }, distinct, settings);
  const { keep, minCount } = categoriesListed(kind, settings);
  const categories = parts.categories && truncateCategories(parts.categories, keep, minCount, settings);
  return { name, kind, count, missing, types, distinct, ...parts, categories };
}
function numericDistinct(profile) {
  const extra = Number(profile.nan > 0) + Number(profile.positiveInfinity > 0) + Number(profile.negativeInfinity > 0);
  return { ...profile.distinct, value: profile.distinct.value + extra };
}

export {
  capDistinct,
  histogramEdges,
  numericProfileOf,
  profileScanColumn,
  absentColumnProfile,
  mergeColumnProfiles,
  profileTexts,
  datetimeProfile,
  assembleColumn
};
