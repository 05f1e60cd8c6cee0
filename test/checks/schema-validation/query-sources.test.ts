import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'vitest';
import { schemaValidation } from '../../../src/checks/schema-validation/schema-validation.ts';
import { schemaValidationConfig } from '../../../src/checks/schema-validation/schema-validation-config.ts';
import type { ClosableSqlConnection } from '../../../src/io/sql/duckdb-connection.ts';
import type { CheckOutcome, Finding } from '../../../src/model/check.ts';
import { type QuerySource, sourceLabel, sourceRelation } from '../../../src/sql/query-source.ts';
import type { QuerySources } from '../../../src/workspace/sql-source.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';
import { fixtureText } from '../../mocks/profile-fixtures.ts';
import { copyCsvToPostgres, withRealEngines } from '../../mocks/sql-engines.ts';

const seattle = 'statistics/weather-seattle-2012.csv';
const newYork = 'statistics/weather-new-york-2012.csv';
const fixturePath = (fixture: string) =>
  fileURLToPath(new URL(`../../fixtures/${fixture}`, import.meta.url));

let duck: ClosableSqlConnection;
let pg: ClosableSqlConnection;

withRealEngines(async (engines) => {
  ({ duck, pg } = engines);
  await copyCsvToPostgres(pg, 'weather_new_york', fixturePath(newYork));
}, 60_000);

/** DuckDB reads the repository's files in place; PostgreSQL holds the New York table. */
const querySources: Pick<QuerySources, 'openQuerySource'> = {
  async openQuerySource(source: QuerySource, key: string) {
    const connection = source.engine === 'duckdb' ? duck : pg;
    const file =
      'table' in source && source.engine === 'duckdb' ? fixturePath(source.table) : undefined;
    if (source.engine !== 'duckdb' && source.engine !== 'postgres')
      throw new Error(`${key}: no engine`);
    return {
      connection,
      relation: sourceRelation(connection.dialect, source, file),
      label: sourceLabel(source),
      engineId: source.engine,
    };
  },
};

const files = {
  'schema.json': fixtureText('table-schema/query/weather.schema.json'),
  'data/seattle.csv': fixtureText(seattle),
  'data/new-york.csv': fixtureText(newYork),
};

async function run(config: Record<string, unknown>) {
  const outcome = await schemaValidation.run(schemaValidationConfig.parse(config), {
    workspace: memoryWorkspace({ files, querySources }),
    event: { name: 'local' },
    now: new Date('2026-12-02T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

/** What a finding gates on: everything but the words and where its first row is. */
const gated = (f: Finding) => [f.id, f.severity, f.cause, f.measure];

const rules = [
  { name: 'range', rule: 'temp_max >= temp_min + 5', max_invalid_share: 0.3 },
  { rule: 'weather != "sun" or precipitation < 0.5' },
];

describe('schema_validation on query sources', () => {
  test('DuckDB and PostgreSQL sources give the files’ figures and findings', async () => {
    const base = { schema: 'schema.json', max_invalid_share: 0.02, row_rules: rules };
    const fromFiles = await run({
      ...base,
      training: 'data/seattle.csv',
      serving: 'data/new-york.csv',
    });
    const fromEngines = await run({
      ...base,
      training: { engine: 'duckdb', table: seattle },
      serving: { engine: 'postgres', table: 'weather_new_york', connection: { env: 'PG_URL' } },
    });
    assert.deepEqual(fromEngines.figures, fromFiles.figures);
    assert.deepEqual(fromEngines.findings.map(gated), fromFiles.findings.map(gated));
    assert.ok(fromFiles.findings.some((f) => f.severity === 'fail'));
    assert.ok(fromFiles.findings.some((f) => f.severity === 'warn'));
    const dateMinimum = fromEngines.findings.find((f) => f.id === 'training:date:minimum')!;
    assert.deepEqual(dateMinimum.location, {
      path: `duckdb:${seattle}`,
      column: 'date',
      key: 'date = 2012-01-01',
    });
    assert.match(dateMinimum.message, /first at the row where date = 2012-01-01/);
    assert.match(fromEngines.summary, /serving: \d+ cell error/);
  });

  test('a rule the engine cannot run stops the check, naming the rule and the fix', async () => {
    const schema = JSON.stringify({
      fields: [
        { name: 'date', type: 'datetime' },
        { name: 'temp_max', type: 'number' },
      ],
    });
    const config = schemaValidationConfig.parse({
      schema: 'datetime.json',
      training: { engine: 'duckdb', table: seattle },
      row_rules: [{ rule: 'temp_max < 40' }, { rule: 'date > "2012-06-01"' }],
    });
    await assert.rejects(
      schemaValidation.run(config, {
        workspace: memoryWorkspace({ files: { 'datetime.json': schema }, querySources }),
        event: { name: 'local' },
        now: new Date('2026-12-02T00:00:00Z'),
      }),
      /checks\.schema_validation\.row_rules\[1\]\.rule, for checks\.schema_validation\.training .*not supported on this engine \(duckdb\).*Validate a data file instead/,
    );
  });
});
