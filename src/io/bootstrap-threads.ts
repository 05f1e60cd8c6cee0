/**
 * Runs the slices of a paired bootstrap (src/metrics/bootstrap-metric-deltas.ts)
 * at once: the first in this thread, each other in a worker thread of its own,
 * so two cores draw a thousand resamples of 100,000 rows in about half the time.
 * A worker is this module started with the flag in `workerData`; it runs the
 * one slice it is sent and hands its samples back (transferred, not copied).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  type BinaryDeltaJob,
  binaryDeltaSamples,
  type ResampleRunner,
} from '../metrics/bootstrap-metric-deltas.ts';
import { workerEntryUrl } from './worker-entry-url.ts';

const flag = 'mlgate-bootstrap-slice';

if (!isMainThread && workerData === flag && parentPort) {
  const port = parentPort;
  port.once('message', (job: BinaryDeltaJob) => {
    const samples = binaryDeltaSamples(job);
    port.postMessage(
      samples,
      samples.map((sample) => sample.buffer as ArrayBuffer),
    );
  });
}

/** At most as many slices as cores (and eight): a slice per thread. */
export function threadResampleRunner(cores = availableParallelism()): ResampleRunner {
  return {
    parts: Math.min(cores, 8),
    async run(jobs) {
      const [own, ...others] = jobs;
      const pending = others.map(inWorker);
      // This thread's slice runs while the workers run theirs; their replies wait for it.
      const mine = own ? binaryDeltaSamples(own) : [];
      return [mine, ...(await Promise.all(pending))];
    },
  };
}

function inWorker(job: BinaryDeltaJob): Promise<Float64Array[]> {
  const entry = workerEntryUrl(import.meta.url, './bootstrap-threads.ts', 'bootstrap-worker');
  const worker = new Worker(entry, { workerData: flag, argv: [] });
  return new Promise((resolve, reject) => {
    worker.once('message', (samples: Float64Array[]) => {
      resolve(samples);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a bootstrap worker thread stopped (exit code ${code})`));
    });
    worker.postMessage(job);
  });
}
