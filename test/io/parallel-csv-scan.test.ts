import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import type { ScanNumericColumn, TableScanOptions } from '../../src/data/table-scan.ts';
import { bufferByteSource } from '../../src/formats/byte-source.ts';
import { readCsvHeader } from '../../src/formats/csv-header.ts';
import { csvChunkRequest } from '../../src/formats/csv-ranges.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { tableScanSettings } from '../../src/formats/table-scan-settings.ts';
import { openFileByteSource } from '../../src/io/file-byte-source.ts';
import { FileScanScheduler } from '../../src/io/file-scan-scheduler.ts';
import { scanCsvParallel } from '../../src/io/parallel-csv-scan.ts';
import { scanTableFile as scanTableFileWith } from '../../src/io/scan-table.ts';
import { PARALLEL_MIN_BYTES } from '../../src/io/scan-worker-start.ts';
import { momentsOf } from '../../src/statistics/moments.ts';
import { weather } from '../formats/table-scan-fixtures.ts';

const scans = new FileScanScheduler();
const scanTableFile = (file: string, source: string, options: TableScanOptions = {}) =>
  scanTableFileWith(file, source, options, scans);

describe('scanTableFile: threads', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-scan-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('gives the same scan with 1, 2 and 3 threads on a file whose split points fall inside quoted fields', async () => {
    // ≈ 9 MB: most bytes sit inside multi-line quoted fields, so guessed record starts are often wrong.
    const quoted = `"${'lorem ipsum, dolor\nsit amet ""quoted""\n'.repeat(40)}"`;
    const rows: string[] = [];
    for (let i = 0; i < 5600; i++) {
      const bad = i % 997 === 0 ? 'x' : String(i * 0.5);
      const ragged = i % 1499 === 0 ? ',extra' : '';
      rows.push(`${i},${bad},${quoted},c${i % 13}${ragged}`);
    }
    const file = path.join(directory, 'quoted.csv');
    writeFileSync(file, `id,value,text,group\n${rows.join('\r\n')}\r\n`);
    assert.ok(statSync(file).size > PARALLEL_MIN_BYTES, 'large enough to be split between threads');
    const options = {
      columns: { id: 'integer', value: 'number', group: 'category', text: 'category' },
    } as const;
    const single = await scanTableFile(file, 'quoted.csv', { ...options, threads: 1 });
    assert.equal(single.badRowCount, 4);
    assert.equal(single.column('value')!.badCount, 5); // row 0 is both ragged and bad
    // Held, the workers of each scan are up for the next, which surely gives them tails.
    scans.holdWorkers();
    for (const threads of [2, 3, 3]) {
      const parallel = await scanTableFile(file, 'quoted.csv', { ...options, threads });
      assert.deepEqual(parallel.columns, single.columns, `${threads} threads`);
      assert.deepEqual(parallel.badCells, single.badCells);
      assert.deepEqual(parallel.badRows, single.badRows);
      for (const i of [0, 1, 2000, single.rowCount - 1]) {
        assert.equal(parallel.lineOf(i), single.lineOf(i));
        assert.equal(parallel.dataRowOf(i), single.dataRowOf(i));
      }
    }
    scans.releaseWorkers();
    assert.equal(single.lineOf(single.rowCount - 1), 2 + 81 * (5600 - 1));
  });

  it('gives the same scan with 1 and 2 threads on a plain file whose split points are record starts', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 330000; i++)
      rows.push(
        `${i},${(i * 0.37) % 101},${i % 17 === 0 ? '' : `k${i % 29}`},2014-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      );
    const file = path.join(directory, 'plain.csv');
    writeFileSync(file, `id,x,k,day\n${rows.join('\n')}\n`);
    assert.ok(statSync(file).size > PARALLEL_MIN_BYTES, 'large enough to be split between threads');
    const options = { otherColumns: 'auto' } as const;
    const single = await scanTableFile(file, 'plain.csv', { ...options, threads: 1 });
    const parallel = await scanTableFile(file, 'plain.csv', { ...options, threads: 2 });
    assert.deepEqual(parallel.columns, single.columns);
    assert.deepEqual(
      single.columns.map((column) => column.kind),
      ['number', 'number', 'category', 'date'],
    );
    assert.equal(parallel.lineOf(329999), 330001);

    // Cells checked by the scan (validation's cellChecks): each range's violations at the
    // file's rows, the first of each kind kept, whatever the number of threads. Only rows of
    // the second range break these (ids above 300,000).
    const checks = { required: true, minimum: 0, maximum: 300000, allowed: undefined, examples: 3 };
    const checked = { columns: { id: 'integer' }, cellChecks: { id: checks } } as const;
    const checkedSingle = await scanTableFile(file, 'plain.csv', { ...checked, threads: 1 });
    const checkedParallel = await scanTableFile(file, 'plain.csv', { ...checked, threads: 2 });
    assert.deepEqual(checkedParallel.columns, checkedSingle.columns);
    const id = checkedParallel.column('id') as ScanNumericColumn;
    assert.equal(id.values.length, 0);
    assert.deepEqual(id.checked, {
      counts: [0, 0, 329999 - 300000, 0],
      examples: [300001, 300002, 300003].map((row) => ({ kind: 'maximum', row, value: row })),
      cells: 329999 - 300000,
    });
  });

  it("sums the moments of a whole file's counted columns on its thread; a split file's counts carry none", async () => {
    const rows = Array.from({ length: 600_000 }, (_, i) => `${i},${(i * 0.37) % 101}`);
    const files = ['left.csv', 'right.csv'].map((name) => path.join(directory, name));
    for (const file of files) writeFileSync(file, `id,x\n${rows.join('\n')}\n`);
    assert.ok(statSync(files[0]!).size > PARALLEL_MIN_BYTES, 'large enough for threads');
    const options = { layout: 'distribution', otherColumns: 'number', threads: 2 } as const;
    const xOf = (scan: Awaited<ReturnType<typeof scanTableFile>>) =>
      (scan.column('x') as ScanNumericColumn).counted!;
    // Two files scanned together take a thread each, a whole file per range (drift's pair).
    const pair = await Promise.all(files.map((file) => scanTableFile(file, 'pair.csv', options)));
    // One file alone is split between the two threads.
    const split = xOf(await scanTableFile(files[0]!, 'split.csv', options));
    assert.equal(split.moments, undefined);
    // The file scanned here is never handed back.
    assert.ok(pair.some((scan) => xOf(scan).moments !== undefined));
    for (const scan of pair) {
      const counted = xOf(scan);
      // A column the worker handed back unfinished (the other thread waited for it: finishing-flag.ts) has none.
      if (counted.moments)
        assert.deepEqual(counted.moments, momentsOf(counted.values, counted.weights));
      assert.deepEqual(Array.from(counted.values), Array.from(split.values));
      assert.deepEqual(Array.from(counted.weights), Array.from(split.weights));
    }
  });

  it("takes the tail of the worker's file once this thread's own is done, to the same scan", async () => {
    // A drift's pair, one file per thread: the worker's file, whose bytes sit mostly inside
    // multi-line quoted fields (so the tail's guessed start may be wrong), is asked for first;
    // this thread's, three rows, is done before the worker is up, so it surely takes half.
    const quoted = `"${'lorem ipsum, dolor\nsit amet ""quoted""\n'.repeat(25)}"`;
    const rows = Array.from({ length: 12_000 }, (_, i) => `${i},${(i * 0.37) % 101},${quoted}`);
    const file = path.join(directory, 'long-quoted.csv');
    writeFileSync(file, `id,x,text\n${rows.join('\n')}\n`);
    const tiny = path.join(directory, 'tiny.csv');
    writeFileSync(tiny, 'id,x,text\n1,2,a\n');
    const input = openFileByteSource(file);
    const header = readCsvHeader(input, 'long-quoted.csv', ',');
    const plans = [
      { name: 'id', index: 0, kind: 'auto' },
      { name: 'x', index: 1, kind: 'number' },
      { name: 'text', index: 2, kind: 'category' },
    ] as const;
    const settings = tableScanSettings('long-quoted.csv', { otherColumns: 'auto', threads: 2 });
    const tinyInput = bufferByteSource(readFileSync(tiny));
    const tinyHeader = readCsvHeader(tinyInput, 'tiny.csv', ',');
    const tinyRequest = csvChunkRequest(
      tinyInput.size,
      tinyHeader,
      plans,
      tableScanSettings('tiny.csv', { otherColumns: 'auto' }),
      tinyHeader.dataStart,
      Number.POSITIVE_INFINITY,
    );
    try {
      const scheduler = new FileScanScheduler(2);
      const [split] = await Promise.all([
        scanCsvParallel(input, file, header, plans, settings, 1, scheduler),
        scheduler.scanRange(tiny, tinyRequest, 2),
      ]);
      assert.equal(scheduler.tailsTaken, 1);
      // Alone, the file goes to a worker whole.
      const alone = new FileScanScheduler(2);
      const whole = await scanCsvParallel(input, file, header, plans, settings, 1, alone);
      assert.equal(alone.tailsTaken, 0);
      assert.deepEqual(split, whole);
    } finally {
      input.close();
    }
  });

  it("merges a split file's large counts half on the worker that scanned a range, to the same counts", async () => {
    const rows = Array.from(
      { length: 600_000 },
      // wide: two decimals over a range too wide to count in an array, so each range lists its keys.
      (_, i) => `${i},${i % 7},${(i * 0.001).toFixed(3)},${((i * 7919) % 1000003) / 100}`,
    );
    const file = path.join(directory, 'counts.csv');
    writeFileSync(file, `id,few,y,wide\n${rows.join('\n')}\n`);
    assert.ok(statSync(file).size > PARALLEL_MIN_BYTES, 'large enough for threads');
    const options = { layout: 'distribution', otherColumns: 'number' } as const;
    const scheduler = new FileScanScheduler();
    // Held, the worker of a first scan is up when the second starts, so it surely takes a
    // tail of the file (a new one may start only after this thread has read it all).
    scheduler.holdWorkers();
    const scan = () => scanTableFileWith(file, 'counts.csv', { ...options, threads: 2 }, scheduler);
    await scan();
    const before = scheduler.countsMergedOnWorkers;
    const split = await scan();
    scheduler.releaseWorkers();
    const whole = await scanTableFile(file, 'counts.csv', { ...options, threads: 1 });
    // id and y have 600,000 values each: one merge here, one on the worker; `few` merges here.
    assert.equal(scheduler.countsMergedOnWorkers - before, 1);
    // Compared as bytes: a diff of two 600,000-value tables would not fit in memory.
    const bytes = (array: Float64Array | Uint32Array) =>
      Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    for (const name of ['id', 'few', 'y', 'wide']) {
      const [a, b] = [split, whole].map(
        (scan) => (scan.column(name) as ScanNumericColumn).counted!,
      );
      assert.ok(bytes(a!.values).equals(bytes(b!.values)), `${name}: values`);
      assert.ok(bytes(a!.weights).equals(bytes(b!.weights)), `${name}: weights`);
      assert.deepEqual({ ...a, values: [], weights: [] }, { ...b, values: [], weights: [] });
    }
    assert.deepEqual(
      split.columns.map(({ name, kind, presentCount, missingCount }) => [
        name,
        kind,
        presentCount,
        missingCount,
      ]),
      whole.columns.map(({ name, kind, presentCount, missingCount }) => [
        name,
        kind,
        presentCount,
        missingCount,
      ]),
    );
    assert.equal((split.column('y') as ScanNumericColumn).counted!.values.length, 600_000);
    // Released, the worker ends: none is left up for later work.
    assert.equal(scheduler.mergeOnWorker('counts.csv', []), undefined);
  });

  it('streams a file to the same scan as the whole text', async () => {
    const file = path.join(directory, 'weather.csv');
    writeFileSync(file, weather);
    const options = { otherColumns: 'auto' } as const;
    const fromFile = await scanTableFile(file, 'weather.csv', options);
    const fromText = scanTableText(weather, 'weather.csv', options);
    assert.deepEqual(fromFile.columns, fromText.columns);
    assert.deepEqual(fromFile.badRows, fromText.badRows);
  });
});
