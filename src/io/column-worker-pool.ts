/**
 * Runs one function over many number columns of a scan on worker threads, one
 * column per task, so a wide file uses every core (profiling and drift both
 * spend most of their time sorting or tallying single columns). A job is
 * declared once at the top of its module: in a worker started with the job's
 * flag the same declaration serves requests, in the main thread it sends them.
 * Column buffers the scan owns are handed over (transferred) rather than
 * copied, so memory holds one copy of the data; those columns are spent after
 * (a short column in a shared slab is copied out first).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanNumericColumn } from '../data/table-scan.ts';
import { workerEntryUrl } from './worker-entry-url.ts';

export interface ColumnJob<Settings, Result> {
  /** Marks the job's workers in `workerData`. */
  flag: string;
  /** The module that declares the job, relative to `moduleUrl`, and its bundle entry's name. */
  moduleUrl: string;
  sourceModule: string;
  bundleName: string;
  work: (column: ScanNumericColumn, settings: Settings) => Result;
  /** Buffers of a result to transfer back instead of copying. */
  transferables?: (result: Result) => ArrayBuffer[];
}

type Request<Settings> = { index: number; column: ScanNumericColumn; settings: Settings };
type Reply<Result> = { index: number; result: Result } | { index: number; crash: string };

/** Declares a job; in one of its own workers, starts serving it. */
export function columnJob<Settings, Result>(
  job: ColumnJob<Settings, Result>,
): ColumnJob<Settings, Result> {
  if (!isMainThread && workerData === job.flag) {
    const port = parentPort!;
    port.on('message', ({ index, column, settings }: Request<Settings>) => {
      try {
        const result = job.work(column, settings);
        port.postMessage({ index, result } satisfies Reply<Result>, job.transferables?.(result));
      } catch (error) {
        const crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
        port.postMessage({ index, crash } satisfies Reply<Result>);
      }
    });
  }
  return job;
}

/** The job's results, one per column, in order; in this thread when fewer than two workers pay. */
export async function runColumnJob<Settings, Result>(
  job: ColumnJob<Settings, Result>,
  columns: readonly ScanNumericColumn[],
  settings: Settings,
  options: { threads?: number; meanwhile?: () => void } = {},
): Promise<Result[]> {
  const workers = Math.min(options.threads ?? Math.min(4, availableParallelism()), columns.length);
  if (workers < 2) {
    options.meanwhile?.();
    return columns.map((column) => job.work(column, settings));
  }
  const queue = columns.map((column, index) => ({ column, index }));
  const results: Result[] = new Array(columns.length);
  const entry = workerEntryUrl(job.moduleUrl, job.sourceModule, job.bundleName);
  const pool = Array.from(
    { length: workers },
    () => new Worker(entry, { workerData: job.flag, argv: [] }),
  );
  const done = pool.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        const next = () => {
          const task = queue.shift();
          if (!task) return resolve();
          const { name, kind, presentCount, missingCount, badCount } = task.column;
          const values = ownWhole(task.column.values);
          const status = ownWhole(task.column.status);
          const column = { name, kind, values, status, presentCount, missingCount, badCount };
          worker.postMessage({ index: task.index, column, settings } satisfies Request<Settings>, [
            values.buffer as ArrayBuffer,
            status.buffer as ArrayBuffer,
          ]);
        };
        worker.on('message', (reply: Reply<Result>) => {
          if ('crash' in reply) return reject(new Error(`${job.flag} failed: ${reply.crash}`));
          results[reply.index] = reply.result;
          next();
        });
        worker.on('error', reject);
        next();
      }),
  );
  try {
    options.meanwhile?.();
    await Promise.all(done);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * The array itself when it owns its whole buffer (it is then handed over),
 * else a copy that does: posting a view into a shared slab (src/data/column-memory.ts)
 * would copy the whole slab with every column.
 */
function ownWhole<T extends Float64Array | Uint8Array>(array: T): T {
  const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength;
  return whole ? array : (array.slice() as T);
}
