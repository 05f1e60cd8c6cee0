import * as z from 'zod';
import { nonNegative } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';
import { baselineSource } from '../../metrics/baseline-config.ts';
import { bootstrapConfig } from '../../metrics/bootstrap-config.ts';
import { metricNamesByTask } from '../../metrics/metric-catalog.ts';
import {
  predictionColumnsShape,
  requirePredictionColumns,
} from '../../metrics/predictions-config.ts';

export const baselineComparisonConfig = z
  .strictObject({
    predictions: inputTableFile.describe("The candidate's predictions (CSV, JSONL or Parquet)."),
    ...predictionColumnsShape,
    baseline: baselineSource.describe(
      'The simpler model: rule majority_class / mean / median, or its columns (in predictions: <file> when elsewhere).',
    ),
    margins: z
      .record(z.string(), nonNegative)
      .refine((margins) => Object.keys(margins).length > 0, {
        error: 'name at least one metric and margin, e.g. {roc_auc: 0.05}',
      })
      .describe(
        "Per metric: how much better than the baseline the candidate must be, in the metric's own direction (0: at least as good).",
      ),
    require_significant: z
      .boolean()
      .default(false)
      .describe(
        "Demand that the bootstrap interval's worse end beats the margin, not just the point estimate.",
      ),
    bootstrap: bootstrapConfig,
  })
  .superRefine((config, context) => {
    requirePredictionColumns(config, context);
    const known = metricNamesByTask[config.task];
    for (const name of Object.keys(config.margins)) {
      if (!known.includes(name)) {
        context.addIssue({
          code: 'custom',
          path: ['margins', name],
          message: `not a ${config.task} metric; use one of ${known.join(', ')}`,
        });
      }
    }
  });
export type BaselineComparisonConfig = z.infer<typeof baselineComparisonConfig>;
