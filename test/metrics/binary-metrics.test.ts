import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  type BinaryData,
  binaryEvaluator,
  binaryMetrics,
} from '../../src/metrics/binary-metrics.ts';
import type { MetricValue } from '../../src/metrics/metric-value.ts';
import { readPredictions } from '../../src/metrics/read-predictions.ts';
import { fixtureTable } from './fixture-table.ts';

const close = (actual: MetricValue, expected: number, what: string) => {
  assert.ok(actual.defined, `${what}: ${JSON.stringify(actual)}`);
  assert.ok(Math.abs(actual.value - expected) < 1e-12, `${what}: ${actual.value} ≠ ${expected}`);
};

const data = (labels: number[], scores: number[]): BinaryData => ({
  labels: Uint8Array.from(labels),
  scores: Float64Array.from(scores),
  predicted: null,
});

/** Expected values from scikit-learn 1.2.1, named by metric; threshold predictions are `s >= t`. */
type Expected = Record<
  | 'accuracy'
  | 'precision'
  | 'recall'
  | 'f1'
  | 'roc_auc'
  | 'average_precision'
  | 'log_loss'
  | 'brier',
  number
>;
const assertAll = (metrics: ReturnType<typeof binaryMetrics>, expected: Partial<Expected>) => {
  for (const [name, value] of Object.entries(expected)) {
    close(metrics[name as keyof Expected], value, name);
  }
};

describe('binary metrics on penguins (logistic regression, see test/fixtures/model/README.md)', () => {
  const predictions = readPredictions(fixtureTable('model/penguins-sex.csv'), {
    task: 'binary',
    labelColumn: 'sex',
    scoreColumn: 'score',
    positiveLabel: 'MALE',
  });
  it('matches scikit-learn for the candidate', () => {
    assert.equal(predictions.task, 'binary');
    if (predictions.task !== 'binary') return;
    // y = (sex == 'MALE'), s = score, p = (s >= 0.5); sklearn.metrics.accuracy_score(y, p),
    // precision_score(y, p), recall_score(y, p), f1_score(y, p), roc_auc_score(y, s),
    // average_precision_score(y, s), log_loss(y, s), brier_score_loss(y, s)
    // (test/fixtures/model/reference-metrics.py)
    assertAll(binaryMetrics(predictions.data), {
      accuracy: 0.8862275449101796,
      precision: 0.8767123287671232,
      recall: 0.8648648648648649,
      f1: 0.870748299319728,
      roc_auc: 0.9472537053182215,
      average_precision: 0.9298014482113022,
      log_loss: 0.2945598003057429,
      brier: 0.08816477323709102,
    });
  });
  it('matches scikit-learn for the production model', () => {
    const production = readPredictions(fixtureTable('model/penguins-sex.csv'), {
      task: 'binary',
      labelColumn: 'sex',
      scoreColumn: 'score_production',
      positiveLabel: 'MALE',
    });
    if (production.task !== 'binary') return assert.fail('binary');
    // same calls with s = score_production (test/fixtures/model/reference-metrics.py)
    assertAll(binaryMetrics(production.data), {
      accuracy: 0.7065868263473054,
      precision: 0.6506024096385542,
      recall: 0.7297297297297297,
      f1: 0.6878980891719745,
      roc_auc: 0.7929380993897124,
      average_precision: 0.7677762832925201,
      log_loss: 0.5918255597609761,
      brier: 0.20336589866115284,
    });
  });
});

describe('binary metrics edge cases against scikit-learn', () => {
  const tiedLabels = [0, 0, 1, 1, 0, 1, 1, 0];
  const tiedScores = [0.1, 0.4, 0.4, 0.8, 0.8, 0.8, 0.3, 0.1];
  it('ties in scores count half, as roc_auc_score and average_precision_score do', () => {
    // y = [0,0,1,1,0,1,1,0], s = [0.1,0.4,0.4,0.8,0.8,0.8,0.3,0.1]: sklearn.metrics.roc_auc_score(y, s),
    // average_precision_score(y, s), log_loss(y, s), brier_score_loss(y, s), accuracy/precision/recall/f1 on s >= 0.5
    assertAll(binaryMetrics(data(tiedLabels, tiedScores)), {
      accuracy: 0.625,
      precision: 0.6666666666666666,
      recall: 0.5,
      f1: 0.5714285714285715,
      roc_auc: 0.71875,
      average_precision: 0.6499999999999999,
      log_loss: 0.6121919007930319,
      brier: 0.21875000000000003,
    });
  });
  it('moves the decision threshold', () => {
    // same y, s; accuracy_score(y, s >= 0.3), precision_score, recall_score, f1_score
    assertAll(binaryMetrics(data(tiedLabels, tiedScores), 0.3), {
      accuracy: 0.75,
      precision: 0.6666666666666666,
      recall: 1,
      f1: 0.8,
      roc_auc: 0.71875,
    });
  });
  it('all-equal scores rank nothing: AUC 0.5, AP = prevalence', () => {
    // y = [0,1,0,1,1], s = [0.5]*5: roc_auc_score → 0.5, average_precision_score → 0.6, log_loss → ln 2
    assertAll(binaryMetrics(data([0, 1, 0, 1, 1], [0.5, 0.5, 0.5, 0.5, 0.5])), {
      accuracy: 0.6,
      precision: 0.6,
      recall: 1,
      f1: 0.7499999999999999,
      roc_auc: 0.5,
      average_precision: 0.6,
      log_loss: Math.LN2, // sklearn prints 0.6931471805599453
      brier: 0.25,
    });
  });
  it('perfect and inverted rankings', () => {
    // y = [0,0,1,1], s = [0.1,0.2,0.7,0.9]: roc_auc_score → 1.0, average_precision_score → 1.0,
    // log_loss → 0.1976348816421487, brier_score_loss → 0.037500000000000006
    assertAll(binaryMetrics(data([0, 0, 1, 1], [0.1, 0.2, 0.7, 0.9])), {
      roc_auc: 1,
      average_precision: 1,
      log_loss: 0.1976348816421487,
      brier: 0.037500000000000006,
    });
    // y = [1,1,0,0], same s: roc_auc_score → 0.0, average_precision_score → 0.41666666666666663,
    // log_loss → 1.8546452256870318, brier_score_loss → 0.6875; accuracy/precision/recall/f1 → 0
    assertAll(binaryMetrics(data([1, 1, 0, 0], [0.1, 0.2, 0.7, 0.9])), {
      accuracy: 0,
      precision: 0,
      recall: 0,
      f1: 0,
      roc_auc: 0,
      average_precision: 0.41666666666666663,
      log_loss: 1.8546452256870318,
      brier: 0.6875,
    });
  });
  it('a single class makes ROC AUC undefined and says why, never NaN', () => {
    // y = [1,1,1], s = [0.2,0.6,0.9]: roc_auc_score raises "Only one class present in y_true";
    // average_precision_score → 1.0, log_loss(y, s, labels=[0, 1]) → 0.7418746839526391,
    // brier_score_loss → 0.2700000000000001, f1_score(y, s >= 0.5) → 0.8
    const metrics = binaryMetrics(data([1, 1, 1], [0.2, 0.6, 0.9]));
    assert.deepEqual(metrics.roc_auc, {
      defined: false,
      reason: 'only one class among the labels (all positive); ROC AUC needs both',
    });
    assertAll(metrics, {
      accuracy: 0.6666666666666666,
      precision: 1,
      recall: 0.6666666666666666,
      f1: 0.8,
      average_precision: 1,
      log_loss: 0.7418746839526391,
      brier: 0.2700000000000001,
    });
    const negatives = binaryMetrics(data([0, 0], [0.2, 0.7]));
    assert.equal(negatives.roc_auc.defined, false);
    assert.deepEqual(negatives.average_precision, { defined: false, reason: 'no positive labels' });
    assert.deepEqual(negatives.recall, { defined: false, reason: 'no positive labels' });
  });
  it('no predicted positive makes precision undefined, where sklearn reports 0 with a warning', () => {
    const metrics = binaryMetrics(data([0, 1, 1], [0.1, 0.2, 0.3]));
    assert.deepEqual(metrics.precision, {
      defined: false,
      reason: 'no row is predicted positive at threshold 0.5',
    });
    close(metrics.f1, 0, 'f1');
  });
  it('clips probabilities of exactly 0 and 1 as log_loss does', () => {
    // y = [1,0,1,0], s = [0,1,1,0]: sklearn.metrics.log_loss(y, s) → 18.021826694558577 (eps = 2**-52)
    close(binaryMetrics(data([1, 0, 1, 0], [0, 1, 1, 0])).log_loss, 18.021826694558577, 'log_loss');
  });
  it('leaves log loss and Brier undefined for scores outside [0, 1]', () => {
    const metrics = binaryMetrics(data([0, 1], [-1.5, 2.5]));
    close(metrics.roc_auc, 1, 'roc_auc');
    assert.equal(metrics.log_loss.defined, false);
    assert.match(
      metrics.brier.defined ? '' : metrics.brier.reason,
      /not probabilities \(one is -1\.5\)/,
    );
  });
  it('weights equal sample_weight and equal repeating rows', () => {
    // sample_weight w = [2,0,1,3,1,1,2,1] on the tied y, s above: every sklearn metric with
    // sample_weight=w, and the same values from np.repeat(y, w), np.repeat(s, w) without weights
    const weights = [2, 0, 1, 3, 1, 1, 2, 1];
    const expected = {
      accuracy: 0.6363636363636364,
      precision: 0.8,
      recall: 0.5714285714285714,
      f1: 0.6666666666666666,
      roc_auc: 0.8214285714285714,
      average_precision: 0.8261904761904761,
      log_loss: 0.558393636835495,
      brier: 0.19727272727272727,
    };
    assertAll(binaryEvaluator(data(tiedLabels, tiedScores))(Float64Array.from(weights)), expected);
    const repeat = <T>(values: T[]) => values.flatMap((v, i) => Array<T>(weights[i]!).fill(v));
    assertAll(binaryMetrics(data(repeat(tiedLabels), repeat(tiedScores))), expected);
  });
  it('counts the whole set into the same tie groups as every row weighted 1', () => {
    // Three kinds of scores the counting takes different paths for: few decimals
    // (tabulated as integers), heavy ties across the classes, full-precision doubles
    // (sorted), with −0 and +0 in one group.
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const kinds: Record<string, () => number> = {
      'six decimals': () => Math.round(random() * 1e6) / 1e6,
      'two decimals': () => Math.round(random() * 100) / 100,
      'full precision': () => random() * 2 - 1,
    };
    for (const [kind, score] of Object.entries(kinds)) {
      const n = 5000;
      const scores = Float64Array.from({ length: n }, score);
      scores[0] = -0;
      scores[1] = 0;
      const labels = Uint8Array.from(scores, (s) => (random() < 0.3 + 0.4 * Math.abs(s) ? 1 : 0));
      const evaluate = binaryEvaluator({ labels, scores, predicted: null });
      const whole = evaluate();
      const weighted = evaluate(new Float64Array(n).fill(1));
      for (const name of ['roc_auc', 'average_precision'] as const) {
        assert.deepEqual(whole[name], weighted[name], `${kind}: ${name}`);
      }
    }
  });

  it('uses hard predictions when there is no score', () => {
    const metrics = binaryMetrics({
      labels: Uint8Array.from([1, 0, 1, 0]),
      scores: null,
      predicted: Uint8Array.from([1, 1, 0, 0]),
    });
    close(metrics.accuracy, 0.5, 'accuracy');
    assert.deepEqual(metrics.roc_auc, {
      defined: false,
      reason: 'the predictions have no score column',
    });
  });
});
