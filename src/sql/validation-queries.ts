/**
 * The SQL of schema validation on a query source (table-schema/query-validation.ts
 * assembles it): the source's values computed in stages (each cell with its
 * missing values as NULL, then typed, then the occurrence number of each value
 * for `unique`), one aggregate statement that counts every constraint's
 * violations as a `COUNT(CASE WHEN … THEN 1 END)` column, and per broken
 * constraint one statement for its first rows. Only counts and a few rows
 * come back; the engine reads the data once per statement.
 *
 * Texts are read as mlgate reads a file's cells (formats/parse-number.ts,
 * parse-date.ts): a regular expression for the grammar, then the engine's
 * cast-or-null for what the grammar cannot say (a calendar day that exists).
 */
import type { SqlDialect } from './sql-dialect.ts';

/** An SQL expression and the name it is selected as. */
export interface NamedExpression {
  name: string;
  sql: string;
}

/**
 * The source with named values computed in stages: stage k reads the names of
 * stages before it (an expression may not read a name selected beside it), and
 * the last stage's relation holds every name.
 */
export function stagedRelation(
  dialect: SqlDialect,
  relation: string,
  stages: readonly (readonly NamedExpression[])[],
): string {
  let from = relation;
  const names: string[] = [];
  stages.forEach((stage, index) => {
    const selected = [
      ...names.map((name) => dialect.identifier(name)),
      ...stage.map(({ name, sql }) => `${sql} AS ${dialect.identifier(name)}`),
    ];
    from = `(SELECT ${selected.join(', ')} FROM ${from}) AS mlgate_stage_${index + 1}`;
    names.push(...stage.map(({ name }) => name));
  });
  return from;
}

/** One row: `mlgate_rows` (the rows read), then per predicate the rows that make it true. */
export function violationCountsSql(
  dialect: SqlDialect,
  relation: string,
  predicates: readonly NamedExpression[],
): string {
  const counts = predicates.map(
    ({ name, sql }) => `COUNT(CASE WHEN ${sql} THEN 1 END) AS ${dialect.identifier(name)}`,
  );
  return `SELECT ${[`COUNT(*) AS ${dialect.identifier('mlgate_rows')}`, ...counts].join(',\n  ')}\nFROM ${relation}`;
}

/** The first `limit` rows (in `order`) that make `predicate` true, with the `columns` that name them. */
export function violatingRowsSql(
  dialect: SqlDialect,
  relation: string,
  options: {
    predicate: string;
    columns: readonly string[];
    order: readonly string[];
    limit: number;
  },
): string {
  const names = (list: readonly string[]) =>
    list.map((name) => dialect.identifier(name)).join(', ');
  return `SELECT ${names(options.columns)}\nFROM ${relation}\nWHERE ${options.predicate}\nORDER BY ${names(options.order)}\nLIMIT ${options.limit}`;
}

/**
 * 1 for the first row holding a value (a tuple, for a composite key), 2 for
 * the next…; 0 where a part is NULL. `unique` is broken by every row above 1,
 * so their count is the file's count of repeats.
 */
export function occurrenceSql(
  dialect: SqlDialect,
  values: readonly string[],
  order: readonly string[],
): string {
  const names = (list: readonly string[]) =>
    list.map((name) => dialect.identifier(name)).join(', ');
  const anyNull = values.map((name) => `${dialect.identifier(name)} IS NULL`).join(' OR ');
  return `CASE WHEN ${anyNull} THEN 0 ELSE ROW_NUMBER() OVER (PARTITION BY ${names(values)} ORDER BY ${names(order)}) END`;
}

/** A list of literals for `IN (…)`. */
export function sqlList(literals: readonly string[]): string {
  return `(${literals.join(', ')})`;
}

/** mlgate's grammars for text cells (formats/parse-number.ts, parse-date.ts), as whole-text patterns. */
export const textGrammars = {
  number: String.raw`[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?`,
  integer: '[+-]?[0-9]+',
  date: '[0-9]{4}-[0-9]{2}-[0-9]{2}',
  datetime: String.raw`[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?`,
} as const;

/** The NaN and infinity spellings mlgate reads as numbers, lower-cased. */
export const numberSpecials = [
  'nan',
  '+nan',
  '-nan',
  'inf',
  '+inf',
  'infinity',
  '+infinity',
  '-inf',
  '-infinity',
];
