import * as z from 'zod';
import { inputTableFile } from '../../config-fields/step-output.ts';

const severity = z.enum(['fail', 'warn'], { error: 'severity is fail or warn' });

const rule = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A forbidden column name (compared case-insensitively, ignoring `_`, `-`, spaces).',
      ),
    pattern: z
      .string()
      .min(1)
      .refine(
        (source) => {
          try {
            new RegExp(source, 'iu');
            return true;
          } catch {
            return false;
          }
        },
        { error: 'not a valid regular expression (JavaScript syntax, e.g. "^legacy_")' },
      )
      .optional()
      .describe(
        'A forbidden column-name pattern: a regular expression searched in the name, case-insensitive.',
      ),
    reason: z
      .string()
      .min(1, { error: 'say why the feature is forbidden, e.g. "deprecated source: CRM v1"' })
      .describe('Why the feature is forbidden; shown in the report.'),
    severity: severity.default('fail'),
  })
  .refine((r) => (r.name === undefined) !== (r.pattern === undefined), {
    error: 'give a rule either `name` (one column) or `pattern` (a regular expression), not both',
  });

export const featurePolicyConfig = z
  .strictObject({
    files: z
      .array(inputTableFile)
      .min(1, { error: 'list the data files whose columns are the features' })
      .describe("Data files whose columns are the model's features (training and serving data)."),
    presets: z
      .array(z.enum(['protected_attributes'], { error: 'the preset is protected_attributes' }))
      .default([])
      .describe(
        'Built-in rule sets; `protected_attributes` forbids sex, race, religion, age, … (see docs).',
      ),
    rules: z.array(rule).default([]),
    allow: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Columns the rules must not flag (e.g. `age` where age is a lawful, reviewed feature).',
      ),
    ignore_columns: z
      .array(z.string().min(1))
      .default([])
      .describe('Columns that are not features (label, id, weights): not checked.'),
  })
  .refine((c) => c.presets.length > 0 || c.rules.length > 0, {
    error: 'give at least one rule or preset, e.g. presets: [protected_attributes]',
  });
export type FeaturePolicyConfig = z.infer<typeof featurePolicyConfig>;
