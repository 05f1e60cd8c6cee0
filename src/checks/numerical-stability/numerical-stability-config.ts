import * as z from 'zod';
import { nonNegative } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';

export const numericalStabilityConfig = z.strictObject({
  predictions: inputTableFile.describe('The predictions file to check (CSV, JSONL or Parquet).'),
  columns: z
    .array(z.string().min(1), { error: 'expected a list of column names, e.g. [score]' })
    .min(1, { error: 'list at least one prediction column' })
    .describe('Numeric output columns; each must hold finite numbers only.'),
  probability_columns: z
    .array(z.string().min(1))
    .default([])
    .describe('Columns that hold probabilities and must lie in [0, 1].'),
  id_column: z
    .string()
    .min(1)
    .optional()
    .describe('A column that names each row (e.g. an example id), used in messages.'),
  min_std: nonNegative
    .default(0)
    .describe("Fail when a column's standard deviation is at most this (0: all identical)."),
  ranges: z
    .record(z.string(), z.strictObject({ min: z.number().optional(), max: z.number().optional() }))
    .default({})
    .describe('Optional plausible range per column: values outside it are findings.'),
  max_examples: z
    .int()
    .min(1)
    .max(100)
    .default(10)
    .describe('How many offending rows to name per problem in the report.'),
});
export type NumericalStabilityConfig = z.infer<typeof numericalStabilityConfig>;
