import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { readParquetFooter } from '../../src/formats/parquet-row-groups.ts';
import { parquetTable } from '../../src/formats/parquet-table.ts';
import { fixtureParquet, testingParquet } from './parquet-fixtures.ts';

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

  it('gives raw BINARY cells as length and SHA-256 tokens, nulls as null', async () => {
    const opened = await readParquetFooter(testingParquet('raw-bytes.parquet'), 'r.parquet');
    const table = await parquetTable(opened, 'r.parquet', {});
    // Digests: `printf '\x89PNG\r\n\x1a\n' | sha256sum` and `printf '\xff\xd8\xff\xe0' | sha256sum` (GNU coreutils 9).
    const png = '8 bytes sha256:4c4b6a3be1314ab8';
    assert.deepEqual(table.column('header')!.slice(0, 2), [png, '4 bytes sha256:ba4f25bf16ba4be6']);
    assert.equal(table.column('header')![3], null);
    assert.equal(table.column('header')![5], png);
    assert.deepEqual(table.column('kind'), ['png', 'jpeg', 'gzip', 'none', 'pdf', 'png']);
  });

  it('reads parquet-testing data/binary.parquet (parquet-mr, BINARY without annotation) as tokens', async () => {
    const opened = await readParquetFooter(testingParquet('binary.parquet'), 'b.parquet');
    const table = await parquetTable(opened, 'b.parquet', {});
    // Digests: `printf '\x00' | sha256sum`, `printf '\x0b' | sha256sum` (GNU coreutils 9).
    assert.equal(table.column('foo')![0], '1 byte sha256:6e340b9cffb37a98');
    assert.equal(table.column('foo')![11], '1 byte sha256:e7cf46a078fed4fa');
    assert.equal(new Set(table.column('foo')).size, 12);
  });

  it('gives a list of raw BINARY values as JSON of tokens', async () => {
    const opened = await readParquetFooter(testingParquet('raw-bytes-list.parquet'), 'l.parquet');
    assert.deepEqual([...opened.rawBytesColumns], ['parts']);
    const table = await parquetTable(opened, 'l.parquet', {});
    // Digests: `printf '\xff\xd8\xff\xe0' | sha256sum`, `printf '\x1f\x8b\x08\x00' | sha256sum` (GNU coreutils 9).
    assert.deepEqual(table.column('parts'), [
      '["4 bytes sha256:ba4f25bf16ba4be6","4 bytes sha256:fd72d30440b0bae1"]',
      null,
    ]);
  });

  it('reads an empty DataPage V2 as a null (parquet-testing datapage_v2_empty_datapage.snappy.parquet)', async () => {
    const opened = await readParquetFooter(
      testingParquet('datapage_v2_empty_datapage.snappy.parquet'),
      'e.parquet',
    );
    const table = await parquetTable(opened, 'e.parquet', {});
    assert.deepEqual(table.column('value'), [null]);
  });
});
