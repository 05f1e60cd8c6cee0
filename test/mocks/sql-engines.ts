/**
 * Real SQL engines for tests, on this machine with nothing installed by hand:
 * DuckDB embedded (@duckdb/node-api) and PostgreSQL as PGlite (the PostgreSQL
 * engine compiled to WebAssembly) served over the wire protocol on
 * 127.0.0.1 by @electric-sql/pglite-socket, so mlgate connects to it with its
 * own `pg` client exactly as to a server. No mocks: both run real SQL.
 */
import * as duckdb from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type ClosableSqlConnection, openDuckDb } from '../../src/io/sql/duckdb-connection.ts';
import { openPostgres } from '../../src/io/sql/postgres-connection.ts';
import type { SqlValue } from '../../src/workspace/sql-source.ts';

export function duckDbConnection(): Promise<ClosableSqlConnection> {
  return openDuckDb(duckdb);
}

export interface TestPostgres {
  /** postgres://postgres:<password>@127.0.0.1:<port>/postgres */
  url: string;
  /** The password in `url`, to grep outputs for. */
  password: string;
  connect(): Promise<ClosableSqlConnection>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite behind a socket on 127.0.0.1 (PGlite accepts any password; the
 * one in `url` is a stand-in secret). Several clients may connect at once, as
 * to a server; PGlite runs their statements one after another.
 */
export async function startPostgres(password = 'pg-secret-7f3a9c'): Promise<TestPostgres> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 8 });
  await server.start();
  const address = server.getServerConn();
  const url = `postgres://postgres:${password}@${address}/postgres`;
  return {
    url,
    password,
    connect: () => openPostgres({ default: pg } as never, url),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

const postgresType: Record<string, string> = {
  BIGINT: 'bigint',
  INTEGER: 'integer',
  DOUBLE: 'double precision',
  BOOLEAN: 'boolean',
  DATE: 'date',
  TIMESTAMP: 'timestamp',
  VARCHAR: 'text',
};

/**
 * Creates `table` in PostgreSQL holding a CSV file's rows, typed as DuckDB's
 * CSV reader types them (so both engines hold the same values), inserted in batches.
 */
export async function copyCsvToPostgres(
  postgres: ClosableSqlConnection,
  table: string,
  csvPath: string,
): Promise<void> {
  const duck = await duckDbConnection();
  try {
    const read = await duck.query(`SELECT * FROM read_csv('${csvPath.replaceAll("'", "''")}')`);
    const described = await duck.query(
      `DESCRIBE SELECT * FROM read_csv('${csvPath.replaceAll("'", "''")}')`,
    );
    const types = described.rows.map((row) => postgresType[String(row[1])] ?? 'text');
    const names = read.columns.map((column) => `"${column.name.replaceAll('"', '""')}"`);
    await postgres.query(
      `CREATE TABLE ${table} (${names.map((name, i) => `${name} ${types[i]}`).join(', ')})`,
    );
    for (let start = 0; start < read.rows.length; start += 500) {
      const batch = read.rows.slice(start, start + 500);
      const values = batch.map(
        (row) => `(${row.map((cell, i) => literal(cell, types[i]!)).join(', ')})`,
      );
      await postgres.query(
        `INSERT INTO ${table} (${names.join(', ')}) VALUES ${values.join(', ')}`,
      );
    }
  } finally {
    await duck.close();
  }
}

function literal(cell: SqlValue, type: string): string {
  if (cell === null) return 'NULL';
  if (type === 'date') return `DATE '${new Date(cell as number).toISOString().slice(0, 10)}'`;
  if (type === 'timestamp')
    return `TIMESTAMP '${new Date(cell as number).toISOString().replace('T', ' ').replace('Z', '')}'`;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : `'${cell}'::float8`;
  if (typeof cell === 'boolean') return String(cell);
  return `'${cell.replaceAll("'", "''")}'`;
}

export interface RealEngines {
  duck: ClosableSqlConnection;
  postgres: TestPostgres;
  pg: ClosableSqlConnection;
}

/**
 * DuckDB and PostgreSQL for one test file: started before its tests, then
 * `load` fills them (tables copied into PostgreSQL, files staged), and
 * stopped after them.
 */
export function withRealEngines(
  load: (engines: RealEngines) => Promise<void>,
  timeout = 240_000,
): void {
  let engines: RealEngines | undefined;
  beforeAll(async () => {
    const duck = await duckDbConnection();
    const postgres = await startPostgres();
    engines = { duck, postgres, pg: await postgres.connect() };
    await load(engines);
  }, timeout);
  afterAll(async () => {
    await engines?.pg.close();
    await engines?.postgres.stop();
    await engines?.duck.close();
  });
}
