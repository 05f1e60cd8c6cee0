import assert from 'node:assert/strict';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, it } from 'vitest';
import { readParquetFooter } from '../../src/formats/parquet-row-groups.ts';
import { scanParquet } from '../../src/formats/parquet-table-scan.ts';
import { tableScanSettings } from '../../src/formats/table-scan-settings.ts';
import { fixtureParquet, memoryParquet, testingParquet } from './parquet-fixtures.ts';

describe('scanParquet', () => {
  it('scans Parquet bytes in memory: typed columns, rows without lines', async () => {
    const opened = await readParquetFooter(fixtureParquet(), 'w.parquet');
    const scan = await scanParquet(
      opened,
      tableScanSettings('w.parquet', { columns: { wind: 'number', date: 'date' } }),
    );
    assert.deepEqual(
      scan.columns.map((column) => [column.name, column.kind]),
      [
        ['date', 'date'],
        ['wind', 'number'],
      ],
    );
    assert.equal(scan.rowCount, 30);
    assert.equal(scan.lineOf(3), undefined);
    assert.equal(scan.dataRowOf(3), 4);
  });

  it('reads an auto column of many distinct texts again as text', async () => {
    const names = Array.from({ length: 70_000 }, (_, i) => `k${i}`);
    const bytes = parquetWriteBuffer({ columnData: [{ name: 'k', data: names, type: 'STRING' }] });
    const opened = await readParquetFooter(memoryParquet(bytes), 'k.parquet');
    const scan = await scanParquet(
      opened,
      tableScanSettings('k.parquet', { otherColumns: 'auto' }),
    );
    const column = scan.column('k')!;
    assert.ok(column.kind === 'category');
    assert.equal(column.dictionary.length, 70_000);
    assert.equal(column.dictionary[69_999], 'k69999');
  });

  it('refuses a file without rows unless asked to accept one', async () => {
    const bytes = parquetWriteBuffer({ columnData: [{ name: 'a', data: [], type: 'DOUBLE' }] });
    const opened = await readParquetFooter(memoryParquet(bytes), 'e.parquet');
    await assert.rejects(
      scanParquet(opened, tableScanSettings('e.parquet', { otherColumns: 'number' })),
      /e\.parquet: the file has a header \(columns\) but no rows/,
    );
    const empty = await scanParquet(
      opened,
      tableScanSettings('e.parquet', { otherColumns: 'number', allowNoRows: true }),
    );
    assert.equal(empty.rowCount, 0);
  });

  it('scans a raw BINARY column as a categorical of length and hash tokens', async () => {
    const opened = await readParquetFooter(testingParquet('raw-bytes.parquet'), 'r.parquet');
    const scan = await scanParquet(
      opened,
      tableScanSettings('r.parquet', { otherColumns: 'auto' }),
    );
    const column = scan.column('header')!;
    assert.ok(column.kind === 'category');
    // PNG, JPEG, gzip, PDF: four distinct byte strings, the PNG twice; the sixth row is null.
    assert.equal(column.dictionary.length, 4);
    assert.ok(column.dictionary.every((token) => /^\d+ bytes? sha256:[0-9a-f]{16}$/.test(token)));
    // Digest: `printf '\x89PNG\r\n\x1a\n' | sha256sum` (GNU coreutils 9), first 16 hex digits.
    assert.equal(column.counts[column.dictionary.indexOf('8 bytes sha256:4c4b6a3be1314ab8')], 2);
    assert.equal(column.missingCount, 1);
  });

  it('scans an empty DataPage V2 as missing (parquet-testing datapage_v2_empty_datapage.snappy.parquet)', async () => {
    const opened = await readParquetFooter(
      testingParquet('datapage_v2_empty_datapage.snappy.parquet'),
      'e.parquet',
    );
    const scan = await scanParquet(
      opened,
      tableScanSettings('e.parquet', { columns: { value: 'number' }, otherColumns: 'skip' }),
    );
    assert.equal(scan.rowCount, 1);
    assert.equal(scan.column('value')!.missingCount, 1);
  });
});
