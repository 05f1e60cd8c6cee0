const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  profileFormat,
  profileVersion
} from "./chunk-BTK4XDBP.js";
import {
  JsonFileError,
  parseJsonFile
} from "./chunk-O7TIBG3W.js";
import {
  external_exports
} from "./chunk-JQRXP7TU.js";

// src/profile/profile-json-schema.ts
var count = external_exports.int().min(0, { error: "a count is a whole number \u2265 0" });
var finite = external_exports.number();
var estimate = external_exports.strictObject({
  value: count,
  exact: external_exports.boolean(),
  relativeStandardError: external_exports.number().min(0)
});
var hll = external_exports.strictObject({ precision: external_exports.int().min(4).max(18), registers: external_exports.string() });
var summary = external_exports.strictObject({
  n: count,
  error: external_exports.number().min(0),
  values: external_exports.array(finite),
  weights: external_exports.array(external_exports.number().positive())
}).superRefine((s, context) => {
  if (s.values.length !== s.weights.length) {
    context.addIssue({ code: "custom", message: "values and weights must have the same length" });
  }
  for (let i = 1; i < s.values.length; i++) {
    if (!(s.values[i - 1] < s.values[i])) {
      context.addIssue({
        code: "custom",
        path: ["values", i],
        message: "values must be strictly ascending"
      });
      break;
    }
  }
  const total = s.weights.reduce((sum, w) => sum + w, 0);
  if (total !== s.n) {
    context.addIssue({
      code: "custom",
      path: ["n"],
      message: `the weights add up to ${total}, not n = ${s.n}`
    });
  }
});
var numericShape = {
  count,
  nan: count,
  positiveInfinity: count,
  negativeInfinity: count,
  integer: external_exports.boolean(),
  min: finite.nullable(),
  max: finite.nullable(),
  mean: finite.nullable(),
  std: external_exports.number().min(0).nullable(),
  m2: external_exports.number().min(0),
  distinct: estimate,
  quantiles: external_exports.array(external_exports.strictObject({ p: external_exports.number().min(0).max(1), value: finite })),
  histogram: external_exports.strictObject({
    edges: external_exports.array(finite),
    counts: external_exports.array(external_exports.number().min(0)),
    countError: external_exports.number().min(0)
  }).nullable(),
  accuracy: external_exports.strictObject({ exact: external_exports.boolean(), rankError: external_exports.number().min(0).max(1) }),
  sketch: summary,
  distinctSketch: hll.nullable()
};
var numeric = external_exports.strictObject(numericShape).refine((p) => p.sketch.n === p.count, {
  error: "sketch.n must equal count (the finite values)"
});
var datetime = external_exports.strictObject({
  ...numericShape,
  minText: external_exports.string().nullable(),
  maxText: external_exports.string().nullable(),
  dateOnly: external_exports.boolean()
}).refine((p) => p.sketch.n === p.count, { error: "sketch.n must equal count" });
var categories = external_exports.strictObject({
  count,
  exact: external_exports.boolean(),
  items: external_exports.array(external_exports.strictObject({ value: external_exports.string(), count })),
  countErrorBound: external_exports.number().min(0),
  distinct: estimate,
  distinctSketch: hll.nullable()
});
var column = external_exports.strictObject({
  name: external_exports.string(),
  kind: external_exports.enum(["numeric", "boolean", "datetime", "categorical", "identifier", "text", "empty"]),
  count,
  missing: count,
  types: external_exports.strictObject({ number: count, boolean: count, datetime: count, string: count }),
  distinct: estimate,
  numeric: numeric.nullable(),
  datetime: datetime.nullable(),
  categories: categories.nullable()
}).refine((c) => c.types.number + c.types.boolean + c.types.datetime + c.types.string === c.count, {
  error: "types.number + types.boolean + types.datetime + types.string must equal count"
});
var profileJsonSchema = external_exports.strictObject({
  format: external_exports.literal(profileFormat, {
    error: `not an mlgate profile: "format" must be "${profileFormat}"`
  }),
  version: external_exports.literal(profileVersion, {
    error: `this mlgate reads profile version ${profileVersion}; re-create the profile with \`mlgate profile\``
  }),
  sources: external_exports.array(
    external_exports.strictObject({
      path: external_exports.string(),
      format: external_exports.enum(["csv", "jsonl", "parquet", "sql"]),
      rows: count,
      badRows: count
    })
  ),
  rowCount: count,
  settings: external_exports.strictObject({
    sketchSize: external_exports.int().min(1),
    categoryLimit: external_exports.int().min(0),
    hllPrecision: external_exports.int().min(4).max(18),
    histogramBins: external_exports.int().min(1)
  }),
  columns: external_exports.array(column)
});
function parseProfileJson(text, source) {
  const profile = parseJsonFile(
    text,
    source,
    profileJsonSchema,
    (data) => (
      // Another JSON file given by mistake deserves one sentence, not a list of its keys.
      data?.format === profileFormat ? void 0 : `not an mlgate profile (its "format" is not "${profileFormat}"); create one with \`mlgate profile DATA -o profile.json\``
    )
  );
  const problems = profile.columns.map(
    (c, i) => c.count + c.missing === profile.rowCount ? null : `${source}: \`columns[${i}]\` (${c.name}): count ${c.count} + missing ${c.missing} \u2260 rowCount ${profile.rowCount}`
  ).filter((p) => p !== null);
  if (problems.length > 0) throw new JsonFileError(source, problems);
  return profile;
}

export {
  profileJsonSchema,
  parseProfileJson
};
