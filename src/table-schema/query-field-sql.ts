/**
 * One schema field of a query source in SQL: the cell (the source column with
 * the schema's missing values as NULL), its typed value (NULL where the cell
 * is missing or not of the field's type), and per constraint the predicate
 * that a broken row makes true. The source column's SQL type decides how the
 * value is typed: a column of the field's type is used as it is; a text
 * column is read with mlgate's grammar for files (sql/validation-queries.ts
 * textGrammars); a column of another type (a date for a number field) holds
 * no valid value, so every cell it has is a type error. Cost: O(1) per field.
 */

import type { CastType, SqlDialect } from '../sql/sql-dialect.ts';
import { numberSpecials, sqlList, textGrammars } from '../sql/validation-queries.ts';
import type { SqlColumnType } from '../workspace/sql-source.ts';
import type { SchemaField } from './table-schema.ts';
import type { ErrorKind } from './validate-table.ts';

export interface FieldSql {
  field: SchemaField;
  /** The names the staged relation selects: cell, typed value, occurrence (for unique). */
  cell: string;
  value: string;
  occurrence: string;
  /** Stage 1: the cell, read from the source column. */
  cellSql: string;
  /** Stage 2: the typed value, read from the cell. */
  valueSql: string;
  /** Per broken constraint, in errorKinds order: the predicate over the names above. */
  predicates: { kind: ErrorKind; sql: string }[];
}

export interface FieldContext {
  dialect: SqlDialect;
  column: SqlColumnType;
  missingValues: readonly string[];
  required: boolean;
  unique: boolean;
}

export function fieldSql(field: SchemaField, index: number, context: FieldContext): FieldSql {
  const { dialect } = context;
  const names = {
    cell: `mlgate_c${index}`,
    value: `mlgate_v${index}`,
    occurrence: `mlgate_o${index}`,
  };
  const source = dialect.identifier(field.name);
  const missing = context.missingValues.map((text) => dialect.string(text));
  const cellSql =
    context.column === 'text' && missing.length > 0
      ? `CASE WHEN ${source} IN ${sqlList(missing)} THEN NULL ELSE ${source} END`
      : source;
  const cell = dialect.identifier(names.cell);
  return {
    field,
    ...names,
    cellSql,
    valueSql: typedSql(dialect, field, context.column, cell),
    predicates: predicatesOf(field, context, {
      cell,
      value: dialect.identifier(names.value),
      occurrence: dialect.identifier(names.occurrence),
    }),
  };
}

const castOfType: Partial<Record<SchemaField['type'], CastType>> = {
  number: 'double',
  integer: 'double',
  date: 'date',
  datetime: 'timestamp',
};

function typedSql(
  dialect: SqlDialect,
  field: SchemaField,
  column: SqlColumnType,
  cell: string,
): string {
  const text = column === 'text';
  const parsed = (grammar: keyof typeof textGrammars, type: CastType) => {
    const trimmed = `TRIM(${cell})`;
    return `CASE WHEN ${dialect.fullMatch(trimmed, textGrammars[grammar])} THEN ${dialect.castOrNull(trimmed, type)} END`;
  };
  const none = () => dialect.cast('NULL', castOfType[field.type] ?? 'double');
  switch (field.type) {
    case 'string':
      return text ? cell : dialect.text(cell);
    case 'boolean':
      return column === 'boolean'
        ? cell
        : booleanSql(dialect, field, text ? cell : dialect.text(cell));
    case 'number':
      if (column === 'number' || column === 'integer') return cell;
      return text ? parsed('number', 'double') : none();
    case 'integer':
      if (column === 'integer') return cell;
      if (column === 'number') return `CASE WHEN ${cell} = FLOOR(${cell}) THEN ${cell} END`;
      return text ? parsed('integer', 'double') : none();
    case 'date':
      if (column === 'date') return cell;
      return text ? parsed('date', 'date') : none();
    case 'datetime':
      if (column === 'datetime') return cell;
      if (column === 'date') return dialect.cast(cell, 'timestamp');
      return text ? parsed('datetime', 'timestamp') : none();
  }
}

function booleanSql(dialect: SqlDialect, field: SchemaField, text: string): string {
  const list = (values: readonly string[]) => sqlList(values.map((v) => dialect.string(v)));
  const trimmed = `TRIM(${text})`;
  return `CASE WHEN ${trimmed} IN ${list(field.trueValues)} THEN TRUE WHEN ${trimmed} IN ${list(field.falseValues)} THEN FALSE END`;
}

interface Names {
  cell: string;
  value: string;
  occurrence: string;
}

function predicatesOf(
  field: SchemaField,
  context: FieldContext,
  { cell, value, occurrence }: Names,
): { kind: ErrorKind; sql: string }[] {
  const { dialect } = context;
  const c = field.constraints;
  const literal = (bound: string | number | boolean) => literalSql(dialect, field, bound);
  // NaN and infinity are numbers in a file; they only take part in no bound here.
  const special =
    field.type === 'number' && context.column === 'text'
      ? ` AND LOWER(TRIM(${cell})) NOT IN ${sqlList(numberSpecials.map((s) => dialect.string(s)))}`
      : '';
  const found: [ErrorKind, string | undefined][] = [
    ['type', `${cell} IS NOT NULL AND ${value} IS NULL${special}`],
    ['required', context.required ? `${cell} IS NULL` : undefined],
    ['minimum', c.minimum === undefined ? undefined : `${value} < ${literal(c.minimum)}`],
    ['maximum', c.maximum === undefined ? undefined : `${value} > ${literal(c.maximum)}`],
    ['enum', c.enum && `${value} NOT IN ${sqlList(c.enum.map(literal))}`],
    [
      'pattern',
      c.patternSource === undefined
        ? undefined
        : `NOT ${dialect.fullMatch(value, c.patternSource)}`,
    ],
    ['length', lengthSql(dialect, field, value)],
    ['unique', context.unique ? `${occurrence} > 1` : undefined],
  ];
  return found.flatMap(([kind, sql]) => (sql === undefined ? [] : [{ kind, sql }]));
}

function lengthSql(dialect: SqlDialect, field: SchemaField, value: string): string | undefined {
  const { minLength, maxLength } = field.constraints;
  const length = dialect.length(value);
  const sides = [
    minLength === undefined ? undefined : `${length} < ${minLength}`,
    maxLength === undefined ? undefined : `${length} > ${maxLength}`,
  ].filter((side) => side !== undefined);
  return sides.length === 0 ? undefined : `(${sides.join(' OR ')})`;
}

/** A bound or enum value of the field as an SQL literal; dates and datetimes arrive as epoch ms. */
export function literalSql(
  dialect: SqlDialect,
  field: SchemaField,
  value: string | number | boolean,
): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return dialect.string(value);
  if (field.type === 'date')
    return dialect.cast(dialect.string(new Date(value).toISOString().slice(0, 10)), 'date');
  if (field.type === 'datetime') {
    const iso = new Date(value).toISOString().replace('T', ' ').replace('Z', '');
    return dialect.cast(dialect.string(iso), 'timestamp');
  }
  return String(value);
}
