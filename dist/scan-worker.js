const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  SCAN_WORKER_FLAG,
  ownedBuffers
} from "./chunks/chunk-H2FCWTFL.js";
import {
  TailMailbox,
  scanFileRange,
  scanWholeFile
} from "./chunks/chunk-WMNY6VA6.js";
import "./chunks/chunk-IX7FLQQO.js";
import "./chunks/chunk-MLHKBNS7.js";
import "./chunks/chunk-L64TU7AB.js";
import "./chunks/chunk-D7UV4PYW.js";
import "./chunks/chunk-LEWOSEQU.js";
import {
  TableReadError,
  asTableReadError
} from "./chunks/chunk-5MHFUN37.js";
import {
  mergeValueCounts
} from "./chunks/chunk-IMYO3NHQ.js";
import "./chunks/chunk-NOYB4UVF.js";
import "./chunks/chunk-VJILS3EF.js";

// src/io/scan-worker.ts
const { isMainThread, parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
if (!isMainThread && workerData === SCAN_WORKER_FLAG) {
  const port = parentPort;
  port.on("message", (task) => {
    void answer(task).then(([reply, transfer]) => port.postMessage(reply, transfer)).catch((error) => {
      const shown = "wholeFile" in task ? asTableReadError(task.wholeFile.source, error) : error;
      port.postMessage(failure(task.id, shown));
    });
  });
}
async function answer(task) {
  if ("mergeCounts" in task) {
    const merged = task.mergeCounts.map((parts2) => mergeValueCounts(parts2));
    return [{ id: task.id, merged }, ownedBuffers(merged)];
  }
  if ("profileColumns" in task) {
    const { columns, settings } = task.profileColumns;
    const { profileScanColumn } = await import("./chunks/column-profile-OD5PE43I.js");
    return [{ id: task.id, profiles: columns.map((c) => profileScanColumn(c, settings)) }, []];
  }
  if ("tail" in task) {
    const range = new TailMailbox(task.tail.mailbox).awaitRange();
    if (!range) return [{ id: task.id, untaken: true }, []];
    const { start, stop: stopAt } = range;
    return scannedRange(task.id, task.path, { ...task.tail.request, start, stopAt });
  }
  if ("request" in task) return scannedRange(task.id, task.path, task.request);
  const parts = await scanWholeFile(task.path, task.wholeFile);
  return [{ id: task.id, parts }, transferList(parts.scanned)];
}
function scannedRange(id, path, request) {
  const outcome = scanFileRange(path, request);
  return [{ id, outcome }, "columns" in outcome ? transferList(outcome) : []];
}
function failure(id, error) {
  if (error instanceof TableReadError) {
    return { id, fileProblem: { source: error.source, line: error.line, problem: error.problem } };
  }
  return { id, crash: error instanceof Error ? error.stack ?? error.message : String(error) };
}
function transferList({ badRecords, columns }) {
  const buffers = /* @__PURE__ */ new Set([badRecords.buffer]);
  for (const column of columns) {
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
