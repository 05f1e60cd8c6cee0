import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  SCAN_WORKER_FLAG
} from "./chunks/chunk-6FFQO3BT.js";
import {
  openFileByteSource,
  scanCsvChunk
} from "./chunks/chunk-NQ5T7CT3.js";
import "./chunks/chunk-5HI4GUDJ.js";
import "./chunks/chunk-2JPYJOMB.js";
import "./chunks/chunk-5VUQVGL7.js";
import "./chunks/chunk-5MLPSHOC.js";
import "./chunks/chunk-F57TUQYS.js";
import "./chunks/chunk-SMV2W2S6.js";
import "./chunks/chunk-IVUE6XYD.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// src/io/scan-worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";
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
