/**
 * Query sources on the command line: `drift`, `profile` and `validate` take
 * `'{engine: …, table | query: …, connection: {env: …}}'` (or an s3://,
 * gs://, https:// URL) wherever they take a data file, and give the figures of
 * the same data as files. Real engines: DuckDB reads the fixtures in place,
 * PostgreSQL (PGlite on 127.0.0.1) holds a copy; the connection URL comes from
 * an environment variable and never reaches stdout or stderr.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectSameDrift } from '../mocks/same-drift.ts';
import { copyCsvToPostgres, startPostgres, type TestPostgres } from '../mocks/sql-engines.ts';
import { mlgate } from './mlgate-in-process.ts';

const early = 'test/fixtures/statistics/cars-1970-1975.csv';
const late = 'test/fixtures/statistics/cars-1976-1982.csv';
const penguins = 'test/fixtures/statistics/penguins.csv';
const duckdb = (table: string) => `{engine: duckdb, table: ${table}}`;
const variable = 'MLGATE_CLI_TEST_PG_URL';

let postgres: TestPostgres;

beforeAll(async () => {
  postgres = await startPostgres();
  const connection = await postgres.connect();
  await copyCsvToPostgres(connection, 'cars_early', path.resolve(early));
  await connection.close();
  process.env[variable] = postgres.url;
}, 240_000);

afterAll(async () => {
  delete process.env[variable];
  await postgres?.stop();
});

describe('drift', () => {
  it('DuckDB, and PostgreSQL against DuckDB, give the figures of the files', async () => {
    const files = await mlgate([
      'drift',
      '--reference',
      early,
      '--current',
      late,
      '--format',
      'json',
    ]);
    const inDuckDb = await mlgate([
      'drift',
      '--reference',
      duckdb(early),
      '--current',
      duckdb(late),
      '--format',
      'json',
    ]);
    const postgresFirst = await mlgate([
      'drift',
      '--reference',
      `{engine: postgres, table: cars_early, connection: {env: ${variable}}}`,
      '--current',
      duckdb(late),
      '--format',
      'json',
    ]);
    assert.equal(files.code, 1, files.err);
    for (const run of [inDuckDb, postgresFirst]) {
      assert.equal(run.code, 1, run.err);
      expectSameDrift(JSON.parse(run.out), JSON.parse(files.out));
      assert.ok(!run.out.includes(postgres.password) && !run.err.includes(postgres.password));
    }
  });

  it('names the argument and the fix for a source it cannot open, without the secret', async () => {
    const unknown = await mlgate([
      'drift',
      '--reference',
      '{engine: oracle, table: x}',
      '--current',
      late,
    ]);
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.err,
      /--reference: a query source is \{engine, table\} or \{engine, query\}/,
    );
    const unset = await mlgate([
      'drift',
      '--reference',
      '{engine: postgres, table: x, connection: {env: MLGATE_UNSET_URL}}',
      '--current',
      late,
    ]);
    assert.equal(unset.code, 2);
    assert.match(unset.err, /the environment variable MLGATE_UNSET_URL is not set/);
    process.env.MLGATE_CLOSED_URL = postgres.url.replace(/:\d+\//, ':1/');
    try {
      const closed = await mlgate([
        'drift',
        '--reference',
        '{engine: postgres, table: x, connection: {env: MLGATE_CLOSED_URL}}',
        '--current',
        late,
      ]);
      assert.equal(closed.code, 2);
      assert.match(closed.err, /--reference: postgres .*ECONNREFUSED/);
      assert.ok(!closed.err.includes(postgres.password), closed.err);
    } finally {
      delete process.env.MLGATE_CLOSED_URL;
    }
  });

  it('reports a schema it cannot read before opening any source (drift and validate)', async () => {
    const source = '{engine: postgres, table: x, connection: {env: MLGATE_UNSET_URL}}';
    const missing = 'no-such-schema.json';
    const runs = [
      await mlgate(['drift', '--reference', source, '--current', late, '--schema', missing]),
      await mlgate(['validate', '--schema', missing, source]),
    ];
    for (const run of runs) {
      assert.equal(run.code, 2);
      assert.match(run.err, /no-such-schema\.json/);
      assert.doesNotMatch(run.err, /MLGATE_UNSET_URL/);
    }
  });
});

it('profile: a DuckDB source gives the profile of the file, but for its source', async () => {
  const output = (name: string) => path.join(tmpdir(), `mlgate-cli-${process.pid}-${name}.json`);
  assert.equal((await mlgate(['profile', penguins, '-o', output('file')])).code, 0);
  const fromSource = await mlgate(['profile', duckdb(penguins), '-o', output('sql')]);
  assert.equal(fromSource.code, 0, fromSource.err);
  const read = async (name: string) => {
    const { sources, ...profile } = JSON.parse(await readFile(output(name), 'utf8'));
    return { sources, profile };
  };
  const [file, sql] = [await read('file'), await read('sql')];
  assert.deepEqual(sql.profile, file.profile);
  assert.deepEqual(sql.sources, [
    { path: `duckdb:${penguins}`, format: 'sql', rows: 344, badRows: 0 },
  ]);
});

it('validate: a DuckDB source counts the errors the file has', async () => {
  const schema = 'test/fixtures/table-schema/query/penguins.schema.json';
  const files = await mlgate(['validate', '--schema', schema, penguins, '--format', 'json']);
  const fromSource = await mlgate([
    'validate',
    '--schema',
    schema,
    duckdb(penguins),
    '--format',
    'json',
  ]);
  assert.equal(fromSource.code, files.code, fromSource.err);
  const counts = (out: string) =>
    JSON.parse(out).files.map((file: { rowCount: number; errorCount: number; valid: boolean }) => [
      file.rowCount,
      file.errorCount,
      file.valid,
    ]);
  assert.deepEqual(counts(fromSource.out), counts(files.out));
});
