/**
 * The QuerySources port on the runner: a source's connection URL is read from
 * the environment variable or the `connections` input line it names, the
 * engine's connection is opened once per engine and setting (sql-connection-pool.ts),
 * DuckDB data files are resolved inside the repository, and every error that
 * leaves is redacted (redact-secrets.ts) and names the config key, the engine
 * and what to fix.
 */

import os from 'node:os';
import { urlSecrets } from '../../sql/connection-secrets.ts';
import {
  type ConnectionReference,
  isRemoteFile,
  namesDataFile,
  type QuerySource,
  sourceLabel,
  sourceRelation,
} from '../../sql/query-source.ts';
import type { SqlEngine } from '../../sql/sql-dialect.ts';
import type { OpenedQuerySource, QuerySources, SqlConnection } from '../../workspace/sql-source.ts';
import { stat } from '../async-fs.ts';
import { nodeCrypto } from '../builtins-on-use.ts';
import type { ClosableSqlConnection } from './closable-connection.ts';
import { defaultEngineClients, type EngineClients, openEngine } from './open-engine.ts';
import { redactedError, SqlSourceError, withRedaction } from './redact-secrets.ts';
import { type SqlConnectionPool, sqlConnectionPool } from './sql-connection-pool.ts';

export interface QuerySourcesOptions {
  /** The workspace's resolve: a repository path → absolute path, refusing paths that escape. */
  resolve(path: string, key: string): string;
  /** The `connections` action input, NAME → URL. */
  connections?: Readonly<Record<string, string>>;
  /** Default: process.env. */
  environment?: Readonly<Record<string, string | undefined>>;
  /** Shared with the workspace's copies; default: a pool of its own. */
  pool?: SqlConnectionPool;
  /** Tests replace the engines' clients (e.g. a fetch that reaches a stand-in server). */
  clients?: Partial<EngineClients>;
  /** The machine's memory in bytes (default os.totalmem()); a file above a quarter of it is read by DuckDB. */
  memoryBytes?: number;
}

export interface QuerySourcesOnDisk extends QuerySources {
  /** Closes every connection the sources opened. */
  dispose(): Promise<void>;
}

export function querySourcesOnDisk(options: QuerySourcesOptions): QuerySourcesOnDisk {
  const pool = options.pool ?? sqlConnectionPool();
  const clients = { ...defaultEngineClients, ...options.clients };
  const staged = stagedTextFiles();
  return {
    async openQuerySource(source, key): Promise<OpenedQuerySource> {
      const url = connectionUrl(source, key, options);
      const secrets = url === undefined ? [] : urlSecrets(url);
      const engineId = `${source.engine}:${referenceName(source.connection)}`;
      const opened = await pool.connection(engineId, () =>
        withRedaction(
          () => openEngine(source.engine, engineUrl(source, key, url, options), clients),
          secrets,
          {
            key,
            engine: `${source.engine} (${describe(source.connection)})`,
            fix: `check ${settingsOf[source.engine]}`,
          },
        ),
      );
      const connection = redacting(opened, secrets, key);
      return {
        connection,
        relation: await staged(connection, engineId, relationOf(opened, source, key, options)),
        label: sourceLabel(source),
        engineId,
      };
    },
    async largeFileSource(path, key) {
      if (!namesDataFile({ engine: 'duckdb', table: path })) return undefined;
      const size = await stat(options.resolve(path, key)).then(
        (stats) => stats.size,
        () => 0,
      );
      // A file's scan holds about its size again in typed columns; a quarter of memory leaves room.
      return size > (options.memoryBytes ?? os.totalmem()) / 4
        ? { engine: 'duckdb', table: path }
        : undefined;
    },
    dispose: () => pool.close(),
  };
}

/** What to check when an engine refuses: its connection settings. */
const settingsOf: Record<SqlEngine, string> = {
  duckdb:
    'the database file in the connection, the data file or table under `table`, and the installation of @duckdb/node-api',
  postgres:
    'host, port, database, user and password in postgres://user:password@host:5432/database?sslmode=require, and that the runner reaches the server',
  bigquery:
    'the project and location in bigquery://:TOKEN@project?location=US, and that the access token is fresh (google-github-actions/auth, token_format: access_token)',
  snowflake:
    'the account host, database, schema, warehouse and role in snowflake://:TOKEN@account.snowflakecomputing.com/database/schema?warehouse=…&role=…, and the token and token_type',
  databricks:
    'the workspace host, SQL warehouse id and personal access token in databricks://token:PAT@host/warehouse-id',
  trino:
    'host, port, user, password, catalog and schema in trino://user:password@host:443/catalog/schema',
};

function referenceName(reference: ConnectionReference | undefined): string {
  if (reference === undefined) return 'memory';
  return 'env' in reference ? `env:${reference.env}` : `input:${reference.input}`;
}

function describe(reference: ConnectionReference | undefined): string {
  if (reference === undefined) return 'in memory';
  return 'env' in reference
    ? `connection from environment variable ${reference.env}`
    : `connection from the connections input line ${reference.input}`;
}

/** The URL the source's connection names; undefined for DuckDB in memory. */
function connectionUrl(
  source: QuerySource,
  key: string,
  options: QuerySourcesOptions,
): string | undefined {
  const reference = source.connection;
  if (reference === undefined) {
    if (source.engine === 'duckdb') return undefined;
    throw new SqlSourceError(
      `${key}: engine ${source.engine} needs a connection: add \`connection: {env: MLGATE_${source.engine.toUpperCase()}_URL}\` and set that variable from a secret on the mlgate step`,
    );
  }
  if ('env' in reference) {
    const value = (options.environment ?? process.env)[reference.env];
    if (value) return value;
    throw new SqlSourceError(
      `${key}.connection: the environment variable ${reference.env} is not set or empty; set it on the mlgate step, e.g. \`env: ${reference.env}: \${{ secrets.${reference.env} }}\``,
    );
  }
  // Own lines only: `constructor` is no connection.
  const value =
    options.connections && Object.hasOwn(options.connections, reference.input)
      ? options.connections[reference.input]
      : undefined;
  if (value) return value;
  throw new SqlSourceError(
    `${key}.connection: the \`connections\` input has no line ${reference.input}=…; add \`${reference.input}=\${{ secrets.${reference.input} }}\` to the connections input of the mlgate step`,
  );
}

/** For DuckDB, the connection is a database file (`duckdb:` prefix optional), resolved in the repository unless absolute. */
function engineUrl(
  source: QuerySource,
  key: string,
  url: string | undefined,
  options: QuerySourcesOptions,
): string | undefined {
  if (source.engine !== 'duckdb' || url === undefined) return url;
  const file = url.replace(/^duckdb:(\/\/)?/i, '');
  if (/^md:/i.test(file))
    throw new Error(
      'MotherDuck (md:) is not supported; give a database file path, or no connection for an in-memory database',
    );
  return file.startsWith('/') ? file : options.resolve(file, `${key}.connection`);
}

function relationOf(
  connection: ClosableSqlConnection,
  source: QuerySource,
  key: string,
  options: QuerySourcesOptions,
): string {
  if (!('table' in source) || !namesDataFile(source))
    return sourceRelation(connection.dialect, source);
  const location = isRemoteFile(source.table)
    ? source.table
    : options.resolve(source.table, `${key}.table`);
  return sourceRelation(connection.dialect, source, location);
}

/**
 * DuckDB reads a Parquet file column by column, so each statement reads only
 * what it needs; a CSV or JSON file it must parse whole every time, and drift
 * sends several statements per feature (a 1M-row CSV pair: minutes). Such a
 * file is read once into a temporary table (compressed, spilled to disk past
 * DuckDB's memory limit) that every statement of the run reads instead.
 */
function stagedTextFiles() {
  const tables = new Map<string, Promise<string>>();
  return (connection: SqlConnection, engineId: string, relation: string): Promise<string> => {
    if (!/^read_(csv|json_auto)\(/.test(relation)) return Promise.resolve(relation);
    const id = `${engineId}|${relation}`;
    let table = tables.get(id);
    if (!table) {
      // Named by what it reads, so workspaces sharing the connection share the table.
      const name = `mlgate_file_${nodeCrypto().createHash('sha256').update(relation).digest('hex').slice(0, 16)}`;
      table = connection
        .query(`CREATE TEMP TABLE IF NOT EXISTS ${name} AS SELECT * FROM ${relation}`)
        .then(() => name);
      tables.set(id, table);
      table.catch(() => tables.delete(id));
    }
    return table;
  };
}

/** The connection as a source sees it: without close, and with its errors redacted and naming `key`. */
function redacting(
  connection: SqlConnection,
  secrets: readonly string[],
  key: string,
): SqlConnection {
  const engine = connection.dialect.engine;
  return {
    dialect: connection.dialect,
    async query(sql) {
      try {
        return await connection.query(sql);
      } catch (error) {
        throw redactedError(error, secrets, {
          key,
          engine,
          fix: `check the table or query under ${key} and ${settingsOf[engine]}`,
        });
      }
    },
  };
}
