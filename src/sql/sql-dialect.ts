/**
 * The SQL engines mlgate sends aggregate queries to, and every spelling that
 * differs between them: the query builders (drift-queries.ts,
 * profile-queries.ts, validation-queries.ts, table-schema/query-field-sql.ts,
 * table-schema/row-rule-sql.ts) write SQL only through a dialect, so an engine's
 * quirks live here and nowhere else. Golden SQL per dialect, checked by a
 * parser that knows the dialect, lives in test/fixtures/sql/.
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

/** The SQL types a value is cast to. */
export type CastType = 'double' | 'date' | 'timestamp';

export interface SqlDialect {
  readonly engine: SqlEngine;
  /** A column or table name part, quoted so any text is one name. */
  identifier(name: string): string;
  /** A text literal. */
  string(text: string): string;
  /** `CAST(expression AS <type>)` in the engine's type names. */
  cast(expression: string, type: CastType): string;
  /** The text as `type`, or NULL where the engine cannot read it as one. */
  castOrNull(expression: string, type: CastType): string;
  /** A numeric expression as a double-precision float. */
  double(expression: string): string;
  /** A double exactly (its shortest round-trip text cast to double), ±Infinity included. */
  doubleLiteral(value: number): string;
  /** True for a finite double: between the infinities, so NaN is out whether the engine sorts it first, last or not at all. */
  isFinite(expression: string): string;
  /** A date or timestamp as milliseconds since 1970-01-01T00:00:00Z; a timestamp without zone is read as UTC. */
  epochMilliseconds(expression: string, type: 'date' | 'datetime'): string;
  /** `left % right` for numbers (NULL for a zero divisor), or undefined when the engine has none for floats. */
  modulo(left: string, right: string): string | undefined;
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
const msPerDay = 86_400_000;

/** What each engine spells its own way; the rest is shared (see `dialect`). */
interface Spelling {
  identifier(name: string): string;
  string(text: string): string;
  /** The engine's name of each cast type. */
  types: Record<CastType, string>;
  castOrNull(expression: string, type: CastType, name: string): string;
  /** `inf` or `Infinity` in a text cast to double. */
  infinity: string;
  epochMilliseconds(expression: string, type: 'date' | 'datetime'): string;
  modulo(left: string, right: string): string | undefined;
  quantile(expression: string, p: number): string;
  quantileRankError?: number;
  fullMatch(expression: string, pattern: string): string;
  text(expression: string): string;
  sampleStd?(expression: string): string;
  length?(expression: string): string;
}

function dialect(engine: SqlEngine, spelling: Spelling): SqlDialect {
  const cast = (expression: string, type: CastType) =>
    `CAST(${expression} AS ${spelling.types[type]})`;
  const doubleLiteral = (value: number) => {
    const text = Number.isFinite(value)
      ? String(value)
      : `${value < 0 ? '-' : ''}${spelling.infinity}`;
    return cast(spelling.string(text), 'double');
  };
  const quantileRankError = spelling.quantileRankError ?? 0;
  return {
    engine,
    identifier: spelling.identifier,
    string: spelling.string,
    cast,
    castOrNull: (expression, type) => spelling.castOrNull(expression, type, spelling.types[type]),
    double: (expression) => cast(expression, 'double'),
    doubleLiteral,
    isFinite: (expression) =>
      `${expression} > ${doubleLiteral(Number.NEGATIVE_INFINITY)} AND ${expression} < ${doubleLiteral(Number.POSITIVE_INFINITY)}`,
    epochMilliseconds: spelling.epochMilliseconds,
    modulo: spelling.modulo,
    sampleStd: spelling.sampleStd ?? ((expression) => `stddev_samp(${expression})`),
    quantile: spelling.quantile,
    exactQuantiles: quantileRankError === 0,
    quantileRankError,
    fullMatch: spelling.fullMatch,
    length: spelling.length ?? ((expression) => `length(${expression})`),
    text: spelling.text,
    tableName: (name) =>
      name
        .split('.')
        .map((part) => spelling.identifier(part))
        .join('.'),
  };
}

const standardTypes: Record<CastType, string> = {
  double: 'DOUBLE',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};
const nullForZero = (right: string) => `NULLIF(${right}, 0)`;

const dialects: Record<SqlEngine, SqlDialect> = {
  duckdb: dialect('duckdb', {
    identifier: doubleQuoted,
    string: singleQuoted,
    types: standardTypes,
    // try(CAST …), not TRY_CAST: the same, in a form the golden files' parser reads.
    castOrNull: (expression, _type, name) => `try(CAST(${expression} AS ${name}))`,
    infinity: 'Infinity',
    epochMilliseconds: (expression) => `epoch_ms(${expression})`,
    modulo: (left, right) => `(${left} % ${nullForZero(right)})`,
    quantile: (expression, p) => `quantile_cont(${expression}, ${p})`,
    fullMatch: (expression, pattern) =>
      `regexp_full_match(${expression}, ${singleQuoted(pattern)})`,
    text: (expression) => `CAST(${expression} AS VARCHAR)`,
  }),
  postgres: dialect('postgres', {
    identifier: doubleQuoted,
    string: singleQuoted,
    types: { ...standardTypes, double: 'DOUBLE PRECISION' },
    // No cast-or-null: pg_input_is_valid (PostgreSQL 16 and later) guards a plain cast.
    castOrNull: (expression, _type, name) =>
      `CASE WHEN pg_input_is_valid(${expression}, ${singleQuoted(name.toLowerCase())}) THEN CAST(${expression} AS ${name}) END`,
    infinity: 'Infinity',
    epochMilliseconds: (expression) => `EXTRACT(EPOCH FROM ${expression}) * 1000`,
    // MOD over NUMERIC: PostgreSQL has no % for double precision.
    modulo: (left, right) =>
      `MOD(CAST(${left} AS NUMERIC), CAST(${nullForZero(right)} AS NUMERIC))`,
    quantile: (expression, p) => `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${expression})`,
    fullMatch: (expression, pattern) => `(${expression} ~ ${singleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS TEXT)`,
    length: (expression) => `char_length(${expression})`,
  }),
  snowflake: dialect('snowflake', {
    identifier: doubleQuoted,
    string: singleQuoted,
    types: standardTypes,
    castOrNull: (expression, _type, name) => `TRY_CAST(${expression} AS ${name})`,
    infinity: 'inf',
    epochMilliseconds: (expression, type) =>
      type === 'date'
        ? `DATEDIFF(day, '1970-01-01', ${expression}) * ${msPerDay}`
        : `DATE_PART(EPOCH_MILLISECOND, ${expression})`,
    modulo: (left, right) => `MOD(${left}, ${nullForZero(right)})`,
    quantile: (expression, p) => `PERCENTILE_CONT(${p}) WITHIN GROUP (ORDER BY ${expression})`,
    // RLIKE matches the whole text in Snowflake.
    fullMatch: (expression, pattern) => `RLIKE(${expression}, ${singleQuoted(pattern)})`,
    text: (expression) => `CAST(${expression} AS VARCHAR)`,
  }),
  databricks: dialect('databricks', {
    identifier: backQuoted,
    string: escapedSingleQuoted,
    types: standardTypes,
    // try_cast is not in the Hive grammar the golden files are checked with; Spark's
    // try_to_timestamp is, and a number the grammar accepted always casts.
    castOrNull: (expression, type, name) =>
      type === 'date'
        ? `to_date(try_to_timestamp(${expression}, 'yyyy-MM-dd'))`
        : type === 'timestamp'
          ? `try_to_timestamp(${expression})`
          : `CAST(${expression} AS ${name})`,
    infinity: 'Infinity',
    epochMilliseconds: (expression, type) =>
      type === 'date' ? `unix_date(${expression}) * ${msPerDay}` : `unix_millis(${expression})`,
    modulo: (left, right) => `(${left} % ${nullForZero(right)})`,
    // Spark's percentile() is exact with linear interpolation.
    quantile: (expression, p) => `percentile(${expression}, ${p})`,
    fullMatch: (expression, pattern) =>
      `(${expression} RLIKE ${escapedSingleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS STRING)`,
  }),
  bigquery: dialect('bigquery', {
    identifier: backQuoted,
    string: escapedSingleQuoted,
    types: { ...standardTypes, double: 'FLOAT64' },
    castOrNull: (expression, _type, name) => `SAFE_CAST(${expression} AS ${name})`,
    infinity: 'inf',
    epochMilliseconds: (expression, type) =>
      type === 'date'
        ? `UNIX_DATE(${expression}) * ${msPerDay}`
        : `UNIX_MILLIS(CAST(${expression} AS TIMESTAMP))`,
    // BigQuery's MOD takes integers and NUMERIC, not floats.
    modulo: () => undefined,
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
    types: standardTypes,
    castOrNull: (expression, _type, name) => `try_cast(${expression} AS ${name})`,
    infinity: 'Infinity',
    epochMilliseconds: (expression, type) =>
      type === 'date'
        ? `date_diff('day', DATE '1970-01-01', ${expression}) * ${msPerDay}`
        : `to_unixtime(with_timezone(CAST(${expression} AS TIMESTAMP(3)), 'UTC')) * 1000`,
    modulo: (left, right) => `MOD(${left}, ${nullForZero(right)})`,
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
