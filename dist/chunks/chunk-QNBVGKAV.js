import {
  defaultFalseValues,
  defaultTrueValues
} from "./chunk-Y6GXJEPL.js";
import {
  didYouMean
} from "./chunk-R3VY2ZGX.js";
import {
  parseIsoDate,
  parseIsoDatetime
} from "./chunk-JJK6CC36.js";
import {
  JsonFileError,
  joinPath,
  lineOfPath,
  parseJsonFile
} from "./chunk-YBMT343X.js";
import {
  array,
  boolean,
  int,
  literal,
  looseObject,
  never,
  number,
  object,
  record,
  string,
  union,
  unknown
} from "./chunk-RDHU7DSY.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";
import {
  require_dist
} from "./chunk-Q6EFSIK3.js";
import {
  __toESM
} from "./chunk-SEWDMQ6Q.js";

// src/table-schema/table-schema.ts
var import_yaml = __toESM(require_dist(), 1);

// src/table-schema/descriptor-properties.ts
var constraintKeys = [
  "required",
  "unique",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "jsonSchema"
];
var actedOn = {
  schema: ["fields", "missingValues", "primaryKey", "foreignKeys", "uniqueKeys", "fieldsMatch"],
  field: [
    "name",
    "type",
    "format",
    "constraints",
    "trueValues",
    "falseValues",
    "missingValues",
    "categories",
    "decimalChar",
    "groupChar",
    "bareNumber"
  ],
  constraints: constraintKeys
};
var descriptive = {
  schema: ["$schema", "name", "title", "description"],
  field: [
    "title",
    "description",
    "example",
    "rdfType",
    "categoriesOrdered",
    "delimiter",
    "itemType"
  ],
  constraints: []
};
function unknownPropertyProblem(level, key) {
  if (actedOn[level].includes(key) || descriptive[level].includes(key)) return void 0;
  if (level === "field" && constraintKeys.includes(key))
    return `\`${key}\` is a constraint and is ignored here: move it into the field's \`constraints\``;
  const near = didYouMean(key, actedOn[level]);
  if (near !== void 0) return `unknown property; did you mean \`${near}\`?`;
  if (level === "field") {
    const constraint = didYouMean(key, constraintKeys);
    if (constraint !== void 0)
      return `unknown property; did you mean \`${constraint}\`, inside the field's \`constraints\`?`;
  }
  if (level === "constraints")
    return `not a Table Schema constraint; use one of ${constraintKeys.join(", ")}`;
  return void 0;
}
var uncheckedProperties = {
  schema: {
    foreignKeys: {
      message: "foreign keys are not checked: mlgate validates one file at a time",
      fix: "check references with `frictionless validate` on the whole data package"
    },
    uniqueKeys: {
      message: "unique keys are not checked",
      fix: "use `constraints.unique` for one field, or `primaryKey` for a combination of required fields"
    },
    fieldsMatch: {
      message: "fieldsMatch is not applied: a missing field is always an error and extra columns follow `unexpected_columns`",
      fix: "set `checks.schema_validation.unexpected_columns` to say how extra columns count"
    }
  },
  constraints: {
    exclusiveMinimum: {
      message: "exclusiveMinimum is not checked",
      fix: "use `minimum` (for an integer field, exclusiveMinimum n is minimum n + 1)"
    },
    exclusiveMaximum: {
      message: "exclusiveMaximum is not checked",
      fix: "use `maximum` (for an integer field, exclusiveMaximum n is maximum n - 1)"
    }
  }
};
function uncheckedIn(json) {
  const found = (object2, table) => Object.entries(table).filter(([key]) => key in object2);
  return [
    ...found(json, uncheckedProperties.schema).map(([key, why]) => ({ path: [key], ...why })),
    ...json.fields.flatMap(
      (field2, index) => found(field2.constraints ?? {}, uncheckedProperties.constraints).map(([key, why]) => ({
        path: ["fields", index, "constraints", key],
        ...why
      }))
    )
  ];
}

// src/table-schema/table-schema.ts
var fieldTypes = ["number", "integer", "string", "boolean", "date", "datetime"];
var frictionlessTypes = [
  "object",
  "array",
  "list",
  "time",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any"
];
var scalar = union([string(), number(), boolean()]);
function descriptor(level, shape) {
  return looseObject(shape).superRefine(
    (value, ctx) => {
      for (const key of Object.keys(value)) {
        const problem = unknownPropertyProblem(level, key);
        if (problem !== void 0) ctx.addIssue({ code: "custom", path: [key], message: problem });
      }
    },
    // Also when a sibling property is invalid: a typo is reported with the other problems.
    {
      when: ({ value }) => typeof value === "object" && value !== null && !Array.isArray(value)
    }
  );
}
var valuesOrLabelled = (item, error) => union([array(item), array(object({ value: item }).loose())], { error });
var bound = union([number(), string()]);
var constraints = descriptor("constraints", {
  required: boolean().optional(),
  unique: boolean().optional(),
  minimum: bound.optional(),
  maximum: bound.optional(),
  exclusiveMinimum: bound.optional(),
  exclusiveMaximum: bound.optional(),
  enum: array(scalar).min(1, { error: "an enum lists at least one value" }).optional(),
  pattern: string().optional(),
  minLength: int().min(0).optional(),
  maxLength: int().min(0).optional(),
  jsonSchema: record(string(), unknown()).optional()
});
var readsAs = (value, error) => literal(value, { error }).optional();
var refused = (error) => never({ error }).optional();
var field = descriptor("field", {
  name: string().min(1, { error: "a field needs a non-empty name: the column header" }),
  type: string().refine((type) => fieldTypes.includes(type), {
    error: (issue) => frictionlessTypes.includes(String(issue.input)) ? `mlgate does not validate type "${issue.input}"; use one of ${fieldTypes.join(", ")} (a "string" field accepts any text)` : `unknown type "${issue.input}"; Table Schema types mlgate validates: ${fieldTypes.join(", ")}`
  }).optional(),
  format: readsAs(
    "default",
    'mlgate reads only the default format (ISO 8601 dates, plain numbers); remove "format"'
  ),
  decimalChar: readsAs(
    ".",
    'mlgate reads numbers with "." as the decimal point; remove "decimalChar" or write the data with "."'
  ),
  groupChar: refused(
    'mlgate reads numbers without group separators (1000, not 1,000); remove "groupChar" or write the data without them'
  ),
  bareNumber: readsAs(
    true,
    'mlgate reads bare numbers only (no "%", currency or units around them); remove "bareNumber"'
  ),
  missingValues: refused(
    `mlgate applies the schema's missingValues to every field; move these to the schema's "missingValues"`
  ),
  constraints: constraints.optional(),
  categories: valuesOrLabelled(
    scalar,
    'categories is a list of values, or of {"value": \u2026, "label": \u2026}'
  ).optional(),
  trueValues: array(string()).optional(),
  falseValues: array(string()).optional()
});
var tableSchemaJson = descriptor("schema", {
  fields: array(field, { error: 'a Table Schema has "fields": a list of {"name": \u2026, "type": \u2026}' }).min(1, { error: "list at least one field" }),
  missingValues: valuesOrLabelled(
    string(),
    'missingValues is a list of texts, e.g. ["", "NA"], or of {"value": \u2026, "label": \u2026}'
  ).optional(),
  primaryKey: union([string(), array(string()).min(1)]).optional()
});
function parseTableSchema(text, source) {
  const json = parseJsonFile(
    text,
    source,
    tableSchemaJson,
    (data) => data !== null && typeof data === "object" && "fields" in data ? void 0 : 'not a Table Schema: it needs "fields", a list of {"name": \u2026, "type": \u2026}; create one with `mlgate schema infer DATA -o schema.json`'
  );
  const lineOf = keyLines(text);
  const problems = [];
  const problem = (path, message) => {
    const line = lineOf(path);
    problems.push(`${source}${line ? `:${line}` : ""}: \`${joinPath(path)}\`: ${message}`);
  };
  const names = /* @__PURE__ */ new Set();
  const fields = json.fields.map((raw, index) => {
    if (names.has(raw.name))
      problem(["fields", index, "name"], `field "${raw.name}" is defined twice`);
    names.add(raw.name);
    return parseField(raw, (path, message) => problem(["fields", index, ...path], message));
  });
  const primaryKey = json.primaryKey === void 0 ? [] : [json.primaryKey].flat();
  primaryKey.forEach((name, i) => {
    if (!names.has(name)) {
      problem(
        typeof json.primaryKey === "string" ? ["primaryKey"] : ["primaryKey", i],
        `"${name}" is not a field; the fields are ${[...names].join(", ")}`
      );
    }
  });
  if (problems.length > 0) throw new JsonFileError(source, problems);
  return {
    fields,
    missingValues: json.missingValues?.map(
      (entry) => typeof entry === "string" ? entry : entry.value
    ) ?? [""],
    primaryKey,
    unchecked: uncheckedIn(json).map(({ path, message, fix }) => ({
      file: source,
      line: lineOf(path),
      key: joinPath(path),
      message,
      fix
    })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  };
}
function parseField(raw, problem) {
  const type = raw.type ?? "string";
  const c = raw.constraints ?? {};
  const at = (key) => ["constraints", key];
  const bound2 = (key) => {
    const value = c[key];
    if (value === void 0) return void 0;
    const parsed = parseBound(type, value);
    if (parsed === void 0) problem(at(key), boundHint(type, value));
    return parsed;
  };
  const minimum = bound2("minimum");
  const maximum = bound2("maximum");
  if (minimum !== void 0 && maximum !== void 0 && minimum > maximum) {
    problem(
      at("minimum"),
      `minimum ${c.minimum} is above maximum ${c.maximum}; no value could pass`
    );
  }
  if ((c.minLength !== void 0 || c.maxLength !== void 0 || c.pattern !== void 0) && type !== "string") {
    problem(
      at(c.pattern !== void 0 ? "pattern" : "minLength"),
      "pattern, minLength and maxLength apply to string fields only"
    );
  }
  if (c.minLength !== void 0 && c.maxLength !== void 0 && c.minLength > c.maxLength) {
    problem(at("minLength"), `minLength ${c.minLength} is above maxLength ${c.maxLength}`);
  }
  const trueValues = raw.trueValues ?? defaultTrueValues;
  const falseValues = raw.falseValues ?? defaultFalseValues;
  return {
    name: raw.name,
    type,
    constraints: {
      required: c.required ?? false,
      unique: c.unique ?? false,
      minimum,
      maximum,
      enum: parseEnum(raw, type, trueValues, falseValues, problem),
      pattern: compilePattern(c.pattern, (message) => problem(at("pattern"), message)),
      patternSource: c.pattern,
      minLength: c.minLength,
      maxLength: c.maxLength
    },
    trueValues,
    falseValues
  };
}
function compilePattern(source, problem) {
  if (source === void 0) return void 0;
  try {
    return new RegExp(`^(?:${source})$`, "u");
  } catch (error) {
    problem(`not a valid regular expression (${errorMessage(error)})`);
    return void 0;
  }
}
function parseEnum(raw, type, trueValues, falseValues, problem) {
  const listed = raw.constraints?.enum;
  const [values, path] = listed !== void 0 ? [listed, ["constraints", "enum"]] : [
    raw.categories?.map((entry) => typeof entry === "object" ? entry.value : entry),
    ["categories"]
  ];
  return values?.map((value, i) => {
    const parsed = parseEnumValue(type, value, trueValues, falseValues);
    if (parsed === void 0)
      problem([...path, i], `${JSON.stringify(value)} is not a valid ${type}`);
    return parsed ?? String(value);
  });
}
function keyLines(text) {
  let located;
  return (path) => {
    if (located === void 0) {
      const counter = new import_yaml.LineCounter();
      located = { document: (0, import_yaml.parseDocument)(text, { lineCounter: counter }), counter };
    }
    return lineOfPath(located.document, located.counter, path);
  };
}
function parseBound(type, value) {
  if (type === "number" || type === "integer") {
    const number2 = typeof value === "number" ? value : Number(value);
    return Number.isFinite(number2) && value !== "" ? number2 : void 0;
  }
  if (type === "date" && typeof value === "string") return parseIsoDate(value);
  if (type === "datetime" && typeof value === "string")
    return parseIsoDatetime(value) ?? parseIsoDate(value);
  return void 0;
}
function boundHint(type, value) {
  if (type === "number" || type === "integer") return `${JSON.stringify(value)} is not a number`;
  if (type === "date")
    return `${JSON.stringify(value)} is not a date written YYYY-MM-DD that exists`;
  if (type === "datetime")
    return `${JSON.stringify(value)} is not an ISO 8601 datetime, e.g. "2024-01-31T12:00:00Z"`;
  return `minimum and maximum apply to number, integer, date and datetime fields, not ${type}`;
}
function parseEnumValue(type, value, trueValues, falseValues) {
  switch (type) {
    case "string":
      return typeof value === "string" ? value : String(value);
    case "number":
    case "integer": {
      const number2 = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      if (!Number.isFinite(number2) || type === "integer" && !Number.isInteger(number2))
        return void 0;
      return number2;
    }
    case "boolean":
      if (typeof value === "boolean") return value;
      if (trueValues.includes(String(value))) return true;
      if (falseValues.includes(String(value))) return false;
      return void 0;
    case "date":
      return typeof value === "string" ? parseIsoDate(value) : void 0;
    case "datetime":
      return typeof value === "string" ? parseIsoDatetime(value) ?? parseIsoDate(value) : void 0;
  }
}

export {
  fieldTypes,
  parseTableSchema
};
