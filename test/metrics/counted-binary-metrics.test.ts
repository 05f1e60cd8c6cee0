import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { type BinaryData, binaryEvaluator } from '../../src/metrics/binary-metrics.ts';
import { countedBinaryPair } from '../../src/metrics/counted-binary-metrics.ts';
import { binaryMetricNames } from '../../src/metrics/metric-catalog.ts';
import { metricNumber } from '../../src/metrics/metric-value.ts';
import { readPredictions } from '../../src/metrics/read-predictions.ts';
import { fixtureTable } from './fixture-table.ts';

const penguins = (round: boolean): BinaryData => {
  const predictions = readPredictions(fixtureTable('model/penguins-sex.csv'), {
    task: 'binary',
    labelColumn: 'sex',
    scoreColumn: 'score',
    positiveLabel: 'MALE',
  });
  if (predictions.task !== 'binary' || !predictions.data.scores) throw new Error('binary scores');
  const { labels, scores } = predictions.data;
  // Rounded to one decimal, the 167 scores fall into 11 tie groups.
  const tied = round ? scores.map((s) => Math.round(s * 10) / 10) : scores;
  return { labels, scores: tied, predicted: null };
};
/** Integer weights 0, 3, 2, 1, 0, 3, …: zeros (rows left out) and repeats, as in a resample. */
const weights = Int32Array.from({ length: 167 }, (_, i) => (3 * i) % 4);

/*
 * scikit-learn 1.2.1, with the weights above (row order of the file):
 *   d = pd.read_csv('test/fixtures/model/penguins-sex.csv'); y = (d.sex == 'MALE').astype(int)
 *   w = (3 * np.arange(len(d))) % 4; s = d.score (or d.score.round(1)); p = (s >= 0.5).astype(int)
 *   roc_auc_score(y, s, sample_weight=w), average_precision_score(y, s, sample_weight=w),
 *   accuracy_score(y, p, sample_weight=w), precision_score(…), recall_score(…), f1_score(…),
 *   log_loss(y, s, sample_weight=w), brier_score_loss(y, s, sample_weight=w)
 */
const sklearn = {
  score: {
    roc_auc: 0.9724164724164724,
    average_precision: 0.9508682294117133,
    accuracy: 0.9442231075697212,
    precision: 0.9196428571428571,
    recall: 0.9537037037037037,
    f1: 0.9363636363636363,
    log_loss: 0.21943310501381222,
    brier: 0.058479722913275245,
  },
  rounded: {
    roc_auc: 0.9729020979020979,
    average_precision: 0.9490876311781927,
    accuracy: 0.9482071713147411,
    precision: 0.9203539823008849,
    recall: 0.9629629629629629,
    f1: 0.9411764705882353,
    log_loss: 0.4670898452399903,
    brier: 0.05884462151394423,
  },
};

describe('countedBinaryPair', () => {
  for (const [name, round] of [
    ['score', false],
    ['rounded', true],
  ] as const) {
    it(`equals scikit-learn with sample_weight (${name} scores)`, () => {
      // As the second of a pair too: both models' passes must give each its own values.
      const pair = countedBinaryPair(penguins(!round), penguins(round), 0.5, binaryMetricNames);
      const values = pair(weights)[1];
      for (const [metric, expected] of Object.entries(sklearn[name])) {
        const value = values[metric];
        assert.ok(
          value != null && Math.abs(value - expected) < 1e-12,
          `${metric}: ${value} ≠ ${expected}`,
        );
      }
    });

    it(`is bit for bit binaryEvaluator with the counts as weights (${name} scores)`, () => {
      const data = penguins(round);
      const [counted] = countedBinaryPair(data, data, 0.5, binaryMetricNames)(weights);
      const weighted = binaryEvaluator(data)(Float64Array.from(weights));
      for (const metric of binaryMetricNames) {
        assert.ok(Object.is(counted[metric], metricNumber(weighted[metric])), metric);
      }
    });
  }

  it('is bit for bit binaryEvaluator for a constant score, as a rule baseline gives (one tie group)', () => {
    const candidate = penguins(false);
    const constant = { ...candidate, scores: candidate.scores!.map(() => 0.5) };
    const pair = countedBinaryPair(candidate, constant, 0.5, binaryMetricNames);
    // Weights as in a resample, each row once, and only the positives drawn (no ROC AUC then).
    const positivesOnly = Int32Array.from(candidate.labels);
    for (const counts of [weights, new Int32Array(167).fill(1), positivesOnly]) {
      const [, counted] = pair(counts);
      const weighted = binaryEvaluator(constant)(Float64Array.from(counts));
      for (const metric of binaryMetricNames) {
        assert.ok(Object.is(counted[metric], metricNumber(weighted[metric])), metric);
      }
    }
    assert.equal(pair(weights)[1].roc_auc, 0.5);
    assert.equal(pair(positivesOnly)[1].roc_auc, null);
  });

  it('computes only the metrics asked for, in their order, and null for unknown names', () => {
    const data = penguins(false);
    const [values] = countedBinaryPair(data, data, 0.5, ['log_loss', 'rmse'])(weights);
    assert.deepEqual(Object.keys(values), ['log_loss', 'rmse']);
    assert.equal(values.rmse, null);
  });

  it('is null where binaryEvaluator is undefined', () => {
    const data: BinaryData = {
      labels: Uint8Array.from([1, 0, 1]),
      scores: Float64Array.from([0.9, 1.4, 0.2]),
      predicted: null,
    };
    // Only the positives drawn: ROC AUC needs both classes; scores above 1 have no log loss.
    const [values] = countedBinaryPair(
      data,
      data,
      0.5,
      binaryMetricNames,
    )(Int32Array.from([2, 0, 1]));
    assert.equal(values.roc_auc, null);
    assert.equal(values.log_loss, null);
    assert.equal(values.brier, null);
    assert.equal(values.average_precision, 1);
    const hard = { ...data, scores: null, predicted: data.labels };
    const [noScores] = countedBinaryPair(hard, data, 0.5, ['accuracy', 'roc_auc'])(
      Int32Array.from([1, 1, 1]),
    );
    assert.deepEqual(noScores, { accuracy: 1, roc_auc: null });
  });
});
