/** Building blocks that several parts of the mlgate.yml schema share. */
import * as z from 'zod';

/** A calendar date written `YYYY-MM-DD` that exists (2014-02-30 does not). */
export const calendarDate = z
  .string({ error: 'expected a date written YYYY-MM-DD, e.g. 2026-12-31 (quote it in YAML)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: 'expected a date written YYYY-MM-DD, e.g. 2026-12-31',
    abort: true,
  })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    },
    { error: 'this date does not exist on the calendar; check the day and month' },
  );

/** A path relative to the repository; the workspace refuses one that escapes it. */
export const repoPath = z
  .string({ error: 'expected a file path relative to the repository, e.g. data/train.csv' })
  .min(1, { error: 'the path is empty; give a file path relative to the repository' });

export const tableFileWithOptions = z.strictObject({
  path: repoPath,
  format: z.enum(['csv', 'jsonl', 'parquet']).optional(),
  delimiter: z
    .string()
    .length(1, { error: 'the delimiter is one character, e.g. "," or "\\t"' })
    .optional(),
  missing_values: z.array(z.string()).optional(),
});

/** A data file: a path, or a path with reading options. */
export const tableFile = z.union([repoPath, tableFileWithOptions], {
  error:
    'expected a file path, or an object with `path` (and optionally format, delimiter, missing_values)',
});
export type TableFile = z.infer<typeof tableFile>;

export const probability = z
  .number({ error: 'expected a number between 0 and 1' })
  .min(0, { error: 'must be at least 0' })
  .max(1, { error: 'must be at most 1' });

export const nonNegative = z
  .number({ error: 'expected a number ≥ 0' })
  .min(0, { error: 'must be at least 0' });
