/**
 * The mlgate.yml keys that say how to read a predictions file, shared by the
 * model checks (model_quality, baseline_comparison, slices, fairness) so that
 * they read the same file the same way.
 */
import * as z from 'zod';
import { probability } from '../config-fields/shared-schemas.ts';
import { tasks } from './metric-catalog.ts';
import type { PredictionColumns } from './read-predictions.ts';

export const columnName = z
  .string({ error: 'expected a column name' })
  .min(1, { error: 'the column name is empty' });

/** Spread into a check's `z.strictObject`, then add `.superRefine(requirePredictionColumns)`. */
export const predictionColumnsShape = {
  task: z
    .enum(tasks, { error: 'task is one of binary, multiclass, regression' })
    .describe('binary, multiclass or regression: decides which metrics are computed.'),
  label_column: columnName.describe('The true label (classification) or value (regression).'),
  score_column: columnName
    .optional()
    .describe("Binary: the positive class's score or probability. Regression: the prediction."),
  prediction_column: columnName
    .optional()
    .describe('The predicted label or value; for binary, used instead of thresholding the score.'),
  positive_label: z
    .union([z.string(), z.number(), z.boolean()], {
      error: 'positive_label is the label value of the positive class, e.g. 1 or "fraud"',
    })
    .optional()
    .describe('Binary: the label that counts as positive; 1 and true are inferred.'),
  probability_columns: z
    .record(z.string(), columnName, {
      error: 'probability_columns maps each class to its column, e.g. {cat: p_cat, dog: p_dog}',
    })
    .optional()
    .describe('Multiclass: class → column holding its probability.'),
  probability_prefix: z
    .string()
    .min(1, { error: 'the prefix is empty' })
    .optional()
    .describe("Multiclass: each column named `<prefix><class>` holds that class's probability."),
  id_column: columnName
    .optional()
    .describe('A column naming each row; needed to pair prediction sets and join features.'),
  threshold: probability
    .default(0.5)
    .describe('Binary decision threshold: a score at or above it predicts positive.'),
};

type PredictionColumnsConfig = {
  task: (typeof tasks)[number];
  label_column: string;
  score_column?: string | undefined;
  prediction_column?: string | undefined;
  positive_label?: string | number | boolean | undefined;
  probability_columns?: Record<string, string> | undefined;
  probability_prefix?: string | undefined;
  id_column?: string | undefined;
};

/** Refuses a combination of keys that cannot yield predictions for the task, naming the key to add. */
export function requirePredictionColumns(
  config: PredictionColumnsConfig,
  context: z.RefinementCtx,
) {
  const issue = (path: string, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  const probabilities = config.probability_columns ?? config.probability_prefix;
  if (config.probability_columns && config.probability_prefix) {
    issue('probability_prefix', 'give probability_columns or probability_prefix, not both');
  }
  switch (config.task) {
    case 'binary':
      if (!config.score_column && !config.prediction_column) {
        issue(
          'score_column',
          'a binary task needs score_column (a score per row) or prediction_column',
        );
      }
      if (probabilities)
        issue(
          'probability_columns',
          'probability columns are for task multiclass; use score_column',
        );
      break;
    case 'multiclass':
      if (!config.prediction_column && !probabilities) {
        issue(
          'probability_columns',
          'a multiclass task needs probability_columns, probability_prefix or prediction_column',
        );
      }
      if (config.score_column)
        issue(
          'score_column',
          'a multiclass task takes probability_columns or probability_prefix, not score_column',
        );
      break;
    case 'regression':
      if (!config.score_column && !config.prediction_column) {
        issue(
          'prediction_column',
          'a regression task needs prediction_column (the predicted value)',
        );
      }
      if (probabilities)
        issue('probability_columns', 'probability columns are for task multiclass');
      break;
  }
  if (config.positive_label !== undefined && config.task !== 'binary') {
    issue('positive_label', 'positive_label is for task binary');
  }
}

export function predictionColumnsOf(config: PredictionColumnsConfig): PredictionColumns {
  return {
    task: config.task,
    labelColumn: config.label_column,
    scoreColumn: config.score_column,
    predictionColumn: config.prediction_column,
    positiveLabel: config.positive_label,
    probabilityColumns: config.probability_columns,
    probabilityPrefix: config.probability_prefix,
    idColumn: config.id_column,
  };
}

/**
 * Where another model's predictions come from (production, a baseline): its
 * own file or the candidate's, with column names that may differ.
 */
export const predictionOverridesShape = {
  score_column: columnName.optional(),
  prediction_column: columnName.optional(),
  probability_columns: predictionColumnsShape.probability_columns,
  probability_prefix: predictionColumnsShape.probability_prefix,
};

export function withOverrides(
  columns: PredictionColumns,
  overrides: {
    score_column?: string | undefined;
    prediction_column?: string | undefined;
    probability_columns?: Record<string, string> | undefined;
    probability_prefix?: string | undefined;
  },
): PredictionColumns {
  const probabilities = overrides.probability_columns ?? overrides.probability_prefix;
  return {
    ...columns,
    ...(overrides.score_column || overrides.prediction_column
      ? { scoreColumn: overrides.score_column, predictionColumn: overrides.prediction_column }
      : {}),
    ...(probabilities
      ? {
          probabilityColumns: overrides.probability_columns,
          probabilityPrefix: overrides.probability_prefix,
        }
      : {}),
  };
}

/**
 * Rules shared by checks that group prediction rows by columns (slices, fairness):
 * a features file is joined by id, and bins belong to grouped columns.
 */
export function requireGroupingColumns(
  config: { features?: unknown; id_column?: string; bins: Record<string, unknown> },
  grouped: { key: string; columns: readonly string[] },
  context: z.RefinementCtx,
): void {
  if (config.features && !config.id_column) {
    context.addIssue({
      code: 'custom',
      path: ['id_column'],
      message: 'joining a features file needs id_column in the predictions',
    });
  }
  for (const column of Object.keys(config.bins)) {
    if (!grouped.columns.includes(column)) {
      context.addIssue({
        code: 'custom',
        path: ['bins', column],
        message: `"${column}" is not in ${grouped.key}; add it there or remove its bins`,
      });
    }
  }
}
