import { z } from 'zod';
import { tableFile } from '../../config/shared-schemas.ts';

const severity = z.enum(['fail', 'warn'], { error: 'severity is fail or warn' });

const rule = z
  .strictObject({
    /** A forbidden column name (compared case-insensitively, ignoring `_`, `-`, spaces). */
    name: z.string().min(1).optional(),
    /** A forbidden column-name pattern: a regular expression searched in the name, case-insensitive. */
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
      .optional(),
    /** Why the feature is forbidden; shown in the report. */
    reason: z
      .string()
      .min(1, { error: 'say why the feature is forbidden, e.g. "deprecated source: CRM v1"' }),
    severity: severity.default('fail'),
  })
  .refine((r) => (r.name === undefined) !== (r.pattern === undefined), {
    error: 'give a rule either `name` (one column) or `pattern` (a regular expression), not both',
  });

export const featurePolicyConfig = z
  .strictObject({
    /** Data files whose columns are the model's features (training and serving data). */
    files: z
      .array(tableFile)
      .min(1, { error: 'list the data files whose columns are the features' }),
    /** Built-in rule sets; `protected_attributes` forbids sex, race, religion, age, … (see docs). */
    presets: z
      .array(z.enum(['protected_attributes'], { error: 'the preset is protected_attributes' }))
      .default([]),
    rules: z.array(rule).default([]),
    /** Columns the rules must not flag (e.g. `age` where age is a lawful, reviewed feature). */
    allow: z.array(z.string().min(1)).default([]),
    /** Columns that are not features (label, id, weights): not checked. */
    ignore_columns: z.array(z.string().min(1)).default([]),
  })
  .refine((c) => c.presets.length > 0 || c.rules.length > 0, {
    error: 'give at least one rule or preset, e.g. presets: [protected_attributes]',
  });
export type FeaturePolicyConfig = z.infer<typeof featurePolicyConfig>;
