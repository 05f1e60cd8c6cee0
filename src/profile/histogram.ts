/**
 * Equal-width histogram of (weighted) values, as numpy.histogram(x, bins) (and
 * with weights, numpy.histogram(v, bins, weights=w)): edges =
 * numpy.linspace(min, max, bins + 1), every bin half-open [a, b) except the
 * last, [a, b]; a constant column gets the range (v − 0.5, v + 0.5) as numpy
 * gives it. The bin of a value is computed as numpy computes it (scaled
 * offset, then corrected against the edges), so counts agree at bin edges too.
 * Cost: O(d) for d weighted values.
 */
import type { WeightedValues } from '../statistics/quantile-summary.ts';

/** Values with optional weights (each value counted once when omitted). */
type Binnable = Pick<WeightedValues, 'values'> & { weights?: ArrayLike<number> };

export interface BinnedCounts {
  edges: number[];
  counts: number[];
}

/** Bins weighted values that lie in [min, max] (the exact extremes of the data they stand for). */
export function histogramOf(table: Binnable, min: number, max: number, bins: number): BinnedCounts {
  const length = table.values.length;
  const edges = histogramEdges(min, max, bins);
  const first = edges[0]!;
  const last = edges[bins]!;
  const counts = new Array<number>(bins).fill(0);
  const width = last - first;
  for (let i = 0; i < length; i++) {
    const value = table.values[i]!;
    let bin = Math.floor(((value - first) / width) * bins);
    if (bin === bins) bin--;
    if (value < edges[bin]!) bin--;
    else if (bin !== bins - 1 && value >= edges[bin + 1]!) bin++;
    counts[bin]! += table.weights ? table.weights[i]! : 1;
  }
  return { edges, counts };
}

/** The bin edges numpy.histogram uses for data between min and max. */
export function histogramEdges(min: number, max: number, bins: number): number[] {
  return min === max ? linspace(min - 0.5, max + 0.5, bins + 1) : linspace(min, max, bins + 1);
}

/** numpy.linspace(start, stop, num) with endpoint=True: i · step + start, the last edge exactly stop. */
function linspace(start: number, stop: number, num: number): number[] {
  const step = (stop - start) / (num - 1);
  const edges = Array.from({ length: num }, (_, i) => i * step + start);
  edges[num - 1] = stop;
  return edges;
}
