/**
 * One entry point from typed predictions to the task's metrics, so that a
 * check can evaluate the whole set, a slice or a bootstrap resample alike.
 */
import { binaryEvaluator, type Weights } from './binary-metrics.ts';
import type { MetricValue } from './metric-value.ts';
import { multiclassEvaluator } from './multiclass-metrics.ts';
import type { Predictions } from './read-predictions.ts';
import { regressionEvaluator } from './regression-metrics.ts';

export type MetricSet = Readonly<Record<string, MetricValue>>;
export type Evaluator = (weights?: Weights) => MetricSet;

/** `threshold` is the binary decision threshold: a score at or above it predicts positive. */
export function predictionsEvaluator(predictions: Predictions, threshold = 0.5): Evaluator {
  switch (predictions.task) {
    case 'binary':
      return binaryEvaluator(predictions.data, threshold);
    case 'multiclass':
      return multiclassEvaluator(predictions.data);
    case 'regression':
      return regressionEvaluator(predictions.data);
  }
}
