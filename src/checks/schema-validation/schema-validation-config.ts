import { z } from 'zod';
import { repoPath, tableFile } from '../../config/shared-schemas.ts';

export const schemaValidationConfig = z
  .strictObject({
    /** The committed Frictionless Table Schema (JSON), e.g. from `mlgate schema infer`. */
    schema: repoPath,
    /** The training data file to validate. */
    training: tableFile.optional(),
    /** A sample of serving data (e.g. logged requests) to validate against the same schema. */
    serving: tableFile.optional(),
    /** What a column the schema does not define is: a failure, a warning, or nothing. */
    unexpected_columns: z
      .enum(['fail', 'warn', 'ignore'], { error: 'unexpected_columns is fail, warn or ignore' })
      .default('warn'),
    /** How many rows to list per column and error kind in the report. */
    max_examples: z.int().min(1).max(100).default(5),
  })
  .refine((config) => config.training !== undefined || config.serving !== undefined, {
    error: 'name the data to validate: training, serving, or both (e.g. training: data/train.csv)',
  });
export type SchemaValidationConfig = z.infer<typeof schemaValidationConfig>;
