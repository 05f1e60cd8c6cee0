import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { binaryEvaluator } from '../../src/metrics/binary-metrics.ts';
import { metricNumber } from '../../src/metrics/metric-value.ts';
import { readPredictions } from '../../src/metrics/read-predictions.ts';
import { pairedBootstrap } from '../../src/statistics/paired-bootstrap.ts';
import { fixtureTable } from '../metrics/fixture-table.ts';

const evaluators = () => {
  const table = fixtureTable('model/penguins-sex.csv');
  const read = (scoreColumn: string) => {
    const predictions = readPredictions(table, {
      task: 'binary',
      labelColumn: 'sex',
      scoreColumn,
      positiveLabel: 'MALE',
    });
    if (predictions.task !== 'binary') throw new Error('binary');
    return binaryEvaluator(predictions.data);
  };
  return { candidate: read('score'), production: read('score_production'), n: table.rowCount };
};

describe('pairedBootstrap', () => {
  const { candidate, production, n } = evaluators();
  const deltas = (weights: Float64Array) => {
    const a = candidate(weights);
    const b = production(weights);
    const delta = (name: 'roc_auc' | 'brier') => {
      const x = metricNumber(a[name]);
      const y = metricNumber(b[name]);
      return x === null || y === null ? null : x - y;
    };
    return { roc_auc: delta('roc_auc'), brier: delta('brier') };
  };
  it('reproduces a Python re-implementation resample for resample', () => {
    // test/fixtures/model/reference-bootstrap.py: the same mulberry32(7) draws, roc_auc_score and
    // brier_score_loss on y[idx], np.percentile(deltas, [2.5, 97.5]) over 1000 resamples
    const intervals = pairedBootstrap(n, deltas, { resamples: 1000, seed: 7, confidence: 0.95 });
    const close = (a: number | undefined, b: number) =>
      assert.ok(a !== undefined && Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);
    close(intervals.roc_auc?.low, 0.08969677274764683);
    close(intervals.roc_auc?.high, 0.22478493382978273);
    close(intervals.brier?.low, -0.14772057039201866);
    close(intervals.brier?.high, -0.0820720402669016);
    assert.equal(intervals.roc_auc?.resamples, 1000);
    assert.equal(intervals.roc_auc?.undefinedResamples, 0);
  });
  it('is identical for the same seed and differs for another', () => {
    const options = { resamples: 1000, seed: 11, confidence: 0.95 };
    assert.deepEqual(pairedBootstrap(n, deltas, options), pairedBootstrap(n, deltas, options));
    assert.notDeepEqual(
      pairedBootstrap(n, deltas, options),
      pairedBootstrap(n, deltas, { ...options, seed: 12 }),
    );
  });
  it('counts resamples where a statistic is undefined and leaves them out', () => {
    // Two rows, one per class: a resample that draws one row twice has one class only.
    const evaluate = binaryEvaluator({
      labels: Uint8Array.from([0, 1]),
      scores: Float64Array.from([0.2, 0.8]),
      predicted: null,
    });
    const result = pairedBootstrap(2, (w) => ({ auc: metricNumber(evaluate(w).roc_auc) }), {
      resamples: 200,
      seed: 1,
      confidence: 0.9,
    });
    const auc = result.auc;
    assert.ok(auc);
    assert.equal(auc.resamples + auc.undefinedResamples, 200);
    assert.ok(auc.undefinedResamples > 50 && auc.resamples > 50);
    assert.deepEqual([auc.low, auc.high], [1, 1]);
    const never = pairedBootstrap(1, () => ({ x: null }), {
      resamples: 10,
      seed: 1,
      confidence: 0.9,
    });
    assert.equal(never.x, null);
  });
});
