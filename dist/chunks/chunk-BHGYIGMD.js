import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  profileScanColumn
} from "./chunk-5F4URWCQ.js";
import {
  profileFormat,
  profileVersion
} from "./chunk-CPENOXQZ.js";
import {
  workerEntryUrl
} from "./chunk-MD2Y6JVW.js";

// src/profile/profile-table.ts
function assembleProfile(scan, settings, columns) {
  return {
    format: profileFormat,
    version: profileVersion,
    sources: [
      { path: scan.source, format: scan.format, rows: scan.rowCount, badRows: scan.badRowCount }
    ],
    rowCount: scan.rowCount,
    settings,
    columns
  };
}

// src/io/column-worker-pool.ts
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
function columnJob(job) {
  if (!isMainThread && workerData === job.flag) {
    const port = parentPort;
    port.on("message", ({ index, column, settings }) => {
      try {
        const result = job.work(column, settings);
        port.postMessage({ index, result }, job.transferables?.(result));
      } catch (error) {
        const crash = error instanceof Error ? error.stack ?? error.message : String(error);
        port.postMessage({ index, crash });
      }
    });
  }
  return job;
}
async function runColumnJob(job, columns, settings, options = {}) {
  const workers = Math.min(options.threads ?? Math.min(4, availableParallelism()), columns.length);
  if (workers < 2) {
    options.meanwhile?.();
    return columns.map((column) => job.work(column, settings));
  }
  const queue = columns.map((column, index) => ({ column, index }));
  const results = new Array(columns.length);
  const entry = workerEntryUrl(job.moduleUrl, job.sourceModule, job.bundleName);
  const pool = Array.from(
    { length: workers },
    () => new Worker(entry, { workerData: job.flag, argv: [] })
  );
  const done = pool.map(
    (worker) => new Promise((resolve, reject) => {
      const next = () => {
        const task = queue.shift();
        if (!task) return resolve();
        const { name, kind, presentCount, missingCount, badCount } = task.column;
        const values = ownWhole(task.column.values);
        const status = ownWhole(task.column.status);
        const column = { name, kind, values, status, presentCount, missingCount, badCount };
        worker.postMessage({ index: task.index, column, settings }, [
          values.buffer,
          status.buffer
        ]);
      };
      worker.on("message", (reply) => {
        if ("crash" in reply) return reject(new Error(`${job.flag} failed: ${reply.crash}`));
        results[reply.index] = reply.result;
        next();
      });
      worker.on("error", reject);
      next();
    })
  );
  try {
    options.meanwhile?.();
    await Promise.all(done);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
function ownWhole(array) {
  const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength;
  return whole ? array : array.slice();
}

// src/io/profile-in-parallel.ts
var columnProfiles = columnJob({
  flag: "mlgate-profile-worker",
  moduleUrl: import.meta.url,
  sourceModule: "./profile-in-parallel.ts",
  bundleName: "profile-worker",
  work: (column, settings) => profileScanColumn(column, settings)
});
var PARALLEL_MIN_CELLS = 1 << 20;
function threadsFor(scan, threads) {
  if (threads !== void 0) return threads;
  let cells = 0;
  for (const column of scan.columns) if (column.kind !== "category") cells += column.values.length;
  return cells < PARALLEL_MIN_CELLS ? 1 : void 0;
}
async function profilesOfColumns(scan, settings) {
  if (threadsFor(scan, void 0) === 1) {
    return (function* () {
      for (const column of scan.columns) yield profileScanColumn(column, settings);
    })();
  }
  return (await profileTableInParallel(scan, settings)).columns;
}
async function profileTableInParallel(scan, settings, threads) {
  const numeric = scan.columns.flatMap(
    (column, index) => column.kind === "category" ? [] : [{ column, index }]
  );
  const workers = threadsFor(scan, threads);
  const profiles = new Array(scan.columns.length);
  const results = await runColumnJob(
    columnProfiles,
    numeric.map(({ column }) => column),
    settings,
    {
      ...workers === void 0 ? {} : { threads: workers },
      // Text columns are dictionaries, cheap to profile here while the workers sort numbers.
      meanwhile: () => scan.columns.forEach((column, index) => {
        if (column.kind === "category") profiles[index] = profileScanColumn(column, settings);
      })
    }
  );
  numeric.forEach(({ index }, i) => {
    profiles[index] = results[i];
  });
  return assembleProfile(scan, settings, profiles);
}

export {
  assembleProfile,
  profilesOfColumns,
  profileTableInParallel
};
