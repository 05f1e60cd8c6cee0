/**
 * Both sides of a numeric feature counted on the same equal-width bins, for
 * the picture in the report. The decile bins the measures use hold a tenth of
 * the reference each by construction, so their reference picture is always
 * flat; equal-width bins show the shape of both sides. The bins span the 1st
 * to 99th percentile of both sides together (so one outlier does not squeeze
 * everything into one bar); values beyond count in the end bins.
 * Cost: O(k) for k distinct values per side, plus four quantiles.
 */
import { type SortedSample, sampleValues, sampleWeights } from '../statistics/sorted-sample.ts';
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

function countInBins(sample: SortedSample, low: number, width: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const values = sampleValues(sample);
  const weights = sampleWeights(sample);
  for (let i = 0; i < values.length; i++) {
    // Right-closed bins, as the decile bins: a value on an edge counts in the bin below it.
    const bin = width > 0 ? Math.ceil((values[i]! - low) / width) - 1 : 0;
    counts[Math.min(bins - 1, Math.max(0, bin))]! += weights ? weights[i]! : 1;
  }
  return counts;
}
