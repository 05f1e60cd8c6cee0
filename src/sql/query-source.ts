/**
 * A data source that is a query: a table or a SELECT in an SQL engine,
 * standing in for a data file wherever a check reads a table. mlgate sends it
 * aggregate SQL and receives aggregates (docs/query-sources.md). The
 * connection's settings are never here: only the name of the environment
 * variable or action input that holds them, so they cannot reach a report.
 */
import { type SqlDialect, type SqlEngine, sqlEngines } from './sql-dialect.ts';

/** Where the connection settings (a URL) come from: an environment variable or an action input. */
export type ConnectionReference = { env: string } | { input: string };

interface SourceBase {
  engine: SqlEngine;
  connection?: ConnectionReference;
}

/**
 * `table`: a table name (`schema.table`); for DuckDB also a data file (a path
 * in the repository, or an `s3://`, `gs://`, `https://` URL) read with
 * read_parquet / read_csv / read_json. `query`: a SELECT whose rows are the data.
 */
export type QuerySource = (SourceBase & { table: string }) | (SourceBase & { query: string });

/** True for a source of a known engine naming a table or a query (a hand-written `sql:` path may not). */
export function isQuerySource(value: unknown): value is QuerySource {
  if (typeof value !== 'object' || value === null || !('engine' in value)) return false;
  const known = (sqlEngines as readonly unknown[]).includes(value.engine);
  const names =
    ('table' in value && typeof value.table === 'string') ||
    ('query' in value && typeof value.query === 'string');
  return known && names;
}

const fileExtension = /\.(parquet|csv|tsv|jsonl|ndjson|json)(\.gz|\.zst)?$/i;
const remote = /^(s3|gs|gcs|r2|az|abfss|https?):\/\//i;

/** True when a DuckDB `table` names a file or URL rather than a table. */
export function namesDataFile(source: QuerySource): boolean {
  return (
    source.engine === 'duckdb' &&
    'table' in source &&
    (fileExtension.test(source.table) || remote.test(source.table))
  );
}

/** True when a DuckDB file source is a URL (read remotely, not from the repository). */
export function isRemoteFile(location: string): boolean {
  return remote.test(location);
}

/**
 * The SQL after FROM that reads the source. `fileLocation` is the absolute
 * path (or URL) of a DuckDB data file, resolved by the workspace.
 */
export function sourceRelation(
  dialect: SqlDialect,
  source: QuerySource,
  fileLocation?: string,
): string {
  if ('query' in source) return `(${source.query.trim().replace(/;\s*$/, '')}) AS mlgate_source`;
  if (fileLocation === undefined) return dialect.tableName(source.table);
  const literal = dialect.string(fileLocation);
  const lower = fileLocation.toLowerCase().replace(/\.(gz|zst)$/, '');
  if (lower.endsWith('.parquet')) return `read_parquet(${literal})`;
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json'))
    return `read_json_auto(${literal})`;
  return `read_csv(${literal})`;
}

/** How the report names the source: engine and table, or engine and "query"; never settings. */
/** The relation's columns and their types, without reading a row: how drift, profiles and validation find a source's columns. */
export function columnsProbeSql(relation: string): string {
  return `SELECT * FROM ${relation} LIMIT 0`;
}

export function sourceLabel(source: QuerySource): string {
  return 'table' in source ? `${source.engine}:${source.table}` : `${source.engine}:query`;
}

const pathPrefix = 'sql:';

/**
 * A query source as one path, for the checks that read a table's rows
 * through the workspace (train/serve skew, slices, model metrics …): `sql:`
 * and the source's JSON, which names the connection's variable, never its URL.
 */
export function querySourcePath(source: QuerySource): string {
  return `${pathPrefix}${JSON.stringify(source)}`;
}

/** The source a `sql:` path names; undefined for any other path. */
export function parseQuerySourcePath(path: string): QuerySource | undefined {
  if (!path.startsWith(pathPrefix)) return undefined;
  try {
    const value: unknown = JSON.parse(path.slice(pathPrefix.length));
    return isQuerySource(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
