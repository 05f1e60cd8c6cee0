/**
 * The metrics mlgate computes from predictions, per task, with the direction
 * in which each improves. Names follow scikit-learn's where it has one.
 */
export const tasks = ['binary', 'multiclass', 'regression'] as const;
export type Task = (typeof tasks)[number];

export const binaryMetricNames = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier',
] as const;
export const multiclassMetricNames = [
  'accuracy',
  'f1_macro',
  'f1_micro',
  'f1_weighted',
  'log_loss',
] as const;
export const regressionMetricNames = ['mae', 'rmse', 'r2', 'mape'] as const;

export type BinaryMetricName = (typeof binaryMetricNames)[number];
export type MulticlassMetricName = (typeof multiclassMetricNames)[number];
export type RegressionMetricName = (typeof regressionMetricNames)[number];

export const metricNamesByTask: Record<Task, readonly string[]> = {
  binary: binaryMetricNames,
  multiclass: multiclassMetricNames,
  regression: regressionMetricNames,
};

export type Direction = 'higher_is_better' | 'lower_is_better';

/**
 * Error-like metrics improve downwards. Also recognises common spellings from
 * metrics files (`test.loss`, `val_rmse`), judged by the last word of the key.
 */
const lowerIsBetter = /(^|[._/-])(log_?loss|loss|brier|mae|mse|rmse|mape|error|err)$/i;
const higherIsBetter =
  /(^|[._/-])(acc|accuracy|precision|recall|f1(_\w+)?|auc|roc_auc|average_precision|ap|r2)$/i;

/** The direction of a metric by its name, or undefined when the name does not tell. */
export function directionOf(metric: string): Direction | undefined {
  if (lowerIsBetter.test(metric)) return 'lower_is_better';
  if (higherIsBetter.test(metric)) return 'higher_is_better';
  return undefined;
}

/** Positive when `a` is better than `b` by that much, in the metric's own direction. */
export function improvement(direction: Direction, a: number, b: number): number {
  return direction === 'higher_is_better' ? a - b : b - a;
}
