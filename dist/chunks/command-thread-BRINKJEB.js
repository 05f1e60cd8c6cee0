import {
  COMMAND_THREAD_FLAG
} from "./chunk-XUUG2TZS.js";
import {
  letYoungGenerationGrow
} from "./chunk-GM6TPOLB.js";
import {
  workerEnvironment
} from "./chunk-H4QQWVY4.js";
import "./chunk-SEWDMQ6Q.js";

// src/io/command-thread.ts
const { finished } = process.getBuiltinModule("node:stream/promises");
const { Worker } = process.getBuiltinModule("node:worker_threads");
var wideTableLimits = { youngGenerationMb: 16, oldGenerationMb: 768 };
function runInCommandThread(entry, argv, limits = wideTableLimits, streams = { out: process.stdout, err: process.stderr }) {
  letYoungGenerationGrow();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: { mlgateCommand: [...argv] },
      argv: [COMMAND_THREAD_FLAG],
      env: workerEnvironment(),
      stdout: true,
      stderr: true,
      resourceLimits: {
        maxYoungGenerationSizeMb: limits.youngGenerationMb,
        maxOldGenerationSizeMb: limits.oldGenerationMb
      }
    });
    const wroteResult = forward(worker.stdout, streams.out);
    forward(worker.stderr, streams.err);
    const drained = Promise.all([finished(worker.stdout), finished(worker.stderr)]);
    let outOfMemory = false;
    worker.once("error", (error) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") outOfMemory = true;
      else reject(error);
    });
    worker.once("exit", (code) => {
      drained.then(
        () => resolve(
          outOfMemory ? { kind: "out-of-memory", wroteResult: wroteResult() } : { kind: "exited", code }
        ),
        reject
      );
    });
  });
}
function forward(from, to) {
  let any = false;
  from.once("data", () => {
    any = true;
  });
  from.pipe(to, { end: false });
  return () => any;
}
export {
  runInCommandThread,
  wideTableLimits
};
