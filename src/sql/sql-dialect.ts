/**
 * The SQL engines mlgate sends aggregate queries to, and the spellings that
 * differ between them. Every query builder writes SQL through one of these
 * dialects, so a query reads the same in every engine except where an engine
 * spells a function or a quote differently. Golden SQL per dialect, checked by
 * a parser that knows the dialect, lives in test/fixtures/sql/.
 *
 * Quantiles are numpy's default (linear interpolation, R type 7) wherever the
 * engine has it exactly; Trino and BigQuery's aggregates have only
 * approximate quantiles, so their dialect says so and the caller reports the bound.
 */

export const sqlEngines = [
  'duckdb',
  'postgres',
  'bigquery',
  'snowflake',
  'databricks',
  'trino',
] as const;
export type SqlEngine = (typeof sqlEngines)[number];

export interface SqlDialect {
  readonly engine: SqlEngine;
  /** A column or table name part, quoted so any text is one name. */
  identifier(name: string): string;
  /** A text literal. */
  string(text: string): string;
  /** A numeric expression as a double-precision float. */
  double(expression: string): string;
  /** Sample standard deviation (ddof = 1) as an aggregate. */
  sampleStd(expression: string): string;
  /**
   * The quantile of `expression` at `p` as an aggregate: exact with linear
   * interpolation where `exactQuantiles`, else the engine's approximation.
   */
  quantile(expression: string, p: number): string;
  /** True when `quantile` is exact (numpy's linear interpolation). */
  readonly exactQuantiles: boolean;
  /** Rank error of `quantile` when it is approximate (the engine's documented bound), else 0. */
  readonly quantileRankError: number;
  /** True when `expression` (text) matches the regular expression `pattern` in full. */
  fullMatch(expression: string, pattern: string): string;
  /** Characters in `expression` (text). */
  length(expression: string): string;
  /** `expression` as text. */
  text(expression: string): string;
  /** A dotted table name (`schema.table`), each part quoted. */
  tableName(name: string): string;
}

const doubleQuoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const backQuoted = (name: string) => `\`${name.replaceAll('`', '``')}\``;
const singleQuoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
/** BigQuery and Spark read backslashes in string literals as escapes. */
const escapedSingleQuoted = (text: string) =>
  `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const anchored = (pattern: string) => `^(?:${pattern})$`;

function dialect(
  engine: SqlEngine,
  spelling: Omit<
    SqlDialect,
    'engine' | 'tableName' | 'sampleStd' | 'length' | 'exactQuantiles' | 'quantileRankError'
  > &
    Partial<Pick<SqlDialect, 'sampleStd' | 'length' | 'quantileRankError'>>,
): SqlDialect {
  const quantileRankError = spelling.quantileRankError ?? 0;
  return {
    engine,
    sampleStd: (expression) => `stddev_samp(${expression})`,
    length: (expression) => `length(${expression})`,
    ...spelling,
    exactQuantiles: quantileRankError === 0,
    quantileRankError,
    tableName: (name) =>
      name
        .split('.')
        .map((part) => spelling.identifier(part))
        .join('.'),
  };
}

const dialects: Record<SqlEngine, SqlDialect> = {
  duckdb: dialect('duckdb', {
    identifier: doubleQuoted,
    string: singleQuoted,
    double: (expression) => `CAST(${expression} AS DOUBLE)`,
    quantile: (expression, p) => `quantile_cont(${expression}, ${p})`,
    fullMatch: (expression, pattern) =>
      `regexp_full_match(${expression}, ${singleQuoted(pattern)})`,
    text: (expression) => `CAST(${expression} AS VARCHAR)`,
  }),
  postgres: dialect('postgres', {
    identifier: doubleQuoted,
    string: singleQuoted,
    double: (expression) => `CAST(${expression} AS DOUBLE PRECISION)`,
    quantile: (expression, p) => `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${expression})`,
    fullMatch: (expression, pattern) => `(${expression} ~ ${singleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS TEXT)`,
    length: (expression) => `char_length(${expression})`,
  }),
  snowflake: dialect('snowflake', {
    identifier: doubleQuoted,
    string: singleQuoted,
    double: (expression) => `CAST(${expression} AS DOUBLE)`,
    quantile: (expression, p) => `PERCENTILE_CONT(${p}) WITHIN GROUP (ORDER BY ${expression})`,
    // RLIKE matches the whole text in Snowflake.
    fullMatch: (expression, pattern) => `RLIKE(${expression}, ${singleQuoted(pattern)})`,
    text: (expression) => `CAST(${expression} AS VARCHAR)`,
  }),
  databricks: dialect('databricks', {
    identifier: backQuoted,
    string: escapedSingleQuoted,
    double: (expression) => `CAST(${expression} AS DOUBLE)`,
    // Spark's percentile() is exact with linear interpolation.
    quantile: (expression, p) => `percentile(${expression}, ${p})`,
    fullMatch: (expression, pattern) =>
      `(${expression} RLIKE ${escapedSingleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS STRING)`,
  }),
  bigquery: dialect('bigquery', {
    identifier: backQuoted,
    string: escapedSingleQuoted,
    double: (expression) => `CAST(${expression} AS FLOAT64)`,
    // PERCENTILE_CONT is analytic-only in BigQuery; APPROX_QUANTILES with 1,000
    // buckets is within one bucket (rank error 1e-3) of the exact value.
    quantile: (expression, p) =>
      `APPROX_QUANTILES(${expression}, 1000)[OFFSET(${Math.round(p * 1000)})]`,
    quantileRankError: 1e-3,
    fullMatch: (expression, pattern) =>
      `REGEXP_CONTAINS(${expression}, ${escapedSingleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS STRING)`,
    sampleStd: (expression) => `STDDEV_SAMP(${expression})`,
    length: (expression) => `CHAR_LENGTH(${expression})`,
  }),
  trino: dialect('trino', {
    identifier: doubleQuoted,
    string: singleQuoted,
    double: (expression) => `CAST(${expression} AS DOUBLE)`,
    // approx_percentile's documented accuracy is 1% of rank by default.
    quantile: (expression, p) => `approx_percentile(${expression}, ${p})`,
    quantileRankError: 1e-2,
    fullMatch: (expression, pattern) =>
      `regexp_like(${expression}, ${singleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS VARCHAR)`,
  }),
};

export function sqlDialect(engine: SqlEngine): SqlDialect {
  return dialects[engine];
}
