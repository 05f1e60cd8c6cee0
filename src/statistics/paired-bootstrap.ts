/**
 * Paired bootstrap of metric differences (Efron & Tibshirani 1993, ch. 13;
 * the percentile interval). Each resample draws n rows with replacement and
 * evaluates every statistic on the SAME draw, so a difference between two
 * models scored on the same rows keeps their correlation: a candidate and
 * production that err on the same hard rows get a narrow interval for their
 * delta, which unpaired intervals would overstate.
 *
 * Resamples are row weights (how often each row was drawn), which the metric
 * evaluators take directly, so no resampled copy of the data is built. A
 * statistic may be undefined on a resample (ROC AUC when the draw holds one
 * class); such resamples are counted and left out of that statistic's interval.
 *
 * Reproducible: the draws come from `seededRandom(seed)`. The interval ends are
 * type-7 quantiles (numpy's default) of the resampled values.
 * Cost: O(B·(n + cost of the statistics)) for B resamples.
 */
import { quantileSorted } from 'simple-statistics';
import { randomIndex, seededRandom } from './seeded-random.ts';

export interface BootstrapOptions {
  /** Number of resamples, e.g. 1000. */
  resamples: number;
  seed: number;
  /** Two-sided confidence level of the percentile interval, e.g. 0.95. */
  confidence: number;
}

export interface BootstrapInterval {
  low: number;
  high: number;
  /** Resamples on which the statistic was defined and that the interval uses. */
  resamples: number;
  /** Resamples on which it was undefined. */
  undefinedResamples: number;
}

/**
 * Percentile intervals for each named statistic. `statistics(weights)` returns
 * the statistics for one weighting of the n rows; null marks one undefined.
 * An interval is null when the statistic was undefined on every resample.
 */
export function pairedBootstrap(
  n: number,
  statistics: (weights: Float64Array) => Readonly<Record<string, number | null>>,
  options: BootstrapOptions,
): Record<string, BootstrapInterval | null> {
  if (n < 1) throw new RangeError('a bootstrap needs at least one row');
  const random = seededRandom(options.seed);
  const weights = new Float64Array(n);
  const samples = new Map<string, number[]>();
  const undefinedCounts = new Map<string, number>();
  for (let b = 0; b < options.resamples; b++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[randomIndex(random, n)]! += 1;
    for (const [name, value] of Object.entries(statistics(weights))) {
      if (!samples.has(name)) {
        samples.set(name, []);
        undefinedCounts.set(name, 0);
      }
      if (value === null || !Number.isFinite(value)) {
        undefinedCounts.set(name, undefinedCounts.get(name)! + 1);
      } else samples.get(name)!.push(value);
    }
  }
  const intervals: Record<string, BootstrapInterval | null> = {};
  for (const [name, values] of samples) {
    intervals[name] = percentileInterval(
      values,
      undefinedCounts.get(name) ?? 0,
      options.confidence,
    );
  }
  return intervals;
}

/** The percentile interval of resampled values: type-7 quantiles of the sorted values; null when none. */
export function percentileInterval(
  values: number[],
  undefinedResamples: number,
  confidence: number,
): BootstrapInterval | null {
  if (values.length === 0) return null;
  const alpha = (1 - confidence) / 2;
  const sorted = values.sort((x, y) => x - y);
  return {
    low: quantileSorted(sorted, alpha),
    high: quantileSorted(sorted, 1 - alpha),
    resamples: values.length,
    undefinedResamples,
  };
}
