import * as z from 'zod';
import { inputTableFile } from '../../config-fields/step-output.ts';
import { columnName } from '../../metrics/predictions-config.ts';

export const offlineOnlineCorrelationConfig = z.strictObject({
  history: inputTableFile.describe(
    'One row per model version or experiment: its offline metric and the online metric it achieved.',
  ),
  offline_column: columnName.describe('The offline metric, e.g. validation AUC.'),
  online_column: columnName.describe('The online metric, e.g. click-through rate in an A/B test.'),
  method: z
    .enum(['spearman', 'pearson'], { error: 'method is spearman or pearson' })
    .default('spearman')
    .describe('Spearman (rank; robust to scale and outliers) or Pearson (linear).'),
  expect: z
    .enum(['positive', 'negative'], { error: 'expect is positive or negative' })
    .default('positive')
    .describe('negative when one metric improves downwards (offline log loss vs online revenue).'),
  min_pairs: z
    .int({ error: 'min_pairs is a whole number' })
    .min(4, { error: 'a Fisher-z interval needs at least 4 pairs' })
    .default(8)
    .describe('Fewer pairs than this warn: too little evidence either way.'),
  min_correlation: z
    .number({ error: 'min_correlation is a number between 0 and 1, e.g. 0.5' })
    .min(0, { error: 'min_correlation is at least 0 (set expect for a negative relation)' })
    .max(1, { error: 'min_correlation is at most 1' })
    .default(0.5)
    .describe('The correlation, in the expected direction, must be at least this.'),
  confidence: z
    .number({ error: 'confidence is a level such as 0.95' })
    .min(0.5, { error: 'confidence is at least 0.5' })
    .max(0.999, { error: 'confidence is at most 0.999' })
    .default(0.95)
    .describe('Level of the Fisher-z interval.'),
  gate_on: z
    .enum(['estimate', 'lower_bound'], { error: 'gate_on is estimate or lower_bound' })
    .default('estimate')
    .describe(
      'Compare min_correlation with the estimate, or demand the interval’s lower bound clears it.',
    ),
});
export type OfflineOnlineCorrelationConfig = z.infer<typeof offlineOnlineCorrelationConfig>;
