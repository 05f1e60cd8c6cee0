import {
  typeWords,
  valuesWords
} from "./chunk-TV4L6LGM.js";
import {
  columnsProbeSql
} from "./chunk-DPIG2K5A.js";

// src/sql/validation-queries.ts
function stagedRelation(dialect, relation, stages) {
  let from = relation;
  const names = [];
  stages.forEach((stage, index) => {
    const selected = [
      ...names.map((name) => dialect.identifier(name)),
      ...stage.map(({ name, sql }) => `${sql} AS ${dialect.identifier(name)}`)
    ];
    from = `(SELECT ${selected.join(", ")} FROM ${from}) AS mlgate_stage_${index + 1}`;
    names.push(...stage.map(({ name }) => name));
  });
  return from;
}
function violationCountsSql(dialect, relation, predicates) {
  const counts = predicates.map(
    ({ name, sql }) => `COUNT(CASE WHEN ${sql} THEN 1 END) AS ${dialect.identifier(name)}`
  );
  return `SELECT ${[`COUNT(*) AS ${dialect.identifier("mlgate_rows")}`, ...counts].join(",\n  ")}
FROM ${relation}`;
}
function violatingRowsSql(dialect, relation, options) {
  const names = (list) => list.map((name) => dialect.identifier(name)).join(", ");
  return `SELECT ${names(options.columns)}
FROM ${relation}
WHERE ${options.predicate}
ORDER BY ${names(options.order)}
LIMIT ${options.limit}`;
}
function occurrenceSql(dialect, values, order) {
  const names = (list) => list.map((name) => dialect.identifier(name)).join(", ");
  const anyNull = values.map((name) => `${dialect.identifier(name)} IS NULL`).join(" OR ");
  return `CASE WHEN ${anyNull} THEN 0 ELSE ROW_NUMBER() OVER (PARTITION BY ${names(values)} ORDER BY ${names(order)}) END`;
}
function sqlList(literals) {
  return `(${literals.join(", ")})`;
}
var textGrammars = {
  number: String.raw`[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?`,
  integer: "[+-]?[0-9]+",
  date: "[0-9]{4}-[0-9]{2}-[0-9]{2}",
  datetime: String.raw`[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?`
};
var numberSpecials = [
  "nan",
  "+nan",
  "-nan",
  "inf",
  "+inf",
  "infinity",
  "+infinity",
  "-inf",
  "-infinity"
];

// src/table-schema/query-examples.ts
async function queryExamples(connection, relationOf, plan, count, maxExamples) {
  const found = { cells: /* @__PURE__ */ new Map(), rules: /* @__PURE__ */ new Map() };
  for (const check of plan.checks) {
    if (count(check.name) === 0) continue;
    const statement = examplesStatement(
      connection.dialect,
      relationOf(check),
      check,
      plan.keyPlans,
      maxExamples
    );
    const { rows, columns: types } = await connection.query(statement.sql);
    const read = (row, name) => {
      const at = statement.columns.indexOf(name);
      return { value: row[at] ?? null, column: types[at] };
    };
    const keyOf = (row) => plan.keyPlans.map((key) => `${key.field.name} = ${shownCell(read(row, key.cell))}`).join(", ");
    if (check.type === "rule") {
      found.rules.set(
        check.name,
        rows.map((row) => ruleViolation(check.plans, row, read, keyOf))
      );
    } else {
      found.cells.set(
        check.name,
        rows.map((row) => cellError(check, row, read, keyOf))
      );
    }
  }
  return found;
}
function examplesStatement(dialect, relation, check, keyPlans, limit) {
  const shown = check.type === "field" ? [check.plan] : check.plans;
  const names = shown.map((plan) => check.type === "rule" ? plan.value : plan.cell);
  const columns = [.../* @__PURE__ */ new Set([...keyPlans.map((plan) => plan.cell), ...names])];
  return {
    sql: violatingRowsSql(dialect, relation, {
      predicate: check.predicate,
      columns,
      order: check.order,
      limit
    }),
    columns
  };
}
function ruleViolation(plans, row, read, keyOf) {
  const values = Object.fromEntries(
    plans.map((plan) => [plan.field.name, ruleValue(plan.field, read(row, plan.value).value)])
  );
  return { key: keyOf(row) || valuesWords(values), values };
}
function ruleValue(field, value) {
  if (value === null) return null;
  if (field.type === "date") return new Date(value).toISOString().slice(0, 10);
  return value;
}
function cellError(check, row, read, keyOf) {
  if (check.type === "key") {
    const parts = check.plans.map((plan) => shownCell(read(row, plan.cell)));
    return {
      key: keyOf(row),
      column: check.label,
      kind: "unique",
      value: parts.join(", "),
      message: `the primary key (${check.label}) = (${parts.join(", ")}) appears in more than one row`
    };
  }
  const { field, cell } = check.plan;
  const cellRead = read(row, cell);
  const value = cellRead.value === null ? null : shownCell(cellRead);
  return {
    key: keyOf(row) || `${field.name} = ${value === null ? "missing" : value}`,
    column: field.name,
    kind: check.kind,
    value,
    message: messageOf(field, check.kind, value)
  };
}
function shownCell({ value, column }) {
  if (value === null) return "missing";
  if (column.type === "date") return new Date(value).toISOString().slice(0, 10);
  if (column.type === "datetime") return new Date(value).toISOString();
  return String(value);
}
function messageOf(field, kind, value) {
  const c = field.constraints;
  const quoted = JSON.stringify(value);
  switch (kind) {
    case "type":
      return `${quoted} is not ${typeWords[field.type]}`;
    case "required":
      return "the value is missing but the field is required";
    case "minimum":
      return `${value} is below the minimum ${boundWords(field, c.minimum)}`;
    case "maximum":
      return `${value} is above the maximum ${boundWords(field, c.maximum)}`;
    case "enum":
      return `${quoted} is not one of ${(c.enum ?? []).map((v) => typeof v === "number" ? boundWords(field, v) : JSON.stringify(v)).join(", ")}`;
    case "pattern":
      return `${quoted} does not match the pattern ${c.patternSource}`;
    case "length":
      return `${quoted} has ${[...value ?? ""].length} characters, outside minLength ${c.minLength ?? 0} and maxLength ${c.maxLength ?? "\u221E"}`;
    case "unique":
      return `${value} appears in more than one row; values must be unique`;
  }
}
function boundWords(field, value) {
  if (value === void 0) return "";
  if (field.type === "date") return new Date(value).toISOString().slice(0, 10);
  if (field.type === "datetime") return new Date(value).toISOString();
  return String(value);
}

// src/table-schema/query-field-sql.ts
function fieldSql(field, index, context) {
  const { dialect } = context;
  const names = {
    cell: `mlgate_c${index}`,
    value: `mlgate_v${index}`,
    occurrence: `mlgate_o${index}`
  };
  const source = dialect.identifier(field.name);
  const missing = context.missingValues.map((text) => dialect.string(text));
  const cellSql = context.column === "text" && missing.length > 0 ? `CASE WHEN ${source} IN ${sqlList(missing)} THEN NULL ELSE ${source} END` : source;
  const cell = dialect.identifier(names.cell);
  return {
    field,
    ...names,
    cellSql,
    valueSql: typedSql(dialect, field, context.column, cell),
    predicates: predicatesOf(field, context, {
      cell,
      value: dialect.identifier(names.value),
      occurrence: dialect.identifier(names.occurrence)
    })
  };
}
var castOfType = {
  number: "double",
  integer: "double",
  date: "date",
  datetime: "timestamp"
};
function typedSql(dialect, field, column, cell) {
  const text = column === "text";
  const parsed = (grammar, type) => {
    const trimmed = `TRIM(${cell})`;
    return `CASE WHEN ${dialect.fullMatch(trimmed, textGrammars[grammar])} THEN ${dialect.castOrNull(trimmed, type)} END`;
  };
  const none = () => dialect.cast("NULL", castOfType[field.type] ?? "double");
  switch (field.type) {
    case "string":
      return text ? cell : dialect.text(cell);
    case "boolean":
      return column === "boolean" ? cell : booleanSql(dialect, field, text ? cell : dialect.text(cell));
    case "number":
      if (column === "number" || column === "integer") return cell;
      return text ? parsed("number", "double") : none();
    case "integer":
      if (column === "integer") return cell;
      if (column === "number") return `CASE WHEN ${cell} = FLOOR(${cell}) THEN ${cell} END`;
      return text ? parsed("integer", "double") : none();
    case "date":
      if (column === "date") return cell;
      return text ? parsed("date", "date") : none();
    case "datetime":
      if (column === "datetime") return cell;
      if (column === "date") return dialect.cast(cell, "timestamp");
      return text ? parsed("datetime", "timestamp") : none();
  }
}
function booleanSql(dialect, field, text) {
  const list = (values) => sqlList(values.map((v) => dialect.string(v)));
  const trimmed = `TRIM(${text})`;
  return `CASE WHEN ${trimmed} IN ${list(field.trueValues)} THEN TRUE WHEN ${trimmed} IN ${list(field.falseValues)} THEN FALSE END`;
}
function predicatesOf(field, context, { cell, value, occurrence }) {
  const { dialect } = context;
  const c = field.constraints;
  const literal2 = (bound) => literalSql(dialect, field, bound);
  const special = field.type === "number" && context.column === "text" ? ` AND LOWER(TRIM(${cell})) NOT IN ${sqlList(numberSpecials.map((s) => dialect.string(s)))}` : "";
  const found = [
    ["type", `${cell} IS NOT NULL AND ${value} IS NULL${special}`],
    ["required", context.required ? `${cell} IS NULL` : void 0],
    ["minimum", c.minimum === void 0 ? void 0 : `${value} < ${literal2(c.minimum)}`],
    ["maximum", c.maximum === void 0 ? void 0 : `${value} > ${literal2(c.maximum)}`],
    ["enum", c.enum && `${value} NOT IN ${sqlList(c.enum.map(literal2))}`],
    [
      "pattern",
      c.patternSource === void 0 ? void 0 : `NOT ${dialect.fullMatch(value, c.patternSource)}`
    ],
    ["length", lengthSql(dialect, field, value)],
    ["unique", context.unique ? `${occurrence} > 1` : void 0]
  ];
  return found.flatMap(([kind, sql]) => sql === void 0 ? [] : [{ kind, sql }]);
}
function lengthSql(dialect, field, value) {
  const { minLength, maxLength } = field.constraints;
  const length = dialect.length(value);
  const sides = [
    minLength === void 0 ? void 0 : `${length} < ${minLength}`,
    maxLength === void 0 ? void 0 : `${length} > ${maxLength}`
  ].filter((side) => side !== void 0);
  return sides.length === 0 ? void 0 : `(${sides.join(" OR ")})`;
}
function literalSql(dialect, field, value) {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return dialect.string(value);
  if (field.type === "date")
    return dialect.cast(dialect.string(new Date(value).toISOString().slice(0, 10)), "date");
  if (field.type === "datetime") {
    const iso = new Date(value).toISOString().replace("T", " ").replace("Z", "");
    return dialect.cast(dialect.string(iso), "timestamp");
  }
  return String(value);
}

// src/table-schema/row-rule-sql.ts
var Unsupported = class extends Error {
};
function ruleSql(node, dialect, field) {
  try {
    return { kind: "sql", sql: nodeSql(node, dialect, field) };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { kind: "unsupported", reason: error.message };
  }
}
function nodeSql(node, dialect, field) {
  const recurse = (child) => nodeSql(child, dialect, field);
  switch (node.type) {
    case "literal":
      return literal(dialect, node.value);
    case "field": {
      const value = field(node.name);
      if (value.kind === "unsupported") throw new Unsupported(value.reason);
      return value.sql;
    }
    case "not":
      return `(NOT ${recurse(node.argument)})`;
    case "negate":
      return `(-${recurse(node.argument)})`;
    case "logic":
      return `(${recurse(node.left)} ${node.operator.toUpperCase()} ${recurse(node.right)})`;
    case "in":
      return `(${recurse(node.value)} IN ${sqlList(node.list.map((value) => literal(dialect, value)))})`;
    case "compare":
      return compareSql(node, recurse);
    case "arithmetic":
      return arithmeticSql(dialect, node.operator, recurse(node.left), recurse(node.right));
  }
}
function literal(dialect, value) {
  if (value === null) return "NULL";
  if (typeof value === "string") return dialect.string(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
var isNull = (node) => node.type === "literal" && node.value === null;
function compareSql(node, recurse) {
  const { operator, left, right } = node;
  if (isNull(left) || isNull(right)) {
    const equal = operator === "==";
    if (isNull(left) && isNull(right)) return equal ? "TRUE" : "FALSE";
    return `(${recurse(isNull(left) ? right : left)} IS ${equal ? "" : "NOT "}NULL)`;
  }
  const spelled = operator === "==" ? "=" : operator === "!=" ? "<>" : operator;
  return `(${recurse(left)} ${spelled} ${recurse(right)})`;
}
function arithmeticSql(dialect, operator, left, right) {
  if (operator === "/") return `(${dialect.double(left)} / NULLIF(${dialect.double(right)}, 0))`;
  if (operator !== "%") return `(${left} ${operator} ${right})`;
  const remainder = dialect.modulo(left, right);
  if (remainder === void 0)
    throw new Unsupported(`\`%\` (${dialect.engine} has no remainder of floats)`);
  return remainder;
}

// src/table-schema/query-validation.ts
async function validateQuerySource(source, schema, options) {
  const { connection } = source;
  const probe = await connection.query(columnsProbeSql(source.relation));
  const plan = validationPlan(connection.dialect, schema, probe.columns, options.rules ?? []);
  if (plan.unsupported.length > 0) return { kind: "unsupported", rules: plan.unsupported };
  const relation = stagedRelation(connection.dialect, source.relation, plan.stages);
  const counted = await connection.query(countsStatement(connection.dialect, relation, plan));
  const names = counted.columns.map((column) => column.name);
  const figure = (name) => {
    const at = names.indexOf(name);
    if (at === -1) throw new Error(`${source.label}: the engine's counts have no column ${name}`);
    return Number(counted.rows[0]?.[at] ?? 0);
  };
  const examples = await queryExamples(
    connection,
    (check) => examplesRelation(connection.dialect, source.relation, plan, check),
    plan,
    figure,
    options.maxExamples
  );
  return {
    kind: "validated",
    result: resultOf({ source, schema, plan, figure, examples, columns: probe.columns })
  };
}
function examplesRelation(dialect, sourceRelation, plan, check) {
  const repeats = check.type === "key" || check.type === "field" && check.kind === "unique";
  return stagedRelation(dialect, sourceRelation, repeats ? plan.stages : plan.stages.slice(0, 2));
}
function countsStatement(dialect, relation, plan) {
  return violationCountsSql(dialect, relation, [
    ...plan.checks.map((check) => ({ name: check.name, sql: check.predicate })),
    ...plan.fields.flatMap(invalidRowsCount)
  ]);
}
function invalidRowsCount(plan) {
  if (plan.predicates.length === 0) return [];
  return [
    { name: `${plan.cell}_rows`, sql: plan.predicates.map((p) => `(${p.sql})`).join(" OR ") }
  ];
}
function validationPlan(dialect, schema, columns, rules) {
  const fields = fieldPlans(dialect, schema, columns);
  const byName = new Map(fields.map((plan) => [plan.field.name, plan]));
  const keyed = schema.primaryKey.flatMap((name) => byName.get(name) ?? []);
  const keyPlans = keyed.length === schema.primaryKey.length ? keyed : [];
  const keyCells = keyPlans.map((plan) => plan.cell);
  const order = (plans, name) => keyCells.length > 0 ? keyCells : plans.map((plan) => plan[name]);
  const occurrences = fields.filter((plan) => plan.predicates.some((p) => p.kind === "unique")).map((plan) => ({
    name: plan.occurrence,
    sql: occurrenceSql(dialect, [plan.value], order([plan], "cell"))
  }));
  const checks = fields.flatMap(
    (plan) => plan.predicates.map((p) => ({
      type: "field",
      name: `${plan.cell}_${p.kind}`,
      predicate: p.sql,
      order: order([plan], "cell"),
      kind: p.kind,
      plan
    }))
  );
  if (schema.primaryKey.length > 1 && keyPlans.length > 0) {
    const values = keyPlans.map((plan) => plan.value);
    occurrences.push({ name: "mlgate_okey", sql: occurrenceSql(dialect, values, keyCells) });
    checks.push({
      type: "key",
      name: "mlgate_okey_unique",
      predicate: `${dialect.identifier("mlgate_okey")} > 1`,
      order: keyCells,
      label: schema.primaryKey.join(" + "),
      plans: keyPlans
    });
  }
  const ruled = ruleChecks(dialect, rules, byName, (plans) => order(plans, "value"));
  return {
    fields,
    stages: [
      fields.map((plan) => ({ name: plan.cell, sql: plan.cellSql })),
      fields.map((plan) => ({ name: plan.value, sql: plan.valueSql })),
      occurrences
    ],
    checks: [...checks, ...ruled.checks],
    keyPlans,
    rules: ruled.rules,
    unsupported: ruled.unsupported
  };
}
function fieldPlans(dialect, schema, columns) {
  const types = new Map(columns.map((column) => [column.name, column.type]));
  const primaryKey = new Set(schema.primaryKey);
  return schema.fields.flatMap((field, index) => {
    const column = types.get(field.name);
    if (column === void 0) return [];
    const inKey = primaryKey.has(field.name);
    return [
      fieldSql(field, index, {
        dialect,
        column,
        missingValues: schema.missingValues,
        required: field.constraints.required || inKey,
        unique: field.constraints.unique || inKey && schema.primaryKey.length === 1
      })
    ];
  });
}
function ruleChecks(dialect, rules, byName, order) {
  const planned = {
    checks: [],
    rules: [],
    unsupported: []
  };
  rules.forEach((rule, index) => {
    const missingFields = rule.fields.filter((name) => !byName.has(name));
    planned.rules.push({ rule, missingFields });
    if (missingFields.length > 0) return;
    const plans = rule.fields.flatMap((name) => byName.get(name) ?? []);
    const translated = ruleSql(
      rule.node,
      dialect,
      (name) => ruleFieldSql(dialect, byName.get(name))
    );
    if (translated.kind === "unsupported") {
      planned.unsupported.push(unsupportedRule(dialect, rule, translated.reason));
      return;
    }
    planned.checks.push({
      type: "rule",
      name: `mlgate_rule_${index}`,
      predicate: `NOT ${translated.sql}`,
      order: order(plans),
      index,
      rule,
      plans
    });
  });
  return planned;
}
function ruleFieldSql(dialect, plan) {
  if (plan === void 0) return { kind: "unsupported", reason: "a field the source lacks" };
  const value = dialect.identifier(plan.value);
  switch (plan.field.type) {
    case "number":
    case "integer":
      return { kind: "sql", sql: dialect.double(value) };
    case "date":
      return { kind: "sql", sql: dialect.text(value) };
    case "datetime":
      return {
        kind: "unsupported",
        reason: `the datetime field "${plan.field.name}" (a rule reads it as ISO text such as 2012-01-01T00:00:00.000Z, which SQL engines do not write)`
      };
    default:
      return { kind: "sql", sql: value };
  }
}
function unsupportedRule(dialect, rule, reason) {
  return {
    label: rule.label,
    rule: rule.source,
    message: `the row rule \`${rule.source}\` is not supported on this engine (${dialect.engine}): it uses ${reason}`,
    fix: "Validate a data file instead of the query source, or write the rule as a filter in a `query` source (e.g. `query: SELECT * FROM t WHERE NOT (\u2026)`) and validate that its rows are none"
  };
}
function resultOf({
  source,
  schema,
  plan,
  figure,
  examples,
  columns
}) {
  const counts = plan.checks.flatMap((check) => {
    if (check.type === "rule" || figure(check.name) === 0) return [];
    const column = check.type === "key" ? check.label : check.plan.field.name;
    const kind = check.type === "key" ? "unique" : check.kind;
    return [
      { column, kind, count: figure(check.name), examples: examples.cells.get(check.name) ?? [] }
    ];
  });
  const invalidRows = [
    ...plan.fields.map((p) => ({ column: p.field.name, rows: figure(`${p.cell}_rows`) })),
    ...plan.checks.flatMap(
      (check) => check.type === "key" ? [{ column: check.label, rows: figure(check.name) }] : []
    )
  ].filter((entry) => entry.rows > 0);
  const present = new Set(columns.map((column) => column.name));
  const defined = new Set(schema.fields.map((field) => field.name));
  const missingColumns = schema.fields.map((f) => f.name).filter((name) => !present.has(name));
  const unexpectedColumns = columns.map((c) => c.name).filter((name) => !defined.has(name));
  const rules = plan.rules.map(
    ({ rule, missingFields }, index) => ({
      label: rule.label,
      rule: rule.source,
      fields: rule.fields,
      count: missingFields.length > 0 ? 0 : figure(`mlgate_rule_${index}`),
      examples: examples.rules.get(`mlgate_rule_${index}`) ?? [],
      missingFields
    })
  );
  const errorCount = counts.reduce((sum, c) => sum + c.count, 0);
  return {
    source: source.label,
    rows: figure("mlgate_rows"),
    valid: errorCount === 0 && missingColumns.length === 0 && unexpectedColumns.length === 0 && rules.every((rule) => rule.count === 0 && rule.missingFields.length === 0),
    missingColumns,
    unexpectedColumns,
    badRows: { count: 0, examples: [] },
    errorCount,
    counts,
    invalidRows,
    rules
  };
}

// node_modules/jsep/dist/jsep.js
var Hooks = class {
  /**
   * @callback HookCallback
   * @this {*|Jsep} this
   * @param {Jsep} env
   * @returns: void
   */
  /**
   * Adds the given callback to the list of callbacks for the given hook.
   *
   * The callback will be invoked when the hook it is registered for is run.
   *
   * One callback function can be registered to multiple hooks and the same hook multiple times.
   *
   * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
   * @param {HookCallback|boolean} callback The callback function which is given environment variables.
   * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
   * @public
   */
  add(name, callback, first) {
    if (typeof arguments[0] != "string") {
      for (let name2 in arguments[0]) {
        this.add(name2, arguments[0][name2], arguments[1]);
      }
    } else {
      (Array.isArray(name) ? name : [name]).forEach(function(name2) {
        this[name2] = this[name2] || [];
        if (callback) {
          this[name2][first ? "unshift" : "push"](callback);
        }
      }, this);
    }
  }
  /**
   * Runs a hook invoking all registered callbacks with the given environment variables.
   *
   * Callbacks will be invoked synchronously and in the order in which they were registered.
   *
   * @param {string} name The name of the hook.
   * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
   * @public
   */
  run(name, env) {
    this[name] = this[name] || [];
    this[name].forEach(function(callback) {
      callback.call(env && env.context ? env.context : env, env);
    });
  }
};
var Plugins = class {
  constructor(jsep2) {
    this.jsep = jsep2;
    this.registered = {};
  }
  /**
   * @callback PluginSetup
   * @this {Jsep} jsep
   * @returns: void
   */
  /**
   * Adds the given plugin(s) to the registry
   *
   * @param {object} plugins
   * @param {string} plugins.name The name of the plugin
   * @param {PluginSetup} plugins.init The init function
   * @public
   */
  register(...plugins) {
    plugins.forEach((plugin) => {
      if (typeof plugin !== "object" || !plugin.name || !plugin.init) {
        throw new Error("Invalid JSEP plugin format");
      }
      if (this.registered[plugin.name]) {
        return;
      }
      plugin.init(this.jsep);
      this.registered[plugin.name] = plugin;
    });
  }
};
var Jsep = class _Jsep {
  /**
   * @returns {string}
   */
  static get version() {
    return "1.6.0";
  }
  /**
   * @returns {string}
   */
  static toString() {
    return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
  }
  // ==================== CONFIG ================================
  /**
   * @method addUnaryOp
   * @param {string} op_name The name of the unary op to add
   * @returns {Jsep}
   */
  static addUnaryOp(op_name) {
    _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
    _Jsep.unary_ops[op_name] = 1;
    return _Jsep;
  }
  /**
   * @method jsep.addBinaryOp
   * @param {string} op_name The name of the binary op to add
   * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
   * @param {boolean} [isRightAssociative=false] whether operator is right-associative
   * @returns {Jsep}
   */
  static addBinaryOp(op_name, precedence, isRightAssociative) {
    _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
    _Jsep.binary_ops[op_name] = precedence;
    if (isRightAssociative) {
      _Jsep.right_associative.add(op_name);
    } else {
      _Jsep.right_associative.delete(op_name);
    }
    return _Jsep;
  }
  /**
   * @method addIdentifierChar
   * @param {string} char The additional character to treat as a valid part of an identifier
   * @returns {Jsep}
   */
  static addIdentifierChar(char) {
    _Jsep.additional_identifier_chars.add(char);
    return _Jsep;
  }
  /**
   * @method addLiteral
   * @param {string} literal_name The name of the literal to add
   * @param {*} literal_value The value of the literal
   * @returns {Jsep}
   */
  static addLiteral(literal_name, literal_value) {
    _Jsep.literals[literal_name] = literal_value;
    return _Jsep;
  }
  /**
   * @method removeUnaryOp
   * @param {string} op_name The name of the unary op to remove
   * @returns {Jsep}
   */
  static removeUnaryOp(op_name) {
    delete _Jsep.unary_ops[op_name];
    if (op_name.length === _Jsep.max_unop_len) {
      _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
    }
    return _Jsep;
  }
  /**
   * @method removeAllUnaryOps
   * @returns {Jsep}
   */
  static removeAllUnaryOps() {
    _Jsep.unary_ops = {};
    _Jsep.max_unop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeIdentifierChar
   * @param {string} char The additional character to stop treating as a valid part of an identifier
   * @returns {Jsep}
   */
  static removeIdentifierChar(char) {
    _Jsep.additional_identifier_chars.delete(char);
    return _Jsep;
  }
  /**
   * @method removeBinaryOp
   * @param {string} op_name The name of the binary op to remove
   * @returns {Jsep}
   */
  static removeBinaryOp(op_name) {
    delete _Jsep.binary_ops[op_name];
    if (op_name.length === _Jsep.max_binop_len) {
      _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
    }
    _Jsep.right_associative.delete(op_name);
    return _Jsep;
  }
  /**
   * @method removeAllBinaryOps
   * @returns {Jsep}
   */
  static removeAllBinaryOps() {
    _Jsep.binary_ops = {};
    _Jsep.max_binop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeLiteral
   * @param {string} literal_name The name of the literal to remove
   * @returns {Jsep}
   */
  static removeLiteral(literal_name) {
    delete _Jsep.literals[literal_name];
    return _Jsep;
  }
  /**
   * @method removeAllLiterals
   * @returns {Jsep}
   */
  static removeAllLiterals() {
    _Jsep.literals = {};
    return _Jsep;
  }
  // ==================== END CONFIG ============================
  /**
   * @returns {string}
   */
  get char() {
    return this.expr.charAt(this.index);
  }
  /**
   * @returns {number}
   */
  get code() {
    return this.expr.charCodeAt(this.index);
  }
  /**
   * @param {string} expr a string with the passed in express
   * @returns Jsep
   */
  constructor(expr) {
    this.expr = expr;
    this.index = 0;
  }
  /**
   * static top-level parser
   * @returns {jsep.Expression}
   */
  static parse(expr) {
    return new _Jsep(expr).parse();
  }
  /**
   * Get the longest key length of any object
   * @param {object} obj
   * @returns {number}
   */
  static getMaxKeyLen(obj) {
    return Math.max(0, ...Object.keys(obj).map((k) => k.length));
  }
  /**
   * `ch` is a character code in the next three functions
   * @param {number} ch
   * @returns {boolean}
   */
  static isDecimalDigit(ch) {
    return ch >= 48 && ch <= 57;
  }
  /**
   * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
   * @param {string} op_val
   * @returns {number}
   */
  static binaryPrecedence(op_val) {
    return _Jsep.binary_ops[op_val] || 0;
  }
  /**
   * Looks for start of identifier
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierStart(ch) {
    return ch >= 65 && ch <= 90 || // A...Z
    ch >= 97 && ch <= 122 || // a...z
    ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
    _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
  }
  /**
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierPart(ch) {
    return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
  }
  /**
   * throw error at index of the expression
   * @param {string} message
   * @throws
   */
  throwError(message) {
    const error = new Error(message + " at character " + this.index);
    error.index = this.index;
    error.description = message;
    throw error;
  }
  /**
   * Run a given hook
   * @param {string} name
   * @param {jsep.Expression|false} [node]
   * @returns {?jsep.Expression}
   */
  runHook(name, node) {
    if (_Jsep.hooks[name]) {
      const env = { context: this, node };
      _Jsep.hooks.run(name, env);
      return env.node;
    }
    return node;
  }
  /**
   * Runs a given hook until one returns a node
   * @param {string} name
   * @returns {?jsep.Expression}
   */
  searchHook(name) {
    if (_Jsep.hooks[name]) {
      const env = { context: this };
      _Jsep.hooks[name].find(function(callback) {
        callback.call(env.context, env);
        return env.node;
      });
      return env.node;
    }
  }
  /**
   * Push `index` up to the next non-space character
   */
  gobbleSpaces() {
    let ch = this.code;
    while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
      ch = this.expr.charCodeAt(++this.index);
    }
    this.runHook("gobble-spaces");
  }
  /**
   * Top-level method to parse all expressions and returns compound or single node
   * @returns {jsep.Expression}
   */
  parse() {
    this.runHook("before-all");
    const nodes = this.gobbleExpressions();
    const node = nodes.length === 1 ? nodes[0] : {
      type: _Jsep.COMPOUND,
      body: nodes
    };
    return this.runHook("after-all", node);
  }
  /**
   * top-level parser (but can be reused within as well)
   * @param {number} [untilICode]
   * @returns {jsep.Expression[]}
   */
  gobbleExpressions(untilICode) {
    let nodes = [], ch_i, node;
    while (this.index < this.expr.length) {
      ch_i = this.code;
      if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
        this.index++;
      } else {
        if (node = this.gobbleExpression()) {
          nodes.push(node);
        } else if (this.index < this.expr.length) {
          if (ch_i === untilICode) {
            break;
          }
          this.throwError('Unexpected "' + this.char + '"');
        }
      }
    }
    return nodes;
  }
  /**
   * The main parsing function.
   * @returns {?jsep.Expression}
   */
  gobbleExpression() {
    const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
    this.gobbleSpaces();
    return this.runHook("after-expression", node);
  }
  /**
   * Search for the operation portion of the string (e.g. `+`, `===`)
   * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
   * and move down from 3 to 2 to 1 character until a matching binary operation is found
   * then, return that binary operation
   * @returns {string|boolean}
   */
  gobbleBinaryOp() {
    this.gobbleSpaces();
    let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
    let tc_len = to_check.length;
    while (tc_len > 0) {
      if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
        this.index += tc_len;
        return to_check;
      }
      to_check = to_check.substr(0, --tc_len);
    }
    return false;
  }
  /**
   * This function is responsible for gobbling an individual expression,
   * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
   * @returns {?jsep.BinaryExpression}
   */
  gobbleBinaryExpression() {
    let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
    left = this.gobbleToken();
    if (!left) {
      return left;
    }
    biop = this.gobbleBinaryOp();
    if (!biop) {
      return left;
    }
    biop_info = { value: biop, prec: _Jsep.binaryPrecedence(biop), right_a: _Jsep.right_associative.has(biop) };
    right = this.gobbleToken();
    if (!right) {
      this.throwError("Expected expression after " + biop);
    }
    stack = [left, biop_info, right];
    while (biop = this.gobbleBinaryOp()) {
      prec = _Jsep.binaryPrecedence(biop);
      if (prec === 0) {
        this.index -= biop.length;
        break;
      }
      biop_info = { value: biop, prec, right_a: _Jsep.right_associative.has(biop) };
      cur_biop = biop;
      const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
      while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
        right = stack.pop();
        biop = stack.pop().value;
        left = stack.pop();
        node = {
          type: _Jsep.BINARY_EXP,
          operator: biop,
          left,
          right
        };
        stack.push(node);
      }
      node = this.gobbleToken();
      if (!node) {
        this.throwError("Expected expression after " + cur_biop);
      }
      stack.push(biop_info, node);
    }
    i = stack.length - 1;
    node = stack[i];
    while (i > 1) {
      node = {
        type: _Jsep.BINARY_EXP,
        operator: stack[i - 1].value,
        left: stack[i - 2],
        right: node
      };
      i -= 2;
    }
    return node;
  }
  /**
   * An individual part of a binary expression:
   * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
   * @returns {boolean|jsep.Expression}
   */
  gobbleToken() {
    let ch, to_check, tc_len, node;
    this.gobbleSpaces();
    node = this.searchHook("gobble-token");
    if (node) {
      return this.runHook("after-token", node);
    }
    ch = this.code;
    if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
      return this.gobbleNumericLiteral();
    }
    if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
      node = this.gobbleStringLiteral();
    } else if (ch === _Jsep.OBRACK_CODE) {
      node = this.gobbleArray();
    } else {
      to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
      tc_len = to_check.length;
      while (tc_len > 0) {
        if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
          this.index += tc_len;
          const argument = this.gobbleToken();
          if (!argument) {
            this.throwError("missing unaryOp argument");
          }
          return this.runHook("after-token", {
            type: _Jsep.UNARY_EXP,
            operator: to_check,
            argument,
            prefix: true
          });
        }
        to_check = to_check.substr(0, --tc_len);
      }
      if (_Jsep.isIdentifierStart(ch)) {
        node = this.gobbleIdentifier();
        if (_Jsep.literals.hasOwnProperty(node.name)) {
          node = {
            type: _Jsep.LITERAL,
            value: _Jsep.literals[node.name],
            raw: node.name
          };
        } else if (node.name === _Jsep.this_str) {
          node = { type: _Jsep.THIS_EXP };
        }
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = this.gobbleGroup();
      }
    }
    if (!node) {
      return this.runHook("after-token", false);
    }
    node = this.gobbleTokenProperty(node);
    return this.runHook("after-token", node);
  }
  /**
   * Gobble properties of of identifiers/strings/arrays/groups.
   * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
   * It also gobbles function calls:
   * e.g. `Math.acos(obj.angle)`
   * @param {jsep.Expression} node
   * @returns {jsep.Expression}
   */
  gobbleTokenProperty(node) {
    this.gobbleSpaces();
    let ch = this.code;
    while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
      let optional;
      if (ch === _Jsep.QUMARK_CODE) {
        if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
          break;
        }
        optional = true;
        this.index += 2;
        this.gobbleSpaces();
        ch = this.code;
      }
      this.index++;
      if (ch === _Jsep.OBRACK_CODE) {
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: true,
          object: node,
          property: this.gobbleExpression()
        };
        if (!node.property) {
          this.throwError('Unexpected "' + this.char + '"');
        }
        this.gobbleSpaces();
        ch = this.code;
        if (ch !== _Jsep.CBRACK_CODE) {
          this.throwError("Unclosed [");
        }
        this.index++;
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = {
          type: _Jsep.CALL_EXP,
          "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
          callee: node
        };
      } else if (ch === _Jsep.PERIOD_CODE || optional) {
        if (optional) {
          this.index--;
        }
        this.gobbleSpaces();
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: false,
          object: node,
          property: this.gobbleIdentifier()
        };
      }
      if (optional) {
        node.optional = true;
      }
      this.gobbleSpaces();
      ch = this.code;
    }
    return node;
  }
  /**
   * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
   * keep track of everything in the numeric literal and then calling `parseFloat` on that string
   * @returns {jsep.Literal}
   */
  gobbleNumericLiteral() {
    let number = "", ch, chCode;
    while (_Jsep.isDecimalDigit(this.code)) {
      number += this.expr.charAt(this.index++);
    }
    if (this.code === _Jsep.PERIOD_CODE) {
      number += this.expr.charAt(this.index++);
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
    }
    ch = this.char;
    if (ch === "e" || ch === "E") {
      number += this.expr.charAt(this.index++);
      ch = this.char;
      if (ch === "+" || ch === "-") {
        number += this.expr.charAt(this.index++);
      }
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
      if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
        this.throwError("Expected exponent (" + number + this.char + ")");
      }
    }
    chCode = this.code;
    if (_Jsep.isIdentifierStart(chCode)) {
      this.throwError("Variable names cannot start with a number (" + number + this.char + ")");
    } else if (chCode === _Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === _Jsep.PERIOD_CODE) {
      this.throwError("Unexpected period");
    }
    return {
      type: _Jsep.LITERAL,
      value: parseFloat(number),
      raw: number
    };
  }
  /**
   * Parses a string literal, staring with single or double quotes with basic support for escape codes
   * e.g. `"hello world"`, `'this is\nJSEP'`
   * @returns {jsep.Literal}
   */
  gobbleStringLiteral() {
    let str = "";
    const startIndex = this.index;
    const quote = this.expr.charAt(this.index++);
    let closed = false;
    while (this.index < this.expr.length) {
      let ch = this.expr.charAt(this.index++);
      if (ch === quote) {
        closed = true;
        break;
      } else if (ch === "\\") {
        ch = this.expr.charAt(this.index++);
        switch (ch) {
          case "n":
            str += "\n";
            break;
          case "r":
            str += "\r";
            break;
          case "t":
            str += "	";
            break;
          case "b":
            str += "\b";
            break;
          case "f":
            str += "\f";
            break;
          case "v":
            str += "\v";
            break;
          default:
            str += ch;
        }
      } else {
        str += ch;
      }
    }
    if (!closed) {
      this.throwError('Unclosed quote after "' + str + '"');
    }
    return {
      type: _Jsep.LITERAL,
      value: str,
      raw: this.expr.substring(startIndex, this.index)
    };
  }
  /**
   * Gobbles only identifiers
   * e.g.: `foo`, `_value`, `$x1`
   * Also, this function checks if that identifier is a literal:
   * (e.g. `true`, `false`, `null`) or `this`
   * @returns {jsep.Identifier}
   */
  gobbleIdentifier() {
    let ch = this.code, start = this.index;
    if (_Jsep.isIdentifierStart(ch)) {
      this.index++;
    } else {
      this.throwError("Unexpected " + this.char);
    }
    while (this.index < this.expr.length) {
      ch = this.code;
      if (_Jsep.isIdentifierPart(ch)) {
        this.index++;
      } else {
        break;
      }
    }
    return {
      type: _Jsep.IDENTIFIER,
      name: this.expr.slice(start, this.index)
    };
  }
  /**
   * Gobbles a list of arguments within the context of a function call
   * or array literal. This function also assumes that the opening character
   * `(` or `[` has already been gobbled, and gobbles expressions and commas
   * until the terminator character `)` or `]` is encountered.
   * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
   * @param {number} termination
   * @returns {jsep.Expression[]}
   */
  gobbleArguments(termination) {
    const args = [];
    let closed = false;
    let separator_count = 0;
    while (this.index < this.expr.length) {
      this.gobbleSpaces();
      let ch_i = this.code;
      if (ch_i === termination) {
        closed = true;
        this.index++;
        if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
          this.throwError("Unexpected token " + String.fromCharCode(termination));
        }
        break;
      } else if (ch_i === _Jsep.COMMA_CODE) {
        this.index++;
        separator_count++;
        if (separator_count !== args.length) {
          if (termination === _Jsep.CPAREN_CODE) {
            this.throwError("Unexpected token ,");
          } else if (termination === _Jsep.CBRACK_CODE) {
            for (let arg = args.length; arg < separator_count; arg++) {
              args.push(null);
            }
          }
        }
      } else if (args.length !== separator_count && separator_count !== 0) {
        this.throwError("Expected comma");
      } else {
        const node = this.gobbleExpression();
        if (!node || node.type === _Jsep.COMPOUND) {
          this.throwError("Expected comma");
        }
        args.push(node);
      }
    }
    if (!closed) {
      this.throwError("Expected " + String.fromCharCode(termination));
    }
    return args;
  }
  /**
   * Responsible for parsing a group of things within parentheses `()`
   * that have no identifier in front (so not a function call)
   * This function assumes that it needs to gobble the opening parenthesis
   * and then tries to gobble everything within that parenthesis, assuming
   * that the next thing it should see is the close parenthesis. If not,
   * then the expression probably doesn't have a `)`
   * @returns {boolean|jsep.Expression}
   */
  gobbleGroup() {
    this.index++;
    let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
    if (this.code === _Jsep.CPAREN_CODE) {
      this.index++;
      if (nodes.length === 1) {
        return nodes[0];
      } else if (!nodes.length) {
        return false;
      } else {
        return {
          type: _Jsep.SEQUENCE_EXP,
          expressions: nodes
        };
      }
    } else {
      this.throwError("Unclosed (");
    }
  }
  /**
   * Responsible for parsing Array literals `[1, 2, 3]`
   * This function assumes that it needs to gobble the opening bracket
   * and then tries to gobble the expressions as arguments.
   * @returns {jsep.ArrayExpression}
   */
  gobbleArray() {
    this.index++;
    return {
      type: _Jsep.ARRAY_EXP,
      elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
    };
  }
};
var hooks = new Hooks();
Object.assign(Jsep, {
  hooks,
  plugins: new Plugins(Jsep),
  // Node Types
  // ----------
  // This is the full set of types that any JSEP node can be.
  // Store them here to save space when minified
  COMPOUND: "Compound",
  SEQUENCE_EXP: "SequenceExpression",
  IDENTIFIER: "Identifier",
  MEMBER_EXP: "MemberExpression",
  LITERAL: "Literal",
  THIS_EXP: "ThisExpression",
  CALL_EXP: "CallExpression",
  UNARY_EXP: "UnaryExpression",
  BINARY_EXP: "BinaryExpression",
  ARRAY_EXP: "ArrayExpression",
  TAB_CODE: 9,
  LF_CODE: 10,
  CR_CODE: 13,
  SPACE_CODE: 32,
  PERIOD_CODE: 46,
  // '.'
  COMMA_CODE: 44,
  // ','
  SQUOTE_CODE: 39,
  // single quote
  DQUOTE_CODE: 34,
  // double quotes
  OPAREN_CODE: 40,
  // (
  CPAREN_CODE: 41,
  // )
  OBRACK_CODE: 91,
  // [
  CBRACK_CODE: 93,
  // ]
  QUMARK_CODE: 63,
  // ?
  SEMCOL_CODE: 59,
  // ;
  COLON_CODE: 58,
  // :
  // Operations
  // ----------
  // Use a quickly-accessible map to store all of the unary operators
  // Values are set to `1` (it really doesn't matter)
  unary_ops: {
    "-": 1,
    "!": 1,
    "~": 1,
    "+": 1
  },
  // Also use a map for the binary operations but set their values to their
  // binary precedence for quick reference (higher number = higher precedence)
  // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
  binary_ops: {
    "||": 1,
    "??": 1,
    "&&": 2,
    "|": 3,
    "^": 4,
    "&": 5,
    "==": 6,
    "!=": 6,
    "===": 6,
    "!==": 6,
    "<": 7,
    ">": 7,
    "<=": 7,
    ">=": 7,
    "<<": 8,
    ">>": 8,
    ">>>": 8,
    "+": 9,
    "-": 9,
    "*": 10,
    "/": 10,
    "%": 10,
    "**": 11
  },
  // sets specific binary_ops as right-associative
  right_associative: /* @__PURE__ */ new Set(["**"]),
  // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
  additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
  // Literals
  // ----------
  // Store the values to return for the various literals we may encounter
  literals: {
    "true": true,
    "false": false,
    "null": null
  },
  // Except for `this`, which is special. This could be changed to something like `'self'` as well
  this_str: "this"
});
Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
var jsep = (expr) => new Jsep(expr).parse();
var stdClassProps = Object.getOwnPropertyNames(class Test {
});
Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
  jsep[m] = Jsep[m];
});
jsep.Jsep = Jsep;
var CONDITIONAL_EXP = "ConditionalExpression";
var ternary = {
  name: "ternary",
  init(jsep2) {
    jsep2.hooks.add("after-expression", function gobbleTernary(env) {
      if (env.node && this.code === jsep2.QUMARK_CODE) {
        this.index++;
        const test = env.node;
        const consequent = this.gobbleExpression();
        if (!consequent) {
          this.throwError("Expected expression");
        }
        this.gobbleSpaces();
        if (this.code === jsep2.COLON_CODE) {
          this.index++;
          const alternate = this.gobbleExpression();
          if (!alternate) {
            this.throwError("Expected expression");
          }
          env.node = {
            type: CONDITIONAL_EXP,
            test,
            consequent,
            alternate
          };
          if (test.operator && jsep2.binary_ops[test.operator] <= 0.9) {
            let newTest = test;
            while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
              newTest = newTest.right;
            }
            env.node.test = newTest.right;
            newTest.right = env.node;
            env.node = test;
          }
        } else {
          this.throwError("Expected :");
        }
      }
    });
  }
};
jsep.plugins.register(ternary);

// src/table-schema/row-rule.ts
jsep.addBinaryOp("or", 1);
jsep.addBinaryOp("and", 2);
jsep.addBinaryOp("in", 7);
jsep.addUnaryOp("not");
var RuleError = class extends Error {
  problem;
  constructor(problem) {
    super(problem.message);
    this.problem = problem;
  }
};
var comparisons = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">="]);
var arithmetic = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%"]);
var logic = { and: "and", "&&": "and", or: "or", "||": "or" };
var valueTypes = {
  number: "number",
  integer: "number",
  string: "text",
  date: "text",
  datetime: "text",
  boolean: "boolean"
};
var allowed = "a rule uses field names, literals, == != < <= > >=, + - * / %, and/or/not and `in [..]`";
function parseRowRule(source, label, fields) {
  let tree;
  try {
    tree = jsep(source);
  } catch (error) {
    const { description, index } = error;
    throw new RuleError({
      message: `cannot parse the rule: ${description ?? String(error)} ${where(source, index)}`,
      ...index === void 0 ? {} : { position: index },
      fix: `Write the rule as an expression over the row's fields, e.g. "temp_max >= temp_min"; ${allowed}.`
    });
  }
  const used = [];
  const node = toRuleNode(tree, fields, used);
  const type = typeOf(node);
  if (type !== "boolean") {
    throw new RuleError({
      message: `the rule gives a ${type}, not true or false`,
      fix: 'Compare the value with something, e.g. "amount >= 0".'
    });
  }
  return { label, source, node, fields: used };
}
function toRuleNode(tree, fields, used) {
  const recurse = (child) => toRuleNode(child, fields, used);
  switch (tree.type) {
    case "Literal": {
      const value = tree.value;
      if (value !== null && typeof value === "object") break;
      return { type: "literal", value };
    }
    case "Identifier": {
      const name = tree.name;
      const field = fields.find((f) => f.name === name);
      if (!field) {
        throw new RuleError({
          message: `the rule names "${name}", which is not a field of the schema; the fields are ${fields.map((f) => f.name).join(", ")}`,
          fix: `Name one of the schema's fields, or add a field "${name}" to the schema.`
        });
      }
      if (!used.includes(name)) used.push(name);
      return { type: "field", name, valueType: valueTypes[field.type] };
    }
    case "UnaryExpression": {
      const { operator, argument } = tree;
      if (operator === "!" || operator === "not")
        return { type: "not", argument: recurse(argument) };
      if (operator === "-") return { type: "negate", argument: recurse(argument) };
      break;
    }
    case "BinaryExpression": {
      const { operator, left, right } = tree;
      if (operator === "in") return { type: "in", value: recurse(left), list: literalList(right) };
      const operands = { left: recurse(left), right: recurse(right) };
      if (logic[operator]) return { type: "logic", operator: logic[operator], ...operands };
      if (comparisons.has(operator))
        return { type: "compare", operator, ...operands };
      if (arithmetic.has(operator))
        return { type: "arithmetic", operator, ...operands };
      throw new RuleError({
        message: `the operator ${operator} is not allowed`,
        fix: `Use ${operator === "===" ? "==" : operator === "!==" ? "!=" : "another operator"}; ${allowed}.`
      });
    }
  }
  throw new RuleError({
    message: `${words[tree.type] ?? tree.type} is not allowed in a rule`,
    fix: `Rewrite the rule: ${allowed}; it reaches only the row's fields.`
  });
}
var words = {
  MemberExpression: "member access (a.b, a[0])",
  CallExpression: "a function call",
  ThisExpression: "`this`",
  Compound: "more than one expression",
  ConditionalExpression: "a conditional (a ? b : c)",
  ArrayExpression: "a list outside `in [..]`",
  SequenceExpression: "a sequence (a, b)"
};
function literalList(tree) {
  const elements = tree.type === "ArrayExpression" ? tree.elements : [];
  const values = elements.map((element) => {
    if (element?.type === "Literal") return element.value;
    const unary = element;
    if (unary?.type === "UnaryExpression" && unary.operator === "-") {
      const inner = unary.argument;
      if (inner.type === "Literal" && typeof inner.value === "number") return -inner.value;
    }
    return void 0;
  });
  if (tree.type !== "ArrayExpression" || values.length === 0 || !values.every(isScalar)) {
    throw new RuleError({
      message: '`in` takes a list of literals, e.g. ["a", "b"] or [1, 2]',
      fix: 'Write the values in brackets after `in`, e.g. weather in ["rain", "snow"].'
    });
  }
  return values;
}
function where(source, index) {
  if (index === void 0) return "";
  return index >= source.length ? "at the end" : `at character ${index + 1}`;
}
var isScalar = (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean";
function literalType(value) {
  if (value === null) return "null";
  return typeof value === "string" ? "text" : typeof value;
}
function typeOf(node) {
  switch (node.type) {
    case "literal":
      return literalType(node.value);
    case "field":
      return node.valueType;
    case "not":
      return expect(node.argument, "boolean", "`not`");
    case "negate":
      return expect(node.argument, "number", "unary -");
    case "logic":
      expect(node.left, "boolean", node.operator);
      return expect(node.right, "boolean", node.operator);
    case "arithmetic":
      expect(node.left, "number", node.operator);
      return expect(node.right, "number", node.operator);
    case "in": {
      const type = typeOf(node.value);
      for (const value of node.list) sameTypes(type, literalType(value), "in");
      return "boolean";
    }
    case "compare": {
      const left = typeOf(node.left);
      const right = typeOf(node.right);
      const equality = node.operator === "==" || node.operator === "!=";
      if (!(equality && (left === "null" || right === "null")))
        sameTypes(left, right, node.operator);
      return "boolean";
    }
  }
}
function expect(node, wanted, operator) {
  sameTypes(typeOf(node), wanted, operator);
  return wanted;
}
function sameTypes(left, right, operator) {
  if (left === right) return;
  throw new RuleError({
    message: `${operator} cannot combine a ${left} with a ${right}`,
    fix: 'Compare numbers with numbers and texts (also dates, written "2012-01-31") with texts; check `== null` for a missing cell.'
  });
}

// src/table-schema/error-budget.ts
function budgetUse(invalid, rows, budget) {
  const share = rows === 0 ? 0 : invalid / rows;
  return { invalid, share, budget, within: share <= budget };
}
function fieldBudget(budgets, column) {
  return budgets.fields?.[column] ?? budgets.maxInvalidShare ?? 0;
}
function ruleBudget(budgets, label) {
  return budgets.rules?.[label] ?? budgets.maxInvalidShare ?? 0;
}
function columnUses(result, budgets) {
  return new Map(
    result.invalidRows.map(({ column, rows }) => [
      column,
      budgetUse(rows, result.rows, fieldBudget(budgets, column))
    ])
  );
}
function verdictOf(result, budgets) {
  if (result.valid) return "valid";
  const structural = result.missingColumns.length > 0 || result.unexpectedColumns.length > 0 || result.badRows.count > 0 || result.rules.some((rule) => rule.missingFields.length > 0);
  const columnsWithin = [...columnUses(result, budgets).values()].every((use) => use.within);
  const rulesWithin = result.rules.every(
    (rule) => budgetUse(rule.count, result.rows, ruleBudget(budgets, rule.label)).within
  );
  return !structural && columnsWithin && rulesWithin ? "within budget" : "invalid";
}

export {
  validateQuerySource,
  RuleError,
  parseRowRule,
  budgetUse,
  ruleBudget,
  columnUses,
  verdictOf
};
