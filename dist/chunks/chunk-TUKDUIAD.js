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

// src/io/builtins-on-use.ts
var childProcess = () => process.getBuiltinModule("node:child_process");
var nodeCrypto = () => process.getBuiltinModule("node:crypto");
var workerThreads = () => process.getBuiltinModule("node:worker_threads");

// src/io/scan-worker-flag.ts
var SCAN_WORKER_FLAG = "mlgate-csv-scan-worker";

// src/io/worker-entry-url.ts
const { existsSync } = process.getBuiltinModule("node:fs");
function workerEntryUrl(callerUrl, sourceModule, bundleName) {
  const here = new URL(callerUrl);
  if (here.pathname.endsWith(".ts")) return new URL(sourceModule, here);
  for (const candidate of [`./${bundleName}.js`, `../${bundleName}.js`]) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return url;
  }
  throw new Error(
    `the worker entry ${bundleName}.js is missing next to ${here.pathname}; rebuild dist/ with npm run bundle`
  );
}

// src/io/scan-worker-start.ts
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
  childProcess,
  nodeCrypto,
  workerThreads,
  workerEntryUrl,
  fileSize,
  PARALLEL_MIN_BYTES,
  startScanWorker,
  largeEnoughForThreads,
  prestartScanWorker,
  takePrestartedWorker
};
