import { z } from 'zod';
import { nonNegative, tableFile } from '../../config/shared-schemas.ts';

export const numericalStabilityConfig = z.strictObject({
  /** The predictions file to check (CSV, JSONL or Parquet). */
  predictions: tableFile,
  /** Numeric output columns; each must hold finite numbers only. */
  columns: z
    .array(z.string().min(1), { error: 'expected a list of column names, e.g. [score]' })
    .min(1, { error: 'list at least one prediction column' }),
  /** Columns that hold probabilities and must lie in [0, 1]. */
  probability_columns: z.array(z.string().min(1)).default([]),
  /** A column that names each row (e.g. an example id), used in messages. */
  id_column: z.string().min(1).optional(),
  /** Fail when a column's standard deviation is at most this (0: all identical). */
  min_std: nonNegative.default(0),
  /** Optional plausible range per column: values outside it are findings. */
  ranges: z
    .record(z.string(), z.strictObject({ min: z.number().optional(), max: z.number().optional() }))
    .default({}),
  /** How many offending rows to name per problem in the report. */
  max_examples: z.int().min(1).max(100).default(10),
});
export type NumericalStabilityConfig = z.infer<typeof numericalStabilityConfig>;
