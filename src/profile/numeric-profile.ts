/**
 * The profile of a column's numbers (or of its dates, as epoch milliseconds):
 * built from the exact table of its finite values, and merged from the
 * profiles of shards. Count, min, max, mean and std merge exactly (Chan et
 * al., moments.ts); quantiles and histogram are exact when built from data and
 * come from the merged quantile summary otherwise, with its rank error.
 * Cost: O(d) for d distinct values once sorted; merge O(sketchSize + 2^p).
 */
import { linearQuantileSorted } from '../statistics/linear-quantile.ts';
import {
  type Moments,
  mergeMoments,
  momentsOf,
  momentsOfExpanded,
  sampleStd,
} from '../statistics/moments.ts';
import {
  mergeSummaries,
  pruneSorted,
  pruneTable,
  quantileOf,
  type SummaryLike,
  summaryOf,
  valueTable,
  type WeightedValues,
} from '../statistics/quantile-summary.ts';
import { distinctUnionBound } from './distinct-union.ts';
import { histogramOf } from './histogram.ts';
import {
  addNumber,
  createHll,
  decodeHll,
  encodeHll,
  estimateDistinct,
  type Hll,
  hllRelativeStandardError,
  mergeHll,
} from './hyperloglog.ts';
import { quantileProbabilities } from './profile-settings.ts';
import type {
  CountEstimate,
  Histogram,
  NumericProfile,
  ProfileSettings,
  Quantile,
} from './profile-types.ts';

export interface NonFiniteCounts {
  nan: number;
  positiveInfinity: number;
  negativeInfinity: number;
}

/** The profile of finite values given as their exact table (distinct values ascending, counts). */
export function numericProfileOf(
  table: WeightedValues,
  nonFinite: NonFiniteCounts,
  settings: ProfileSettings,
): NumericProfile {
  return profileOfTable(table, nonFinite, settings, {
    moments: momentsOf(table.values, table.weights),
    sketch: summaryOf(table, settings.sketchSize),
  });
}

/** A table's profile, given its moments and its summary, which the two callers make differently. */
function profileOfTable(
  table: WeightedValues,
  nonFinite: NonFiniteCounts,
  settings: ProfileSettings,
  { moments, sketch }: { moments: Moments; sketch: NumericProfile['sketch'] },
): NumericProfile {
  const exact: SummaryLike = { n: moments.count, error: 0, ...table };
  let integer = true;
  for (let i = 0; i < table.values.length && integer; i++)
    integer = Number.isInteger(table.values[i]!);
  const last = table.values.length - 1;
  return assemble({
    moments,
    nonFinite,
    integer,
    min: last >= 0 ? table.values[0]! : null,
    max: last >= 0 ? table.values[last]! : null,
    quantile: (p) => quantileOf(exact, p),
    histogramSource: table,
    sourceError: 0,
    distinct: { value: table.values.length, exact: true, relativeStandardError: 0 },
    sketch,
    distinctSketch: sketch.error > 0 ? hllOfValues(table.values, true, settings) : null,
    settings,
  });
}

/**
 * The profile of sorted finite values: exact figures straight from the
 * sorted array; the value table is built only when it is small enough to be
 * the summary itself, else the array is pruned directly.
 */
export function numericProfileOfSorted(
  sorted: Float64Array,
  nonFinite: NonFiniteCounts,
  settings: ProfileSettings,
): NumericProfile {
  let distinct = 0;
  let integer = true;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
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
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    quantile: (p) => linearQuantileSorted(sorted, p),
    histogramSource: { values: sorted },
    sourceError: 0,
    distinct: { value: distinct, exact: true, relativeStandardError: 0 },
    sketch: pruneSorted(sorted, settings.sketchSize),
    distinctSketch: hllOfValues(sorted, false, settings),
    settings,
  });
}

/**
 * The profile numericProfileOfSorted gives the sorted values a table stands
 * for (each value written out `weights[i]` times), to the last bit, from the
 * table: what a scan that counted the values (layout `distribution`) gives,
 * with no column to sort. A table small enough to be its own summary is
 * profiled as numericProfileOfSorted profiles it; a larger one has its
 * moments add each copy on its own (momentsOfExpanded) and its summary read
 * at the ranks pruneSorted reads (pruneTable). Tested against the sorted path
 * in test/profile/column-profile.test.ts.
 */
export function numericProfileOfCounts(
  table: WeightedValues,
  nonFinite: NonFiniteCounts,
  settings: ProfileSettings,
): NumericProfile {
  if (table.values.length <= 2 * settings.sketchSize)
    return numericProfileOf(table, nonFinite, settings);
  return profileOfTable(table, nonFinite, settings, {
    moments: momentsOfExpanded(table.values, table.weights),
    sketch: pruneTable(table, settings.sketchSize),
  });
}

/** HyperLogLog of sorted values (each distinct value hashed once). */
function hllOfValues(values: ArrayLike<number>, distinct: boolean, settings: ProfileSettings): Hll {
  const hll = createHll(settings.hllPrecision);
  for (let i = 0; i < values.length; i++) {
    if (distinct || i === 0 || values[i] !== values[i - 1]) addNumber(hll, values[i]!);
  }
  return hll;
}

export function mergeNumericProfiles(
  a: NumericProfile,
  b: NumericProfile,
  settings: ProfileSettings,
): NumericProfile {
  const sketch = mergeSummaries(a.sketch, b.sketch, settings.sketchSize);
  let distinct: CountEstimate = {
    value: sketch.values.length,
    exact: true,
    relativeStandardError: 0,
  };
  let distinctSketch: Hll | null = null;
  if (sketch.error > 0) {
    const hllA = hllOf(a, settings);
    const hllB = hllOf(b, settings);
    if (hllA && hllB) {
      distinctSketch = mergeHll(hllA, hllB);
      distinct = {
        value: estimateDistinct(distinctSketch),
        exact: false,
        relativeStandardError: hllRelativeStandardError(distinctSketch.precision),
      };
    } else distinct = distinctUnionBound(a.distinct, b.distinct, a.count + b.count);
  }
  const extreme = (pick: (x: number, y: number) => number, x: number | null, y: number | null) =>
    x === null ? y : y === null ? x : pick(x, y);
  return assemble({
    moments: mergeMoments(momentsOfProfile(a), momentsOfProfile(b)),
    nonFinite: {
      nan: a.nan + b.nan,
      positiveInfinity: a.positiveInfinity + b.positiveInfinity,
      negativeInfinity: a.negativeInfinity + b.negativeInfinity,
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
    settings,
  });
}

function momentsOfProfile(profile: NumericProfile): Moments {
  return { count: profile.count, mean: profile.mean ?? 0, m2: profile.m2 };
}

/**
 * A profile's distinct-count sketch: its own, or built from its lossless
 * summary; null for a lossy summary without one (a profile computed by SQL).
 */
function hllOf(profile: NumericProfile, settings: ProfileSettings): Hll | null {
  if (profile.distinctSketch) return decodeHll(profile.distinctSketch);
  if (profile.sketch.error > 0) return null;
  const hll = createHll(settings.hllPrecision);
  for (const value of profile.sketch.values) addNumber(hll, value);
  return hll;
}

function assemble(parts: {
  moments: Moments;
  nonFinite: NonFiniteCounts;
  integer: boolean;
  min: number | null;
  max: number | null;
  /** Quantiles of the values the figures describe: exact data, or the merged summary. */
  quantile: (p: number) => number;
  histogramSource: Parameters<typeof histogramOf>[0];
  /** Rank error of `quantile` and `histogramSource` (0 when they are the data). */
  sourceError: number;
  distinct: CountEstimate;
  sketch: NumericProfile['sketch'];
  distinctSketch: Hll | null;
  settings: ProfileSettings;
}): NumericProfile {
  const { moments, min, max } = parts;
  const count = moments.count;
  let quantiles: Quantile[] = [];
  let histogram: Histogram | null = null;
  if (count > 0 && min !== null && max !== null) {
    // The extremes are known exactly even when the summary is lossy.
    quantiles = quantileProbabilities.map((p) => ({
      p,
      value: p === 0 ? min : p === 1 ? max : parts.quantile(p),
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
      rankError: count > 0 ? parts.sourceError / count : 0,
    },
    sketch: parts.sketch,
    distinctSketch: parts.distinctSketch ? encodeHll(parts.distinctSketch) : null,
  };
}
