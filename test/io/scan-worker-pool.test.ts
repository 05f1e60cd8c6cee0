import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import type { CsvChunkRequest } from '../../src/formats/csv-chunk-scan.ts';
import { ScanWorkerPool } from '../../src/io/scan-worker-pool.ts';

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

  it('rejects the task of a worker that crashed, naming the cause', async () => {
    const pool = new ScanWorkerPool(2);
    await assert.rejects(
      pool.run(path.join(directory, 'missing.csv'), request(2)),
      /^Error: scan worker failed: Error: ENOENT/,
    );
  });
});
