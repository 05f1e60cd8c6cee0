/**
 * The drift check with query sources: mlgate.yml names a DuckDB file source
 * or a PostgreSQL table (real engines, test/mocks/sql-engines.ts) in place of
 * a data file, the workspace opens it, and the outcome — findings, their
 * messages and the summary — is the outcome of the same data as files.
 * Train/serve skew, which pairs rows, refuses a query source.
 */
import { describe, expect, it } from 'vitest';
import { drift } from '../../../src/checks/drift/drift.ts';
import { driftConfig } from '../../../src/checks/drift/drift-config.ts';
import { trainServeSkewConfig } from '../../../src/checks/train-serve-skew/train-serve-skew-config.ts';
import type { ClosableSqlConnection } from '../../../src/io/sql/duckdb-connection.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { namesDataFile, sourceLabel, sourceRelation } from '../../../src/sql/query-source.ts';
import type { QuerySources } from '../../../src/workspace/sql-source.ts';
import { fixtureText } from '../../drift/drift-fixtures.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';
import { copyCsvToPostgres, withRealEngines } from '../../mocks/sql-engines.ts';

const statistics = new URL('../../fixtures/statistics/', import.meta.url).pathname;

const files = {
  'data/cars-early.csv': fixtureText('cars-1970-1975.csv'),
  'data/cars-late.csv': fixtureText('cars-1976-1982.csv'),
  // The same files under the names DuckDB reads them by (statistics + table).
  'cars-1970-1975.csv': fixtureText('cars-1970-1975.csv'),
  'cars-1976-1982.csv': fixtureText('cars-1976-1982.csv'),
};

let duck: ClosableSqlConnection;
let pg: ClosableSqlConnection;

/** DuckDB reads the fixtures' files in place; PostgreSQL holds the tables copied from them. */
const opened: string[] = [];
const querySources: Pick<QuerySources, 'openQuerySource'> = {
  async openQuerySource(source, key) {
    opened.push(sourceLabel(source));
    const connection = source.engine === 'duckdb' ? duck : pg;
    if (source.engine !== 'duckdb' && source.engine !== 'postgres') {
      throw new Error(`${key}: no ${source.engine} engine in this test`);
    }
    const location =
      namesDataFile(source) && 'table' in source ? statistics + source.table : undefined;
    return {
      connection,
      relation: sourceRelation(connection.dialect, source, location),
      label: sourceLabel(source),
      engineId: source.engine,
    };
  },
};

withRealEngines(async (engines) => {
  ({ duck, pg } = engines);
  await copyCsvToPostgres(pg, 'cars_early', `${statistics}cars-1970-1975.csv`);
}, 240_000);

async function run(config: Record<string, unknown>, largeFiles: string[] = []) {
  const outcome = await drift.run(driftConfig.parse(config), {
    workspace: memoryWorkspace({ files, querySources, largeFiles }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  expect(outcome.kind).toBe('ran');
  const ran = outcome as Extract<CheckOutcome, { kind: 'ran' }>;
  return {
    summary: ran.summary,
    findings: ran.findings.map(({ id, severity, message }) => ({ id, severity, message })),
  };
}

describe('drift with query sources', () => {
  it('two DuckDB file sources: the outcome of the same files', async () => {
    const fromFiles = await run({
      reference: 'data/cars-early.csv',
      current: 'data/cars-late.csv',
    });
    const fromDuckDb = await run({
      reference: { engine: 'duckdb', table: 'cars-1970-1975.csv' },
      current: { engine: 'duckdb', table: 'cars-1976-1982.csv' },
    });
    expect(fromFiles.findings.length).toBeGreaterThan(0);
    expect(fromDuckDb).toEqual(fromFiles);
  });

  it('files too large for memory are read by DuckDB in place, with the outcome of the files', async () => {
    const config = { reference: 'cars-1970-1975.csv', current: 'cars-1976-1982.csv' };
    opened.length = 0;
    const read = await run(config);
    expect(opened).toEqual([]);
    const inPlace = await run(config, ['cars-1970-1975.csv', 'cars-1976-1982.csv']);
    expect(opened).toEqual(['duckdb:cars-1970-1975.csv', 'duckdb:cars-1976-1982.csv']);
    const oneSide = await run(config, ['cars-1976-1982.csv']);
    expect(inPlace).toEqual(read);
    expect(oneSide).toEqual(read);
  });

  it('a URL is read by DuckDB, the default engine for files on object storage and the web', () => {
    const config = driftConfig.parse({
      reference: 's3://acme/train.parquet',
      current: 'https://example.org/serving.csv',
    });
    expect([config.reference, config.current]).toEqual([
      { engine: 'duckdb', table: 's3://acme/train.parquet' },
      { engine: 'duckdb', table: 'https://example.org/serving.csv' },
    ]);
  });

  it('a PostgreSQL table against a file: the outcome of the same files', async () => {
    const fromFiles = await run({
      reference: 'data/cars-early.csv',
      current: 'data/cars-late.csv',
    });
    const mixed = await run({
      reference: { engine: 'postgres', table: 'cars_early', connection: { env: 'MLGATE_PG_URL' } },
      current: 'data/cars-late.csv',
    });
    expect(mixed).toEqual(fromFiles);
  });

  it('train/serve skew, which pairs rows, reads a query source as its rows (a sql: path)', () => {
    const parsed = trainServeSkewConfig.parse({
      training: { engine: 'duckdb', table: 'train.parquet' },
      serving: 'serve.csv',
    });
    expect(parsed.training).toBe('sql:{"engine":"duckdb","table":"train.parquet"}');
  });
});
