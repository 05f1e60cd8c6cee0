const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  BOOTSTRAP_WORKER_FLAG,
  runSharedDeltaJob
} from "./chunks/chunk-CAO6EKFU.js";
import "./chunks/chunk-PGQM5LDH.js";
import "./chunks/chunk-YXEPPYR3.js";
import "./chunks/chunk-5J5G4NCM.js";
import "./chunks/chunk-D3YSBX2Z.js";
import "./chunks/chunk-3NNVXLLN.js";
import "./chunks/chunk-IMYO3NHQ.js";
import "./chunks/chunk-NOYB4UVF.js";
import "./chunks/chunk-VJILS3EF.js";

// src/io/bootstrap-worker.ts
const { isMainThread, parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
if (!isMainThread && workerData === BOOTSTRAP_WORKER_FLAG && parentPort) {
  const port = parentPort;
  port.on("message", (job) => {
    runSharedDeltaJob(job);
    port.postMessage("done");
  });
}
