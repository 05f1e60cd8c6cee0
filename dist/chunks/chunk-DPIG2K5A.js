// src/sql/sql-dialect.ts
var sqlEngines = [
  "duckdb",
  "postgres",
  "bigquery",
  "snowflake",
  "databricks",
  "trino"
];
var doubleQuoted = (name) => `"${name.replaceAll('"', '""')}"`;
var backQuoted = (name) => `\`${name.replaceAll("`", "``")}\``;
var singleQuoted = (text) => `'${text.replaceAll("'", "''")}'`;
var escapedSingleQuoted = (text) => `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
var anchored = (pattern) => `^(?:${pattern})$`;
var msPerDay = 864e5;
function dialect(engine, spelling) {
  const cast = (expression, type) => `CAST(${expression} AS ${spelling.types[type]})`;
  const doubleLiteral = (value) => {
    const text = Number.isFinite(value) ? String(value) : `${value < 0 ? "-" : ""}${spelling.infinity}`;
    return cast(spelling.string(text), "double");
  };
  const quantileRankError = spelling.quantileRankError ?? 0;
  return {
    engine,
    identifier: spelling.identifier,
    string: spelling.string,
    cast,
    castOrNull: (expression, type) => spelling.castOrNull(expression, type, spelling.types[type]),
    double: (expression) => cast(expression, "double"),
    doubleLiteral,
    isFinite: (expression) => `${expression} > ${doubleLiteral(Number.NEGATIVE_INFINITY)} AND ${expression} < ${doubleLiteral(Number.POSITIVE_INFINITY)}`,
    epochMilliseconds: spelling.epochMilliseconds,
    modulo: spelling.modulo,
    sampleStd: spelling.sampleStd ?? ((expression) => `stddev_samp(${expression})`),
    quantile: spelling.quantile,
    exactQuantiles: quantileRankError === 0,
    quantileRankError,
    fullMatch: spelling.fullMatch,
    length: spelling.length ?? ((expression) => `length(${expression})`),
    text: spelling.text,
    tableName: (name) => name.split(".").map((part) => spelling.identifier(part)).join(".")
  };
}
var standardTypes = {
  double: "DOUBLE",
  date: "DATE",
  timestamp: "TIMESTAMP"
};
var nullForZero = (right) => `NULLIF(${right}, 0)`;
var dialects = {
  duckdb: dialect("duckdb", {
    identifier: doubleQuoted,
    string: singleQuoted,
    types: standardTypes,
    // try(CAST \u2026), not TRY_CAST: the same, in a form the golden files' parser reads.
    castOrNull: (expression, _type, name) => `try(CAST(${expression} AS ${name}))`,
    infinity: "Infinity",
    epochMilliseconds: (expression) => `epoch_ms(${expression})`,
    modulo: (left, right) => `(${left} % ${nullForZero(right)})`,
    quantile: (expression, p) => `quantile_cont(${expression}, ${p})`,
    fullMatch: (expression, pattern) => `regexp_full_match(${expression}, ${singleQuoted(pattern)})`,
    text: (expression) => `CAST(${expression} AS VARCHAR)`
  }),
  postgres: dialect("postgres", {
    identifier: doubleQuoted,
    string: singleQuoted,
    types: { ...standardTypes, double: "DOUBLE PRECISION" },
    // No cast-or-null: pg_input_is_valid (PostgreSQL 16 and later) guards a plain cast.
    castOrNull: (expression, _type, name) => `CASE WHEN pg_input_is_valid(${expression}, ${singleQuoted(name.toLowerCase())}) THEN CAST(${expression} AS ${name}) END`,
    infinity: "Infinity",
    epochMilliseconds: (expression) => `EXTRACT(EPOCH FROM ${expression}) * 1000`,
    // MOD over NUMERIC: PostgreSQL has no % for double precision.
    modulo: (left, right) => `MOD(CAST(${left} AS NUMERIC), CAST(${nullForZero(right)} AS NUMERIC))`,
    quantile: (expression, p) => `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${expression})`,
    fullMatch: (expression, pattern) => `(${expression} ~ ${singleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS TEXT)`,
    length: (expression) => `char_length(${expression})`
  }),
  snowflake: dialect("snowflake", {
    identifier: doubleQuoted,
    string: singleQuoted,
    types: standardTypes,
    castOrNull: (expression, _type, name) => `TRY_CAST(${expression} AS ${name})`,
    infinity: "inf",
    epochMilliseconds: (expression, type) => type === "date" ? `DATEDIFF(day, '1970-01-01', ${expression}) * ${msPerDay}` : `DATE_PART(EPOCH_MILLISECOND, ${expression})`,
    modulo: (left, right) => `MOD(${left}, ${nullForZero(right)})`,
    quantile: (expression, p) => `PERCENTILE_CONT(${p}) WITHIN GROUP (ORDER BY ${expression})`,
    // RLIKE matches the whole text in Snowflake.
    fullMatch: (expression, pattern) => `RLIKE(${expression}, ${singleQuoted(pattern)})`,
    text: (expression) => `CAST(${expression} AS VARCHAR)`
  }),
  databricks: dialect("databricks", {
    identifier: backQuoted,
    string: escapedSingleQuoted,
    types: standardTypes,
    // try_cast is not in the Hive grammar the golden files are checked with; Spark's
    // try_to_timestamp is, and a number the grammar accepted always casts.
    castOrNull: (expression, type, name) => type === "date" ? `to_date(try_to_timestamp(${expression}, 'yyyy-MM-dd'))` : type === "timestamp" ? `try_to_timestamp(${expression})` : `CAST(${expression} AS ${name})`,
    infinity: "Infinity",
    epochMilliseconds: (expression, type) => type === "date" ? `unix_date(${expression}) * ${msPerDay}` : `unix_millis(${expression})`,
    modulo: (left, right) => `(${left} % ${nullForZero(right)})`,
    // Spark's percentile() is exact with linear interpolation.
    quantile: (expression, p) => `percentile(${expression}, ${p})`,
    fullMatch: (expression, pattern) => `(${expression} RLIKE ${escapedSingleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS STRING)`
  }),
  bigquery: dialect("bigquery", {
    identifier: backQuoted,
    string: escapedSingleQuoted,
    types: { ...standardTypes, double: "FLOAT64" },
    castOrNull: (expression, _type, name) => `SAFE_CAST(${expression} AS ${name})`,
    infinity: "inf",
    epochMilliseconds: (expression, type) => type === "date" ? `UNIX_DATE(${expression}) * ${msPerDay}` : `UNIX_MILLIS(CAST(${expression} AS TIMESTAMP))`,
    // BigQuery's MOD takes integers and NUMERIC, not floats.
    modulo: () => void 0,
    // PERCENTILE_CONT is analytic-only in BigQuery; APPROX_QUANTILES with 1,000
    // buckets is within one bucket (rank error 1e-3) of the exact value.
    quantile: (expression, p) => `APPROX_QUANTILES(${expression}, 1000)[OFFSET(${Math.round(p * 1e3)})]`,
    quantileRankError: 1e-3,
    fullMatch: (expression, pattern) => `REGEXP_CONTAINS(${expression}, ${escapedSingleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS STRING)`,
    sampleStd: (expression) => `STDDEV_SAMP(${expression})`,
    length: (expression) => `CHAR_LENGTH(${expression})`
  }),
  trino: dialect("trino", {
    identifier: doubleQuoted,
    string: singleQuoted,
    types: standardTypes,
    castOrNull: (expression, _type, name) => `try_cast(${expression} AS ${name})`,
    infinity: "Infinity",
    epochMilliseconds: (expression, type) => type === "date" ? `date_diff('day', DATE '1970-01-01', ${expression}) * ${msPerDay}` : `to_unixtime(with_timezone(CAST(${expression} AS TIMESTAMP(3)), 'UTC')) * 1000`,
    modulo: (left, right) => `MOD(${left}, ${nullForZero(right)})`,
    // approx_percentile's documented accuracy is 1% of rank by default.
    quantile: (expression, p) => `approx_percentile(${expression}, ${p})`,
    quantileRankError: 0.01,
    fullMatch: (expression, pattern) => `regexp_like(${expression}, ${singleQuoted(anchored(pattern))})`,
    text: (expression) => `CAST(${expression} AS VARCHAR)`
  })
};
function sqlDialect(engine) {
  return dialects[engine];
}

// src/sql/query-source.ts
function isQuerySource(value) {
  if (typeof value !== "object" || value === null || !("engine" in value)) return false;
  const known = sqlEngines.includes(value.engine);
  const names = "table" in value && typeof value.table === "string" || "query" in value && typeof value.query === "string";
  return known && names;
}
var fileExtension = /\.(parquet|csv|tsv|jsonl|ndjson|json)(\.gz|\.zst)?$/i;
var remote = /^(s3|gs|gcs|r2|az|abfss|https?):\/\//i;
function namesDataFile(source) {
  return source.engine === "duckdb" && "table" in source && (fileExtension.test(source.table) || remote.test(source.table));
}
function isRemoteFile(location) {
  return remote.test(location);
}
function sourceRelation(dialect2, source, fileLocation) {
  if ("query" in source) return `(${source.query.trim().replace(/;\s*$/, "")}) AS mlgate_source`;
  if (fileLocation === void 0) return dialect2.tableName(source.table);
  const literal = dialect2.string(fileLocation);
  const lower = fileLocation.toLowerCase().replace(/\.(gz|zst)$/, "");
  if (lower.endsWith(".parquet")) return `read_parquet(${literal})`;
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json"))
    return `read_json_auto(${literal})`;
  return `read_csv(${literal})`;
}
function columnsProbeSql(relation) {
  return `SELECT * FROM ${relation} LIMIT 0`;
}
function sourceLabel(source) {
  return "table" in source ? `${source.engine}:${source.table}` : `${source.engine}:query`;
}
var pathPrefix = "sql:";
function querySourcePath(source) {
  return `${pathPrefix}${JSON.stringify(source)}`;
}
function parseQuerySourcePath(path) {
  if (!path.startsWith(pathPrefix)) return void 0;
  try {
    const value = JSON.parse(path.slice(pathPrefix.length));
    return isQuerySource(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

export {
  sqlEngines,
  sqlDialect,
  isQuerySource,
  namesDataFile,
  isRemoteFile,
  sourceRelation,
  columnsProbeSql,
  sourceLabel,
  querySourcePath,
  parseQuerySourcePath
};
