/**
 * The bootstrap on two threads (issue 17 item 2): the slices draw the very
 * resamples one thread draws, so the intervals are identical, not close.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { bootstrapBenchData } from '../../bench/bootstrap.ts';
import { threadResampleRunner } from '../../src/io/bootstrap-threads.ts';
import {
  binaryDeltaSamples,
  bootstrapPredictionDeltas,
  bootstrapPredictionDeltasInParallel,
  type ResampleRunner,
} from '../../src/metrics/bootstrap-metric-deltas.ts';
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

describe('a bootstrap in slices', () => {
  it('a slice starting at resample k draws what one stream draws from k on', () => {
    const job = { a, b, names, threshold: 0.5, seed: 7 };
    const whole = binaryDeltaSamples({ ...job, first: 0, count: 10 });
    const tail = binaryDeltaSamples({ ...job, first: 6, count: 4 });
    for (const m of names.keys()) assert.deepEqual(tail[m], whole[m]?.subarray(6));
  });

  it('on two threads (a worker and this one) gives the intervals of one thread, exactly', async () => {
    const one = bootstrapPredictionDeltas(binary(a), binary(b), names, options);
    const threads = threadResampleRunner(2);
    let slices = 0;
    const runner: ResampleRunner = {
      parts: threads.parts,
      run: (jobs) => {
        slices = jobs.length;
        return threads.run(jobs);
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
    assert.equal(slices, 2, 'one slice in a worker, one here');
    assert.deepEqual(two, one);
  });
});
