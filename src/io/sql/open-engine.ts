/**
 * Opens a connection to a source's engine from its connection URL, loading
 * the engine's client only then: DuckDB's native module (load-duckdb.ts) and
 * `pg` (its own chunk in dist/) are not loaded for a gate run without such a
 * source; the warehouses speak HTTP through `fetch`.
 */
import type { SqlEngine } from '../../sql/sql-dialect.ts';
import { openBigQuery } from './bigquery-connection.ts';
import type { ClosableSqlConnection } from './closable-connection.ts';
import { openDatabricks } from './databricks-connection.ts';
import { type DuckDbModule, openDuckDb } from './duckdb-connection.ts';
import type { Fetch } from './http-json.ts';
import { loadDuckDb } from './load-duckdb.ts';
import { openPostgres } from './postgres-connection.ts';
import { openSnowflake } from './snowflake-connection.ts';
import { openTrino } from './trino-connection.ts';

export interface EngineClients {
  loadDuckDb(): Promise<DuckDbModule>;
  loadPg(): Promise<typeof import('pg')>;
  fetch: Fetch;
}

export const defaultEngineClients: EngineClients = {
  loadDuckDb: () => loadDuckDb(),
  loadPg: () => import('pg'),
  fetch: (input, init) => globalThis.fetch(input, init),
};

/**
 * `url` is the connection URL; for DuckDB, the absolute path of a database
 * file or undefined for an in-memory database.
 */
export async function openEngine(
  engine: SqlEngine,
  url: string | undefined,
  clients: EngineClients,
): Promise<ClosableSqlConnection> {
  if (engine === 'duckdb') return openDuckDb(await clients.loadDuckDb(), url);
  if (url === undefined) throw new Error(`${engine} needs a connection URL`);
  const http = { fetch: clients.fetch };
  switch (engine) {
    case 'postgres':
      return openPostgres(await clients.loadPg(), url);
    case 'bigquery':
      return openBigQuery(url, http);
    case 'snowflake':
      return openSnowflake(url, http);
    case 'databricks':
      return openDatabricks(url, http);
    case 'trino':
      return openTrino(url, http);
  }
}
