/**
 * How a scan worker thread (src/io/scan-worker.ts) starts, and starting one
 * ahead of a command. Node takes about 0.1 s to bring a worker up, and about
 * 0.15 s on the bench's 2-core machine while the main thread loads the
 * command's modules and starts its own scan: a 1M-row drift's main thread then
 * waited for the worker at the end. So the entry point (src/cli.ts) starts one
 * before a table command's modules load, when the command reads a CSV file
 * large enough for threads (src/cli/command-line.ts decides), and the first
 * scan worker pool of the process takes it (src/io/scan-worker-pool.ts): the
 * 1M-row drift took 1.57 instead of 1.63 s, and validate 0.84 instead of
 * 0.87 s (medians of 9 and 7 runs alternating). A worker no pool takes (a
 * command that stopped before its scan) does not hold the process open,
 * though its exit waits for the worker to finish starting (a usage error on a
 * large file: 0.18 instead of 0.12 s); one that failed to start is dropped for
 * a fresh one, whose failure the pool reports.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from './builtins-on-use.ts';
import { workerEnvironment } from './compile-cache.ts';
import { fileSize } from './file-size.ts';
import { SCAN_WORKER_FLAG } from './scan-worker-flag.ts';
import { workerEntryUrl } from './worker-entry-url.ts';

/** Below this many bytes of data a CSV file is scanned in the calling thread (src/io/parallel-csv-scan.ts). */
export const PARALLEL_MIN_BYTES = 8 << 20;

export function startScanWorker(): Worker {
  return new (workerThreads().Worker)(
    workerEntryUrl(import.meta.url, './scan-worker.ts', 'scan-worker'),
    {
      workerData: SCAN_WORKER_FLAG,
      argv: [],
      env: workerEnvironment(),
    },
  );
}

/** The worker started ahead, until a pool takes it; `failed` once it errs or exits. */
let ahead: { worker: Worker; failed: boolean; drop: () => void } | undefined;

/** Whether the file at `path` is large enough for its scan to start threads (a guess: the header is counted too). */
export function largeEnoughForThreads(path: string): boolean {
  return availableParallelism() > 1 && fileSize(path) >= PARALLEL_MIN_BYTES;
}

/** Starts one scan worker (`start` makes it) for the process's first pool to take; at most one waits at a time. */
export function prestartScanWorker(start: () => Worker = startScanWorker): void {
  if (ahead) return;
  let worker: Worker;
  try {
    worker = start();
  } catch {
    // A missing entry file: the pool meets it again and says so.
    return;
  }
  const started = {
    worker,
    failed: false,
    drop: () => {
      started.failed = true;
    },
  };
  worker.on('error', started.drop);
  worker.on('exit', started.drop);
  worker.unref();
  ahead = started;
}

/** The worker started ahead, once, if it is still up; whoever takes it listens to it from now on. */
export function takePrestartedWorker(): Worker | undefined {
  const taken = ahead;
  ahead = undefined;
  if (!taken) return undefined;
  taken.worker.off('error', taken.drop);
  taken.worker.off('exit', taken.drop);
  if (!taken.failed) return taken.worker;
  void taken.worker.terminate();
  return undefined;
}
