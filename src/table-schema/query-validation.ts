/**
 * Validates a query source (a table or a SELECT in an SQL engine) against a
 * Table Schema where the data lives: the engine counts each field's broken
 * constraints, the primary key's repeats and each row rule's violations in
 * one aggregate statement (sql/validation-queries.ts), then returns the first
 * `maxExamples` rows of each broken one, named by their primary key (or the
 * field's value) since SQL rows have no line. The result is the file path's
 * ValidationResult, so budgets, findings and reports are the same; rows that
 * cannot be split into columns do not exist in SQL. A row rule that has no
 * SQL spelling on the engine (row-rule-sql.ts) is returned as unsupported,
 * and nothing is run. Cost: two statements, plus one per broken constraint.
 */

import { columnsProbeSql } from '../sql/query-source.ts';
import type { SqlDialect } from '../sql/sql-dialect.ts';
import {
  type NamedExpression,
  occurrenceSql,
  stagedRelation,
  violationCountsSql,
} from '../sql/validation-queries.ts';
import type { OpenedQuerySource, SqlColumn } from '../workspace/sql-source.ts';
import { type QueryCheck, type QueryExamples, queryExamples } from './query-examples.ts';
import { type FieldSql, fieldSql } from './query-field-sql.ts';
import type { RowRule } from './row-rule.ts';
import { type RuleSql, ruleSql } from './row-rule-sql.ts';
import type { RuleResult } from './row-rules-scan.ts';
import type { TableSchema } from './table-schema.ts';
import type { ErrorCount, ValidationResult } from './validate-table.ts';

/** A rule the engine cannot run, as data: the caller prefixes its config key. */
export interface UnsupportedRule {
  label: string;
  rule: string;
  message: string;
  fix: string;
}

export type QueryValidation =
  | { kind: 'validated'; result: ValidationResult }
  | { kind: 'unsupported'; rules: UnsupportedRule[] };

export interface QueryValidationOptions {
  maxExamples: number;
  rules?: readonly RowRule[];
}

export async function validateQuerySource(
  source: OpenedQuerySource,
  schema: TableSchema,
  options: QueryValidationOptions,
): Promise<QueryValidation> {
  const { connection } = source;
  const probe = await connection.query(columnsProbeSql(source.relation));
  const plan = validationPlan(connection.dialect, schema, probe.columns, options.rules ?? []);
  if (plan.unsupported.length > 0) return { kind: 'unsupported', rules: plan.unsupported };
  const relation = stagedRelation(connection.dialect, source.relation, plan.stages);
  const counted = await connection.query(countsStatement(connection.dialect, relation, plan));
  const names = counted.columns.map((column) => column.name);
  // A figure the engine did not send is an error, never a zero (0 rows would put any error within budget).
  const figure = (name: string) => {
    const at = names.indexOf(name);
    if (at === -1) throw new Error(`${source.label}: the engine's counts have no column ${name}`);
    return Number(counted.rows[0]?.[at] ?? 0);
  };
  const examples = await queryExamples(
    connection,
    (check) => examplesRelation(connection.dialect, source.relation, plan, check),
    plan,
    figure,
    options.maxExamples,
  );
  return {
    kind: 'validated',
    result: resultOf({ source, schema, plan, figure, examples, columns: probe.columns }),
  };
}

/** What a check's first rows are read from: only repeats need the occurrence numbers' sorts. */
export function examplesRelation(
  dialect: SqlDialect,
  sourceRelation: string,
  plan: ValidationPlan,
  check: QueryCheck,
): string {
  const repeats = check.type === 'key' || (check.type === 'field' && check.kind === 'unique');
  return stagedRelation(dialect, sourceRelation, repeats ? plan.stages : plan.stages.slice(0, 2));
}

/** The one aggregate statement: every check's count, and each field's rows with an error. */
export function countsStatement(
  dialect: SqlDialect,
  relation: string,
  plan: ValidationPlan,
): string {
  return violationCountsSql(dialect, relation, [
    ...plan.checks.map((check) => ({ name: check.name, sql: check.predicate })),
    ...plan.fields.flatMap(invalidRowsCount),
  ]);
}

/** The rows with at least one broken constraint in a field, for its error budget. */
function invalidRowsCount(plan: FieldSql): NamedExpression[] {
  if (plan.predicates.length === 0) return [];
  return [
    { name: `${plan.cell}_rows`, sql: plan.predicates.map((p) => `(${p.sql})`).join(' OR ') },
  ];
}

export interface ValidationPlan {
  fields: FieldSql[];
  stages: NamedExpression[][];
  /** Every counted violation: a field's constraint, the composite key's repeats, a rule. */
  checks: QueryCheck[];
  /** The primary key's fields, when the source has every key column: they name a row. */
  keyPlans: FieldSql[];
  rules: { rule: RowRule; missingFields: string[] }[];
  unsupported: UnsupportedRule[];
}

/** What to count on a source with these columns, in SQL; pure, so golden tests see every statement. */
export function validationPlan(
  dialect: SqlDialect,
  schema: TableSchema,
  columns: readonly SqlColumn[],
  rules: readonly RowRule[],
): ValidationPlan {
  const fields = fieldPlans(dialect, schema, columns);
  const byName = new Map(fields.map((plan) => [plan.field.name, plan]));
  const keyed = schema.primaryKey.flatMap((name) => byName.get(name) ?? []);
  const keyPlans = keyed.length === schema.primaryKey.length ? keyed : [];
  const keyCells = keyPlans.map((plan) => plan.cell);
  const order = (plans: FieldSql[], name: 'cell' | 'value') =>
    keyCells.length > 0 ? keyCells : plans.map((plan) => plan[name]);
  const occurrences = fields
    .filter((plan) => plan.predicates.some((p) => p.kind === 'unique'))
    .map((plan) => ({
      name: plan.occurrence,
      sql: occurrenceSql(dialect, [plan.value], order([plan], 'cell')),
    }));
  const checks: QueryCheck[] = fields.flatMap((plan) =>
    plan.predicates.map((p) => ({
      type: 'field' as const,
      name: `${plan.cell}_${p.kind}`,
      predicate: p.sql,
      order: order([plan], 'cell'),
      kind: p.kind,
      plan,
    })),
  );
  if (schema.primaryKey.length > 1 && keyPlans.length > 0) {
    const values = keyPlans.map((plan) => plan.value);
    occurrences.push({ name: 'mlgate_okey', sql: occurrenceSql(dialect, values, keyCells) });
    checks.push({
      type: 'key',
      name: 'mlgate_okey_unique',
      predicate: `${dialect.identifier('mlgate_okey')} > 1`,
      order: keyCells,
      label: schema.primaryKey.join(' + '),
      plans: keyPlans,
    });
  }
  const ruled = ruleChecks(dialect, rules, byName, (plans) => order(plans, 'value'));
  return {
    fields,
    stages: [
      fields.map((plan) => ({ name: plan.cell, sql: plan.cellSql })),
      fields.map((plan) => ({ name: plan.value, sql: plan.valueSql })),
      occurrences,
    ],
    checks: [...checks, ...ruled.checks],
    keyPlans,
    rules: ruled.rules,
    unsupported: ruled.unsupported,
  };
}

function fieldPlans(
  dialect: SqlDialect,
  schema: TableSchema,
  columns: readonly SqlColumn[],
): FieldSql[] {
  const types = new Map(columns.map((column) => [column.name, column.type]));
  const primaryKey = new Set(schema.primaryKey);
  return schema.fields.flatMap((field, index) => {
    const column = types.get(field.name);
    if (column === undefined) return [];
    const inKey = primaryKey.has(field.name);
    return [
      fieldSql(field, index, {
        dialect,
        column,
        missingValues: schema.missingValues,
        required: field.constraints.required || inKey,
        unique: field.constraints.unique || (inKey && schema.primaryKey.length === 1),
      }),
    ];
  });
}

function ruleChecks(
  dialect: SqlDialect,
  rules: readonly RowRule[],
  byName: ReadonlyMap<string, FieldSql>,
  order: (plans: FieldSql[]) => string[],
): Pick<ValidationPlan, 'checks' | 'rules' | 'unsupported'> {
  const planned: Pick<ValidationPlan, 'checks' | 'rules' | 'unsupported'> = {
    checks: [],
    rules: [],
    unsupported: [],
  };
  rules.forEach((rule, index) => {
    const missingFields = rule.fields.filter((name) => !byName.has(name));
    planned.rules.push({ rule, missingFields });
    if (missingFields.length > 0) return;
    const plans = rule.fields.flatMap((name) => byName.get(name) ?? []);
    const translated = ruleSql(rule.node, dialect, (name) =>
      ruleFieldSql(dialect, byName.get(name)),
    );
    if (translated.kind === 'unsupported') {
      planned.unsupported.push(unsupportedRule(dialect, rule, translated.reason));
      return;
    }
    planned.checks.push({
      type: 'rule',
      name: `mlgate_rule_${index}`,
      predicate: `NOT ${translated.sql}`,
      order: order(plans),
      index,
      rule,
      plans,
    });
  });
  return planned;
}

/** A field's typed value as rules see it: numbers as doubles, dates as ISO text. */
function ruleFieldSql(dialect: SqlDialect, plan: FieldSql | undefined): RuleSql {
  if (plan === undefined) return { kind: 'unsupported', reason: 'a field the source lacks' };
  const value = dialect.identifier(plan.value);
  switch (plan.field.type) {
    case 'number':
    case 'integer':
      return { kind: 'sql', sql: dialect.double(value) };
    case 'date':
      return { kind: 'sql', sql: dialect.text(value) };
    case 'datetime':
      return {
        kind: 'unsupported',
        reason: `the datetime field "${plan.field.name}" (a rule reads it as ISO text such as 2012-01-01T00:00:00.000Z, which SQL engines do not write)`,
      };
    default:
      return { kind: 'sql', sql: value };
  }
}

function unsupportedRule(dialect: SqlDialect, rule: RowRule, reason: string): UnsupportedRule {
  return {
    label: rule.label,
    rule: rule.source,
    message: `the row rule \`${rule.source}\` is not supported on this engine (${dialect.engine}): it uses ${reason}`,
    fix: 'Validate a data file instead of the query source, or write the rule as a filter in a `query` source (e.g. `query: SELECT * FROM t WHERE NOT (…)`) and validate that its rows are none',
  };
}

interface ResultInputs {
  source: OpenedQuerySource;
  schema: TableSchema;
  plan: ValidationPlan;
  figure: (name: string) => number;
  examples: QueryExamples;
  columns: readonly SqlColumn[];
}

function resultOf({
  source,
  schema,
  plan,
  figure,
  examples,
  columns,
}: ResultInputs): ValidationResult {
  const counts: ErrorCount[] = plan.checks.flatMap((check) => {
    if (check.type === 'rule' || figure(check.name) === 0) return [];
    const column = check.type === 'key' ? check.label : check.plan.field.name;
    const kind = check.type === 'key' ? 'unique' : check.kind;
    return [
      { column, kind, count: figure(check.name), examples: examples.cells.get(check.name) ?? [] },
    ];
  });
  const invalidRows = [
    ...plan.fields.map((p) => ({ column: p.field.name, rows: figure(`${p.cell}_rows`) })),
    ...plan.checks.flatMap((check) =>
      check.type === 'key' ? [{ column: check.label, rows: figure(check.name) }] : [],
    ),
  ].filter((entry) => entry.rows > 0);
  const present = new Set(columns.map((column) => column.name));
  const defined = new Set(schema.fields.map((field) => field.name));
  const missingColumns = schema.fields.map((f) => f.name).filter((name) => !present.has(name));
  const unexpectedColumns = columns.map((c) => c.name).filter((name) => !defined.has(name));
  const rules = plan.rules.map(
    ({ rule, missingFields }, index): RuleResult => ({
      label: rule.label,
      rule: rule.source,
      fields: rule.fields,
      count: missingFields.length > 0 ? 0 : figure(`mlgate_rule_${index}`),
      examples: examples.rules.get(`mlgate_rule_${index}`) ?? [],
      missingFields,
    }),
  );
  const errorCount = counts.reduce((sum, c) => sum + c.count, 0);
  return {
    source: source.label,
    rows: figure('mlgate_rows'),
    valid:
      errorCount === 0 &&
      missingColumns.length === 0 &&
      unexpectedColumns.length === 0 &&
      rules.every((rule) => rule.count === 0 && rule.missingFields.length === 0),
    missingColumns,
    unexpectedColumns,
    badRows: { count: 0, examples: [] },
    errorCount,
    counts,
    invalidRows,
    rules,
  };
}
