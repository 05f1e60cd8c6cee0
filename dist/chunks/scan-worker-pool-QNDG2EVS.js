import {
  startScanWorker,
  takePrestartedWorker
} from "./chunk-TUKDUIAD.js";
import {
  letYoungGenerationGrow
} from "./chunk-GM6TPOLB.js";
import "./chunk-H4QQWVY4.js";
import {
  rangeCountsArrays
} from "./chunk-AB24KIFF.js";
import "./chunk-XUDKVEYV.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";
import "./chunk-SEWDMQ6Q.js";

// src/io/malloc-threshold.ts
var thresholdBytes = 3.5 * 2 ** 20;
function raiseMallocMmapThreshold() {
  new ArrayBuffer(thresholdBytes).transfer(0);
}

// src/io/scan-worker-protocol.ts
function ownedBuffers(counts) {
  const buffers = /* @__PURE__ */ new Set();
  for (const part of counts) {
    for (const array of rangeCountsArrays(part)) {
      if (array.byteLength > 0 && array.byteLength === array.buffer.byteLength) {
        buffers.add(array.buffer);
      }
    }
  }
  return [...buffers];
}

// src/io/scan-worker-pool.ts
var ScanWorkerPool = class {
  idle = [];
  busy = /* @__PURE__ */ new Map();
  queue = [];
  size;
  nextId = 0;
  /** Holds not yet released: idle workers stay up while there are any. */
  holds;
  constructor(size, holds = 0) {
    this.size = size;
    this.holds = holds;
  }
  /** Keeps idle workers up until a matching release(). */
  hold() {
    this.holds++;
  }
  release() {
    this.holds = Math.max(0, this.holds - 1);
    this.dispatch();
  }
  hasIdleWorker() {
    return this.idle.length > 0;
  }
  /** Allows at least `size` workers from now on. */
  resize(size) {
    this.size = Math.max(this.size, size);
  }
  /**
   * Scans the range `request` names of the file at `path` on a worker; once
   * `handBack` is set, the columns it has not finished come unfinished, and
   * through `tailOffer` the calling thread may take the range's tail.
   */
  async run(path, request, { handBack, tailOffer, posted } = {}) {
    const answer = await this.submit(
      { id: this.nextId++, path, request, handBack, tailOffer },
      `scanning ${request.source}`,
      [],
      posted
    );
    if (!("outcome" in answer)) throw new Error("a scan worker answered a range with a whole file");
    return answer.outcome;
  }
  /**
   * Scans on a worker the range it is given through `mailbox` once it is up
   * (src/io/tail-mailbox.ts): `request` with that start and stop; undefined
   * when it was given none.
   */
  async runTail(path, request, mailbox) {
    const answer = await this.submit(
      { id: this.nextId++, path, tail: { request, mailbox } },
      `scanning ${request.source}`
    );
    if ("untaken" in answer) return void 0;
    if (!("outcome" in answer))
      throw new Error("a scan worker answered a range with something else");
    return answer.outcome;
  }
  /** Scans the JSONL or Parquet file at `path` whole on a worker (src/io/whole-file-scan.ts). */
  async runWholeFile(path, settings) {
    const answer = await this.submit(
      { id: this.nextId++, path, wholeFile: settings },
      `scanning ${settings.source}`
    );
    if (!("parts" in answer)) throw new Error("a scan worker answered a whole file with a range");
    return answer.parts;
  }
  /** Merges each column's value counts (its ranges' tables, consumed) on a worker. */
  async mergeCounts(source, columns) {
    const answer = await this.submit(
      { id: this.nextId++, mergeCounts: columns },
      `merging counts of ${source}`,
      ownedBuffers(columns.flat())
    );
    if (!("merged" in answer)) throw new Error("a scan worker answered counts with something else");
    return answer.merged;
  }
  /**
   * Profiles scanned columns of `source` on a worker. Their counted arrays
   * are handed over, not copied: the columns are spent here afterwards.
   */
  async profileColumns(source, columns, settings) {
    const answer = await this.submit(
      { id: this.nextId++, profileColumns: { columns, settings } },
      `profiling columns of ${source}`,
      ownedBuffers(columns.flatMap((c) => c.kind !== "category" && c.counted ? [c.counted] : []))
    );
    if (!("profiles" in answer)) throw new Error("a scan worker answered columns with a scan");
    return answer.profiles;
  }
  /**
   * Compares numeric features of a drift (src/drift/numeric-pair.ts) on a
   * worker. Their counted arrays are handed over, not copied: the columns are
   * spent here afterwards.
   */
  async numericFigures(source, pairs) {
    const answer = await this.submit(
      { id: this.nextId++, numericFigures: pairs },
      `comparing columns of ${source}`,
      ownedBuffers(pairs.flatMap(countsOfPair))
    );
    if (!("figures" in answer))
      throw new Error("a scan worker answered features with something else");
    return answer.figures;
  }
  submit(message, doing, transfer = [], posted) {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, transfer, doing, resolve, reject, posted });
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
      worker.postMessage(task.message, task.transfer);
      task.posted?.();
    }
    if (this.busy.size === 0 && this.holds === 0)
      for (const worker of this.idle.splice(0)) void worker.terminate();
  }
  spawn() {
    letYoungGenerationGrow();
    raiseMallocMmapThreshold();
    const worker = takePrestartedWorker() ?? startScanWorker();
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
      task.reject(new Error(`scan worker stopped (exit code ${code}) while ${task.doing}`));
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
    if ("crash" in reply) task.reject(new Error(`scan worker failed: ${reply.crash}`));
    else if ("fileProblem" in reply) {
      const { source, line, problem } = reply.fileProblem;
      task.reject(new TableReadError(source, line, problem));
    } else task.resolve(reply);
    this.dispatch();
  }
  /** Drops a worker that errored or exited from the idle list. */
  forget(worker) {
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
  }
};
function countsOfPair({ reference, current }) {
  return [reference.counted, current.counted].filter((counts) => counts !== void 0);
}
export {
  ScanWorkerPool
};
