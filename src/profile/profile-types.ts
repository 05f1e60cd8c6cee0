/**
 * The shape of an mlgate profile (format "mlgate-profile", version 1): a JSON
 * summary of a table that can stand in for its rows. Profiles of shards merge
 * into the profile of the whole (see merge-profiles.ts), and drift can compare
 * a current file against a committed reference profile.
 *
 * Every figure says whether it is exact. Approximate figures carry their error
 * bound in the same object, so a consumer never has to guess:
 * - count, missing, min, max, mean, std: always exact (mean and variance merge
 *   with Chan, Golub & LeVeque 1979, exact up to floating-point rounding);
 * - quantiles and histogram: exact in the profile of one file (computed from
 *   all its values); in a merged profile they come from the quantile summary
 *   and carry its rank error;
 * - the quantile summary (`sketch`): lossless while a column has at most
 *   2 · `sketchSize` distinct numbers, else `sketchSize` weighted values with a
 *   deterministic (always holding) rank-error bound that merges add up
 *   (Greenwald & Khanna 2001; merge and prune as in Chen & Guestrin 2016, app. A);
 * - distinct counts: exact in one file and whenever the summary is lossless,
 *   else a HyperLogLog estimate (Flajolet et al. 2007, estimator of Ertl 2017)
 *   with its relative standard error;
 * - category counts: exact up to `categoryLimit` categories, else the most
 *   frequent ones with a bound on how far any count may be off.
 *
 * Field names are documented for users in docs/profile-json.md; other tools
 * parse them, so change them only with a new `version`.
 */
import type { QuantileSummary } from '../statistics/quantile-summary.ts';

export const profileFormat = 'mlgate-profile';
export const profileVersion = 1;

/**
 * What a column holds, inferred from its non-missing cells:
 * - `numeric`: every cell is a number (`parseNumberCell`: decimal, exponent, NaN/Infinity spellings);
 * - `boolean`: every cell is a boolean, or the text true/false in any letter case;
 * - `datetime`: every cell is an ISO 8601 date (`2014-02-28`) or date-time
 *   (`2014-02-28T13:45:00Z`, `2014-02-28 13:45`) that exists on the calendar;
 * - `categorical`: text (or a mix) with at most max(20, count / 2) and at most
 *   `categoryLimit` distinct values;
 * - `identifier`: text whose values are all distinct (e.g. ids, keys);
 * - `text`: any other text (free text, high-cardinality codes);
 * - `empty`: no non-missing cell at all.
 * A column that mixes types (e.g. numbers and the odd `unknown`) is text or
 * categorical; `types` says how many cells of each type it holds.
 */
export type ColumnKind =
  | 'numeric'
  | 'boolean'
  | 'datetime'
  | 'categorical'
  | 'identifier'
  | 'text'
  | 'empty';

/** A count that may be estimated. */
export interface CountEstimate {
  value: number;
  exact: boolean;
  /** Relative standard error of `value` (0 when exact); ±2 of them cover ~95% of cases. */
  relativeStandardError: number;
}

/** Settings that fix the profile's accuracy; merged profiles keep the coarser of each. */
export interface ProfileSettings {
  /** Weighted values a pruned quantile summary keeps; one file's rank error is ≤ 1 / (2 · sketchSize). */
  sketchSize: number;
  /** Categories listed with their counts; beyond it only the most frequent are kept. */
  categoryLimit: number;
  /** HyperLogLog precision p: 2^p registers, relative standard error 1.04 / √(2^p). */
  hllPrecision: number;
  /** Equal-width bins of each numeric histogram. */
  histogramBins: number;
}

export interface ProfileSource {
  /** The file as the user named it; for a query source its label (`postgres:schema.table`, `duckdb:query`), never connection settings. */
  path: string;
  /** `sql`: profiled by aggregate SQL in the engine (query-profile.ts). */
  format: 'csv' | 'jsonl' | 'parquet' | 'sql';
  /** Data rows profiled. */
  rows: number;
  /** Rows that could not be split into the header's columns (ragged CSV rows), left out. */
  badRows: number;
}

export interface TableProfile {
  format: typeof profileFormat;
  version: typeof profileVersion;
  /** The files this profile summarises, in merge order. */
  sources: ProfileSource[];
  rowCount: number;
  settings: ProfileSettings;
  /** In file order; a column that only some shards have counts as missing in the others. */
  columns: ColumnProfile[];
}

export interface ColumnProfile {
  name: string;
  kind: ColumnKind;
  /** Non-missing cells. */
  count: number;
  /** Missing cells (null, or a missing-value token such as the empty CSV field). */
  missing: number;
  /** How the non-missing cells parsed; the four add up to `count`. */
  types: { number: number; boolean: number; datetime: number; string: number };
  /** Distinct non-missing values (numbers, datetimes and texts are distinct from each other). */
  distinct: CountEstimate;
  /** Summary of the cells that are numbers; null when there are none. */
  numeric: NumericProfile | null;
  /** Summary of the cells that are dates/date-times, in milliseconds since 1970-01-01T00:00:00Z. */
  datetime: DatetimeProfile | null;
  /** Frequencies of the text and boolean cells (booleans as `true`/`false`); null when there are none. */
  categories: CategoryProfile | null;
}

/** A quantile: the value at probability `p`, numpy's default linear interpolation (R type 7). */
export interface Quantile {
  p: number;
  value: number;
}

export interface NumericProfile {
  /** Finite numbers; NaN and ±Infinity are counted apart and left out of every statistic below. */
  count: number;
  nan: number;
  positiveInfinity: number;
  negativeInfinity: number;
  /** True when every finite value is a whole number. */
  integer: boolean;
  /** Exact; null when count = 0 (as are mean, std, quantiles and histogram). */
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Sample standard deviation (ddof = 1); null when count < 2. */
  std: number | null;
  /** Sum of squared deviations from the mean: with count and mean, the exactly mergeable variance state. */
  m2: number;
  /** Distinct finite values. */
  distinct: CountEstimate;
  /** At the probabilities of `quantileProbabilities` (profile-settings.ts). */
  quantiles: Quantile[];
  histogram: Histogram | null;
  /** Accuracy of `quantiles` and `histogram`. */
  accuracy: Accuracy;
  /** The mergeable distribution; read it through profile-distribution.ts. */
  sketch: QuantileSummary;
  /** HyperLogLog registers, present when `sketch` is lossy (so distinct counts can merge). */
  distinctSketch: HllState | null;
}

export interface DatetimeProfile extends NumericProfile {
  /** `min` and `max` as ISO 8601 text (UTC). */
  minText: string | null;
  maxText: string | null;
  /** True when every cell was a date without a time of day. */
  dateOnly: boolean;
}

export interface Accuracy {
  exact: boolean;
  /**
   * Normalized rank error ε, always holding (not a probability): a quantile at
   * p is a value whose rank lies within n · (p ± ε), and a CDF value F(x) is
   * off by at most ε. 0 when exact.
   */
  rankError: number;
}

/**
 * Counts in equal-width bins between min and max, as numpy.histogram(x, bins):
 * every bin is half-open [a, b) except the last, which is [a, b].
 */
export interface Histogram {
  edges: number[];
  counts: number[];
  /** Each count is off by at most this many values (0 when exact). */
  countError: number;
}

/** HyperLogLog registers, one byte each, base64-encoded. */
export interface HllState {
  precision: number;
  registers: string;
}

export interface CategoryCount {
  value: string;
  count: number;
}

export interface CategoryProfile {
  /** Text and boolean cells. */
  count: number;
  /** True when `items` lists every category with its exact count. */
  exact: boolean;
  /**
   * Categories by count, most frequent first (ties by value). Exact: all of
   * them. Otherwise the most frequent ones: each listed count is at most
   * `countErrorBound` below the true count, and a category not listed occurs at
   * most `countErrorBound` times.
   */
  items: CategoryCount[];
  /** 0 when exact. */
  countErrorBound: number;
  distinct: CountEstimate;
  /** HyperLogLog registers, present when `items` is not exact (so distinct counts can merge). */
  distinctSketch: HllState | null;
}
