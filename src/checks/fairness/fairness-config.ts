import * as z from 'zod';
import { parsedKeys } from '../../config-fields/parsed-keys.ts';
import { probability, tableFile } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';
import {
  columnName,
  predictionColumnsShape,
  requireGroupingColumns,
  requirePredictionColumns,
} from '../../metrics/predictions-config.ts';

const fairnessKeys = z
  .strictObject({
    predictions: inputTableFile.describe(
      'The predictions file (CSV, JSONL or Parquet); task binary.',
    ),
    ...predictionColumnsShape,
    features: inputTableFile
      .optional()
      .describe('A file with the protected attributes and features, joined by id_column.'),
    features_id_column: columnName
      .optional()
      .describe('The id column of the features file; default: id_column.'),
    protected_attributes: z
      .array(columnName, { error: 'expected a list of columns, e.g. [sex, age_group]' })
      .min(1, { error: 'name at least one protected attribute column' })
      .describe('Columns whose groups must be treated alike.'),
    bins: z
      .record(
        z.string(),
        z
          .array(z.number(), { error: 'bin edges are a list of numbers, e.g. [25, 60]' })
          .min(1, { error: 'give at least one edge' }),
      )
      .default({})
      .describe('Numeric protected attributes (e.g. age) cut into groups at these edges.'),
    min_group_size: z
      .int({ error: 'min_group_size is a whole number' })
      .min(1, { error: 'min_group_size is at least 1' })
      .default(30)
      .describe(
        'Smaller groups are listed but left out of the differences: their rates are noise.',
      ),
    max_demographic_parity_difference: probability
      .default(0.1)
      .describe('Largest allowed gap between group selection rates (max − min).'),
    max_equal_opportunity_difference: probability
      .default(0.1)
      .describe('Largest allowed gap between group true positive rates.'),
    max_false_positive_rate_difference: probability
      .optional()
      .describe(
        'Largest allowed gap between group false positive rates (with the above: equalized odds).',
      ),
    min_disparate_impact_ratio: probability
      .default(0.8)
      .describe('Smallest allowed min/max ratio of selection rates; 0.8 is the four-fifths rule.'),
    proxies: z
      .strictObject({
        columns: z
          .array(columnName)
          .optional()
          .describe(
            'Features to test; default: every column of the features file (or predictions) except ids, labels, scores and protected attributes.',
          ),
        max_association: probability
          .default(0.5)
          .describe(
            "Flag a feature whose Cramér's V or correlation ratio with an attribute exceeds this.",
          ),
        severity: z
          .enum(['warn', 'fail'], { error: 'severity is warn or fail' })
          .default('warn')
          .describe('A proxy is a reason to look, not always to block.'),
      })
      .default({ max_association: 0.5, severity: 'warn' })
      .describe('Association of every feature with each protected attribute, to find proxies.'),
  })
  .superRefine((config, context) => {
    if (config.task !== 'binary') {
      context.addIssue({
        code: 'custom',
        path: ['task'],
        message: 'fairness rates (selection, TPR, FPR) need task binary',
      });
      return;
    }
    requirePredictionColumns(config, context);
    requireGroupingColumns(
      config,
      { key: 'protected_attributes', columns: config.protected_attributes },
      context,
    );
  });

// The refinements' messages explain; the union lets the check join features by a given id.
export const fairnessConfig = fairnessKeys.pipe(
  z.union([
    z.object({ ...parsedKeys(fairnessKeys), features: tableFile, id_column: columnName }),
    z.object({ ...parsedKeys(fairnessKeys), features: z.undefined().optional() }),
  ]),
);
export type FairnessConfig = z.infer<typeof fairnessConfig>;
