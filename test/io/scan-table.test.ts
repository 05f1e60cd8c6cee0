import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import type { TableScan, TableScanOptions } from '../../src/data/table-scan.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { TableReadError } from '../../src/formats/table-read-error.ts';
import { FileScanScheduler } from '../../src/io/file-scan-scheduler.ts';
import { scanTableFile as scanTableFileWith } from '../../src/io/scan-table.ts';
import { PARALLEL_MIN_BYTES } from '../../src/io/scan-worker-start.ts';
import { actual, expectedDistribution, texts } from '../formats/table-scan-fixtures.ts';

const scans = new FileScanScheduler();
const scanTableFile = (file: string, source: string, options: TableScanOptions = {}) =>
  scanTableFileWith(file, source, options, scans);

const fixtures = 'test/fixtures/io';

describe('scanTableFile: Parquet written by pyarrow', () => {
  it('scans the Parquet file to the same numbers as the CSV pandas wrote from the same rows', async () => {
    const columns = {
      precipitation: 'number',
      temp_max: 'number',
      wind: 'number',
      weather: 'category',
      date: 'date',
    } as const;
    const parquet = await scanTableFile(`${fixtures}/seattle-weather-30.parquet`, 'w.parquet', {
      columns,
    });
    const csv = await scanTableFile(`${fixtures}/seattle-weather-30.csv`, 'w.csv', { columns });
    for (const name of Object.keys(columns)) {
      assert.deepEqual(parquet.column(name), csv.column(name), name);
    }
    assert.equal(parquet.column('precipitation')!.missingCount, 1);
    assert.equal(parquet.lineOf(0), undefined);
    assert.equal(parquet.dataRowOf(29), 30);
  });

  it('scans DATE, TIMESTAMP, BOOLEAN and FLOAT columns by their Parquet types', async () => {
    const scan = await scanTableFile(`${fixtures}/seattle-weather-30.parquet`, 'w.parquet', {
      otherColumns: 'auto',
    });
    assert.deepEqual(
      scan.columns.map((column) => [column.name, column.kind]),
      [
        ['date', 'date'],
        ['precipitation', 'number'],
        ['temp_max', 'number'],
        ['temp_min', 'number'],
        ['wind', 'number'],
        ['weather', 'category'],
        ['wet', 'category'],
        ['row_id', 'number'],
        ['observed_at', 'datetime'],
      ],
    );
    const observed = scan.column('observed_at');
    assert.ok(observed && observed.kind !== 'category');
    assert.equal(observed.values[0], Date.UTC(2012, 0, 1, 12, 0, 0, 250));
    const typed = await scanTableFile(`${fixtures}/seattle-weather-30.parquet`, 'w.parquet', {
      columns: { wet: 'boolean', temp_min: 'number', date: 'number' },
    });
    const wet = typed.column('wet');
    assert.ok(wet && wet.kind === 'boolean');
    assert.deepEqual(Array.from(wet.values.slice(0, 3)), [0, 1, 1]);
    // float32 5.0 and 2.8 as the float32 values pyarrow reads back
    const tempMin = typed.column('temp_min');
    assert.ok(tempMin && tempMin.kind === 'number');
    assert.deepEqual(Array.from(tempMin.values.slice(0, 2)), [5, 2.799999952316284]);
    // A DATE is not a number: every cell is bad, none coerced.
    assert.equal(typed.column('date')!.badCount, 30);
    assert.equal(typed.badCells[0]!.value, '2012-01-01');
  });
});

describe('scanTableFile: fields larger than the read window', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-window-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads a 5 MB quoted field and a 5 MB JSONL line whole', async () => {
    const big = 'x'.repeat(5 << 20);
    const csv = path.join(directory, 'big.csv');
    writeFileSync(csv, `a,b\n1,"${big}\n${big}"\n2,z\n`);
    const scan = await scanTableFile(csv, 'big.csv', { otherColumns: 'category', threads: 1 });
    assert.deepEqual(
      texts(scan.column('b')!).map((text) => text?.length),
      [2 * big.length + 1, 1],
    );
    assert.equal(scan.lineOf(1), 4);
    const jsonl = path.join(directory, 'big.jsonl');
    writeFileSync(jsonl, `{"a": "${big}"}\n{"a": "b"}\n`);
    const lines = await scanTableFile(jsonl, 'big.jsonl', { otherColumns: 'category' });
    assert.deepEqual(
      texts(lines.column('a')!).map((text) => text?.length),
      [big.length, 1],
    );
    assert.equal(lines.lineOf(1), 2);
  });
});

describe('layout: distribution', () => {
  it('gives the same distribution from one or several threads, from JSONL and from Parquet', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-layout-'));
    try {
      const rows: string[] = [];
      for (let i = 0; i < 330000; i++) {
        rows.push(
          `${(i * 7919) % 1000 === 0 ? 'nan' : ((i * 7919) % 100003) / 7},${i % 9 === 0 ? '' : `k${(i * 31) % 23}`},${i % 5 === 0 ? 'x' : i}`,
        );
      }
      const file = path.join(directory, 'd.csv');
      writeFileSync(file, `v,k,mixed\n${rows.join('\n')}\n`);
      assert.ok(statSync(file).size > PARALLEL_MIN_BYTES);
      const options = { otherColumns: 'auto' } as const;
      const byRows = await scanTableFile(file, 'd.csv', { ...options, threads: 1 });
      for (const threads of [1, 2, 3]) {
        const distribution = await scanTableFile(file, 'd.csv', {
          ...options,
          threads,
          layout: 'distribution',
        });
        assert.deepEqual(actual(distribution), expectedDistribution(byRows), `${threads} threads`);
      }
      const jsonl = 'd.jsonl';
      const lines = '{"v": 2, "k": "b"}\n{"v": null, "k": "a"}\n{"v": 1, "k": "b"}\n{"v": "x"}\n';
      assert.deepEqual(
        actual(
          scanTableText(lines, jsonl, {
            columns: { v: 'number', k: 'category' },
            layout: 'distribution',
          }),
        ),
        expectedDistribution(
          scanTableText(lines, jsonl, { columns: { v: 'number', k: 'category' } }),
        ),
      );
      const parquet = 'test/fixtures/io/seattle-weather-30.parquet';
      assert.deepEqual(
        actual(
          await scanTableFile(parquet, 'w.parquet', {
            otherColumns: 'auto',
            layout: 'distribution',
          }),
        ),
        expectedDistribution(await scanTableFile(parquet, 'w.parquet', { otherColumns: 'auto' })),
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('scanTableFile: two JSONL or Parquet files scanned together', () => {
  /** Two scans started together, as a drift starts its two files; and the same two, one at a time. */
  async function together(files: [string, string], options: TableScanOptions) {
    const scheduler = new FileScanScheduler(2);
    const both = await Promise.all(
      files.map((file) => scanTableFileWith(file, path.basename(file), options, scheduler)),
    );
    const alone = [];
    for (const file of files) {
      alone.push(
        await scanTableFileWith(file, path.basename(file), options, new FileScanScheduler(2)),
      );
    }
    return { both, alone, onWorkers: scheduler.filesScannedOnWorkers };
  }

  /** What a scan holds, without its lookup functions. */
  const data = ({ column: _column, lineOf: _lineOf, dataRowOf: _dataRowOf, ...rest }: TableScan) =>
    rest;

  it('scans one on a worker and one here, to the same scans as one at a time', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-together-'));
    const jsonl = path.join(directory, 'w.jsonl');
    // Nulls, a line that is not JSON and a blank line: bad rows and line numbers cross threads too.
    const lines = Array.from({ length: 200 }, (_, i) =>
      i === 17
        ? '{"broken"'
        : i === 40
          ? ''
          : JSON.stringify({ x: i % 7 === 0 ? null : i / 4, k: `k${i % 5}` }),
    );
    writeFileSync(jsonl, `${lines.join('\n')}\n`);
    const parquet = `${fixtures}/seattle-weather-30.parquet`;
    for (const layout of ['rows', 'distribution'] as const) {
      const options: TableScanOptions = { otherColumns: 'auto', layout };
      for (const files of [
        [jsonl, parquet],
        [parquet, `${fixtures}/seattle-weather-30.zstd.parquet`],
      ] as [string, string][]) {
        const { both, alone, onWorkers } = await together(files, {
          ...options,
          allowNoRows: false,
        });
        assert.equal(onWorkers, 1, 'one file went to a worker');
        assert.deepEqual(both.map(data), alone.map(data));
        assert.equal(both[0]!.dataRowOf(20), alone[0]!.dataRowOf(20));
        assert.equal(both[0]!.lineOf(20), alone[0]!.lineOf(20));
      }
    }
    rmSync(directory, { recursive: true });
  });

  it('tells what is wrong with a file scanned on a worker as it does here', async () => {
    const missing = `${fixtures}/no-such-file.parquet`;
    const damaged = 'test/fixtures/parquet/PARQUET-1481.parquet';
    for (const bad of [missing, damaged]) {
      const scheduler = new FileScanScheduler(2);
      const [onWorker] = await Promise.allSettled([
        scanTableFileWith(bad, 'bad.parquet', {}, scheduler),
        scanTableFileWith(`${fixtures}/seattle-weather-30.parquet`, 'w.parquet', {}, scheduler),
      ]);
      assert.equal(scheduler.filesScannedOnWorkers, 1);
      const here = await scanTableFileWith(bad, 'bad.parquet', {}, new FileScanScheduler(2)).then(
        () => assert.fail('the bad file was read'),
        (error: unknown) => error,
      );
      assert.equal(onWorker.status, 'rejected');
      assert.ok(here instanceof TableReadError, String(here));
      assert.ok(onWorker.reason instanceof TableReadError, String(onWorker.reason));
      assert.equal(onWorker.reason.message, here.message);
    }
  });
});
