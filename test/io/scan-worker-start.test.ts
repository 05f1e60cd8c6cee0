/**
 * A scan worker started ahead of a command (src/io/scan-worker-start.ts): the
 * first pool takes it and it serves the pool's tasks; one that failed to
 * start is dropped; the size test that decides it.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, it } from 'vitest';
import { ScanWorkerPool } from '../../src/io/scan-worker-pool.ts';
import {
  largeEnoughForThreads,
  PARALLEL_MIN_BYTES,
  prestartScanWorker,
  takePrestartedWorker,
} from '../../src/io/scan-worker-start.ts';

describe('a scan worker started ahead', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-prestart-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('is taken by the first pool, and serves its tasks', async () => {
    let started: Worker | undefined;
    prestartScanWorker(() => {
      started = new Worker(new URL('../../src/io/scan-worker.ts', import.meta.url), {
        workerData: 'mlgate-csv-scan-worker',
      });
      return started;
    });
    assert.ok(started);
    const exited = once(started, 'exit');
    // The pool merges on the worker it spawns: the one started ahead.
    assert.deepEqual(await new ScanWorkerPool(1).mergeCounts('a.csv', []), []);
    assert.equal(takePrestartedWorker(), undefined, 'taken once');
    // The pool ends its idle workers: the one it took too.
    await exited;
  });

  it('is dropped when it failed to start, and the pool starts its own', async () => {
    let failing: Worker | undefined;
    prestartScanWorker(() => {
      failing = new Worker('throw new Error("no entry")', { eval: true });
      return failing;
    });
    assert.ok(failing);
    // Its error (seen by the prestart's listener, or it would be uncaught) comes before its exit.
    await new Promise((resolve) => failing?.on('exit', resolve));
    assert.equal(takePrestartedWorker(), undefined);
  });

  it('is started for files of at least PARALLEL_MIN_BYTES, on a machine of several cores', () => {
    const large = path.join(directory, 'large.csv');
    const small = path.join(directory, 'small.csv');
    writeFileSync(large, 'a\n');
    truncateSync(large, PARALLEL_MIN_BYTES);
    writeFileSync(small, 'a\n1\n');
    assert.equal(largeEnoughForThreads(large), availableParallelism() > 1);
    assert.equal(largeEnoughForThreads(small), false);
    assert.equal(largeEnoughForThreads(path.join(directory, 'missing.csv')), false);
  });
});
