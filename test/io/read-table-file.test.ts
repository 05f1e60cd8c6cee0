import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import type { TableScanOptions } from '../../src/data/table-scan.ts';
import { FileScanScheduler } from '../../src/io/file-scan-scheduler.ts';
import { readTableFile as readTableFileWith } from '../../src/io/read-table-file.ts';
import { scanTableFile as scanTableFileWith } from '../../src/io/scan-table.ts';

const fixtures = 'test/fixtures/io';
const scans = new FileScanScheduler();
const readTableFile = (file: string, source: string, options = {}) =>
  readTableFileWith(file, source, options, scans);
const scanTableFile = (file: string, source: string, options: TableScanOptions = {}) =>
  scanTableFileWith(file, source, options, scans);
// Written by pyarrow 25.0.1 (test/fixtures/io/make-parquet-fixtures.py); `rows` is pq.read_table(...).to_pylist().
const expected = JSON.parse(
  readFileSync(`${fixtures}/seattle-weather-30.expected.json`, 'utf8'),
) as {
  created_by: string;
  row_groups: number;
  rows: Record<string, unknown>[];
};

describe('readTableFile: Parquet written by pyarrow', () => {
  for (const file of ['seattle-weather-30.parquet', 'seattle-weather-30.zstd.parquet']) {
    it(`reads ${file} cell for cell as pyarrow does`, async () => {
      const table = await readTableFile(`${fixtures}/${file}`, file);
      assert.equal(expected.created_by, 'parquet-cpp-arrow version 25.0.1');
      assert.equal(table.rowCount, 30);
      assert.deepEqual(table.columnNames, Object.keys(expected.rows[0]!));
      expected.rows.forEach((row, i) => {
        for (const [name, value] of Object.entries(row)) {
          let cell = table.column(name)![i];
          // pyarrow writes instants as 2012-01-01T12:00:00.250000+00:00; we keep ms as ISO 8601 UTC.
          if (name === 'observed_at' && typeof value === 'string') {
            assert.equal(Date.parse(cell as string), Date.parse(value), `${name} row ${i}`);
            continue;
          }
          // INT64 above 2^53 stays exact, as text.
          if (name === 'row_id') cell = String(cell);
          assert.deepEqual(cell, value, `${name} row ${i}`);
        }
      });
    });
  }
});

describe('readTableFile: errors', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-read-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('names a file that is missing or a directory', async () => {
    for (const name of ['missing.csv', 'missing.jsonl', 'missing.parquet']) {
      await assert.rejects(
        readTableFile(path.join(directory, name), name),
        new RegExp(`^TableReadError: ${name.replace('.', '\\.')}: file not found; check the path`),
      );
      await assert.rejects(scanTableFile(path.join(directory, name), name), /file not found/);
    }
    await assert.rejects(
      readTableFile(directory, 'data.csv'),
      /data\.csv: is a directory, not a data file/,
    );
  });

  it('refuses a file that is not Parquet, naming it', async () => {
    const file = path.join(directory, 'fake.parquet');
    writeFileSync(file, 'id,x\n1,2\n');
    await assert.rejects(
      readTableFile(file, 'fake.parquet'),
      /^TableReadError: fake\.parquet: not a readable Parquet file/,
    );
    writeFileSync(file, '');
    await assert.rejects(readTableFile(file, 'fake.parquet'), /fake\.parquet: the file is empty/);
  });

  it('reads CSV and JSONL files from disk', async () => {
    const csv = path.join(directory, 'a.csv');
    writeFileSync(csv, 'a,b\n1,"x\ny"\n');
    const table = await readTableFile(csv, 'data/a.csv');
    assert.equal(table.source, 'data/a.csv');
    assert.deepEqual(table.column('b'), ['x\ny']);
    const jsonl = path.join(directory, 'a.jsonl');
    writeFileSync(jsonl, '{"a": 1.5}\n');
    assert.deepEqual((await readTableFile(jsonl, 'a.jsonl')).column('a'), [1.5]);
    await assert.rejects(
      readTableFile(csv, 'a.csv', { columns: ['nope'] }),
      /a\.csv: no column named "nope"/,
    );
  });
});
