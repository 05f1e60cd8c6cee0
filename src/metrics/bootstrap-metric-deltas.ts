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
import { forEachResamplePair } from './bootstrap-draws.ts';
import {
  type CountedPairEvaluator,
  type CountedValues,
  countedBinaryPair,
  maxCountedRows,
} from './counted-binary-metrics.ts';
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
  return intervalsOf(unique, samples, options.confidence);
}

/**
 * A slice of a paired binary bootstrap: resamples `first` to `first + count`
 * of the stream `seed` draws.
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
  const samples = job.names.map(() => new Float64Array(job.count));
  writeDeltas(job, countedPair(job), job.first, job.count, samples, 0);
  return samples;
}

function countedPair(job: Pick<BinaryDeltaJob, 'a' | 'b' | 'threshold' | 'names'>) {
  if (job.a.labels.length < 1) throw new RangeError('a bootstrap needs at least one row');
  return countedBinaryPair(job.a, job.b, job.threshold, job.names);
}

/** Resamples `first` to `first + count` into `samples[m][at + r]` for the r-th of them, two at a time. */
function writeDeltas(
  job: Pick<BinaryDeltaJob, 'a' | 'names' | 'seed'>,
  evaluate: CountedPairEvaluator,
  first: number,
  count: number,
  samples: readonly Float64Array[],
  at: number,
): void {
  let index = at;
  // Per resample, so nothing is destructured (see countedBinaryPair's twice).
  const write = (values: [CountedValues, CountedValues]) => {
    for (let m = 0; m < job.names.length; m++) {
      const name = job.names[m]!;
      const p = values[0][name] ?? null;
      const q = values[1][name] ?? null;
      samples[m]![index] = p === null || q === null ? Number.NaN : p - q;
    }
    index++;
  };
  forEachResamplePair(
    job.a.labels.length,
    count,
    job.seed,
    (counts, next) => {
      if (next === null) {
        write(evaluate(counts));
        return;
      }
      const both = evaluate.twice(counts, next);
      write(both[0]);
      write(both[1]);
    },
    first,
  );
}

/**
 * A paired binary bootstrap that threads share: each claims the next chunk of
 * `chunk` resamples (`progress[0]`, atomically) until none remain, writes the
 * deltas of resample r at index r of `samples` and counts the chunk finished
 * (`progress[1]`). A thread that is late to start or slowed by other work just
 * claims fewer chunks. The arrays are over SharedArrayBuffers; the rest is plain
 * data, so a worker thread can run it.
 */
export interface SharedDeltaJob {
  a: BinaryData;
  b: BinaryData;
  names: readonly string[];
  threshold: number;
  seed: number;
  resamples: number;
  chunk: number;
  /** [next chunk to claim, chunks finished]. */
  progress: Int32Array;
  /** Per name, a − b per resample (NaN where either is undefined). */
  samples: Float64Array[];
}

/** This thread's share of a shared bootstrap: chunks until none is left to claim. */
export function runSharedDeltaJob(job: SharedDeltaJob): void {
  const chunks = Math.ceil(job.resamples / job.chunk);
  // A thread that arrives after the last claim skips preparing (sorting) for nothing.
  if (Atomics.load(job.progress, 0) >= chunks) return;
  const evaluate = countedPair(job);
  for (let k = Atomics.add(job.progress, 0, 1); k < chunks; k = Atomics.add(job.progress, 0, 1)) {
    const first = k * job.chunk;
    writeDeltas(
      job,
      evaluate,
      first,
      Math.min(job.chunk, job.resamples - first),
      job.samples,
      first,
    );
    Atomics.add(job.progress, 1, 1);
    Atomics.notify(job.progress, 1);
  }
}

/** Resolves once every chunk of the job is finished, whichever threads ran them. */
export async function sharedDeltaJobDone(job: SharedDeltaJob): Promise<void> {
  const chunks = Math.ceil(job.resamples / job.chunk);
  for (let done = Atomics.load(job.progress, 1); done < chunks; ) {
    const wait = Atomics.waitAsync(job.progress, 1, done);
    if (wait.async) await wait.value;
    done = Atomics.load(job.progress, 1);
  }
}

/** Intervals from each name's samples, in resample order. */
function intervalsOf(
  names: readonly string[],
  samples: readonly Float64Array[],
  confidence: number,
): Intervals {
  return Object.fromEntries(
    names.map((name, m) => {
      const finite: number[] = [];
      let undefinedCount = 0;
      for (const delta of samples[m] ?? []) {
        if (Number.isFinite(delta)) finite.push(delta);
        else undefinedCount++;
      }
      return [name, percentileInterval(finite, undefinedCount, confidence)];
    }),
  );
}

/** Runs a shared bootstrap on this thread and others (src/io/bootstrap-threads.ts); `parts` is how many threads pay. */
export interface ResampleRunner {
  parts: number;
  /** Resolves once every chunk is finished. */
  run(job: SharedDeltaJob): Promise<void>;
}

/**
 * bootstrapPredictionDeltas with the resamples of two binary models shared by
 * `runner.parts` threads in chunks; the intervals are identical (the chunks
 * draw the one stream's resamples, and each resample's deltas land at its index).
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
  const shared = (length: number) => new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT);
  const job: SharedDeltaJob = {
    a: a.data,
    b: b.data,
    names: unique,
    threshold,
    seed: options.seed,
    resamples: options.resamples,
    // Eight chunks a thread: small enough to even out threads that start late or run slow; even,
    // as the resamples are evaluated two at a time.
    chunk: 2 * Math.ceil(options.resamples / (16 * parts)),
    progress: new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)),
    samples: unique.map(() => new Float64Array(shared(options.resamples))),
  };
  await runner.run(job);
  return intervalsOf(unique, job.samples, options.confidence);
}
