/**
 * The first rows of a query source that break each constraint or rule the
 * counts found broken: one small statement each (`WHERE predicate ORDER BY
 * key LIMIT n`), only for what is broken. A row is named by its primary key
 * (row-place.ts), or without one by the broken field's value (the values the
 * rule read, for a rule); its cell is shown as a file's cell would be.
 */

import type { SqlDialect } from '../sql/sql-dialect.ts';
import { violatingRowsSql } from '../sql/validation-queries.ts';
import type { SqlColumn, SqlConnection, SqlValue } from '../workspace/sql-source.ts';
import type { FieldSql } from './query-field-sql.ts';
import type { RowRule } from './row-rule.ts';
import type { RuleValue } from './row-rule-evaluator.ts';
import { type RuleViolation, valuesWords } from './row-rules-scan.ts';
import type { SchemaField } from './table-schema.ts';
import { type CellError, type ErrorKind, typeWords } from './validate-table.ts';

interface CheckBase {
  /** The counted column's name in the aggregate statement. */
  name: string;
  /** True on a row that breaks it. */
  predicate: string;
  /** The names the first rows are sorted by. */
  order: string[];
}

export type QueryCheck = CheckBase &
  (
    | { type: 'field'; kind: ErrorKind; plan: FieldSql }
    | { type: 'key'; label: string; plans: FieldSql[] }
    | { type: 'rule'; index: number; rule: RowRule; plans: FieldSql[] }
  );

export interface QueryExamples {
  /** Per check name, its first broken rows. */
  cells: Map<string, CellError[]>;
  rules: Map<string, RuleViolation[]>;
}

export async function queryExamples(
  connection: SqlConnection,
  relationOf: (check: QueryCheck) => string,
  plan: { checks: readonly QueryCheck[]; keyPlans: readonly FieldSql[] },
  count: (name: string) => number,
  maxExamples: number,
): Promise<QueryExamples> {
  const found: QueryExamples = { cells: new Map(), rules: new Map() };
  for (const check of plan.checks) {
    if (count(check.name) === 0) continue;
    const statement = examplesStatement(
      connection.dialect,
      relationOf(check),
      check,
      plan.keyPlans,
      maxExamples,
    );
    const { rows, columns: types } = await connection.query(statement.sql);
    const read = (row: readonly SqlValue[], name: string) => {
      const at = statement.columns.indexOf(name);
      return { value: row[at] ?? null, column: types[at]! };
    };
    const keyOf = (row: readonly SqlValue[]) =>
      plan.keyPlans
        .map((key) => `${key.field.name} = ${shownCell(read(row, key.cell))}`)
        .join(', ');
    if (check.type === 'rule') {
      found.rules.set(
        check.name,
        rows.map((row) => ruleViolation(check.plans, row, read, keyOf)),
      );
    } else {
      found.cells.set(
        check.name,
        rows.map((row) => cellError(check, row, read, keyOf)),
      );
    }
  }
  return found;
}

/** The statement for a check's first broken rows, and the names it selects in order. */
export function examplesStatement(
  dialect: SqlDialect,
  relation: string,
  check: QueryCheck,
  keyPlans: readonly FieldSql[],
  limit: number,
): { sql: string; columns: string[] } {
  const shown = check.type === 'field' ? [check.plan] : check.plans;
  const names = shown.map((plan) => (check.type === 'rule' ? plan.value : plan.cell));
  const columns = [...new Set([...keyPlans.map((plan) => plan.cell), ...names])];
  return {
    sql: violatingRowsSql(dialect, relation, {
      predicate: check.predicate,
      columns,
      order: check.order,
      limit,
    }),
    columns,
  };
}

type Read = (row: readonly SqlValue[], name: string) => { value: SqlValue; column: SqlColumn };

function ruleViolation(
  plans: readonly FieldSql[],
  row: readonly SqlValue[],
  read: Read,
  keyOf: (row: readonly SqlValue[]) => string,
): RuleViolation {
  const values = Object.fromEntries(
    plans.map((plan) => [plan.field.name, ruleValue(plan.field, read(row, plan.value).value)]),
  );
  return { key: keyOf(row) || valuesWords(values), values };
}

/** A typed value as a rule sees it: dates as ISO text. */
function ruleValue(field: SchemaField, value: SqlValue): RuleValue {
  if (value === null) return null;
  if (field.type === 'date') return new Date(value as number).toISOString().slice(0, 10);
  return value;
}

function cellError(
  check: Extract<QueryCheck, { type: 'field' | 'key' }>,
  row: readonly SqlValue[],
  read: Read,
  keyOf: (row: readonly SqlValue[]) => string,
): CellError {
  if (check.type === 'key') {
    const parts = check.plans.map((plan) => shownCell(read(row, plan.cell)));
    return {
      key: keyOf(row),
      column: check.label,
      kind: 'unique',
      value: parts.join(', '),
      message: `the primary key (${check.label}) = (${parts.join(', ')}) appears in more than one row`,
    };
  }
  const { field, cell } = check.plan;
  const cellRead = read(row, cell);
  const value = cellRead.value === null ? null : shownCell(cellRead);
  return {
    key: keyOf(row) || `${field.name} = ${value === null ? 'missing' : value}`,
    column: field.name,
    kind: check.kind,
    value,
    message: messageOf(field, check.kind, value),
  };
}

/** A cell as text, as a file would hold it: dates ISO, booleans true/false. */
function shownCell({ value, column }: { value: SqlValue; column: SqlColumn }): string {
  if (value === null) return 'missing';
  if (column.type === 'date') return new Date(value as number).toISOString().slice(0, 10);
  if (column.type === 'datetime') return new Date(value as number).toISOString();
  return String(value);
}

function messageOf(field: SchemaField, kind: ErrorKind, value: string | null): string {
  const c = field.constraints;
  const quoted = JSON.stringify(value);
  switch (kind) {
    case 'type':
      return `${quoted} is not ${typeWords[field.type]}`;
    case 'required':
      return 'the value is missing but the field is required';
    case 'minimum':
      return `${value} is below the minimum ${boundWords(field, c.minimum)}`;
    case 'maximum':
      return `${value} is above the maximum ${boundWords(field, c.maximum)}`;
    case 'enum':
      return `${quoted} is not one of ${(c.enum ?? []).map((v) => (typeof v === 'number' ? boundWords(field, v) : JSON.stringify(v))).join(', ')}`;
    case 'pattern':
      return `${quoted} does not match the pattern ${c.patternSource}`;
    case 'length':
      return `${quoted} has ${[...(value ?? '')].length} characters, outside minLength ${c.minLength ?? 0} and maxLength ${c.maxLength ?? '∞'}`;
    case 'unique':
      return `${value} appears in more than one row; values must be unique`;
  }
}

/** A bound or enum value as the schema writes it: dates as dates, not epoch ms. */
function boundWords(field: SchemaField, value: number | undefined): string {
  if (value === undefined) return '';
  if (field.type === 'date') return new Date(value).toISOString().slice(0, 10);
  if (field.type === 'datetime') return new Date(value).toISOString();
  return String(value);
}
