/**
 * The `baseline` key of baseline_comparison (and the Baseline column of
 * model_quality): a simpler model's predictions on the same rows — in its own
 * file, or in other columns of the candidate's file — or a rule computed from
 * the labels.
 */
import * as z from 'zod';
import { tableFile } from '../config-fields/shared-schemas.ts';
import { baselineRules } from './baseline-rule.ts';
import { predictionOverridesShape } from './predictions-config.ts';

export const baselineSource = z
  .strictObject(
    {
      predictions: tableFile
        .optional()
        .describe(
          "The baseline's predictions file; default: the candidate's file, with the columns below.",
        ),
      ...predictionOverridesShape,
      rule: z
        .enum(baselineRules, { error: 'rule is one of majority_class, mean, median' })
        .optional()
        .describe(
          'A baseline computed from the labels: majority_class (classification), mean or median (regression).',
        ),
    },
    {
      error:
        'the baseline is {rule: majority_class | mean | median}, or {score_column: …} / {prediction_column: …} (with predictions: <file> when in another file)',
    },
  )
  .superRefine((baseline, context) => {
    const columns =
      baseline.score_column ??
      baseline.prediction_column ??
      baseline.probability_columns ??
      baseline.probability_prefix;
    if (baseline.rule && (baseline.predictions || columns)) {
      context.addIssue({
        code: 'custom',
        path: ['rule'],
        message:
          'a rule baseline is computed from the labels; remove predictions and the column keys',
      });
    }
    if (!baseline.rule && !columns) {
      context.addIssue({
        code: 'custom',
        path: [],
        message:
          'name the baseline: rule (majority_class, mean, median), or its score_column / prediction_column / probability columns (and predictions: <file> when they are in another file)',
      });
    }
  });
export type BaselineSource = z.infer<typeof baselineSource>;
