import { z } from 'zod';
import { repoPath, tableFile } from '../../config-fields/shared-schemas.ts';

export const schemaValidationConfig = z
  .strictObject({
    schema: repoPath.describe(
      'The committed Frictionless Table Schema (JSON), e.g. from `mlgate schema infer`.',
    ),
    training: tableFile.optional().describe('The training data file to validate.'),
    serving: tableFile
      .optional()
      .describe(
        'A sample of serving data (e.g. logged requests) to validate against the same schema.',
      ),
    unexpected_columns: z
      .enum(['fail', 'warn', 'ignore'], { error: 'unexpected_columns is fail, warn or ignore' })
      .default('warn')
      .describe('What a column the schema does not define is: a failure, a warning, or nothing.'),
    max_examples: z
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe('How many rows to list per column and error kind in the report.'),
  })
  .refine((config) => config.training !== undefined || config.serving !== undefined, {
    error: 'name the data to validate: training, serving, or both (e.g. training: data/train.csv)',
  });
export type SchemaValidationConfig = z.infer<typeof schemaValidationConfig>;
