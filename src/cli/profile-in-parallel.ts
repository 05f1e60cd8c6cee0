/**
 * Profiles the numeric columns of a scan on worker threads, one column per
 * task, so that a wide file uses every core (sorting a column is most of a
 * profile's work); text columns, which are dictionaries, are profiled in this
 * thread meanwhile. The worker runs this module (started with a flag in
 * `workerData`): from the sources directly, from the bundle through its entry
 * dist/profile-worker.js. The result equals `profileTable`'s: the same function runs on the
 * same column, only elsewhere. The scan's numeric columns are handed to the
 * workers (their buffers transferred), so the scan is spent afterwards.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanNumericColumn, TableScan } from '../data/table-scan.ts';
import { workerEntryUrl } from '../io/worker-entry-url.ts';
import { profileScanColumn } from '../profile/column-profile.ts';
import { assembleProfile, profileTable } from '../profile/profile-table.ts';
import type { ColumnProfile, ProfileSettings, TableProfile } from '../profile/profile-types.ts';

const WORKER_FLAG = 'mlgate-profile-worker';

interface Request {
  index: number;
  column: ScanNumericColumn;
  settings: ProfileSettings;
}

type Reply = { index: number; profile: ColumnProfile } | { index: number; crash: string };

if (!isMainThread && workerData === WORKER_FLAG) {
  const port = parentPort!;
  port.on('message', ({ index, column, settings }: Request) => {
    let reply: Reply;
    try {
      reply = { index, profile: profileScanColumn(column, settings) };
    } catch (error) {
      reply = {
        index,
        crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    port.postMessage(reply);
  });
}

export async function profileTableInParallel(
  scan: TableScan,
  settings: ProfileSettings,
  threads = Math.min(4, availableParallelism()),
): Promise<TableProfile> {
  const queue = scan.columns.flatMap((column, index) =>
    column.kind === 'category' ? [] : [{ index, column }],
  );
  const workers = Math.min(threads, queue.length);
  if (workers < 2) return profileTable(scan, settings);
  const profiles: ColumnProfile[] = new Array(scan.columns.length);
  const pool = Array.from(
    { length: workers },
    () =>
      new Worker(workerEntryUrl(import.meta.url, './profile-in-parallel.ts', 'profile-worker'), {
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
          // A column that owns its buffers hands them over instead of copying them: the
          // profile is the scan's last use, and memory stays at one copy of the data.
          const owned = [values, status].filter(
            (a) => a.byteOffset === 0 && a.byteLength === a.buffer.byteLength,
          );
          worker.postMessage(
            { index: task.index, column, settings } satisfies Request,
            owned.map((a) => a.buffer as ArrayBuffer),
          );
        };
        worker.on('message', (reply: Reply) => {
          if ('crash' in reply) return reject(new Error(`profile worker failed: ${reply.crash}`));
          profiles[reply.index] = reply.profile;
          next();
        });
        worker.on('error', reject);
        next();
      }),
  );
  try {
    scan.columns.forEach((column, index) => {
      if (column.kind === 'category') profiles[index] = profileScanColumn(column, settings);
    });
    await Promise.all(done);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return assembleProfile(scan, settings, profiles);
}
