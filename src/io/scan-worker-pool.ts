/**
 * Worker threads for scanning large CSV files on every core. A worker runs
 * this module (started with a flag in `workerData`) through the small entry
 * src/io/scan-worker.ts (dist/scan-worker.js in the bundle), so it loads the
 * reader only. Workers end as soon as no scan is waiting.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  type CsvChunkOutcome,
  type CsvChunkRequest,
  scanCsvChunk,
} from '../formats/csv-chunk-scan.ts';
import { workerEntryUrl } from './worker-entry-url.ts';

const WORKER_FLAG = 'mlgate-csv-scan-worker';

type ChunkOutcome = CsvChunkOutcome;
type Reply = { id: number; outcome: ChunkOutcome } | { id: number; crash: string };

function transferList(outcome: ChunkOutcome): ArrayBuffer[] {
  if (!('columns' in outcome)) return [];
  const buffers = new Set<ArrayBuffer>([outcome.badRecords.buffer as ArrayBuffer]);
  for (const column of outcome.columns) {
    const counted = column.counted;
    for (const array of [
      column.values,
      column.status,
      column.codes,
      column.counts,
      counted?.values,
      counted?.weights,
    ]) {
      if (array) buffers.add(array.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}

if (!isMainThread && workerData === WORKER_FLAG) {
  const port = parentPort!;
  port.on('message', (message: { id: number; request: CsvChunkRequest }) => {
    let reply: Reply;
    try {
      const outcome = scanCsvChunk(message.request);
      reply = { id: message.id, outcome };
      port.postMessage(reply, transferList(outcome));
    } catch (error) {
      reply = {
        id: message.id,
        crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      port.postMessage(reply);
    }
  });
}

/** The default number of scan threads: the available cores, at most 4. */
export function defaultScanThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

interface Task {
  id: number;
  request: CsvChunkRequest;
  resolve: (outcome: ChunkOutcome) => void;
  reject: (error: Error) => void;
}

class ScanWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private size: number;
  private nextId = 0;

  constructor(size: number) {
    this.size = size;
  }

  resize(size: number): void {
    this.size = Math.max(this.size, size);
  }

  run(request: CsvChunkRequest): Promise<ChunkOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker && this.busy.size < this.size) worker = this.spawn();
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.ref();
      worker.postMessage({ id: task.id, request: task.request });
    }
    // Nothing left to do: end the workers now, not on a timer (the statistics that
    // follow are synchronous and would hold the event loop, and the workers' heaps).
    // A later scan starts new ones, which takes tens of milliseconds.
    if (this.busy.size === 0) for (const worker of this.idle.splice(0)) void worker.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(workerEntryUrl(import.meta.url, './scan-worker.ts', 'scan-worker'), {
      workerData: WORKER_FLAG,
      argv: [],
    });
    worker.on('message', (reply: Reply) => {
      const task = this.busy.get(worker)!;
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if ('crash' in reply) task.reject(new Error(`CSV scan worker failed: ${reply.crash}`));
      else task.resolve(reply.outcome);
      this.dispatch();
    });
    worker.on('error', (error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      task?.reject(error);
      this.dispatch();
    });
    worker.on('exit', (code) => {
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      const task = this.busy.get(worker);
      if (!task) return;
      this.busy.delete(worker);
      task.reject(
        new Error(
          `CSV scan worker stopped (exit code ${code}) while scanning ${task.request.source}`,
        ),
      );
      this.dispatch();
    });
    return worker;
  }
}

let pool: ScanWorkerPool | undefined;

/** Scans a chunk on a worker thread of the shared pool (created on first use). */
export function scanCsvChunkOnWorker(
  request: CsvChunkRequest,
  threads: number,
): Promise<ChunkOutcome> {
  pool ??= new ScanWorkerPool(threads);
  pool.resize(threads);
  return pool.run(request);
}
