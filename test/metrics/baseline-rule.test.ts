import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { ruleBaseline } from '../../src/metrics/baseline-rule.ts';
import { predictionsEvaluator } from '../../src/metrics/evaluate-predictions.ts';
import type { MetricValue } from '../../src/metrics/metric-value.ts';
import { readPredictions } from '../../src/metrics/read-predictions.ts';
import { fixtureTable } from './fixture-table.ts';

const close = (actual: MetricValue | undefined, expected: number, what: string) => {
  assert.ok(actual?.defined, `${what}: ${JSON.stringify(actual)}`);
  assert.ok(
    Math.abs(actual.value - expected) <= 1e-12 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual.value} ≠ ${expected}`,
  );
};

describe('rule baselines equal scikit-learn dummy estimators on the penguins', () => {
  it('majority_class on binary labels is DummyClassifier(strategy="prior")', () => {
    const candidate = readPredictions(fixtureTable('model/penguins-sex.csv'), {
      task: 'binary',
      labelColumn: 'sex',
      scoreColumn: 'score',
      positiveLabel: 'MALE',
    });
    const metrics = predictionsEvaluator(ruleBaseline(candidate, 'majority_class'))();
    // d = DummyClassifier(strategy='prior').fit(X, y); p = d.predict_proba(X)[:, 1]: accuracy_score(y, d.predict(X)),
    // roc_auc_score(y, p), log_loss(y, p), brier_score_loss(y, p)
    close(metrics.accuracy, 0.5568862275449101, 'accuracy');
    close(metrics.roc_auc, 0.5, 'roc_auc');
    close(metrics.log_loss, 0.686661059360699, 'log_loss');
    close(metrics.brier, 0.24676395711570867, 'brier');
  });
  it('majority_class on species is DummyClassifier(strategy="prior") with class priors as probabilities', () => {
    const candidate = readPredictions(fixtureTable('model/penguins-species.csv'), {
      task: 'multiclass',
      labelColumn: 'species',
      probabilityPrefix: 'p_',
    });
    const metrics = predictionsEvaluator(ruleBaseline(candidate, 'majority_class'))();
    // accuracy_score(species, d.predict(X)), f1_score(..., average='macro'), log_loss(species, d.predict_proba(X))
    close(metrics.accuracy, 0.4550898203592814, 'accuracy');
    close(metrics.f1_macro, 0.20850480109739367, 'f1_macro');
    close(metrics.log_loss, 1.0459807704895256, 'log_loss');
  });
  it('mean and median are DummyRegressor strategies', () => {
    const candidate = readPredictions(fixtureTable('model/penguins-mass.csv'), {
      task: 'regression',
      labelColumn: 'body_mass_g',
      predictionColumn: 'predicted',
    });
    // DummyRegressor(strategy='mean' | 'median'): mean_absolute_error, mean_squared_error(squared=False), r2_score,
    // mean_absolute_percentage_error
    const expected = {
      mean: [666.7790168166661, 782.649820717768, 0, 0.16319111402732775],
      median: [650.4491017964071, 819.1408709538707, -0.09542389689722741, 0.1498076695193834],
    } as const;
    for (const rule of ['mean', 'median'] as const) {
      const metrics = predictionsEvaluator(ruleBaseline(candidate, rule))();
      const [mae, rmse, r2, mape] = expected[rule];
      close(metrics.mae, mae, `${rule} mae`);
      close(metrics.rmse, rmse, `${rule} rmse`);
      assert.ok(metrics.r2?.defined && Math.abs(metrics.r2.value - r2) < 1e-12, `${rule} r2`);
      close(metrics.mape, mape, `${rule} mape`);
    }
    assert.throws(
      () => ruleBaseline(candidate, 'majority_class'),
      /majority_class is for classification; use mean or median/,
    );
  });
});
