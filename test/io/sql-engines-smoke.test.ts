import { describe, expect, it } from 'vitest';
import { copyCsvToPostgres, duckDbConnection, startPostgres } from '../mocks/sql-engines.ts';

describe('the test engines', () => {
  it('PostgreSQL (PGlite over a socket) and DuckDB hold the same rows of a CSV', async () => {
    const pg = await startPostgres();
    const connection = await pg.connect();
    const duck = await duckDbConnection();
    try {
      const csv = 'test/fixtures/statistics/penguins.csv';
      await copyCsvToPostgres(connection, 'penguins', csv);
      const sql = (from: string) =>
        `SELECT count(*) AS n, sum(body_mass_g) AS mass, count(DISTINCT species) AS species FROM ${from}`;
      const fromPg = await connection.query(sql('penguins'));
      const fromDuck = await duck.query(sql(`read_csv('${csv}')`));
      expect(fromPg.rows).toEqual(fromDuck.rows);
      expect(fromPg.columns.map((column) => column.type)).toEqual(['integer', 'number', 'integer']);
    } finally {
      await connection.close();
      await duck.close();
      await pg.stop();
    }
  });
});
