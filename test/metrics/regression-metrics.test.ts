import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { MetricValue } from '../../src/metrics/metric-value.ts';
import { readPredictions } from '../../src/metrics/read-predictions.ts';
import { regressionEvaluator, regressionMetrics } from '../../src/metrics/regression-metrics.ts';
import { fixtureTable } from './fixture-table.ts';

const close = (actual: MetricValue, expected: number, what: string) => {
  assert.ok(actual.defined, `${what}: ${JSON.stringify(actual)}`);
  assert.ok(
    Math.abs(actual.value - expected) <= 1e-12 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual.value} ≠ ${expected}`,
  );
};
const data = (labels: number[], predicted: number[]) => ({
  labels: Float64Array.from(labels),
  predicted: Float64Array.from(predicted),
});

describe('regression metrics', () => {
  for (const [column, expected] of [
    // sklearn.metrics.mean_absolute_error(y, p), mean_squared_error(y, p, squared=False), r2_score(y, p),
    // mean_absolute_percentage_error(y, p) with y = body_mass_g (test/fixtures/model/reference-metrics.py)
    ['predicted', [308.5547243568793, 378.5295683624582, 0.7660814631083224, 0.07795925266125381]],
    [
      'predicted_production',
      [517.6719577309108, 622.4653430065056, 0.3674492539686117, 0.12761616090459646],
    ],
  ] as const) {
    it(`match scikit-learn on penguin body mass (${column})`, () => {
      const predictions = readPredictions(fixtureTable('model/penguins-mass.csv'), {
        task: 'regression',
        labelColumn: 'body_mass_g',
        predictionColumn: column,
      });
      if (predictions.task !== 'regression') return assert.fail();
      const metrics = regressionMetrics(predictions.data);
      close(metrics.mae, expected[0], 'mae');
      close(metrics.rmse, expected[1], 'rmse');
      close(metrics.r2, expected[2], 'r2');
      close(metrics.mape, expected[3], 'mape');
    });
  }
  it('match scikit-learn with and without sample weights', () => {
    const yt = [3, -0.5, 2, 7];
    const yp = [2.5, 0, 2, 8];
    // y = [3,-0.5,2,7], p = [2.5,0,2,8]: mean_absolute_error → 0.5, mean_squared_error(squared=False) → 0.6123724356957945,
    // r2_score → 0.9486081370449679, mean_absolute_percentage_error → 0.3273809523809524
    const metrics = regressionMetrics(data(yt, yp));
    close(metrics.mae, 0.5, 'mae');
    close(metrics.rmse, 0.6123724356957945, 'rmse');
    close(metrics.r2, 0.9486081370449679, 'r2');
    close(metrics.mape, 0.3273809523809524, 'mape');
    // same calls with sample_weight=[1,2,0,3]: 0.75, 0.7905694150420949, 0.9451219512195121, 0.4325396825396825
    const weighted = regressionEvaluator(data(yt, yp))(Float64Array.from([1, 2, 0, 3]));
    close(weighted.mae, 0.75, 'mae');
    close(weighted.rmse, 0.7905694150420949, 'rmse');
    close(weighted.r2, 0.9451219512195121, 'r2');
    close(weighted.mape, 0.4325396825396825, 'mape');
  });
  it('R² on constant labels and MAPE on a zero label are undefined, not sklearn’s conventions', () => {
    // sklearn.metrics.r2_score([2,2,2],[1,2,3]) → 0.0 (force_finite);
    // mean_absolute_percentage_error([0,1],[1,1]) → 2251799813685248.0
    const constant = regressionMetrics(data([2, 2, 2], [1, 2, 3]));
    assert.equal(constant.r2.defined, false);
    close(constant.mae, 2 / 3, 'mae');
    const zero = regressionMetrics(data([0, 1], [1, 1]));
    assert.deepEqual(zero.mape, {
      defined: false,
      reason: 'a label is 0, so its percentage error is unbounded',
    });
  });
});
