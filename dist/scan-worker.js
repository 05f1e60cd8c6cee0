const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  SCAN_WORKER_FLAG
} from "./chunks/chunk-VHSEXXJS.js";
import {
  openFileByteSource,
  scanCsvChunk
} from "./chunks/chunk-5CNPSL2C.js";
import "./chunks/chunk-IX7FLQQO.js";
import "./chunks/chunk-MLHKBNS7.js";
import "./chunks/chunk-DTAGZEDX.js";
import "./chunks/chunk-D7UV4PYW.js";
import "./chunks/chunk-LEWOSEQU.js";
import "./chunks/chunk-5MHFUN37.js";
import "./chunks/chunk-FMCI64WJ.js";
import "./chunks/chunk-46GVS2KX.js";
import "./chunks/chunk-VJILS3EF.js";

// src/io/scan-worker.ts
const { isMainThread, parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
if (!isMainThread && workerData === SCAN_WORKER_FLAG) {
  const port = parentPort;
  port.on("message", (task) => {
    let reply;
    try {
      const outcome = scanRange(task);
      reply = { id: task.id, outcome };
      port.postMessage(reply, transferList(outcome));
    } catch (error) {
      reply = {
        id: task.id,
        crash: error instanceof Error ? error.stack ?? error.message : String(error)
      };
      port.postMessage(reply);
    }
  });
}
function scanRange(task) {
  const input = openFileByteSource(task.path);
  try {
    return scanCsvChunk(input, task.request);
  } finally {
    input.close();
  }
}
function transferList(outcome) {
  if (!("columns" in outcome)) return [];
  const buffers = /* @__PURE__ */ new Set([outcome.badRecords.buffer]);
  for (const column of outcome.columns) {
    const counted = column.counted;
    for (const array of [
      column.values,
      column.status,
      column.codes,
      column.counts,
      counted?.values,
      counted?.weights
    ]) {
      if (array) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
