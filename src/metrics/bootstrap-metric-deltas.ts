/**
 * Paired bootstrap intervals of a − b for each metric of two models scored
 * on the same rows (row i of both prediction sets is the same example).
 *
 * Two binary models take a fast path with the same resamples and the same
 * values: the draws as integer counts (bootstrap-draws.ts) and each model's
 * metrics from the counts in O(n) without building metric objects
 * (counted-binary-metrics.ts). Other tasks go through the generic evaluators.
 */
import {
  type BootstrapInterval,
  type BootstrapOptions,
  pairedBootstrap,
  percentileInterval,
} from '../statistics/paired-bootstrap.ts';
import type { BinaryData } from './binary-metrics.ts';
import { forEachResample } from './bootstrap-draws.ts';
import { countedBinaryPair, maxCountedRows } from './counted-binary-metrics.ts';
import { type Evaluator, predictionsEvaluator } from './evaluate-predictions.ts';
import { metricNumber } from './metric-value.ts';
import type { Predictions } from './read-predictions.ts';

type Intervals = Record<string, BootstrapInterval | null>;

/** `threshold` is the binary decision threshold, as for `predictionsEvaluator`. */
export function bootstrapPredictionDeltas(
  a: Predictions,
  b: Predictions,
  names: readonly string[],
  options: BootstrapOptions,
  threshold = 0.5,
): Intervals {
  if (a.task === 'binary' && b.task === 'binary' && countable(a.data) && countable(b.data)) {
    return bootstrapBinaryDeltas(a.data, b.data, names, options, threshold);
  }
  const rows = a.data.labels.length;
  const [first, second] = [predictionsEvaluator(a, threshold), predictionsEvaluator(b, threshold)];
  return bootstrapMetricDeltas(first, second, rows, names, options);
}

function bootstrapMetricDeltas(
  a: Evaluator,
  b: Evaluator,
  rows: number,
  names: readonly string[],
  options: BootstrapOptions,
): Intervals {
  return pairedBootstrap(
    rows,
    (weights) => {
      const x = a(weights);
      const y = b(weights);
      return Object.fromEntries(
        names.map((name) => {
          const first = metricNumber(x[name]);
          const second = metricNumber(y[name]);
          return [name, first === null || second === null ? null : first - second];
        }),
      );
    },
    options,
  );
}

/**
 * The counted path's exactness holds below maxCountedRows, and a NaN score has
 * no place in a sort: such data keeps the generic path and its behaviour.
 */
function countable(data: BinaryData): boolean {
  const sortable = data.scores === null || !data.scores.some(Number.isNaN);
  return sortable && data.labels.length <= maxCountedRows;
}

function bootstrapBinaryDeltas(
  a: BinaryData,
  b: BinaryData,
  names: readonly string[],
  options: BootstrapOptions,
  threshold: number,
): Intervals {
  const n = a.labels.length;
  if (n < 1) throw new RangeError('a bootstrap needs at least one row');
  const unique = [...new Set(names)];
  const evaluate = countedBinaryPair(a, b, threshold, unique);
  const samples = unique.map(() => [] as number[]);
  const undefinedCounts = unique.map(() => 0);
  forEachResample(n, options.resamples, options.seed, (counts) => {
    const [x, y] = evaluate(counts);
    unique.forEach((name, m) => {
      const [p, q] = [x[name] ?? null, y[name] ?? null];
      const delta = p === null || q === null ? Number.NaN : p - q;
      if (Number.isFinite(delta)) samples[m]!.push(delta);
      else undefinedCounts[m]! += 1;
    });
  });
  return Object.fromEntries(
    unique.map((name, m) => [
      name,
      percentileInterval(samples[m]!, undefinedCounts[m]!, options.confidence),
    ]),
  );
}
