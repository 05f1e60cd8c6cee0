import {
  ownedBuffers
} from "./chunks/chunk-FPITBXDP.js";
import {
  FinishingFlag,
  TailMailbox,
  scanFileRange,
  scanWholeFile
} from "./chunks/chunk-U5ND5ZE7.js";
import "./chunks/chunk-7PYYCFWM.js";
import {
  SCAN_WORKER_FLAG
} from "./chunks/chunk-JTM3P6ON.js";
import "./chunks/chunk-3ROLIFPK.js";
import "./chunks/chunk-TMOWSID7.js";
import "./chunks/chunk-NRAMNHUS.js";
import "./chunks/chunk-FJSVKJ5S.js";
import "./chunks/chunk-JJK6CC36.js";
import {
  countRanges,
  rangeCountsArrays
} from "./chunks/chunk-TCMEBT2Z.js";
import {
  TableReadError,
  asTableReadError
} from "./chunks/chunk-7UFWRZL3.js";
import "./chunks/chunk-LIYTTJ6X.js";
import "./chunks/chunk-XUDKVEYV.js";
import "./chunks/chunk-SEWDMQ6Q.js";

// src/io/scan-worker.ts
const { isMainThread, parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
if (!isMainThread && workerData === SCAN_WORKER_FLAG) {
  const port = parentPort;
  port.on("message", (task) => {
    void answer(task).then(([reply, transfer, posted]) => {
      port.postMessage(reply, transfer);
      posted?.();
    }).catch((error) => {
      const shown = "wholeFile" in task ? asTableReadError(task.wholeFile.source, error) : error;
      port.postMessage(failure(task.id, shown));
    });
  });
}
async function answer(task) {
  if ("mergeCounts" in task) {
    const merged = task.mergeCounts.map((parts2) => countRanges(parts2));
    return [{ id: task.id, merged }, ownedBuffers(merged)];
  }
  if ("numericFigures" in task) {
    const { numericPairFigures } = await import("./chunks/numeric-pair-WPEUFMXO.js");
    return [{ id: task.id, figures: task.numericFigures.map(numericPairFigures) }, []];
  }
  if ("profileColumns" in task) {
    const { columns, settings } = task.profileColumns;
    const { profileScanColumn } = await import("./chunks/column-profile-A7H2T5AV.js");
    return [{ id: task.id, profiles: columns.map((c) => profileScanColumn(c, settings)) }, []];
  }
  if ("tail" in task) {
    const range = new TailMailbox(task.tail.mailbox).awaitRange();
    if (!range) return [{ id: task.id, untaken: true }, []];
    const { start, stop: stopAt } = range;
    return scannedRange(task.id, task.path, { ...task.tail.request, start, stopAt });
  }
  if ("request" in task) {
    const waiting = task.handBack ? new FinishingFlag(task.handBack) : void 0;
    const [reply, transfer] = scannedRange(
      task.id,
      task.path,
      task.request,
      waiting && (() => waiting.isSet())
    );
    return [reply, transfer, waiting && (() => waiting.markWorkerDone())];
  }
  const parts = await scanWholeFile(task.path, task.wholeFile);
  return [{ id: task.id, parts }, transferList(parts.scanned)];
}
function scannedRange(id, path, request, handBack) {
  const outcome = scanFileRange(path, request, void 0, handBack);
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
    const counted = column.counted ? rangeCountsArrays(column.counted) : [];
    for (const array of [column.values, column.status, column.codes, column.counts, ...counted]) {
      if (array) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
