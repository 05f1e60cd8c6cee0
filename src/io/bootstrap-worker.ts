/**
 * A bootstrap worker thread (dist/bootstrap-worker.js in the bundle): it runs
 * its share of each shared bootstrap it is sent, in order, and replies when
 * done. The pool that starts and feeds it is src/io/bootstrap-threads.ts.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runSharedDeltaJob, type SharedDeltaJob } from '../metrics/bootstrap-metric-deltas.ts';
import { BOOTSTRAP_WORKER_FLAG } from './bootstrap-threads.ts';

if (!isMainThread && workerData === BOOTSTRAP_WORKER_FLAG && parentPort) {
  const port = parentPort;
  port.on('message', (job: SharedDeltaJob) => {
    runSharedDeltaJob(job);
    port.postMessage('done');
  });
}
