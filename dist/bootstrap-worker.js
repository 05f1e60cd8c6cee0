import {
  BOOTSTRAP_WORKER_FLAG,
  runSharedDeltaJob
} from "./chunks/chunk-YOB7CYLW.js";
import "./chunks/chunk-NN4DK7AC.js";
import "./chunks/chunk-HVQBYSTA.js";
import "./chunks/chunk-GM6TPOLB.js";
import "./chunks/chunk-SVWEFOT5.js";
import "./chunks/chunk-H4QQWVY4.js";
import "./chunks/chunk-LIYTTJ6X.js";
import "./chunks/chunk-XUDKVEYV.js";
import "./chunks/chunk-SEWDMQ6Q.js";

// src/io/bootstrap-worker.ts
const { isMainThread, parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
if (!isMainThread && workerData === BOOTSTRAP_WORKER_FLAG && parentPort) {
  const port = parentPort;
  port.on("message", (job) => {
    runSharedDeltaJob(job);
    port.postMessage("done");
  });
}
