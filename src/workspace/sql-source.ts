/**
 * The port through which checks reach SQL engines: a connection that runs one
 * statement and returns its rows as plain values. The implementations
 * (DuckDB embedded, PostgreSQL, the warehouses' HTTP APIs) live in src/io/sql/;
 * tests of the domain use the real engines through the same port.
 */
import type { QuerySource } from '../sql/query-source.ts';
import type { SqlDialect } from '../sql/sql-dialect.ts';

/**
 * A cell: numbers as JS numbers (integers beyond 2^53 as their decimal text),
 * dates and timestamps as milliseconds since 1970-01-01T00:00:00Z, text as text.
 */
export type SqlValue = number | string | boolean | null;

/** The kind of a result column, as mlgate reads it. */
export type SqlColumnType =
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'text'
  | 'other';

export interface SqlColumn {
  name: string;
  type: SqlColumnType;
}

export interface SqlResult {
  columns: readonly SqlColumn[];
  rows: readonly SqlValue[][];
}

export interface SqlConnection {
  readonly dialect: SqlDialect;
  /** Runs one statement. Errors never carry connection settings (they are redacted). */
  query(sql: string): Promise<SqlResult>;
}

export interface OpenedQuerySource {
  connection: SqlConnection;
  /** The SQL after FROM that reads the source. */
  relation: string;
  /** What reports call the source (src/sql/query-source.ts sourceLabel). */
  label: string;
  /** Sources with equal ids share one connection, so one statement can read both. */
  engineId: string;
}

export interface QuerySources {
  /** Opens (or reuses) the connection a source names; throws a ConfigPathError-like error naming `key`. */
  openQuerySource(source: QuerySource, key: string): Promise<OpenedQuerySource>;
  /**
   * DuckDB is the default for a data file too large to read into this
   * machine's memory: the source to read `path` with in place, or undefined
   * when the file fits (or is not a repository file).
   */
  largeFileSource(path: string, key: string): Promise<QuerySource | undefined>;
}
