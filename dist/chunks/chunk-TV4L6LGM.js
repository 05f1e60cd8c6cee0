import {
  CellChecker,
  cellCheckKinds
} from "./chunk-52Z3VBDW.js";
import {
  CELL_MISSING,
  CELL_PRESENT,
  sortNumbersInPlace
} from "./chunk-XUDKVEYV.js";
import {
  defaultFalseValues,
  defaultTrueValues
} from "./chunk-Y6GXJEPL.js";

// src/table-schema/row-rule-evaluator.ts
function evaluateRule(node, field) {
  const recurse = (child) => evaluateRule(child, field);
  switch (node.type) {
    case "literal":
      return node.value;
    case "field":
      return field(node.name);
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
    const field = (name) => readers.get(name)(row);
    for (; row < scan.rowCount; row++) {
      if (evaluateRule(rule.node, field) !== false) continue;
      result.count++;
      if (result.examples.length < maxExamples) {
        result.examples.push({
          row: scan.dataRowOf(row),
          line: scan.lineOf(row),
          values: Object.fromEntries(rule.fields.map((name) => [name, field(name)]))
        });
      }
    }
    return result;
  });
}
function cellReader(column, field) {
  if (column.kind === "category") {
    const { codes, dictionary } = column;
    if (field.type !== "boolean")
      return (row) => codes[row] < 0 ? null : dictionary[codes[row]];
    const truth = dictionary.map(
      (text) => field.trueValues.includes(text) ? true : field.falseValues.includes(text) ? false : null
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
  for (const field of schema.fields)
    if (present(field.name)) columns[field.name] = scanKindOf(field);
  return { columns, otherColumns: "skip", missingValues: schema.missingValues };
}
function validationScanOptions(schema, options, present = () => true) {
  const scan = scanOptionsFor(schema, present);
  const byRows = /* @__PURE__ */ new Set([...schema.primaryKey, ...(options.rules ?? []).flatMap((r) => r.fields)]);
  const cellChecks = {};
  for (const field of schema.fields) {
    if (!present(field.name) || byRows.has(field.name) || field.constraints.unique) continue;
    if (scanKindOf(field) === "category") continue;
    cellChecks[field.name] = cellChecksOf(field, field.constraints.required, options.maxExamples);
  }
  return { ...scan, cellChecks };
}
function cellChecksOf(field, required, examples) {
  const c = field.constraints;
  return {
    required,
    minimum: c.minimum,
    maximum: c.maximum,
    // Booleans are read as 1 and 0; a text cannot equal a number, and stays out of the set.
    allowed: c.enum?.flatMap((v) => typeof v === "string" ? [] : [Number(v)]),
    examples
  };
}
function scanKindOf(field) {
  switch (field.type) {
    case "string":
      return "category";
    case "boolean":
      return sameValues(field.trueValues, defaultTrueValues) && sameValues(field.falseValues, defaultFalseValues) ? "boolean" : "category";
    default:
      return field.type;
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
  for (const field of schema.fields) {
    const column = scan.column(field.name);
    if (!column) continue;
    const required = field.constraints.required || primaryKey.has(field.name);
    const unique = field.constraints.unique || schema.primaryKey.length === 1 && primaryKey.has(field.name);
    if (column.kind === "category") validateTexts(column, field, required, unique, collector);
    else validateNumbers(column, field, required, unique, collector, scan);
  }
  if (schema.primaryKey.length > 1) validateCompositeKey(scan, schema.primaryKey, collector);
  const columnOrder = schema.fields.map((f) => f.name).concat(schema.primaryKey.length > 1 ? [schema.primaryKey.join(" + ")] : []);
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
  /** Per column, a mark per row with an error (made when first needed), and how many rows have one. */
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
  /**
   * Adds a numeric column's cell errors as CellChecker found them, each
   * described by `describe`. Their rows are counted here when the scan
   * checked the cells (`count rows`: no other check reads that column), or
   * were marked one by one (`rows marked`).
   */
  addChecked(column, results, describe, rows) {
    results.counts.forEach((count, kind) => {
      if (count > 0) this.entry(column, cellCheckKinds[kind]).count += count;
    });
    for (const violation of results.examples) {
      const { value, message } = describe(violation);
      this.entry(column, violation.kind).examples.push({
        row: this.scan.dataRowOf(violation.row),
        line: this.scan.lineOf(violation.row),
        column,
        kind: violation.kind,
        value,
        message
      });
    }
    if (rows === "count rows" && results.cells > 0) this.rows(column).count += results.cells;
  }
  rows(column) {
    let rows = this.rowsOf.get(column);
    if (!rows) {
      rows = { marked: null, count: 0 };
      this.rowsOf.set(column, rows);
    }
    return rows;
  }
  markRow(column, index) {
    const rows = this.rows(column);
    rows.marked ??= new Uint8Array(this.scan.rowCount);
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
function validateNumbers(column, field, required, unique, errors, scan) {
  const name = field.name;
  const show = displayOf(field);
  if (column.badCount > 0) {
    const examples = scan.badCells.filter((cell) => cell.column === name).map((cell) => ({
      row: cell.row,
      line: cell.line,
      column: name,
      kind: "type",
      value: cell.value,
      message: `${JSON.stringify(cell.value)} is not ${typeWords[field.type]}`
    }));
    errors.addCounted(name, "type", column.badCount, examples);
  }
  const describe = (violation) => describeViolation(violation, field, show);
  if (column.checked) errors.addChecked(name, column.checked, describe, "count rows");
  else {
    const checker = new CellChecker(cellChecksOf(field, required, errors.maxExamples));
    const { values, status } = column;
    for (let i = 0; i < values.length; i++) {
      const state = status[i];
      const broken = state === CELL_MISSING ? checker.missing(i) : state === CELL_PRESENT && checker.present(i, values[i]);
      if (broken) errors.markRow(name, i);
    }
    errors.addChecked(name, checker.finish(), describe, "rows marked");
  }
  if (unique) validateUniqueNumbers(column, name, show, errors);
}
function describeViolation({ kind, value }, field, show) {
  const c = field.constraints;
  if (kind === "required") {
    return { value: null, message: "the value is missing but the field is required" };
  }
  if (kind !== "enum" && Number.isNaN(value)) {
    return { value: "NaN", message: "NaN is not within the field's range" };
  }
  const shown = show(value);
  if (kind === "minimum") {
    return { value: shown, message: `${shown} is below the minimum ${show(c.minimum ?? 0)}` };
  }
  if (kind === "maximum") {
    return { value: shown, message: `${shown} is above the maximum ${show(c.maximum ?? 0)}` };
  }
  const allowed = (c.enum ?? []).map((v) => show(Number(v))).join(", ");
  return { value: shown, message: `${shown} is not one of ${allowed}` };
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
function validateTexts(column, field, required, unique, errors) {
  const name = field.name;
  const c = field.constraints;
  const problems = column.dictionary.map((text) => {
    const found = [];
    if (field.type === "boolean") {
      const isTrue = field.trueValues.includes(text);
      if (!isTrue && !field.falseValues.includes(text)) {
        found.push({
          kind: "type",
          message: `${JSON.stringify(text)} is not a boolean (true values: ${field.trueValues.join(", ")}; false values: ${field.falseValues.join(", ")})`
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
function displayOf(field) {
  if (field.type === "date") return (ms) => new Date(ms).toISOString().slice(0, 10);
  if (field.type === "datetime") return (ms) => new Date(ms).toISOString();
  if (field.type === "boolean") return (v) => v === 1 ? "true" : "false";
  return (v) => String(v);
}

export {
  valuesWords,
  errorKinds,
  scanOptionsFor,
  validationScanOptions,
  validateScan,
  typeWords
};
