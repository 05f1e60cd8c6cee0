import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { BinaryData } from '../../src/metrics/binary-metrics.ts';
import { bootstrapPredictionDeltas } from '../../src/metrics/bootstrap-metric-deltas.ts';
import { binaryMetricNames, multiclassMetricNames } from '../../src/metrics/metric-catalog.ts';
import { type Predictions, readPredictions } from '../../src/metrics/read-predictions.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
import { referenceDeltas } from './bootstrap-reference.ts';
import { fixtureTable } from './fixture-table.ts';

const binary = (data: BinaryData): Predictions => ({
  task: 'binary',
  data,
  table: fixtureTable('model/penguins-sex.csv'),
  ids: null,
  positiveLabel: '1',
  negativeLabel: '0',
});

const penguinData = (scoreColumn: string): BinaryData => {
  const predictions = readPredictions(fixtureTable('model/penguins-sex.csv'), {
    task: 'binary',
    labelColumn: 'sex',
    scoreColumn,
    positiveLabel: 'MALE',
  });
  if (predictions.task !== 'binary') throw new Error('binary');
  return predictions.data;
};

/** Seeded synthetic pairs: one model's scores rounded to 0.01 (ties), the other's continuous. */
function synthetic(n: number, seed: number): [BinaryData, BinaryData] {
  const random = seededRandom(seed);
  const labels = Uint8Array.from({ length: n }, () => (random() < 0.3 ? 1 : 0));
  const noisy = (spread: number) =>
    Float64Array.from(labels, (y) =>
      Math.min(1, Math.max(0, 0.5 + (y - 0.5) * spread + random() - 0.5)),
    );
  const tied = noisy(0.6).map((s) => Math.round(s * 100) / 100);
  return [
    { labels, scores: tied, predicted: null },
    { labels, scores: noisy(0.3), predicted: null },
  ];
}

describe('bootstrapPredictionDeltas', () => {
  it('reproduces the weighted-evaluator bootstrap bit for bit on the penguins', () => {
    const [a, b] = [penguinData('score'), penguinData('score_production')];
    for (const seed of [1, 7, -3, 2 ** 33 + 5]) {
      const options = { resamples: 1000, seed, confidence: 0.95 };
      assert.deepStrictEqual(
        bootstrapPredictionDeltas(binary(a), binary(b), binaryMetricNames, options),
        referenceDeltas(a, b, binaryMetricNames, options),
        `seed ${seed}`,
      );
    }
  });

  it('reproduces it on tied scores, hard predictions and another threshold', () => {
    const [a, b] = synthetic(5000, 11);
    const hard = { ...b, predicted: Uint8Array.from(b.scores!, (s) => (s > 0.6 ? 1 : 0)) };
    const options = { resamples: 200, seed: 5, confidence: 0.9 };
    for (const [x, y, threshold] of [
      [a, b, 0.5],
      [b, a, 0.35],
      [a, hard, 0.5],
    ] as const) {
      assert.deepStrictEqual(
        bootstrapPredictionDeltas(binary(x), binary(y), binaryMetricNames, options, threshold),
        referenceDeltas(x, y, binaryMetricNames, options, threshold),
      );
    }
  });

  it('counts the resamples where a metric is undefined as the reference does', () => {
    // Five rows, one positive: many resamples miss it, so ROC AUC is often undefined.
    const labels = Uint8Array.from([0, 0, 1, 0, 0]);
    const a = { labels, scores: Float64Array.from([0.1, 0.4, 0.35, 0.8, 0.2]), predicted: null };
    const b = { labels, scores: Float64Array.from([0.3, 0.3, 0.9, 1.5, 0.3]), predicted: null };
    const options = { resamples: 1000, seed: 2, confidence: 0.95 };
    const names = [...binaryMetricNames, 'rmse'];
    const fast = bootstrapPredictionDeltas(binary(a), binary(b), names, options);
    assert.deepStrictEqual(fast, referenceDeltas(a, b, names, options));
    assert.ok((fast.roc_auc?.undefinedResamples ?? 0) > 0);
    assert.equal(fast.log_loss, null);
    assert.equal(fast.rmse, null);
  });

  it('keeps the generic path for other tasks', () => {
    const species = readPredictions(fixtureTable('model/penguins-species.csv'), {
      task: 'multiclass',
      labelColumn: 'species',
      predictionColumn: 'predicted',
      probabilityPrefix: 'p_',
    });
    const options = { resamples: 1000, seed: 1, confidence: 0.95 };
    const intervals = bootstrapPredictionDeltas(species, species, multiclassMetricNames, options);
    assert.deepEqual(intervals.accuracy, {
      low: 0,
      high: 0,
      resamples: 1000,
      undefinedResamples: 0,
    });
  });
});
