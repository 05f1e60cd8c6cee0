/**
 * Query sources in the checks that pair rows: the rows come through the
 * engine as CSV text and are read by the file reader, so a check gets the
 * scan a file of the same data gives. Real engines (DuckDB reading the
 * fixtures in place, PostgreSQL holding a copy).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { withQuerySourceRows } from '../../../src/checks/query-source-rows/query-source-rows-workspace.ts';
import { rowsAsCsv } from '../../../src/checks/query-source-rows/rows-as-csv.ts';
import { runGate } from '../../../src/engine/run-gate.ts';
import type { ClosableSqlConnection } from '../../../src/io/sql/closable-connection.ts';
import { querySourcePath, sourceLabel, sourceRelation } from '../../../src/sql/query-source.ts';
import type { QuerySources } from '../../../src/workspace/sql-source.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';
import { copyCsvToPostgres, withRealEngines } from '../../mocks/sql-engines.ts';
import { stepClock } from '../../mocks/step-clock.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const penguins = fixture('statistics/penguins.csv');
const predictions = fixture('numerical-stability/healthy.csv');

let duck: ClosableSqlConnection;
let pg: ClosableSqlConnection;
withRealEngines(async (engines) => {
  ({ duck, pg } = engines);
  await copyCsvToPostgres(pg, 'predictions', predictions);
});

/** DuckDB reads a fixture by its absolute path; PostgreSQL holds `predictions`. */
const querySources: Pick<QuerySources, 'openQuerySource'> = {
  async openQuerySource(source) {
    const connection = source.engine === 'duckdb' ? duck : pg;
    const location = source.engine === 'duckdb' && 'table' in source ? source.table : undefined;
    return {
      connection,
      relation: sourceRelation(connection.dialect, source, location),
      label: sourceLabel(source),
      engineId: source.engine,
    };
  },
};

describe('rowsAsCsv', () => {
  it("writes each type as mlgate's reader reads it back", () => {
    const csv = rowsAsCsv({
      columns: [
        { name: 'x', type: 'number' },
        { name: 'day', type: 'date' },
        { name: 'at', type: 'datetime' },
        { name: 'ok', type: 'boolean' },
        { name: 'note, quoted', type: 'text' },
      ],
      rows: [
        [0.1, Date.UTC(2012, 0, 31), Date.UTC(2012, 0, 31, 13, 45), true, 'a "b", c'],
        [Number.NaN, null, null, false, ''],
        [Number.NEGATIVE_INFINITY, null, null, null, ' padded'],
      ],
    });
    assert.equal(
      csv,
      '"x",day,at,ok,"note, quoted"\n'.replace('"x"', 'x') +
        '0.1,2012-01-31,2012-01-31T13:45:00.000Z,true,"a ""b"", c"\n' +
        'NaN,,,false,""\n' +
        '-inf,,,," padded"\n',
    );
  });
});

describe('a query source read as rows', () => {
  it('scans as the file of the same data', async () => {
    const workspace = withQuerySourceRows(
      memoryWorkspace({ files: { 'penguins.csv': readFileSync(penguins, 'utf8') }, querySources }),
    );
    const path = querySourcePath({ engine: 'duckdb', table: penguins });
    const options = {
      columns: { body_mass_g: 'number' as const, species: 'category' as const },
      otherColumns: 'skip' as const,
    };
    const [fromSource, fromFile] = [
      await workspace.scanTable(path, 'checks.slices.predictions', options),
      await workspace.scanTable('penguins.csv', 'checks.slices.predictions', options),
    ];
    assert.equal(fromSource.rowCount, fromFile.rowCount);
    assert.deepEqual(fromSource.columnNames, fromFile.columnNames);
    const mass = (scan: typeof fromFile) => {
      const column = scan.column('body_mass_g');
      return column?.kind === 'number' ? Array.from(column.values) : [];
    };
    assert.deepEqual(mass(fromSource), mass(fromFile));
    // Findings name the source as the report does elsewhere, never its sql: path.
    assert.equal(fromSource.source, `duckdb:${penguins}`);
    // A query's rows have no lines: findings name the data row, as for Parquet.
    assert.equal(fromSource.lineOf(0), undefined);
    assert.equal(fromSource.dataRowOf(0), 1);
    const table = await workspace.readTable(path, 'k');
    assert.equal(table.format, 'parquet');
    assert.equal(table.source, `duckdb:${penguins}`);
    assert.equal(await workspace.readTextAtRevision('HEAD~1', path, 'k'), null);
    assert.throws(() => workspace.resolve(path, 'k'), /has no path in the repository/);
  });

  it('a PostgreSQL table gives the gate the report of the same predictions as a file', async () => {
    const config = (data: string) =>
      `version: 1\nchecks:\n  numerical_stability:\n    predictions: ${data}\n    columns: [score]\n    probability_columns: [score]\n    id_column: id\n`;
    const gate = async (data: string) => {
      const { report } = await runGate({
        configPath: 'mlgate.yml',
        workspace: memoryWorkspace({
          files: {
            'mlgate.yml': config(data),
            'predictions.csv': readFileSync(predictions, 'utf8'),
          },
          querySources,
        }),
        event: { name: 'local' },
        now: new Date('2026-12-02T00:00:00Z'),
        elapsedMs: stepClock(),
        mlgateVersion: 'test',
      });
      assert.deepEqual(report.configErrors, []);
      const check = report.checks.find((entry) => entry.id === 'numerical_stability');
      return { status: check?.status, figures: check?.figures };
    };
    const fromFile = await gate('predictions.csv');
    const fromTable = await gate('{engine: postgres, table: predictions, connection: {env: X}}');
    assert.equal(fromFile.status, 'pass');
    assert.deepEqual(fromTable, fromFile);
  });
});
