/**
 * The QuerySources port on disk with the real engines: PostgreSQL (PGlite
 * served on 127.0.0.1, reached through pg) and DuckDB embedded. Connection
 * URLs come from the environment or the `connections` input; every failure
 * names the config key and the fix, and neither its message nor its stack
 * holds the connection's secret.
 */
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as duckdb from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeWorkspace } from '../../../src/io/node-workspace.ts';
import { openDuckDb } from '../../../src/io/sql/duckdb-connection.ts';
import { querySourcesOnDisk } from '../../../src/io/sql/query-sources-on-disk.ts';
import { sqlConnectionPool } from '../../../src/io/sql/sql-connection-pool.ts';
import { copyCsvToPostgres, startPostgres, type TestPostgres } from '../../mocks/sql-engines.ts';
import { leakedSecrets } from './stand-in-server.ts';

const key = 'checks.drift.reference';
const noFiles = () => {
  throw new Error('no file expected');
};

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
  const connection = await postgres.connect();
  await copyCsvToPostgres(connection, 'penguins', 'test/fixtures/statistics/penguins.csv');
  await connection.close();
});
afterAll(async () => {
  await postgres.stop();
});

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('query sources on PostgreSQL', () => {
  it('reads the URL from the environment or the connections input, one connection per setting', async () => {
    const sources = querySourcesOnDisk({
      resolve: noFiles,
      environment: { MLGATE_PG_URL: postgres.url },
      connections: { warehouse: postgres.url },
    });
    try {
      const table = await sources.openQuerySource(
        { engine: 'postgres', table: 'penguins', connection: { env: 'MLGATE_PG_URL' } },
        key,
      );
      const query = await sources.openQuerySource(
        {
          engine: 'postgres',
          query: "SELECT * FROM penguins WHERE species = 'Adelie';",
          connection: { env: 'MLGATE_PG_URL' },
        },
        'checks.drift.current',
      );
      const input = await sources.openQuerySource(
        { engine: 'postgres', table: 'public.penguins', connection: { input: 'warehouse' } },
        key,
      );
      expect([table.engineId, query.engineId, input.engineId]).toEqual([
        'postgres:env:MLGATE_PG_URL',
        'postgres:env:MLGATE_PG_URL',
        'postgres:input:warehouse',
      ]);
      expect(table.relation).toBe('"penguins"');
      expect(query.relation).toBe(
        "(SELECT * FROM penguins WHERE species = 'Adelie') AS mlgate_source",
      );
      expect([table.label, query.label]).toEqual(['postgres:penguins', 'postgres:query']);
      // Sources sharing an engine id are read by one statement.
      const both = await table.connection.query(
        `SELECT (SELECT count(*) FROM ${table.relation}) AS n, (SELECT count(*) FROM ${query.relation}) AS adelie`,
      );
      expect(both.rows).toEqual([[344, 152]]);
      expect((await input.connection.query('SELECT count(*) FROM public.penguins')).rows).toEqual([
        [344],
      ]);
      const special = await input.connection.query(
        "SELECT 'NaN'::float8, 'NaN'::numeric, '-Infinity'::float8, 9007199254740993::int8, DATE '2012-01-31', TIMESTAMPTZ '2012-01-31 08:00:00+01'",
      );
      expect(special.rows).toEqual([
        [
          Number.NaN,
          Number.NaN,
          Number.NEGATIVE_INFINITY,
          '9007199254740993',
          Date.UTC(2012, 0, 31),
          Date.UTC(2012, 0, 31, 7),
        ],
      ]);
    } finally {
      await sources.dispose();
    }
  });

  it('names the key, the variable and the fix when the connection is not there', async () => {
    const sources = querySourcesOnDisk({ resolve: noFiles, environment: {}, connections: {} });
    const missingEnv = await sources
      .openQuerySource(
        { engine: 'postgres', table: 't', connection: { env: 'MLGATE_PG_URL' } },
        key,
      )
      .catch((error) => error);
    expect(missingEnv.message).toBe(
      `${key}.connection: the environment variable MLGATE_PG_URL is not set or empty; set it on the mlgate step, e.g. \`env: MLGATE_PG_URL: \${{ secrets.MLGATE_PG_URL }}\``,
    );
    const missingInput = await sources
      .openQuerySource({ engine: 'postgres', table: 't', connection: { input: 'warehouse' } }, key)
      .catch((error) => error);
    expect(missingInput.message).toContain('the `connections` input has no line warehouse=…');
    const none = await sources
      .openQuerySource({ engine: 'trino', table: 't' }, key)
      .catch((error) => error);
    expect(none.message).toContain(
      `${key}: engine trino needs a connection: add \`connection: {env: MLGATE_TRINO_URL}\``,
    );
  });

  // PGlite takes any password and any database name, so the failures are a refused port,
  // a URL pg cannot parse and a syntax error.
  it('keeps the password out of a refused connection, a malformed URL and a syntax error', async () => {
    const password = 'pg-S3cret/with@signs';
    const encoded = encodeURIComponent(password);
    const closed = `postgres://ml:${encoded}@127.0.0.1:${await closedPort()}/ml`;
    const malformed = `postgres://ml:${password}@`;
    const good = postgres.url.replace(postgres.password, encoded);
    const sources = querySourcesOnDisk({
      resolve: noFiles,
      connections: { closed, good, malformed },
    });
    const open = (input: string) =>
      sources.openQuerySource({ engine: 'postgres', table: 't', connection: { input } }, key);
    try {
      const refused = await open('closed').catch((error) => error);
      expect(refused.message).toMatch(
        /^checks\.drift\.reference: postgres \(connection from the connections input line closed\): .*ECONNREFUSED.*; check host, port, database, user and password/,
      );
      const unparsed = await open('malformed').catch((error) => error);
      expect(unparsed.message).toMatch(
        /^checks\.drift\.reference: postgres \(.*line malformed\): Invalid URL/,
      );
      const source = await open('good');
      const syntax = await source.connection
        .query('SELEC count(*) FROM penguins')
        .catch((error) => error);
      expect(syntax.message).toMatch(
        /^checks\.drift\.reference: postgres: syntax error at or near "SELEC" \(42601\); check the table or query under checks\.drift\.reference/,
      );
      for (const error of [refused, unparsed, syntax])
        expect(
          leakedSecrets(error, [password, encoded, closed, malformed, good, `ml:${encoded}`]),
        ).toEqual([]);
    } finally {
      await sources.dispose();
    }
  });

  it('closes every connection on dispose', async () => {
    const pool = sqlConnectionPool();
    const sources = querySourcesOnDisk({
      resolve: noFiles,
      environment: { URL: postgres.url },
      pool,
    });
    const source = await sources.openQuerySource(
      { engine: 'postgres', table: 'penguins', connection: { env: 'URL' } },
      key,
    );
    await sources.dispose();
    await expect(source.connection.query('SELECT 1')).rejects.toThrow(
      /checks\.drift\.reference: postgres:/,
    );
  });
});

describe('query sources on DuckDB', () => {
  const workspace = nodeWorkspace('.');

  it('reads a repository file in place, and refuses a path that escapes the repository', async () => {
    const source = await workspace.openQuerySource(
      { engine: 'duckdb', table: 'test/fixtures/statistics/penguins.csv' },
      key,
    );
    // A CSV file is parsed once, into a temporary table every statement reads.
    expect(source.relation).toMatch(/^mlgate_file_[0-9a-f]{16}$/);
    expect(source.engineId).toBe('duckdb:memory');
    const result = await source.connection.query(
      `SELECT count(*) AS n, [1, 2] AS list, {'a': 1.5, 'b': DATE '2012-01-31'} AS struct FROM ${source.relation}`,
    );
    expect(result.rows).toEqual([[344, '[1,2]', `{"a":1.5,"b":${Date.UTC(2012, 0, 31)}}`]]);
    expect(result.columns.map((column) => column.type)).toEqual(['integer', 'other', 'other']);
    await expect(
      workspace.openQuerySource({ engine: 'duckdb', table: '../outside.parquet' }, key),
    ).rejects.toThrow(`${key}.table: "../outside.parquet" points outside the repository`);
  });

  it('names DuckDB for a data file larger than a quarter of the memory, and nothing else', async () => {
    const resolve = (path: string) => `${process.cwd()}/${path}`;
    const penguins = 'test/fixtures/statistics/penguins.csv'; // 13,478 bytes
    const small = querySourcesOnDisk({ resolve, memoryBytes: 4 * 13_000 });
    const large = querySourcesOnDisk({ resolve, memoryBytes: 4 * 14_000 });
    expect(await small.largeFileSource(penguins, key)).toEqual({
      engine: 'duckdb',
      table: penguins,
    });
    expect(await large.largeFileSource(penguins, key)).toBeUndefined();
    expect(await small.largeFileSource('README.md', key)).toBeUndefined();
    expect(await small.largeFileSource('missing.parquet', key)).toBeUndefined();
  });

  it('opens a database file the connection names, and refuses MotherDuck', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'mlgate-duckdb-'));
    const file = path.join(directory, 'features.duckdb');
    const writer = await openDuckDb(duckdb, file);
    await writer.query('CREATE TABLE features AS SELECT range AS x FROM range(10)');
    await writer.close();
    const sources = querySourcesOnDisk({
      resolve: noFiles,
      environment: {
        MLGATE_DUCKDB: `duckdb:${file}`,
        MOTHERDUCK: 'md:my_db?motherduck_token=eyJhbGciSECRET',
      },
    });
    try {
      const source = await sources.openQuerySource(
        { engine: 'duckdb', table: 'main.features', connection: { env: 'MLGATE_DUCKDB' } },
        key,
      );
      expect(source.engineId).toBe('duckdb:env:MLGATE_DUCKDB');
      expect((await source.connection.query(`SELECT sum(x) FROM ${source.relation}`)).rows).toEqual(
        [[45]],
      );
      const motherduck = await sources
        .openQuerySource({ engine: 'duckdb', table: 't', connection: { env: 'MOTHERDUCK' } }, key)
        .catch((error) => error);
      expect(motherduck.message).toContain('MotherDuck (md:) is not supported');
      expect(leakedSecrets(motherduck, ['eyJhbGciSECRET'])).toEqual([]);
    } finally {
      await sources.dispose();
    }
  });

  it('reads a URL as it is, and reports a failing query with the key', async () => {
    const remote = await workspace.openQuerySource(
      { engine: 'duckdb', table: 'https://example.com/data/train.parquet' },
      key,
    );
    expect(remote.relation).toBe("read_parquet('https://example.com/data/train.parquet')");
    await expect(
      workspace.openQuerySource({ engine: 'duckdb', table: 'no/such.csv' }, key),
    ).rejects.toThrow(/^checks\.drift\.reference: duckdb: .*No files found that match the pattern/);
  });
});
