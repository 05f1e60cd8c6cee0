import * as z from 'zod';
import { nonNegative, probability, repoPath } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';

const importance = z.strictObject({
  file: inputTableFile.describe(
    'A table with one row per feature, e.g. permutation or SHAP importances exported by training.',
  ),
  feature_column: z.string().min(1).default('feature').describe('The column naming the feature.'),
  importance_column: z
    .string()
    .min(1)
    .default('importance')
    .describe('The column holding its importance.'),
  normalize: z
    .boolean()
    .default(true)
    .describe(
      'Compare each absolute importance as a share of the total (true), or as given (false).',
    ),
  floor: nonNegative
    .default(0.01)
    .describe('Features below this (a share of the total when normalize is true) are flagged.'),
});

export const featureAssociationConfig = z
  .strictObject({
    data: inputTableFile.optional().describe('Training data with the features and the label.'),
    label: z
      .string()
      .min(1, { error: 'name the label column, e.g. label: species' })
      .optional()
      .describe('The label column in data.'),
    schema: repoPath
      .optional()
      .describe('A Frictionless Table Schema for reading data with declared types.'),
    features: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'Features to assess; default every column but the label (identifiers, free text and dates are skipped).',
      ),
    ignore: z.array(z.string().min(1)).default([]).describe('Columns not assessed.'),
    floor: probability
      .default(0.05)
      .describe(
        "Association (absolute Pearson or point-biserial r, correlation ratio η, or Cramér's V) below which a feature is flagged.",
      ),
    importance: importance
      .optional()
      .describe('A feature-importance file, instead of or besides the association with the label.'),
    severity: z
      .enum(['warn', 'fail'], { error: 'severity is warn or fail' })
      .default('warn')
      .describe(
        'A weak feature is a warning (it may still help through interactions) or a failure.',
      ),
  })
  .refine(
    (config) =>
      config.importance !== undefined || (config.data !== undefined && config.label !== undefined),
    {
      error:
        'give data and label (association with the label), or importance (a feature-importance file), or both',
    },
  )
  .refine((config) => (config.data === undefined) === (config.label === undefined), {
    error: 'data and label go together: the label is a column of data',
    path: ['label'],
  });
export type FeatureAssociationConfig = z.infer<typeof featureAssociationConfig>;
