import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-OQQAZLCU.js";
import {
  JsonFileError,
  external_exports,
  joinPath,
  lineOfPath,
  parseJsonFile,
  require_dist
} from "./chunk-C5K2P7VO.js";
import {
  errorMessage
} from "./chunk-NXAI4H4I.js";
import {
  CELL_MISSING,
  CELL_PRESENT,
  parseIsoDate,
  parseIsoDatetime
} from "./chunk-SDXA4YXT.js";
import {
  sortNumbersInPlace
} from "./chunk-6JAAWP4U.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

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
  const found = (object, table) => Object.entries(table).filter(([key]) => key in object);
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
var scalar = external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()]);
function descriptor(level, shape) {
  return external_exports.looseObject(shape).superRefine(
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
var valuesOrLabelled = (item, error) => external_exports.union([external_exports.array(item), external_exports.array(external_exports.object({ value: item }).loose())], { error });
var bound = external_exports.union([external_exports.number(), external_exports.string()]);
var constraints = descriptor("constraints", {
  required: external_exports.boolean().optional(),
  unique: external_exports.boolean().optional(),
  minimum: bound.optional(),
  maximum: bound.optional(),
  exclusiveMinimum: bound.optional(),
  exclusiveMaximum: bound.optional(),
  enum: external_exports.array(scalar).min(1, { error: "an enum lists at least one value" }).optional(),
  pattern: external_exports.string().optional(),
  minLength: external_exports.int().min(0).optional(),
  maxLength: external_exports.int().min(0).optional(),
  jsonSchema: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
});
var readsAs = (value, error) => external_exports.literal(value, { error }).optional();
var refused = (error) => external_exports.never({ error }).optional();
var field = descriptor("field", {
  name: external_exports.string().min(1, { error: "a field needs a non-empty name: the column header" }),
  type: external_exports.string().refine((type) => fieldTypes.includes(type), {
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
  trueValues: external_exports.array(external_exports.string()).optional(),
  falseValues: external_exports.array(external_exports.string()).optional()
});
var tableSchemaJson = descriptor("schema", {
  fields: external_exports.array(field, { error: 'a Table Schema has "fields": a list of {"name": \u2026, "type": \u2026}' }).min(1, { error: "list at least one field" }),
  missingValues: valuesOrLabelled(
    external_exports.string(),
    'missingValues is a list of texts, e.g. ["", "NA"], or of {"value": \u2026, "label": \u2026}'
  ).optional(),
  primaryKey: external_exports.union([external_exports.string(), external_exports.array(external_exports.string()).min(1)]).optional()
});
var defaultTrueValues = ["true", "True", "TRUE", "1"];
var defaultFalseValues = ["false", "False", "FALSE", "0"];
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
    const number = typeof value === "number" ? value : Number(value);
    return Number.isFinite(number) && value !== "" ? number : void 0;
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
      const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      if (!Number.isFinite(number) || type === "integer" && !Number.isInteger(number))
        return void 0;
      return number;
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

// src/table-schema/row-rule-evaluator.ts
function evaluateRule(node, field2) {
  const recurse = (child) => evaluateRule(child, field2);
  switch (node.type) {
    case "literal":
      return node.value;
    case "field":
      return field2(node.name);
    case "not": {
      const value = recurse(node.argument);
      return value === null ? null : !value;
    }
    case "negate": {
      const value = recurse(node.argument);
      return value === null ? null : -value;
    }
    case "logic":
      return logic(node.operator, recurse(node.left), () => recurse(node.right));
    case "in": {
      const value = recurse(node.value);
      return value === null ? null : node.list.includes(value);
    }
    case "compare": {
      const left = recurse(node.left);
      const right = recurse(node.right);
      if (isNullLiteral(node.left) || isNullLiteral(node.right))
        return left === right === (node.operator === "==");
      return left === null || right === null ? null : compare(node.operator, left, right);
    }
    case "arithmetic": {
      const left = recurse(node.left);
      const right = recurse(node.right);
      if (left === null || right === null) return null;
      return calculate(node.operator, left, right);
    }
  }
}
function logic(operator, left, right) {
  if (left === (operator === "or")) return left;
  const other = right();
  if (other === (operator === "or")) return other;
  return left === null || other === null ? null : other;
}
var isNullLiteral = (node) => node.type === "literal" && node.value === null;
function compare(operator, left, right) {
  if (operator === "==") return left === right;
  if (operator === "!=") return left !== right;
  if (operator === "<") return left < right;
  if (operator === "<=") return left <= right;
  if (operator === ">") return left > right;
  return left >= right;
}
function calculate(operator, left, right) {
  if (operator === "+") return left + right;
  if (operator === "-") return left - right;
  if (operator === "*") return left * right;
  if (operator === "/") return left / right;
  return left % right;
}

// src/table-schema/row-rules-scan.ts
function checkRowRules(scan, schema, rules, maxExamples) {
  return rules.map((rule) => {
    const result = {
      label: rule.label,
      rule: rule.source,
      fields: rule.fields,
      count: 0,
      examples: [],
      missingFields: rule.fields.filter((name) => !scan.column(name))
    };
    if (result.missingFields.length > 0) return result;
    const readers = new Map(
      rule.fields.map((name) => [
        name,
        cellReader(scan.column(name), schema.fields.find((f) => f.name === name))
      ])
    );
    let row = 0;
    const field2 = (name) => readers.get(name)(row);
    for (; row < scan.rowCount; row++) {
      if (evaluateRule(rule.node, field2) !== false) continue;
      result.count++;
      if (result.examples.length < maxExamples) {
        result.examples.push({
          row: scan.dataRowOf(row),
          line: scan.lineOf(row),
          values: Object.fromEntries(rule.fields.map((name) => [name, field2(name)]))
        });
      }
    }
    return result;
  });
}
function cellReader(column, field2) {
  if (column.kind === "category") {
    const { codes, dictionary } = column;
    if (field2.type !== "boolean")
      return (row) => codes[row] < 0 ? null : dictionary[codes[row]];
    const truth = dictionary.map(
      (text) => field2.trueValues.includes(text) ? true : field2.falseValues.includes(text) ? false : null
    );
    return (row) => codes[row] < 0 ? null : truth[codes[row]];
  }
  const { values, status } = column;
  const present = (row) => status[row] === CELL_PRESENT;
  switch (column.kind) {
    case "boolean":
      return (row) => present(row) ? values[row] === 1 : null;
    case "date":
      return (row) => present(row) ? new Date(values[row]).toISOString().slice(0, 10) : null;
    case "datetime":
      return (row) => present(row) ? new Date(values[row]).toISOString() : null;
    default:
      return (row) => present(row) ? values[row] : null;
  }
}
function valuesWords(values) {
  return Object.entries(values).map(([name, value]) => `${name} = ${value === null ? "missing" : JSON.stringify(value)}`).join(", ");
}

// src/table-schema/validate-table.ts
var errorKinds = [
  "type",
  "required",
  "minimum",
  "maximum",
  "enum",
  "pattern",
  "length",
  "unique"
];
function scanOptionsFor(schema, present = () => true) {
  const columns = {};
  for (const field2 of schema.fields)
    if (present(field2.name)) columns[field2.name] = scanKindOf(field2);
  return { columns, otherColumns: "skip", missingValues: schema.missingValues };
}
function scanKindOf(field2) {
  switch (field2.type) {
    case "string":
      return "category";
    case "boolean":
      return sameValues(field2.trueValues, defaultTrueValues) && sameValues(field2.falseValues, defaultFalseValues) ? "boolean" : "category";
    default:
      return field2.type;
  }
}
var sameValues = (a, b) => a.length === b.length && a.every((value) => b.includes(value));
function validateScan(scan, schema, options) {
  const defined = new Set(schema.fields.map((f) => f.name));
  const present = new Set(scan.columnNames);
  const missingColumns = [
    ...options.missingColumns ?? schema.fields.map((f) => f.name).filter((n) => !present.has(n))
  ];
  const collector = new ErrorCollector(scan, options.maxExamples);
  const primaryKey = new Set(schema.primaryKey);
  for (const field2 of schema.fields) {
    const column = scan.column(field2.name);
    if (!column) continue;
    const required = field2.constraints.required || primaryKey.has(field2.name);
    const unique = field2.constraints.unique || schema.primaryKey.length === 1 && primaryKey.has(field2.name);
    if (column.kind === "category") validateTexts(column, field2, required, unique, collector);
    else validateNumbers(column, field2, required, unique, collector, scan);
  }
  if (schema.primaryKey.length > 1) validateCompositeKey(scan, schema.primaryKey, collector);
  const columnOrder = schema.fields.map((f) => f.name).concat(schema.primaryKey.join(" + "));
  const counts = collector.results(columnOrder);
  const errorCount = counts.reduce((sum, c) => sum + c.count, 0);
  const unexpectedColumns = scan.columnNames.filter((name) => !defined.has(name));
  const rules = checkRowRules(scan, schema, options.rules ?? [], options.maxExamples);
  return {
    source: scan.source,
    rows: scan.rowCount,
    valid: errorCount === 0 && missingColumns.length === 0 && unexpectedColumns.length === 0 && scan.badRowCount === 0 && rules.every((rule) => rule.count === 0 && rule.missingFields.length === 0),
    missingColumns,
    unexpectedColumns,
    badRows: {
      count: scan.badRowCount,
      examples: scan.badRows.slice(0, options.maxExamples).map((b) => ({ row: b.row, line: b.line, problem: b.problem }))
    },
    errorCount,
    counts,
    invalidRows: collector.invalidRows(columnOrder),
    rules
  };
}
var ErrorCollector = class {
  byKey = /* @__PURE__ */ new Map();
  /** Per column, a mark per row with an error, and how many are marked. */
  rowsOf = /* @__PURE__ */ new Map();
  scan;
  maxExamples;
  constructor(scan, maxExamples) {
    this.scan = scan;
    this.maxExamples = maxExamples;
  }
  /** The 1-based data row of a row index, for messages. */
  rowOf(index) {
    return this.scan.dataRowOf(index);
  }
  add(column, kind, index, value, message) {
    const entry = this.entry(column, kind);
    entry.count++;
    this.markRow(column, index);
    if (entry.examples.length < this.maxExamples) {
      entry.examples.push({
        row: this.scan.dataRowOf(index),
        line: this.scan.lineOf(index),
        column,
        kind,
        value,
        message
      });
    }
  }
  /**
   * Counts errors found elsewhere (e.g. by the scan), with examples already
   * located. They are the type errors of numeric columns, cells no other kind
   * can flag, so their rows are counted without marks.
   */
  addCounted(column, kind, count, examples) {
    const entry = this.entry(column, kind);
    entry.count += count;
    this.rows(column).count += count;
    entry.examples.push(...examples.slice(0, this.maxExamples - entry.examples.length));
  }
  entry(column, kind) {
    const key = `${column}\0${kind}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { column, kind, count: 0, examples: [] };
      this.byKey.set(key, entry);
    }
    return entry;
  }
  rows(column) {
    let rows = this.rowsOf.get(column);
    if (!rows) {
      rows = { marked: new Uint8Array(this.scan.rowCount), count: 0 };
      this.rowsOf.set(column, rows);
    }
    return rows;
  }
  markRow(column, index) {
    const rows = this.rows(column);
    if (rows.marked[index]) return;
    rows.marked[index] = 1;
    rows.count++;
  }
  invalidRows(columnOrder) {
    const position = positions(columnOrder);
    return [...this.rowsOf.entries()].filter(([, rows]) => rows.count > 0).sort(([a], [b]) => (position.get(a) ?? -1) - (position.get(b) ?? -1)).map(([column, rows]) => ({ column, rows: rows.count }));
  }
  results(columnOrder) {
    const position = positions(columnOrder);
    const rank = (e) => (position.get(e.column) ?? -1) * errorKinds.length + errorKinds.indexOf(e.kind);
    return [...this.byKey.values()].filter((e) => e.count > 0).sort((a, b) => rank(a) - rank(b));
  }
};
function positions(columnOrder) {
  return new Map(columnOrder.map((name, index) => [name, index]));
}
function validateNumbers(column, field2, required, unique, errors, scan) {
  const name = field2.name;
  const c = field2.constraints;
  const show = displayOf(field2);
  if (column.badCount > 0) {
    const examples = scan.badCells.filter((cell) => cell.column === name).map((cell) => ({
      row: cell.row,
      line: cell.line,
      column: name,
      kind: "type",
      value: cell.value,
      message: `${JSON.stringify(cell.value)} is not ${typeWords[field2.type]}`
    }));
    errors.addCounted(name, "type", column.badCount, examples);
  }
  const { values, status } = column;
  const enumSet = c.enum ? new Set(c.enum.map((v) => typeof v === "boolean" ? Number(v) : v)) : void 0;
  const checksValues = c.minimum !== void 0 || c.maximum !== void 0 || enumSet !== void 0;
  for (let i = 0; i < values.length; i++) {
    const state = status[i];
    if (state === CELL_MISSING) {
      if (required)
        errors.add(name, "required", i, null, "the value is missing but the field is required");
      continue;
    }
    if (state !== CELL_PRESENT || !checksValues) continue;
    const value = values[i];
    if (Number.isNaN(value) && (c.minimum !== void 0 || c.maximum !== void 0)) {
      errors.add(
        name,
        c.minimum !== void 0 ? "minimum" : "maximum",
        i,
        "NaN",
        "NaN is not within the field's range"
      );
      continue;
    }
    if (c.minimum !== void 0 && value < c.minimum) {
      errors.add(
        name,
        "minimum",
        i,
        show(value),
        `${show(value)} is below the minimum ${show(c.minimum)}`
      );
    }
    if (c.maximum !== void 0 && value > c.maximum) {
      errors.add(
        name,
        "maximum",
        i,
        show(value),
        `${show(value)} is above the maximum ${show(c.maximum)}`
      );
    }
    if (enumSet && !enumSet.has(value)) {
      errors.add(
        name,
        "enum",
        i,
        show(value),
        `${show(value)} is not one of ${c.enum.map((v) => show(Number(v))).join(", ")}`
      );
    }
  }
  if (unique) validateUniqueNumbers(column, name, show, errors);
}
function validateUniqueNumbers(column, name, show, errors) {
  const { values, status } = column;
  const present = new Float64Array(column.presentCount);
  let length = 0;
  for (let i = 0; i < values.length; i++) {
    if (status[i] === CELL_PRESENT && !Number.isNaN(values[i])) present[length++] = values[i];
  }
  const sorted = sortNumbersInPlace(present.subarray(0, length));
  const repeated = /* @__PURE__ */ new Set();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
  if (repeated.size === 0) return;
  const firstRow = /* @__PURE__ */ new Map();
  for (let i = 0; i < values.length; i++) {
    if (status[i] !== CELL_PRESENT) continue;
    const value = values[i];
    if (!repeated.has(value)) continue;
    const first = firstRow.get(value);
    if (first === void 0) firstRow.set(value, i);
    else
      errors.add(
        name,
        "unique",
        i,
        show(value),
        `${show(value)} already appears in the field (data row ${errors.rowOf(first)}); values must be unique`
      );
  }
}
function validateTexts(column, field2, required, unique, errors) {
  const name = field2.name;
  const c = field2.constraints;
  const problems = column.dictionary.map((text) => {
    const found = [];
    if (field2.type === "boolean") {
      const isTrue = field2.trueValues.includes(text);
      if (!isTrue && !field2.falseValues.includes(text)) {
        found.push({
          kind: "type",
          message: `${JSON.stringify(text)} is not a boolean (true values: ${field2.trueValues.join(", ")}; false values: ${field2.falseValues.join(", ")})`
        });
      } else if (c.enum && !c.enum.includes(isTrue)) {
        found.push({ kind: "enum", message: `${text} is not one of ${c.enum.join(", ")}` });
      }
      return found;
    }
    if (c.enum && !c.enum.includes(text)) {
      found.push({
        kind: "enum",
        message: `${JSON.stringify(text)} is not one of ${c.enum.map((v) => JSON.stringify(v)).join(", ")}`
      });
    }
    if (c.pattern && !c.pattern.test(text)) {
      found.push({
        kind: "pattern",
        message: `${JSON.stringify(text)} does not match the pattern ${c.patternSource}`
      });
    }
    if (c.minLength !== void 0 || c.maxLength !== void 0) {
      const length = [...text].length;
      if (c.minLength !== void 0 && length < c.minLength) {
        found.push({
          kind: "length",
          message: `${JSON.stringify(text)} has ${length} characters, fewer than minLength ${c.minLength}`
        });
      } else if (c.maxLength !== void 0 && length > c.maxLength) {
        found.push({
          kind: "length",
          message: `${JSON.stringify(text)} has ${length} characters, more than maxLength ${c.maxLength}`
        });
      }
    }
    return found;
  });
  const anyProblem = problems.some((p) => p.length > 0);
  const seen = unique ? new Uint8Array(column.dictionary.length) : void 0;
  const firstRow = unique ? new Int32Array(column.dictionary.length) : void 0;
  const repeats = unique && column.counts.some((count) => count > 1);
  if (!anyProblem && !required && !repeats) return;
  const { codes } = column;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0) {
      if (required)
        errors.add(name, "required", i, null, "the value is missing but the field is required");
      continue;
    }
    const text = column.dictionary[code];
    for (const problem of problems[code]) errors.add(name, problem.kind, i, text, problem.message);
    if (repeats) {
      if (seen[code]) {
        errors.add(
          name,
          "unique",
          i,
          text,
          `${JSON.stringify(text)} already appears in the field (data row ${errors.rowOf(firstRow[code])}); values must be unique`
        );
      } else {
        seen[code] = 1;
        firstRow[code] = i;
      }
    }
  }
}
function validateCompositeKey(scan, key, errors) {
  const columns = key.map((name) => scan.column(name)).filter((c) => c !== void 0);
  if (columns.length !== key.length) return;
  const label = key.join(" + ");
  const firstRow = /* @__PURE__ */ new Map();
  for (let i = 0; i < scan.rowCount; i++) {
    const parts = [];
    let complete = true;
    for (const column of columns) {
      if (column.kind === "category") {
        const code = column.codes[i];
        if (code < 0) complete = false;
        else parts.push(column.dictionary[code]);
      } else if (column.status[i] === CELL_PRESENT) parts.push(String(column.values[i]));
      else complete = false;
    }
    if (!complete) continue;
    const joined = JSON.stringify(parts);
    const first = firstRow.get(joined);
    if (first === void 0) firstRow.set(joined, i);
    else
      errors.add(
        label,
        "unique",
        i,
        parts.join(", "),
        `the primary key (${label}) = (${parts.join(", ")}) already appears in data row ${errors.rowOf(first)}`
      );
  }
}
var typeWords = {
  number: "a number",
  integer: "an integer",
  string: "a string",
  boolean: "a boolean (true/false/1/0)",
  date: "a date written YYYY-MM-DD that exists on the calendar",
  datetime: "an ISO 8601 datetime"
};
function displayOf(field2) {
  if (field2.type === "date") return (ms) => new Date(ms).toISOString().slice(0, 10);
  if (field2.type === "datetime") return (ms) => new Date(ms).toISOString();
  if (field2.type === "boolean") return (v) => v === 1 ? "true" : "false";
  return (v) => String(v);
}

export {
  valuesWords,
  parseTableSchema,
  errorKinds,
  scanOptionsFor,
  validateScan
};
