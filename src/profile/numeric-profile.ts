/**
 * The profile of a column's numbers (or of its dates, as epoch milliseconds):
 * built from the exact table of its finite values, and merged from the
 * profiles of shards. Count, min, max, mean and std merge exactly (Chan et
 * al., moments.ts); quantiles and histogram are exact when built from data and
 * come from the merged quantile summary otherwise, with its rank error.
 * Cost: O(d) for d distinct values once sorted; merge O(sketchSize + 2^p).
 */
import { hashNumber } from './hash-value.ts';
import { histogramOf } from './histogram.ts';
import {
  addHash,
  createHll,
  decodeHll,
  encodeHll,
  estimateDistinct,
  type Hll,
  hllRelativeStandardError,
  mergeHll,
} from './hyperloglog.ts';
import { type Moments, mergeMoments, momentsOf, sampleStd } from './moments.ts';
import { quantileProbabilities } from './profile-settings.ts';
import type {
  CountEstimate,
  Histogram,
  NumericProfile,
  ProfileSettings,
  Quantile,
} from './profile-types.ts';
import {
  mergeSummaries,
  quantileOf,
  type SummaryLike,
  summaryOf,
  type WeightedValues,
} from './quantile-summary.ts';

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
  const moments = momentsOf(table.values, table.weights);
  const exact: SummaryLike = {
    n: moments.count,
    error: 0,
    values: table.values,
    weights: table.weights,
  };
  const sketch = summaryOf(table, settings.sketchSize);
  let integer = true;
  for (let i = 0; i < table.values.length; i++) {
    if (!Number.isInteger(table.values[i]!)) {
      integer = false;
      break;
    }
  }
  let distinctSketch: Hll | null = null;
  if (sketch.error > 0) {
    distinctSketch = createHll(settings.hllPrecision);
    for (let i = 0; i < table.values.length; i++)
      addHash(distinctSketch, hashNumber(table.values[i]!));
  }
  return assemble({
    moments,
    nonFinite,
    integer,
    min: table.values.length > 0 ? table.values[0]! : null,
    max: table.values.length > 0 ? table.values[table.values.length - 1]! : null,
    distributionSource: exact,
    distinct: { value: table.values.length, exact: true, relativeStandardError: 0 },
    sketch,
    distinctSketch,
    settings,
  });
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
    distinctSketch = mergeHll(hllOf(a, settings), hllOf(b, settings));
    distinct = {
      value: estimateDistinct(distinctSketch),
      exact: false,
      relativeStandardError: hllRelativeStandardError(distinctSketch.precision),
    };
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
    distributionSource: sketch,
    distinct,
    sketch,
    distinctSketch,
    settings,
  });
}

function momentsOfProfile(profile: NumericProfile): Moments {
  return { count: profile.count, mean: profile.mean ?? 0, m2: profile.m2 };
}

/** A profile's distinct-count sketch: its own, or built from its lossless summary. */
function hllOf(profile: NumericProfile, settings: ProfileSettings): Hll {
  if (profile.distinctSketch) return decodeHll(profile.distinctSketch);
  if (profile.sketch.error > 0) {
    throw new Error('a lossy quantile summary needs its distinct-count sketch (distinctSketch)');
  }
  const hll = createHll(settings.hllPrecision);
  for (const value of profile.sketch.values) addHash(hll, hashNumber(value));
  return hll;
}

function assemble(parts: {
  moments: Moments;
  nonFinite: NonFiniteCounts;
  integer: boolean;
  min: number | null;
  max: number | null;
  /** What quantiles and histogram are computed from: the exact table or the merged summary. */
  distributionSource: SummaryLike;
  distinct: CountEstimate;
  sketch: NumericProfile['sketch'];
  distinctSketch: Hll | null;
  settings: ProfileSettings;
}): NumericProfile {
  const { moments, min, max, distributionSource: source } = parts;
  const count = moments.count;
  let quantiles: Quantile[] = [];
  let histogram: Histogram | null = null;
  if (count > 0 && min !== null && max !== null) {
    // The extremes are known exactly even when the summary is lossy.
    quantiles = quantileProbabilities.map((p) => ({
      p,
      value: p === 0 ? min : p === 1 ? max : quantileOf(source, p),
    }));
    const binned = histogramOf(source, min, max, parts.settings.histogramBins);
    histogram = { ...binned, countError: 2 * source.error };
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
    accuracy: { exact: source.error === 0, rankError: count > 0 ? source.error / count : 0 },
    sketch: parts.sketch,
    distinctSketch: parts.distinctSketch ? encodeHll(parts.distinctSketch) : null,
  };
}
