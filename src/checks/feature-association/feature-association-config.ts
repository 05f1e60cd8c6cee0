import { z } from 'zod';
import { nonNegative, probability, repoPath, tableFile } from '../../config/shared-schemas.ts';

const importance = z.strictObject({
  /** A table with one row per feature, e.g. permutation or SHAP importances exported by training. */
  file: tableFile,
  feature_column: z.string().min(1).default('feature'),
  importance_column: z.string().min(1).default('importance'),
  /** Compare each |importance| as a share of the total (true), or as given (false). */
  normalize: z.boolean().default(true),
  /** Features below this (a share of the total when normalize is true) are flagged. */
  floor: nonNegative.default(0.01),
});

export const featureAssociationConfig = z
  .strictObject({
    /** Training data with the features and the label. */
    data: tableFile.optional(),
    /** The label column in `data`. */
    label: z.string().min(1, { error: 'name the label column, e.g. label: species' }).optional(),
    /** Optional Frictionless Table Schema for reading `data` with declared types. */
    schema: repoPath.optional(),
    /** Features to assess; default every column but the label (identifiers, free text and dates are skipped). */
    features: z.array(z.string().min(1)).optional(),
    ignore: z.array(z.string().min(1)).default([]),
    /** Association (|r|, point-biserial, η or Cramér's V) below which a feature is flagged. */
    floor: probability.default(0.05),
    /** A user-provided importance file instead of (or besides) the association with the label. */
    importance: importance.optional(),
    /** A weak feature is a warning (it may still help through interactions) or a failure. */
    severity: z.enum(['warn', 'fail'], { error: 'severity is warn or fail' }).default('warn'),
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
