const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  SCAN_WORKER_FLAG
} from "./chunk-VHSEXXJS.js";
import {
  workerEntryUrl
} from "./chunk-D3YSBX2Z.js";
import "./chunk-VJILS3EF.js";

// src/io/scan-worker-pool.ts
const { Worker } = process.getBuiltinModule("node:worker_threads");
var ScanWorkerPool = class {
  idle = [];
  busy = /* @__PURE__ */ new Map();
  queue = [];
  size;
  nextId = 0;
  constructor(size) {
    this.size = size;
  }
  /** Allows at least `size` workers from now on. */
  resize(size) {
    this.size = Math.max(this.size, size);
  }
  /** Scans the range `request` names of the file at `path` on a worker. */
  run(path, request) {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path, request, resolve, reject });
      this.dispatch();
    });
  }
  dispatch() {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker && this.busy.size < this.size) worker = this.spawn();
      if (!worker) return;
      const task = this.queue.shift();
      this.busy.set(worker, task);
      worker.ref();
      worker.postMessage({
        id: task.id,
        path: task.path,
        request: task.request
      });
    }
    if (this.busy.size === 0) for (const worker of this.idle.splice(0)) void worker.terminate();
  }
  spawn() {
    const worker = new Worker(workerEntryUrl(import.meta.url, "./scan-worker.ts", "scan-worker"), {
      workerData: SCAN_WORKER_FLAG,
      argv: []
    });
    worker.on("message", (reply) => this.settle(worker, reply));
    worker.on("error", (error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.forget(worker);
      task?.reject(error);
      this.dispatch();
    });
    worker.on("exit", (code) => {
      this.forget(worker);
      const task = this.busy.get(worker);
      if (!task) return;
      this.busy.delete(worker);
      task.reject(
        new Error(
          `CSV scan worker stopped (exit code ${code}) while scanning ${task.request.source}`
        )
      );
      this.dispatch();
    });
    return worker;
  }
  /** A worker answered its task: it is idle again, and the task settles. */
  settle(worker, reply) {
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if ("crash" in reply) task.reject(new Error(`CSV scan worker failed: ${reply.crash}`));
    else task.resolve(reply.outcome);
    this.dispatch();
  }
  /** Drops a worker that errored or exited from the idle list. */
  forget(worker) {
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
  }
};
export {
  ScanWorkerPool
};
