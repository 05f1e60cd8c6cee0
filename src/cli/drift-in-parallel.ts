/**
 * Builds the value tables of a scan's number columns on worker threads, one
 * column per task, for `mlgate drift`: the table (a counting pass or a radix
 * sort per column) is most of drift's own work, and a wide file then uses
 * every core. The worker runs this module (started with a flag in
 * `workerData`): from the sources directly, from the bundle through its entry
 * dist/drift-worker.js. The tables equal `numericTableOfScan`'s: the same
 * function runs on the same column, only elsewhere. Column buffers the scan
 * owns are handed over (transferred), so those columns are spent afterwards.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanNumericColumn } from '../data/table-scan.ts';
import { type NumericTable, numericTableOfScan } from '../drift/numeric-side.ts';
import { workerEntryUrl } from '../io/worker-entry-url.ts';

const WORKER_FLAG = 'mlgate-drift-worker';

type Reply = { index: number; table: NumericTable } | { index: number; crash: string };

if (!isMainThread && workerData === WORKER_FLAG) {
  const port = parentPort!;
  port.on('message', ({ index, column }: { index: number; column: ScanNumericColumn }) => {
    try {
      const table = numericTableOfScan(column);
      const buffers = [table.values, table.weights].flatMap((a) =>
        a instanceof Float64Array ? [a.buffer as ArrayBuffer] : [],
      );
      port.postMessage({ index, table } satisfies Reply, buffers);
    } catch (error) {
      const crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ index, crash } satisfies Reply);
    }
  });
}

export async function numericTablesInParallel(
  columns: readonly ScanNumericColumn[],
  threads = Math.min(4, availableParallelism()),
): Promise<NumericTable[]> {
  const workers = Math.min(threads, columns.length);
  if (workers < 2) return columns.map(numericTableOfScan);
  const queue = columns.map((column, index) => ({ column, index }));
  const tables: NumericTable[] = new Array(columns.length);
  const pool = Array.from(
    { length: workers },
    () =>
      new Worker(workerEntryUrl(import.meta.url, './drift-in-parallel.ts', 'drift-worker'), {
        workerData: WORKER_FLAG,
        argv: [],
      }),
  );
  const done = pool.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        const next = () => {
          const task = queue.shift();
          if (!task) return resolve();
          const { name, kind, values, status, presentCount, missingCount, badCount } = task.column;
          const column = { name, kind, values, status, presentCount, missingCount, badCount };
          const owned = [values, status].filter(
            (a) => a.byteOffset === 0 && a.byteLength === a.buffer.byteLength,
          );
          worker.postMessage(
            { index: task.index, column },
            owned.map((a) => a.buffer as ArrayBuffer),
          );
        };
        worker.on('message', (reply: Reply) => {
          if ('crash' in reply) return reject(new Error(`drift worker failed: ${reply.crash}`));
          tables[reply.index] = reply.table;
          next();
        });
        worker.on('error', reject);
        next();
      }),
  );
  try {
    await Promise.all(done);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return tables;
}
