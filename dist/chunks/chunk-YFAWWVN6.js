import {
  SCAN_WORKER_FLAG
} from "./chunk-JTM3P6ON.js";
import {
  workerEntryUrl,
  workerThreads
} from "./chunk-SVWEFOT5.js";
import {
  workerEnvironment
} from "./chunk-H4QQWVY4.js";

// src/io/file-size.ts
const { statSync } = process.getBuiltinModule("node:fs");
function fileSize(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

// src/io/scan-worker-start.ts
const { availableParallelism } = process.getBuiltinModule("node:os");
var PARALLEL_MIN_BYTES = 8 << 20;
function startScanWorker() {
  return new (workerThreads()).Worker(
    workerEntryUrl(import.meta.url, "./scan-worker.ts", "scan-worker"),
    {
      workerData: SCAN_WORKER_FLAG,
      argv: [],
      env: workerEnvironment()
    }
  );
}
var ahead;
function largeEnoughForThreads(path) {
  return availableParallelism() > 1 && fileSize(path) >= PARALLEL_MIN_BYTES;
}
function prestartScanWorker(start = startScanWorker) {
  if (ahead) return;
  let worker;
  try {
    worker = start();
  } catch {
    return;
  }
  const started = {
    worker,
    failed: false,
    drop: () => {
      started.failed = true;
    }
  };
  worker.on("error", started.drop);
  worker.on("exit", started.drop);
  worker.unref();
  ahead = started;
}
function takePrestartedWorker() {
  const taken = ahead;
  ahead = void 0;
  if (!taken) return void 0;
  taken.worker.off("error", taken.drop);
  taken.worker.off("exit", taken.drop);
  if (!taken.failed) return taken.worker;
  void taken.worker.terminate();
  return void 0;
}

export {
  fileSize,
  PARALLEL_MIN_BYTES,
  startScanWorker,
  largeEnoughForThreads,
  prestartScanWorker,
  takePrestartedWorker
};
