/**
 * Both sides of a numeric feature counted on the same equal-width bins, for
 * the picture in the report. The decile bins the measures use hold a tenth of
 * the reference each by construction, so their reference picture is always
 * flat; equal-width bins show the shape of both sides. The bins span the 1st
 * to 99th percentile of both sides together (so one outlier does not squeeze
 * everything into one bar); values beyond count in the end bins.
 * Cost: O(bins · log k) for k distinct values per side (and, when weighted,
 * O(bins · 64) from the cumulative weights the quantiles leave), plus four
 * quantiles.
 */
import { weightBefore } from '../statistics/cumulative-weights.ts';
import { isWeighted, type SortedSample, sampleValues } from '../statistics/sorted-sample.ts';
import type { Histogram } from './drift-result.ts';
import type { NumericSide } from './numeric-side.ts';

export const histogramBins = 10;

export function commonHistogram(
  reference: NumericSide,
  current: NumericSide,
  bins = histogramBins,
): Histogram {
  const { edges, low, width, count } = histogramEdges(
    [reference.quantile(0.01), current.quantile(0.01)],
    [reference.quantile(0.99), current.quantile(0.99)],
    bins,
  );
  return {
    edges,
    reference: countInBins(reference.sample, low, width, count),
    current: countInBins(current.sample, low, width, count),
  };
}

/**
 * The equal-width bins from the lower of the sides' 1st percentiles to the
 * higher of their 99th, wherever the sides are counted in them (here, or in
 * an SQL engine, src/sql/drift-queries.ts).
 */
export function histogramEdges(
  firstPercentiles: readonly [number, number],
  lastPercentiles: readonly [number, number],
  bins = histogramBins,
) {
  const low = Math.min(...firstPercentiles);
  const high = Math.max(...lastPercentiles);
  // A (nearly) constant feature: one bin holds it all.
  const count = high > low ? bins : 1;
  const width = (high - low) / count;
  const edges = Array.from({ length: count + 1 }, (_, i) => (i === count ? high : low + i * width));
  return { edges, low, width, count };
}

/**
 * Each bin's count. A value's bin, ⌈(value − low) / width⌉ − 1 clamped, never
 * decreases as the value grows (each rounding step is monotonic), so over
 * ascending values each bin is one run, found by binary search: a million
 * distinct values need ~200 probes and, weighted, one pass of additions,
 * instead of a division per value.
 */
function countInBins(sample: SortedSample, low: number, width: number, bins: number): number[] {
  const values = sampleValues(sample);
  // Counts, whole numbers: a difference of cumulative weights is the sum of those between, exactly.
  const weighted = isWeighted(sample) ? sample : undefined;
  // Right-closed bins, as the decile bins: a value on an edge counts in the bin below it.
  const binOf = (value: number) =>
    width > 0 ? Math.min(bins - 1, Math.max(0, Math.ceil((value - low) / width) - 1)) : 0;
  const counts = new Array<number>(bins).fill(0);
  for (let bin = 0, start = 0; bin < bins; bin++) {
    const end = bin === bins - 1 ? values.length : firstAbove(values, start, bin, binOf);
    counts[bin] = weighted
      ? weightBefore(weighted, end) - weightBefore(weighted, start)
      : end - start;
    start = end;
  }
  return counts;
}

/** The first index from `start` whose value falls in a bin after `bin`. */
function firstAbove(
  values: ArrayLike<number>,
  start: number,
  bin: number,
  binOf: (value: number) => number,
): number {
  let [lo, hi] = [start, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (binOf(values[mid]!) <= bin) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
