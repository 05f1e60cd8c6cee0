import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { mergeValueCounts } from '../../src/data/count-values.ts';
import { countRanges, isCounterState } from '../../src/data/range-counts.ts';
import type { ScanNumericColumn, ValueCounts } from '../../src/data/table-scan.ts';
import { type NumericPair, numericPairFigures } from '../../src/drift/numeric-pair.ts';
import { bufferByteSource } from '../../src/formats/byte-source.ts';
import { scanCsvChunk } from '../../src/formats/csv-chunk-scan.ts';
import { readCsvHeader } from '../../src/formats/csv-header.ts';
import { csvChunkRequest } from '../../src/formats/csv-ranges.ts';
import { tableScanSettings } from '../../src/formats/table-scan-settings.ts';
import { defaultScanThreads, FileScanScheduler } from '../../src/io/file-scan-scheduler.ts';
import { profileScanColumn } from '../../src/profile/column-profile.ts';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';
import { finishedTable, plain } from '../data/sorted-counts.ts';

/** Starts `count` scans together, each asking for its ranges after its first await. */
async function rangesOfScansTogether(scheduler: FileScanScheduler, count: number, threads: number) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const scans = Array.from({ length: count }, () =>
    scheduler.track(async () => {
      await gate;
      return scheduler.rangesFor(threads);
    }),
  );
  release();
  return Promise.all(scans);
}

/** A CSV file of one numeric column of `rows` values, and the request that scans it whole with its moments. */
function countedFile(directory: string, name: string, rows: number) {
  const text = `a\n${Array.from({ length: rows }, (_, i) => ((i * 7919) % 100_003) / 100).join('\n')}\n`;
  writeFileSync(path.join(directory, name), text);
  const input = bufferByteSource(Buffer.from(text));
  const header = readCsvHeader(input, name, ',');
  const settings = tableScanSettings(name, {
    otherColumns: 'number',
    layout: 'distribution',
  });
  const plans = [{ name: 'a', index: 0, kind: 'number' }] as const;
  const request = csvChunkRequest(input.size, header, plans, settings, header.dataStart, Infinity);
  return {
    file: path.join(directory, name),
    input,
    request: { ...request, sumMoments: true },
  };
}

describe('FileScanScheduler', () => {
  it('shares the threads among the scans under way, and gives them back when the scans end', async () => {
    const scheduler = new FileScanScheduler(4);
    assert.equal(scheduler.defaultThreads, 4);
    assert.deepEqual(await rangesOfScansTogether(scheduler, 2, 4), [2, 2]);
    assert.deepEqual(await rangesOfScansTogether(scheduler, 3, 4), [1, 1, 1]);
    assert.deepEqual(await rangesOfScansTogether(scheduler, 1, 4), [4]);
    assert.equal(scheduler.rangesFor(3), 3);
  });

  it('stops counting a scan that fails', async () => {
    const scheduler = new FileScanScheduler(2);
    await assert.rejects(
      scheduler.track(async () => {
        throw new Error('broken');
      }),
      /broken/,
    );
    assert.deepEqual(await rangesOfScansTogether(scheduler, 1, 2), [2]);
  });

  it("shares nothing with another scheduler: each one's scans have all the threads", async () => {
    const [a, b] = [new FileScanScheduler(), new FileScanScheduler()];
    const both = await Promise.all([
      rangesOfScansTogether(a, 1, 2),
      rangesOfScansTogether(b, 1, 2),
    ]);
    assert.deepEqual(both, [[2], [2]]);
    assert.ok(defaultScanThreads() >= 1 && defaultScanThreads() <= 4);
  });

  describe('scanRange', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-scheduler-'));
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('scans a range on a worker thread, and the one that takes the last thread here, to the same outcome', async () => {
      const text = `a,b\n${Array.from({ length: 500 }, (_, i) => `${i},k${i % 7}`).join('\n')}\n`;
      const file = path.join(directory, 'r.csv');
      writeFileSync(file, text);
      const input = bufferByteSource(Buffer.from(text));
      const header = readCsvHeader(input, 'r.csv', ',');
      const settings = tableScanSettings('r.csv', { otherColumns: 'auto' });
      const plans = [
        { name: 'a', index: 0, kind: 'auto' },
        { name: 'b', index: 1, kind: 'category' },
      ] as const;
      const request = csvChunkRequest(input.size, header, plans, settings, header.dataStart, 2000);
      const scheduler = new FileScanScheduler(2);
      const [onWorker, again] = await Promise.all([
        scheduler.scanRange(file, request, 2),
        scheduler.scanRange(file, request, 2),
      ]);
      // One range each: what is left of a range this small is no tail worth taking.
      const here = { starts: [request.start], outcomes: [scanCsvChunk(input, request)] };
      assert.deepEqual(onWorker, here);
      assert.deepEqual(again, here);
      assert.equal(scheduler.rangesScannedHere, 1);
      // Alone, a range goes to a worker; three on two threads: the second runs here.
      await scheduler.scanRange(file, request, 2);
      assert.equal(scheduler.rangesScannedHere, 1);
      const three = await Promise.all([1, 2, 3].map(() => scheduler.scanRange(file, request, 2)));
      for (const outcome of three) assert.deepEqual(outcome, here);
      assert.equal(scheduler.rangesScannedHere, 2);
      assert.equal(scheduler.tailsTaken, 0);
      // One thread asked for: never here (a scan on one thread does not use ranges at all).
      await scheduler.scanRange(file, request, 1);
      assert.equal(scheduler.rangesScannedHere, 2);
    });

    it('starts workers that each take the tail of the range this thread scans, once they are up', async () => {
      const rows = Array.from({ length: 3000 }, (_, i) => `${i},k${i % 7}`);
      const text = `a,b\n${rows.join('\n')}\n`;
      const file = path.join(directory, 't.csv');
      writeFileSync(file, text);
      const input = bufferByteSource(Buffer.from(text));
      const header = readCsvHeader(input, 't.csv', ',');
      const settings = tableScanSettings('t.csv', { otherColumns: 'auto' });
      const plans = [
        { name: 'a', index: 0, kind: 'auto' },
        { name: 'b', index: 1, kind: 'category' },
      ] as const;
      const start = header.dataStart;
      const request = csvChunkRequest(input.size, header, plans, settings, start, 100);
      const scheduler = new FileScanScheduler(3);
      const [taker, idler] = await scheduler.startTails(file, { ...request, speculative: true }, 2);
      // This thread would notice between two reads; here it waits for the worker to be up.
      while (!taker!.mailbox.isReady()) await new Promise((resolve) => setTimeout(resolve, 5));
      const cut = text.indexOf('\n1500,') + 1;
      taker!.mailbox.assign({ start: cut, stop: Number.POSITIVE_INFINITY });
      const here = scheduler.scanHere(file, { ...request, stopAt: cut });
      idler!.mailbox.close();
      const [tail, none] = await Promise.all([taker!.outcome, idler!.outcome]);
      assert.equal(none, undefined);
      const expected = scanCsvChunk(input, {
        ...request,
        speculative: true,
        start: cut,
        stopAt: Number.POSITIVE_INFINITY,
      });
      assert.deepEqual(tail, expected);
      assert.ok('records' in tail! && tail.records === 1500);
      assert.ok('endOffset' in here && here.endOffset === cut);
    });

    it("hands a worker's range back unfinished once this thread's own range is done", async () => {
      // The worker's file is long, this thread's short: this thread is done and waits long before
      // the worker finishes its column, which then comes back as its counter's state.
      const [long, short] = [
        countedFile(directory, 'long.csv', 200_000),
        countedFile(directory, 'short.csv', 3),
      ];
      const scheduler = new FileScanScheduler(2);
      const [ranges] = await Promise.all(
        [long, short].map(({ file, request }) => scheduler.scanRange(file, request, 2)),
      );
      // Under 2 MB in all: no tail worth taking.
      assert.equal(scheduler.tailsTaken, 0);
      assert.equal(scheduler.rangesScannedHere, 1);
      const onWorker = ranges?.outcomes[0];
      assert.ok(ranges?.outcomes.length === 1 && onWorker && 'columns' in onWorker);
      const state = onWorker.columns[0]!.counted!;
      assert.ok(isCounterState(state));
      const here = scanCsvChunk(long.input, long.request);
      assert.ok('columns' in here);
      assert.deepEqual(plain(countRanges([state])), plain(finishedTable(here.columns[0]!.counted)));
    });

    it('takes the second half of what a worker has left to read once its own range is done', async () => {
      // This thread's file is done at once, and it waits for the worker to start: the worker's
      // first read then gives it half of the long file, which comes back as a second range.
      const [long, short] = [
        countedFile(directory, 'shared.csv', 800_000),
        countedFile(directory, 'done-at-once.csv', 3),
      ];
      const scheduler = new FileScanScheduler(2);
      const [ranges, alone] = await Promise.all(
        [long, short].map(({ file, request }) => scheduler.scanRange(file, request, 2)),
      );
      assert.equal(scheduler.tailsTaken, 1);
      assert.equal(scheduler.rangesScannedHere, 2);
      assert.equal(alone?.outcomes.length, 1);
      const [head, tail] = ranges!.outcomes;
      assert.ok(head && 'columns' in head && tail && 'columns' in tail);
      // The worker stopped where the tail starts: halfway through what it had left to read.
      const [first, cut] = ranges!.starts;
      assert.equal(first, long.request.start);
      assert.equal(head.endOffset, cut);
      assert.ok(cut! >= long.input.size / 2 && cut! <= long.input.size - (2 << 20));
      assert.equal(head.records + tail.records, 800_000);
      // The tail's counts come as its counter's state; with the head's, the whole file's.
      const tailCounts = tail.columns[0]!.counted!;
      assert.ok(isCounterState(tailCounts));
      const whole = scanCsvChunk(long.input, long.request);
      assert.ok('columns' in whole);
      assert.deepEqual(
        plain(countRanges([head.columns[0]!.counted!, tailCounts])),
        plain(finishedTable(whole.columns[0]!.counted)),
      );
    });

    it("hands this thread's own range back unfinished once the worker is done first, and frees the worker to take half", async () => {
      // This thread's range starts only once the worker has finished its short file (scanHere
      // waits for that), so its column comes back as its counter's state.
      class AfterTheWorker extends FileScanScheduler {
        override scanHere(
          ...[file, request, cut, handBack]: Parameters<FileScanScheduler['scanHere']>
        ) {
          const pause = new Int32Array(new SharedArrayBuffer(4));
          for (let waited = 0; handBack && !handBack() && waited < 20_000; waited += 5) {
            Atomics.wait(pause, 0, 0, 5);
          }
          return super.scanHere(file, request, cut, handBack);
        }
      }
      const [short, long] = [
        countedFile(directory, 'first-done.csv', 3),
        countedFile(directory, 'last-done.csv', 20_000),
      ];
      const scheduler = new AfterTheWorker(2);
      scheduler.holdWorkers();
      // Asked for together; this thread's range is the second.
      const first = scheduler.scanRange(short.file, short.request, 2);
      const [here] = (await scheduler.scanRange(long.file, long.request, 2)).outcomes;
      // The worker's reply is taken in by the time this range returns: it is idle, and merges.
      const state = here && 'columns' in here ? here.columns[0]!.counted! : undefined;
      assert.ok(state && isCounterState(state));
      const merged = scheduler.mergeOnWorker('last-done.csv', [[state]]);
      assert.ok(merged);
      const whole = scanCsvChunk(long.input, long.request);
      assert.ok('columns' in whole);
      assert.deepEqual(plain((await merged)[0]!), plain(finishedTable(whole.columns[0]!.counted)));
      const [onWorker] = (await first).outcomes;
      assert.ok(
        onWorker && 'columns' in onWorker && !isCounterState(onWorker.columns[0]!.counted!),
      );
      assert.equal(scheduler.rangesScannedHere, 1);
      scheduler.releaseWorkers();
    });

    it('keeps the worker a scan started up while held, to merge counts, profile columns and compare features there', async () => {
      const file = path.join(directory, 'h.csv');
      writeFileSync(file, 'a\n1\n2\n');
      const input = bufferByteSource(Buffer.from('a\n1\n2\n'));
      const header = readCsvHeader(input, 'h.csv', ',');
      const settings = tableScanSettings('h.csv', { otherColumns: 'number' });
      const plans = [{ name: 'a', index: 0, kind: 'number' }] as const;
      const request = csvChunkRequest(input.size, header, plans, settings, header.dataStart, 99);
      const scheduler = new FileScanScheduler(2);
      scheduler.holdWorkers();
      await Promise.all([1, 2].map(() => scheduler.scanRange(file, request, 2)));
      const table = (from: number): ValueCounts => ({
        values: Float64Array.from([from, from + 1, from + 2]),
        weights: Uint32Array.from([1, 2, 3]),
        nan: 1,
        positiveInfinity: 0,
        negativeInfinity: 0,
      });
      const merged = await scheduler.mergeOnWorker('h.csv', [[table(0), table(1)]]);
      assert.deepEqual(merged, [mergeValueCounts([table(0), table(1)])]);
      assert.equal(scheduler.countsMergedOnWorkers, 1);
      const column = (): ScanNumericColumn => ({
        name: 'a',
        kind: 'number',
        values: new Float64Array(0),
        status: new Uint8Array(0),
        presentCount: 6,
        missingCount: 0,
        badCount: 0,
        counted: table(5),
      });
      const handed = column();
      const profiles = await scheduler.profileOnWorker('h.csv', [handed], defaultProfileSettings);
      assert.deepEqual(profiles, [profileScanColumn(column(), defaultProfileSettings)]);
      // Handed over, not copied: the arrays are the worker's now.
      assert.equal(handed.counted!.values.length, 0);
      const pair = (): NumericPair => ({ name: 'a', reference: column(), current: column() });
      const sent = pair();
      const figures = await scheduler.numericFiguresOnWorker('h.csv', [sent]);
      assert.deepEqual(figures, [numericPairFigures(pair())]);
      assert.equal(sent.current.counted!.weights.length, 0);
      scheduler.releaseWorkers();
      assert.equal(scheduler.profileOnWorker('h.csv', [], defaultProfileSettings), undefined);
      assert.equal(scheduler.mergeOnWorker('h.csv', []), undefined);
      assert.equal(scheduler.numericFiguresOnWorker('h.csv', [pair()]), undefined);
    });
  });
});
