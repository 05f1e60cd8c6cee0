/**
 * Runs a paired bootstrap (src/metrics/bootstrap-metric-deltas.ts) on this
 * thread and worker threads at once: every thread claims chunks of resamples
 * from one shared counter and writes their deltas into shared memory, so two
 * cores draw a thousand resamples of 100,000 rows in about half the time, and
 * a worker that starts late or a core that other work slows just takes fewer
 * chunks, instead of holding up the end.
 * The workers are a pool shared by every runner: started on the first
 * bootstrap that needs them (a run without one starts no thread), then kept,
 * so a second bootstrap (model_quality and baseline_comparison in one run, or
 * a bench's rounds) does not pay again for a thread and its module loading.
 * An idle worker is unreferenced: the pool never keeps the process alive.
 * A worker runs src/io/bootstrap-worker.ts; it runs its share of each job it
 * is sent, in order, and then replies. node:worker_threads is loaded when the
 * first worker starts, not with this module (src/io/builtins-on-use.ts).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  type ResampleRunner,
  runSharedDeltaJob,
  type SharedDeltaJob,
  sharedDeltaJobDone,
} from '../metrics/bootstrap-metric-deltas.ts';
import { workerThreads } from './builtins-on-use.ts';
import { workerEnvironment } from './compile-cache.ts';
import { workerEntryUrl } from './worker-entry-url.ts';
import { letYoungGenerationGrow } from './young-generation.ts';

/** `workerData` of a bootstrap worker, so that a thread started for anything else stays idle. */
export const BOOTSTRAP_WORKER_FLAG = 'mlgate-bootstrap-slice';

/** As many threads as cores (at most eight), this one included. */
export function threadResampleRunner(cores = availableParallelism()): ResampleRunner {
  const parts = Math.min(cores, 8);
  return {
    parts,
    async run(job) {
      const workers = inPooledWorkers(job, parts - 1);
      try {
        runSharedDeltaJob(job);
      } catch (error) {
        workers.catch(() => undefined); // The same job fails there too: one report is enough.
        throw error;
      }
      // Every chunk is claimed now; wait for those still running, or for a worker that failed.
      await Promise.race([sharedDeltaJobDone(job), workers.then(() => sharedDeltaJobDone(job))]);
    },
  };
}

/** Sends `job` to `count` workers of the pool; resolves when each has run its share. */
export function inPooledWorkers(job: SharedDeltaJob, count: number): Promise<void> {
  return Promise.all(Array.from({ length: count }, (_, k) => pooledWorker(k).run(job))).then(
    () => undefined,
  );
}

/** A worker of the pool: `run` sends it a job and resolves once it has run its share. */
interface PooledWorker {
  run(job: SharedDeltaJob): Promise<void>;
}

/** The pool by slot: worker k helps every bootstrap that asks for more than k workers. */
const pool = new Map<number, PooledWorker>();

function pooledWorker(slot: number): PooledWorker {
  const existing = pool.get(slot);
  if (existing) return existing;
  const started = startWorker(() => {
    // A worker that failed leaves its slot, so that the next bootstrap starts a new one.
    if (pool.get(slot) === started) pool.delete(slot);
  });
  pool.set(slot, started);
  return started;
}

/** A worker answers its jobs in the order it was sent them, so the replies it owes are a queue. */
function startWorker(forget: () => void): PooledWorker {
  letYoungGenerationGrow();
  const entry = workerEntryUrl(import.meta.url, './bootstrap-worker.ts', 'bootstrap-worker');
  const worker: Worker = new (workerThreads().Worker)(entry, {
    workerData: BOOTSTRAP_WORKER_FLAG,
    argv: [],
    env: workerEnvironment(),
  });
  worker.unref();
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const fail = (error: Error) => {
    forget();
    for (const reply of waiting.splice(0)) reply.reject(error);
  };
  worker.on('message', () => {
    waiting.shift()?.resolve();
    // Referenced only while it owes a reply: the process waits for a job, never for the pool.
    if (waiting.length === 0) worker.unref();
  });
  worker.once('error', fail);
  worker.once('exit', (code) =>
    fail(new Error(`a bootstrap worker thread stopped (exit code ${code})`)),
  );
  return {
    run(job) {
      return new Promise((resolve, reject) => {
        if (waiting.push({ resolve, reject }) === 1) worker.ref();
        worker.postMessage(job);
      });
    },
  };
}
