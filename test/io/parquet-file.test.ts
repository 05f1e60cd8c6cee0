import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { openParquetFile } from '../../src/io/parquet-file.ts';

describe('openParquetFile', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-parquet-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('opens a Parquet file on disk and reads its footer', async () => {
    const opened = await openParquetFile(
      'test/fixtures/io/seattle-weather-30.parquet',
      'w.parquet',
    );
    assert.equal(opened.rowCount, 30);
    assert.equal(opened.file.byteLength > 0, true);
  });

  it('refuses an empty file, and fails as the file system does on a missing one', async () => {
    const empty = path.join(directory, 'e.parquet');
    writeFileSync(empty, '');
    await assert.rejects(
      openParquetFile(empty, 'e.parquet'),
      /^TableReadError: e\.parquet: the file is empty; it needs a Parquet footer and rows$/,
    );
    await assert.rejects(openParquetFile(path.join(directory, 'none.parquet'), 'n'), {
      code: 'ENOENT',
    });
  });
});
