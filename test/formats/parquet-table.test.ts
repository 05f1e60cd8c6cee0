import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { readParquetFooter } from '../../src/formats/parquet-row-groups.ts';
import { parquetTable } from '../../src/formats/parquet-table.ts';
import { fixtureParquet } from './parquet-fixtures.ts';

describe('parquetTable', () => {
  it('keeps the requested columns as cells, missing-value tokens as null, rows for lines', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    const table = await parquetTable(opened, 'w.parquet', {
      columns: ['weather', 'date'],
      missingValues: ['rain'],
    });
    assert.deepEqual(table.columnNames, ['weather', 'date']);
    assert.equal(table.rowCount, 30);
    assert.equal(table.column('date')![0], '2012-01-01');
    assert.ok(table.column('weather')!.includes(null));
    assert.ok(!table.column('weather')!.includes('rain'));
    assert.equal(table.column('wind'), undefined);
    assert.equal(table.lineOf(4), 5);
  });

  it('names a requested column the file lacks, with the columns it has', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    await assert.rejects(
      parquetTable(opened, 'w.parquet', { columns: ['nope'] }),
      /^TableReadError: w\.parquet: no column named "nope"; the file has: date, precipitation/,
    );
  });
});
