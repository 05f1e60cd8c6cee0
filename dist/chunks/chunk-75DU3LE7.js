import {
  profileFormat,
  profileVersion
} from "./chunk-2WDMWBST.js";
import {
  JsonFileError,
  parseJsonFile
} from "./chunk-YBMT343X.js";
import {
  _enum,
  array,
  boolean,
  int,
  literal,
  number,
  strictObject,
  string
} from "./chunk-RDHU7DSY.js";

// src/profile/profile-json-schema.ts
var count = int().min(0, { error: "a count is a whole number \u2265 0" });
var finite = number();
var estimate = strictObject({
  value: count,
  exact: boolean(),
  relativeStandardError: number().min(0)
});
var hll = strictObject({ precision: int().min(4).max(18), registers: string() });
var summary = strictObject({
  n: count,
  error: number().min(0),
  values: array(finite),
  weights: array(number().positive())
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
  integer: boolean(),
  min: finite.nullable(),
  max: finite.nullable(),
  mean: finite.nullable(),
  std: number().min(0).nullable(),
  m2: number().min(0),
  distinct: estimate,
  quantiles: array(strictObject({ p: number().min(0).max(1), value: finite })),
  histogram: strictObject({
    edges: array(finite),
    counts: array(number().min(0)),
    countError: number().min(0)
  }).nullable(),
  accuracy: strictObject({ exact: boolean(), rankError: number().min(0).max(1) }),
  sketch: summary,
  distinctSketch: hll.nullable()
};
var numeric = strictObject(numericShape).refine((p) => p.sketch.n === p.count, {
  error: "sketch.n must equal count (the finite values)"
});
var datetime = strictObject({
  ...numericShape,
  minText: string().nullable(),
  maxText: string().nullable(),
  dateOnly: boolean()
}).refine((p) => p.sketch.n === p.count, { error: "sketch.n must equal count" });
var categories = strictObject({
  count,
  exact: boolean(),
  items: array(strictObject({ value: string(), count })),
  countErrorBound: number().min(0),
  distinct: estimate,
  distinctSketch: hll.nullable()
});
var column = strictObject({
  name: string(),
  kind: _enum(["numeric", "boolean", "datetime", "categorical", "identifier", "text", "empty"]),
  count,
  missing: count,
  types: strictObject({ number: count, boolean: count, datetime: count, string: count }),
  distinct: estimate,
  numeric: numeric.nullable(),
  datetime: datetime.nullable(),
  categories: categories.nullable()
}).refine((c) => c.types.number + c.types.boolean + c.types.datetime + c.types.string === c.count, {
  error: "types.number + types.boolean + types.datetime + types.string must equal count"
});
var profileJsonSchema = strictObject({
  format: literal(profileFormat, {
    error: `not an mlgate profile: "format" must be "${profileFormat}"`
  }),
  version: literal(profileVersion, {
    error: `this mlgate reads profile version ${profileVersion}; re-create the profile with \`mlgate profile\``
  }),
  sources: array(
    strictObject({
      path: string(),
      format: _enum(["csv", "jsonl", "parquet", "sql"]),
      rows: count,
      badRows: count
    })
  ),
  rowCount: count,
  settings: strictObject({
    sketchSize: int().min(1),
    categoryLimit: int().min(0),
    hllPrecision: int().min(4).max(18),
    histogramBins: int().min(1)
  }),
  columns: array(column)
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
