/**
 * Validates a profile read from a file (format "mlgate-profile", version 1),
 * so that a hand-edited or truncated profile is refused with the key that is
 * wrong instead of producing silent nonsense in drift. The shape is the one
 * of profile-types.ts; the checks beyond shape are the invariants merges and
 * drift rely on (ascending summary values, weights adding up to n, types
 * adding up to count).
 */
import * as z from 'zod';
import { JsonFileError, parseJsonFile } from '../formats/parse-json-file.ts';
import { profileFormat, profileVersion, type TableProfile } from './profile-types.ts';

const count = z.int().min(0, { error: 'a count is a whole number ≥ 0' });
const finite = z.number();
const estimate = z.strictObject({
  value: count,
  exact: z.boolean(),
  relativeStandardError: z.number().min(0),
});
const hll = z.strictObject({ precision: z.int().min(4).max(18), registers: z.string() });
const summary = z
  .strictObject({
    n: count,
    error: z.number().min(0),
    values: z.array(finite),
    weights: z.array(z.number().positive()),
  })
  .superRefine((s, context) => {
    if (s.values.length !== s.weights.length) {
      context.addIssue({ code: 'custom', message: 'values and weights must have the same length' });
    }
    for (let i = 1; i < s.values.length; i++) {
      if (!(s.values[i - 1]! < s.values[i]!)) {
        context.addIssue({
          code: 'custom',
          path: ['values', i],
          message: 'values must be strictly ascending',
        });
        break;
      }
    }
    const total = s.weights.reduce((sum, w) => sum + w, 0);
    if (total !== s.n) {
      context.addIssue({
        code: 'custom',
        path: ['n'],
        message: `the weights add up to ${total}, not n = ${s.n}`,
      });
    }
  });

const numericShape = {
  count,
  nan: count,
  positiveInfinity: count,
  negativeInfinity: count,
  integer: z.boolean(),
  min: finite.nullable(),
  max: finite.nullable(),
  mean: finite.nullable(),
  std: z.number().min(0).nullable(),
  m2: z.number().min(0),
  distinct: estimate,
  quantiles: z.array(z.strictObject({ p: z.number().min(0).max(1), value: finite })),
  histogram: z
    .strictObject({
      edges: z.array(finite),
      counts: z.array(z.number().min(0)),
      countError: z.number().min(0),
    })
    .nullable(),
  accuracy: z.strictObject({ exact: z.boolean(), rankError: z.number().min(0).max(1) }),
  sketch: summary,
  distinctSketch: hll.nullable(),
};
const numeric = z.strictObject(numericShape).refine((p) => p.sketch.n === p.count, {
  error: 'sketch.n must equal count (the finite values)',
});
const datetime = z
  .strictObject({
    ...numericShape,
    minText: z.string().nullable(),
    maxText: z.string().nullable(),
    dateOnly: z.boolean(),
  })
  .refine((p) => p.sketch.n === p.count, { error: 'sketch.n must equal count' });
const categories = z.strictObject({
  count,
  exact: z.boolean(),
  items: z.array(z.strictObject({ value: z.string(), count })),
  countErrorBound: z.number().min(0),
  distinct: estimate,
  distinctSketch: hll.nullable(),
});

const column = z
  .strictObject({
    name: z.string(),
    kind: z.enum(['numeric', 'boolean', 'datetime', 'categorical', 'identifier', 'text', 'empty']),
    count,
    missing: count,
    types: z.strictObject({ number: count, boolean: count, datetime: count, string: count }),
    distinct: estimate,
    numeric: numeric.nullable(),
    datetime: datetime.nullable(),
    categories: categories.nullable(),
  })
  .refine((c) => c.types.number + c.types.boolean + c.types.datetime + c.types.string === c.count, {
    error: 'types.number + types.boolean + types.datetime + types.string must equal count',
  });

export const profileJsonSchema = z.strictObject({
  format: z.literal(profileFormat, {
    error: `not an mlgate profile: "format" must be "${profileFormat}"`,
  }),
  version: z.literal(profileVersion, {
    error: `this mlgate reads profile version ${profileVersion}; re-create the profile with \`mlgate profile\``,
  }),
  sources: z.array(
    z.strictObject({
      path: z.string(),
      format: z.enum(['csv', 'jsonl', 'parquet', 'sql']),
      rows: count,
      badRows: count,
    }),
  ),
  rowCount: count,
  settings: z.strictObject({
    sketchSize: z.int().min(1),
    categoryLimit: z.int().min(0),
    hllPrecision: z.int().min(4).max(18),
    histogramBins: z.int().min(1),
  }),
  columns: z.array(column),
});

/** Parses and checks a profile file's text; throws a JsonFileError naming file, line and key. */
export function parseProfileJson(text: string, source: string): TableProfile {
  const profile = parseJsonFile(text, source, profileJsonSchema, (data) =>
    // Another JSON file given by mistake deserves one sentence, not a list of its keys.
    (data as { format?: unknown } | null)?.format === profileFormat
      ? undefined
      : `not an mlgate profile (its "format" is not "${profileFormat}"); create one with \`mlgate profile DATA -o profile.json\``,
  ) as TableProfile;
  const problems = profile.columns
    .map((c, i) =>
      c.count + c.missing === profile.rowCount
        ? null
        : `${source}: \`columns[${i}]\` (${c.name}): count ${c.count} + missing ${c.missing} ≠ rowCount ${profile.rowCount}`,
    )
    .filter((p): p is string => p !== null);
  if (problems.length > 0) throw new JsonFileError(source, problems);
  return profile;
}
