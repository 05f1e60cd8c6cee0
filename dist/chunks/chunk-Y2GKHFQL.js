import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  workerEntryUrl
} from "./chunk-ZVHFNZAM.js";

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
        const { name, kind, values, status, presentCount, missingCount, badCount } = task.column;
        const column = { name, kind, values, status, presentCount, missingCount, badCount };
        const owned = [values, status].filter(
          (a) => a.byteOffset === 0 && a.byteLength === a.buffer.byteLength
        );
        worker.postMessage(
          { index: task.index, column, settings },
          owned.map((a) => a.buffer)
        );
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

export {
  columnJob,
  runColumnJob
};
