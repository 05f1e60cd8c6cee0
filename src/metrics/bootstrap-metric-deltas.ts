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
  const unique = [...new Set(names)];
  const job = { a, b, names: unique, threshold, seed: options.seed };
  const samples = binaryDeltaSamples({ ...job, first: 0, count: options.resamples });
  return intervalsOf(unique, [samples], options.confidence);
}

/**
 * A slice of a paired binary bootstrap: resamples `first` to `first + count`
 * of the stream `seed` draws. Plain data, so a worker thread can run it.
 */
export interface BinaryDeltaJob {
  a: BinaryData;
  b: BinaryData;
  names: readonly string[];
  threshold: number;
  seed: number;
  first: number;
  count: number;
}

/** Each name's a − b per resample of the slice, in resample order; NaN where either is undefined. */
export function binaryDeltaSamples(job: BinaryDeltaJob): Float64Array[] {
  const n = job.a.labels.length;
  if (n < 1) throw new RangeError('a bootstrap needs at least one row');
  const evaluate = countedBinaryPair(job.a, job.b, job.threshold, job.names);
  const samples = job.names.map(() => new Float64Array(job.count));
  let resample = 0;
  forEachResample(
    n,
    job.count,
    job.seed,
    (counts) => {
      const [x, y] = evaluate(counts);
      job.names.forEach((name, m) => {
        const [p, q] = [x[name] ?? null, y[name] ?? null];
        samples[m]![resample] = p === null || q === null ? Number.NaN : p - q;
      });
      resample++;
    },
    job.first,
  );
  return samples;
}

/** Intervals from the slices' samples taken in order, as one thread would have drawn them. */
function intervalsOf(
  names: readonly string[],
  slices: readonly Float64Array[][],
  confidence: number,
): Intervals {
  return Object.fromEntries(
    names.map((name, m) => {
      const finite: number[] = [];
      let undefinedCount = 0;
      for (const slice of slices) {
        for (const delta of slice[m] ?? []) {
          if (Number.isFinite(delta)) finite.push(delta);
          else undefinedCount++;
        }
      }
      return [name, percentileInterval(finite, undefinedCount, confidence)];
    }),
  );
}

/** Runs slices of a bootstrap on other threads (src/io/bootstrap-threads.ts); `parts` is how many pay. */
export interface ResampleRunner {
  parts: number;
  run(jobs: readonly BinaryDeltaJob[]): Promise<Float64Array[][]>;
}

/**
 * bootstrapPredictionDeltas with the resamples of two binary models cut into
 * `runner.parts` slices run at once; the intervals are identical (the slices
 * draw the one stream's resamples and are read back in order).
 */
export async function bootstrapPredictionDeltasInParallel(
  a: Predictions,
  b: Predictions,
  names: readonly string[],
  options: BootstrapOptions,
  threshold: number,
  runner: ResampleRunner | undefined,
): Promise<Intervals> {
  const draws = a.data.labels.length * options.resamples;
  // A thread costs tens of milliseconds to start: below ten million draws one thread is done first.
  const parts = draws < 10_000_000 ? 1 : Math.min(runner?.parts ?? 1, options.resamples);
  const binary = a.task === 'binary' && b.task === 'binary';
  if (!runner || parts < 2 || !binary || !countable(a.data) || !countable(b.data)) {
    return bootstrapPredictionDeltas(a, b, names, options, threshold);
  }
  const unique = [...new Set(names)];
  const size = Math.ceil(options.resamples / parts);
  const jobs = Array.from({ length: parts }, (_, part) => ({
    a: a.data,
    b: b.data,
    names: unique,
    threshold,
    seed: options.seed,
    first: part * size,
    count: Math.max(0, Math.min(size, options.resamples - part * size)),
  }));
  return intervalsOf(unique, await runner.run(jobs), options.confidence);
}
