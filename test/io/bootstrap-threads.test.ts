/**
 * The bootstrap on two threads (issue 17 item 2): the threads claim chunks of
 * the one stream's resamples and write each at its index, so the intervals are
 * identical to one thread's, not close, whichever thread ran which chunk.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { bootstrapBenchData } from '../../bench/bootstrap.ts';
import { inPooledWorkers, threadResampleRunner } from '../../src/io/bootstrap-threads.ts';
import { forEachResample, forEachResamplePair } from '../../src/metrics/bootstrap-draws.ts';
import {
  binaryDeltaSamples,
  bootstrapPredictionDeltas,
  bootstrapPredictionDeltasInParallel,
  type ResampleRunner,
  runSharedDeltaJob,
  type SharedDeltaJob,
} from '../../src/metrics/bootstrap-metric-deltas.ts';
import { countedBinaryPair } from '../../src/metrics/counted-binary-metrics.ts';
import type { Predictions } from '../../src/metrics/read-predictions.ts';

// 20,000 rows × 600 resamples: over the ten million draws from which a second thread pays.
const [a, b] = bootstrapBenchData(20_000);
const binary = (data: typeof a): Predictions => ({
  task: 'binary',
  data,
  table: { source: 'x.csv' } as Predictions['table'],
  ids: null,
  positiveLabel: '1',
  negativeLabel: '0',
});
const names = ['roc_auc', 'accuracy', 'log_loss'];
const options = { resamples: 600, seed: 7, confidence: 0.95 };

function binaryCounts(resamples: number): Int32Array[] {
  const all: Int32Array[] = [];
  forEachResample(a.labels.length, resamples, 7, (counts) => all.push(counts.slice()));
  return all;
}

function sharedJob(resamples: number, chunk: number): SharedDeltaJob {
  const shared = () => new Float64Array(new SharedArrayBuffer(8 * resamples));
  return {
    ...{ a, b, names, threshold: 0.5, seed: 7, resamples, chunk },
    progress: new Int32Array(new SharedArrayBuffer(8)),
    samples: names.map(shared),
  };
}

describe('a bootstrap in chunks', () => {
  it('a slice starting at resample k draws what one stream draws from k on', () => {
    const job = { a, b, names, threshold: 0.5, seed: 7 };
    const whole = binaryDeltaSamples({ ...job, first: 0, count: 10 });
    const tail = binaryDeltaSamples({ ...job, first: 6, count: 4 });
    for (const m of names.keys()) assert.deepEqual(tail[m], whole[m]?.subarray(6));
  });

  it('draws resamples in pairs as one at a time, an odd last one alone', () => {
    const [n, seed, first] = [1000, 3, 5];
    const single: Int32Array[] = [];
    forEachResample(n, 5, seed, (counts) => single.push(counts.slice()), first);
    const paired: (Int32Array | null)[] = [];
    forEachResamplePair(
      n,
      5,
      seed,
      (counts, next) => paired.push(counts.slice(), next?.slice() ?? null),
      first,
    );
    assert.deepEqual(paired, [...single, null]);
  });

  it('evaluates two resamples at once as one after the other', () => {
    const evaluate = countedBinaryPair(a, b, 0.5, names);
    const [counts, next] = binaryCounts(2);
    assert.deepEqual(evaluate.twice(counts!, next!), [evaluate(counts!), evaluate(next!)]);
  });

  it('a thread runs the chunks left to claim, each at its resamples’ places', () => {
    const job = sharedJob(10, 3);
    job.progress[0] = 2; // Chunks 0 and 1 (resamples 0–5) are another thread's.
    runSharedDeltaJob(job);
    assert.deepEqual([...job.progress], [5, 2], 'chunks 2 and 3 claimed and finished here');
    const whole = binaryDeltaSamples({ ...job, first: 0, count: 10 });
    for (const m of names.keys()) {
      assert.deepEqual(job.samples[m]?.subarray(0, 6), new Float64Array(6));
      assert.deepEqual(job.samples[m]?.subarray(6), whole[m]?.subarray(6));
    }
  });

  it('a worker of the pool runs a job into the shared memory', async () => {
    const job = sharedJob(20, 6);
    await inPooledWorkers(job, 1);
    assert.equal(job.progress[1], 4, 'every chunk finished in the worker');
    const whole = binaryDeltaSamples({ ...job, first: 0, count: 20 });
    for (const m of names.keys()) assert.deepEqual(job.samples[m], whole[m]);
  });

  it('reports a worker that failed, and the next job gets a new one', async () => {
    const empty = { labels: new Uint8Array(0), scores: null, predicted: new Uint8Array(0) };
    const failing = { ...sharedJob(4, 2), a: empty, b: empty };
    await assert.rejects(inPooledWorkers(failing, 1), /a bootstrap needs at least one row/);
    const job = sharedJob(4, 2);
    await inPooledWorkers(job, 1);
    assert.equal(job.progress[1], 2);
  });

  it('on two threads (a worker and this one) gives the intervals of one thread, exactly', async () => {
    const one = bootstrapPredictionDeltas(binary(a), binary(b), names, options);
    const threads = threadResampleRunner(2);
    let chunks = 0;
    const runner: ResampleRunner = {
      parts: threads.parts,
      run: (job) => {
        chunks = Math.ceil(job.resamples / job.chunk);
        return threads.run(job);
      },
    };
    const two = await bootstrapPredictionDeltasInParallel(
      binary(a),
      binary(b),
      names,
      options,
      0.5,
      runner,
    );
    assert.equal(chunks, 16, 'eight chunks for each of the two threads');
    assert.deepEqual(two, one);
  });

  it('reuses its workers: bootstraps at once or one after the other each get their own resamples', async () => {
    const runner = threadResampleRunner(2);
    const run = (seed: number) =>
      bootstrapPredictionDeltasInParallel(
        binary(a),
        binary(b),
        names,
        { ...options, seed },
        0.5,
        runner,
      );
    const expected = [7, 8].map((seed) =>
      bootstrapPredictionDeltas(binary(a), binary(b), names, { ...options, seed }),
    );
    assert.deepEqual(await Promise.all([run(7), run(8)]), expected);
    assert.deepEqual(await run(8), expected[1]);
  });

  it('lets the process end once the bootstrap is done: the idle pool holds nothing open', () => {
    const module = fileURLToPath(new URL('../../src/io/bootstrap-threads.ts', import.meta.url));
    const script = `
      const { inPooledWorkers } = await import(${JSON.stringify(module)});
      const data = { labels: new Uint8Array([0, 1]), scores: null, predicted: new Uint8Array([0, 1]) };
      const progress = new Int32Array(new SharedArrayBuffer(8));
      const samples = [new Float64Array(new SharedArrayBuffer(16))];
      const job = { a: data, b: data, names: ['accuracy'], threshold: 0.5, seed: 1, resamples: 2, chunk: 1, progress, samples };
      await inPooledWorkers(job, 1);
      console.log([...progress, ...samples[0]].join(' '));`;
    // A file, not --eval: the worker would inherit --input-type, which only --eval allows.
    const file = join(mkdtempSync(join(tmpdir(), 'mlgate-pool-')), 'bootstrap.mjs');
    writeFileSync(file, script);
    const child = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(child.stderr, '');
    assert.equal(child.status, 0, 'it exits by itself, without a timeout');
    assert.equal(child.stdout, '3 2 0 0\n');
  });
});
