/**
 * Regression metrics as scikit-learn computes them: MAE
 * (`mean_absolute_error`), RMSE (`mean_squared_error(squared=False)`), R²
 * (`r2_score`) and MAPE (`mean_absolute_percentage_error`: a fraction, each
 * error divided by max(|y|, ε)). Two cases scikit-learn papers over are
 * undefined here instead: R² when every label is equal (sklearn reports 1 or 0
 * by convention) and MAPE when a label is 0 (sklearn divides by ε and reports
 * ~1e15). Weighted evaluation as in binary-metrics.ts.
 * Cost: O(n) per evaluation.
 */
import type { Weights } from './binary-metrics.ts';
import { float64Epsilon } from './binary-metrics.ts';
import type { RegressionMetricName } from './metric-catalog.ts';
import { definedMetric, type MetricValue, undefinedMetric } from './metric-value.ts';

export interface RegressionData {
  labels: Float64Array;
  predicted: Float64Array;
}

export type RegressionMetrics = Record<RegressionMetricName, MetricValue>;

export function regressionEvaluator(
  data: RegressionData,
): (weights?: Weights) => RegressionMetrics {
  const { labels, predicted } = data;
  const n = labels.length;
  return (weights) => {
    let total = 0;
    let labelSum = 0;
    let absolute = 0;
    let squared = 0;
    let percentage = 0;
    let zeroLabel = false;
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i]! : 1;
      if (w === 0) continue;
      const y = labels[i]!;
      const error = Math.abs(y - predicted[i]!);
      total += w;
      labelSum += w * y;
      absolute += w * error;
      squared += w * error * error;
      if (y === 0) zeroLabel = true;
      percentage += (w * error) / Math.max(Math.abs(y), float64Epsilon);
    }
    if (total === 0) {
      const none = undefinedMetric('no rows');
      return { mae: none, rmse: none, r2: none, mape: none };
    }
    const labelMean = labelSum / total;
    let spread = 0;
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i]! : 1;
      if (w !== 0) spread += w * (labels[i]! - labelMean) ** 2;
    }
    return {
      mae: definedMetric(absolute / total),
      rmse: definedMetric(Math.sqrt(squared / total)),
      r2:
        spread > 0
          ? definedMetric(1 - squared / spread)
          : undefinedMetric('every label has the same value, so there is no variance to explain'),
      mape: zeroLabel
        ? undefinedMetric('a label is 0, so its percentage error is unbounded')
        : definedMetric(percentage / total),
    };
  };
}

export function regressionMetrics(data: RegressionData): RegressionMetrics {
  return regressionEvaluator(data)();
}
