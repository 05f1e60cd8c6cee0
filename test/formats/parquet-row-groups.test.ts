import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { readParquetFooter, readParquetRowGroups } from '../../src/formats/parquet-row-groups.ts';
import { fixtureParquet, memoryParquet } from './parquet-fixtures.ts';

describe('readParquetFooter', () => {
  it('reads the columns, the DATE columns and the row count from bytes in memory', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    assert.deepEqual(opened.columnNames, [
      'date',
      'precipitation',
      'temp_max',
      'temp_min',
      'wind',
      'weather',
      'wet',
      'row_id',
      'observed_at',
    ]);
    assert.deepEqual([...opened.dateColumns], ['date']);
    assert.equal(opened.rowCount, 30);
  });

  it('names bytes that are not Parquet', async () => {
    await assert.rejects(
      readParquetFooter(memoryParquet(Buffer.from('id,x\n1,2\n')), 'fake.parquet'),
      /^TableReadError: fake\.parquet: not a readable Parquet file \(/,
    );
  });
});

describe('readParquetRowGroups', () => {
  it('hands over each row group with the requested columns, as cells or as values', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    const groups: [number, string[], unknown][] = [];
    await readParquetRowGroups(opened, 'w.parquet', ['date', 'wind'], (values, rowCount) => {
      groups.push([rowCount, [...values.keys()], values.get('date')![0]]);
    });
    assert.equal(
      groups.reduce((sum, [rows]) => sum + rows, 0),
      30,
    );
    assert.deepEqual(groups[0]!.slice(1), [['date', 'wind'], '2012-01-01']);
    let first: unknown;
    await readParquetRowGroups(
      opened,
      'w.parquet',
      ['date'],
      (values) => {
        first ??= values.get('date')![0];
      },
      'values',
    );
    assert.deepEqual(first, new Date(Date.UTC(2012, 0, 1)));
  });

  it('reads no column data when no column is asked for, but still counts the rows', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    let rows = 0;
    await readParquetRowGroups(opened, 'w.parquet', [], (values, rowCount) => {
      assert.equal(values.size, 0);
      rows += rowCount;
    });
    assert.equal(rows, 30);
  });
});
