import * as z from 'zod';
import { querySource, remoteDataFile } from '../../config-fields/query-source.ts';
import { repoPath } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';

const share = z
  .number({ error: 'max_invalid_share is a share of rows between 0 and 1, e.g. 0.01' })
  .min(0, { error: 'max_invalid_share is a share of rows between 0 and 1, e.g. 0.01' })
  .max(1, { error: 'max_invalid_share is a share of rows between 0 and 1, e.g. 0.01' });

/** A data file, or a query source whose engine counts the violations (table-schema/query-validation.ts). */
const validatedData = z.union([remoteDataFile, querySource, inputTableFile], {
  error:
    'expected a data file path, an object with `path`, or a query source {engine, table | query, connection}',
});

const rowRule = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, { error: 'a rule name is letters, digits, _ . or -' })
    .optional()
    .describe('How findings and waivers name the rule (`<role>:rule:<name>`); default its index.'),
  rule: z
    .string()
    .min(1, { error: 'write the rule, e.g. rule: temp_max >= temp_min' })
    .describe(
      'An expression every row must make true, over the schema\'s fields, e.g. `temp_max >= temp_min` or `status in ["a", "b"] or amount == 0`.',
    ),
  max_invalid_share: share
    .optional()
    .describe(
      "The share of rows that may break this rule (default the check's max_invalid_share).",
    ),
});

export const schemaValidationConfig = z
  .strictObject({
    schema: repoPath.describe(
      'The committed Frictionless Table Schema (JSON), e.g. from `mlgate schema infer`.',
    ),
    training: validatedData
      .optional()
      .describe(
        'The training data to validate: a file, or a query source ({engine, table | query, connection}) validated where it lives.',
      ),
    serving: validatedData
      .optional()
      .describe(
        'A sample of serving data (e.g. logged requests) to validate against the same schema: a file or a query source.',
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
    max_invalid_share: share
      .optional()
      .describe(
        "Error budget: the share of rows (0 to 1) that may break each field's constraints and each row rule; within it the check warns, above it fails. Default 0: any error fails.",
      ),
    fields: z
      .record(z.string(), z.strictObject({ max_invalid_share: share }))
      .optional()
      .describe(
        'Per schema field, an error budget of its own, e.g. `wind: {max_invalid_share: 0.05}`.',
      ),
    row_rules: z
      .array(rowRule)
      .optional()
      .describe("Rules over each row's fields, e.g. `- rule: temp_max >= temp_min`."),
  })
  .refine((config) => config.training !== undefined || config.serving !== undefined, {
    error: 'name the data to validate: training, serving, or both (e.g. training: data/train.csv)',
  })
  .refine(
    (config) => {
      const names = (config.row_rules ?? []).flatMap((r) => (r.name ? [r.name] : []));
      return new Set(names).size === names.length;
    },
    { error: 'two row_rules share a name; give each rule its own name', path: ['row_rules'] },
  );
export type SchemaValidationConfig = z.infer<typeof schemaValidationConfig>;
