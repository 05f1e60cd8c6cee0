import * as z from 'zod';
import { parsedKeys } from '../../config-fields/parsed-keys.ts';
import { nonNegative, tableFile } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';
import { metricNamesByTask } from '../../metrics/metric-catalog.ts';
import {
  columnName,
  predictionColumnsShape,
  requireGroupingColumns,
  requirePredictionColumns,
} from '../../metrics/predictions-config.ts';

const sliceBounds = z
  .strictObject({
    min: z
      .number({ error: 'min is a number' })
      .optional()
      .describe('Absolute floor for every slice.'),
    max: z
      .number({ error: 'max is a number' })
      .optional()
      .describe('Absolute ceiling for every slice.'),
    max_gap: nonNegative
      .optional()
      .describe(
        'How much worse than the overall value a slice may be, in the metric’s own direction.',
      ),
  })
  .refine((bounds) => Object.values(bounds).some((value) => value !== undefined), {
    error: 'give at least one of min, max, max_gap',
  });

const slicesKeys = z
  .strictObject({
    predictions: inputTableFile.describe('The predictions file (CSV, JSONL or Parquet).'),
    ...predictionColumnsShape,
    features: inputTableFile
      .optional()
      .describe('A file with the slice columns, joined to the predictions by id_column.'),
    features_id_column: columnName
      .optional()
      .describe('The id column of the features file; default: id_column.'),
    columns: z
      .array(columnName, { error: 'expected a list of slice columns, e.g. [country, device]' })
      .min(1, { error: 'list at least one slice column' })
      .describe('Slice by each value of each of these columns.'),
    bins: z
      .record(
        z.string(),
        z
          .array(z.number(), { error: 'bin edges are a list of numbers, e.g. [18, 30, 50]' })
          .min(1, { error: 'give at least one edge' }),
      )
      .default({})
      .describe('Numeric slice columns cut at these edges: < a, [a, b), …, ≥ z.'),
    metrics: z
      .record(z.string(), sliceBounds)
      .refine((metrics) => Object.keys(metrics).length > 0, {
        error: 'gate at least one metric, e.g. accuracy: {max_gap: 0.05}',
      })
      .describe('Per metric: bounds every large enough slice must meet.'),
    min_slice_size: z
      .int({ error: 'min_slice_size is a whole number' })
      .min(1, { error: 'min_slice_size is at least 1' })
      .default(30)
      .describe('Smaller slices are listed but not gated: their metrics are too noisy.'),
    max_slices_per_column: z
      .int()
      .min(2)
      .default(100)
      .describe('More values than this means a continuous column: bin it.'),
  })
  .superRefine((config, context) => {
    requirePredictionColumns(config, context);
    const known = metricNamesByTask[config.task];
    for (const name of Object.keys(config.metrics)) {
      if (!known.includes(name)) {
        context.addIssue({
          code: 'custom',
          path: ['metrics', name],
          message: `not a ${config.task} metric; use one of ${known.join(', ')}`,
        });
      }
    }
    requireGroupingColumns(config, { key: 'columns', columns: config.columns }, context);
  });

// The refinements' messages explain; the union lets the check join features by a given id.
export const slicesConfig = slicesKeys.pipe(
  z.union([
    z.object({ ...parsedKeys(slicesKeys), features: tableFile, id_column: columnName }),
    z.object({ ...parsedKeys(slicesKeys), features: z.undefined().optional() }),
  ]),
);
export type SlicesConfig = z.infer<typeof slicesConfig>;
