import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { countRanges, isCounterState } from '../../src/data/range-counts.ts';
import type { CsvChunkRequest } from '../../src/formats/csv-chunk-scan.ts';
import { FinishingFlag } from '../../src/io/finishing-flag.ts';
import { ScanWorkerPool } from '../../src/io/scan-worker-pool.ts';
import { finishedTable, plain } from '../data/sorted-counts.ts';

const request = (start: number): CsvChunkRequest => ({
  source: 'p.csv',
  start,
  stopAt: Number.POSITIVE_INFINITY,
  delimiter: ',',
  missingValues: [''],
  header: ['a'],
  plans: [{ name: 'a', index: 0, kind: 'number' }],
  badCellsPerColumn: 10,
  badRowsKept: 10,
  expectedRows: 16,
  bytesPerRecord: 1,
  layout: 'rows',
});

describe('ScanWorkerPool', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-pool-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('queues tasks beyond its size and runs each on a worker that opens the file', async () => {
    const file = path.join(directory, 'p.csv');
    writeFileSync(file, 'a\n1\n2\n3\n');
    const pool = new ScanWorkerPool(1);
    const outcomes = await Promise.all([2, 4, 6].map((start) => pool.run(file, request(start))));
    assert.deepEqual(
      outcomes.map((outcome) =>
        'columns' in outcome ? Array.from(outcome.columns[0]!.values!) : [],
      ),
      [[1, 2, 3], [2, 3], [3]],
    );
  });

  it('hands a range back with its columns unfinished once the waiting thread sets the flag', async () => {
    const file = path.join(directory, 'w.csv');
    // Enough values for a counter (a short column is tabled at once, with nothing to hand back).
    const values = Array.from({ length: 5000 }, (_, k) => (k % 40) / 2);
    writeFileSync(file, `a\n${values.join('\n')}\n`);
    const counted = {
      ...request(2),
      layout: 'distribution',
      sumMoments: true,
      expectedRows: 5000,
    } as const;
    const pool = new ScanWorkerPool(1);
    const waiting = new FinishingFlag();
    const finished = await pool.run(file, counted, { handBack: waiting.buffer });
    waiting.set();
    const handed = await pool.run(file, counted, { handBack: waiting.buffer });
    assert.ok('columns' in finished && 'columns' in handed);
    const table = finishedTable(finished.columns[0]!.counted);
    const state = handed.columns[0]!.counted!;
    assert.ok(isCounterState(state));
    assert.deepEqual(plain(countRanges([state])), plain(table));
    assert.deepEqual(
      Array.from(table.values),
      Array.from({ length: 40 }, (_, k) => k / 2),
    );
  });

  it('rejects the task of a worker that crashed, naming the cause', async () => {
    const pool = new ScanWorkerPool(2);
    await assert.rejects(
      pool.run(path.join(directory, 'missing.csv'), request(2)),
      /^Error: scan worker failed: Error: ENOENT/,
    );
  });
});
