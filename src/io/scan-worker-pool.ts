/**
 * The worker threads that scan ranges of large CSV files, and JSONL or Parquet
 * files whole, seen from the main thread: tasks queue until a worker is free,
 * at most `size` workers run (src/io/scan-worker.ts each, which loads the
 * reader only), and workers end as soon as no task is waiting, unless held
 * for work after a scan (merging its counts, profiling its heavy columns,
 * comparing a drift's features) until released. A FileScanScheduler
 * (src/io/file-scan-scheduler.ts) owns one pool; there is no pool shared
 * behind the callers' backs.
 */
import type { Worker } from 'node:worker_threads';
import type { ScanParts } from '../data/build-table-scan.ts';
import type { RangeCounts } from '../data/range-counts.ts';
import type { ScanColumn, ValueCounts } from '../data/table-scan.ts';
import type { NumericFigures } from '../drift/numeric-drift.ts';
import type { NumericPair } from '../drift/numeric-pair.ts';
import type { CsvChunkOutcome, CsvChunkRequest } from '../formats/csv-chunk-scan.ts';
import { TableReadError } from '../formats/table-read-error.ts';
import type { TableScanSettings } from '../formats/table-scan-settings.ts';
import type { ColumnProfile, ProfileSettings } from '../profile/profile-types.ts';
import { raiseMallocMmapThreshold } from './malloc-threshold.ts';
import { ownedBuffers, type ScanWorkerReply, type ScanWorkerTask } from './scan-worker-protocol.ts';
import { startScanWorker, takePrestartedWorker } from './scan-worker-start.ts';
import { letYoungGenerationGrow } from './young-generation.ts';

/** A worker's answer to a task it finished. */
type Answer = Extract<
  ScanWorkerReply,
  | { outcome: unknown }
  | { untaken: unknown }
  | { parts: unknown }
  | { merged: unknown }
  | { profiles: unknown }
  | { figures: unknown }
>;

interface Task {
  message: ScanWorkerTask;
  /** The buffers the message hands over rather than copies. */
  transfer: ArrayBuffer[];
  /** What the worker is doing, naming the file as the user wrote it, for the message when a worker stops. */
  doing: string;
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
  /** Told when the message is posted to a worker, which may be later than asked (the queue). */
  posted?: () => void;
}

/** What a range scanned on a worker shares with the calling thread (scan-worker-protocol.ts), and when it is sent. */
export interface RangeOptions {
  handBack?: SharedArrayBuffer;
  tailOffer?: SharedArrayBuffer;
  posted?: () => void;
}

export class ScanWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private size: number;
  private nextId = 0;
  /** Holds not yet released: idle workers stay up while there are any. */
  private holds: number;

  constructor(size: number, holds = 0) {
    this.size = size;
    this.holds = holds;
  }

  /** Keeps idle workers up until a matching release(). */
  hold(): void {
    this.holds++;
  }

  release(): void {
    this.holds = Math.max(0, this.holds - 1);
    this.dispatch();
  }

  hasIdleWorker(): boolean {
    return this.idle.length > 0;
  }

  /** Allows at least `size` workers from now on. */
  resize(size: number): void {
    this.size = Math.max(this.size, size);
  }

  /**
   * Scans the range `request` names of the file at `path` on a worker; once
   * `handBack` is set, the columns it has not finished come unfinished, and
   * through `tailOffer` the calling thread may take the range's tail.
   */
  async run(
    path: string,
    request: CsvChunkRequest,
    { handBack, tailOffer, posted }: RangeOptions = {},
  ): Promise<CsvChunkOutcome> {
    const answer = await this.submit(
      { id: this.nextId++, path, request, handBack, tailOffer },
      `scanning ${request.source}`,
      [],
      posted,
    );
    if (!('outcome' in answer)) throw new Error('a scan worker answered a range with a whole file');
    return answer.outcome;
  }

  /**
   * Scans on a worker the range it is given through `mailbox` once it is up
   * (src/io/tail-mailbox.ts): `request` with that start and stop; undefined
   * when it was given none.
   */
  async runTail(
    path: string,
    request: CsvChunkRequest,
    mailbox: SharedArrayBuffer,
  ): Promise<CsvChunkOutcome | undefined> {
    const answer = await this.submit(
      { id: this.nextId++, path, tail: { request, mailbox } },
      `scanning ${request.source}`,
    );
    if ('untaken' in answer) return undefined;
    if (!('outcome' in answer))
      throw new Error('a scan worker answered a range with something else');
    return answer.outcome;
  }

  /** Scans the JSONL or Parquet file at `path` whole on a worker (src/io/whole-file-scan.ts). */
  async runWholeFile(path: string, settings: TableScanSettings): Promise<ScanParts> {
    const answer = await this.submit(
      { id: this.nextId++, path, wholeFile: settings },
      `scanning ${settings.source}`,
    );
    if (!('parts' in answer)) throw new Error('a scan worker answered a whole file with a range');
    return answer.parts;
  }

  /** Merges each column's value counts (its ranges' tables, consumed) on a worker. */
  async mergeCounts(source: string, columns: RangeCounts[][]): Promise<ValueCounts[]> {
    const answer = await this.submit(
      { id: this.nextId++, mergeCounts: columns },
      `merging counts of ${source}`,
      ownedBuffers(columns.flat()),
    );
    if (!('merged' in answer)) throw new Error('a scan worker answered counts with something else');
    return answer.merged;
  }

  /**
   * Profiles scanned columns of `source` on a worker. Their counted arrays
   * are handed over, not copied: the columns are spent here afterwards.
   */
  async profileColumns(
    source: string,
    columns: ScanColumn[],
    settings: ProfileSettings,
  ): Promise<ColumnProfile[]> {
    const answer = await this.submit(
      { id: this.nextId++, profileColumns: { columns, settings } },
      `profiling columns of ${source}`,
      ownedBuffers(columns.flatMap((c) => (c.kind !== 'category' && c.counted ? [c.counted] : []))),
    );
    if (!('profiles' in answer)) throw new Error('a scan worker answered columns with a scan');
    return answer.profiles;
  }

  /**
   * Compares numeric features of a drift (src/drift/numeric-pair.ts) on a
   * worker. Their counted arrays are handed over, not copied: the columns are
   * spent here afterwards.
   */
  async numericFigures(source: string, pairs: NumericPair[]): Promise<NumericFigures[]> {
    const answer = await this.submit(
      { id: this.nextId++, numericFigures: pairs },
      `comparing columns of ${source}`,
      ownedBuffers(pairs.flatMap(countsOfPair)),
    );
    if (!('figures' in answer))
      throw new Error('a scan worker answered features with something else');
    return answer.figures;
  }

  private submit(
    message: ScanWorkerTask,
    doing: string,
    transfer: ArrayBuffer[] = [],
    posted?: () => void,
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, transfer, doing, resolve, reject, posted });
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
      worker.postMessage(task.message, task.transfer);
      task.posted?.();
    }
    // Nothing left to do: end the workers now, not on a timer (the statistics that
    // follow are synchronous and would hold the event loop, and the workers' heaps).
    // A later scan starts new ones, which takes tens of milliseconds.
    if (this.busy.size === 0 && this.holds === 0)
      for (const worker of this.idle.splice(0)) void worker.terminate();
  }

  private spawn(): Worker {
    letYoungGenerationGrow();
    raiseMallocMmapThreshold();
    // A worker the entry point started ahead of the command (src/io/scan-worker-start.ts) is up sooner.
    const worker = takePrestartedWorker() ?? startScanWorker();
    worker.on('message', (reply: ScanWorkerReply) => this.settle(worker, reply));
    worker.on('error', (error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.forget(worker);
      task?.reject(error);
      this.dispatch();
    });
    worker.on('exit', (code) => {
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
  private settle(worker: Worker, reply: ScanWorkerReply): void {
    const task = this.busy.get(worker)!;
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if ('crash' in reply) task.reject(new Error(`scan worker failed: ${reply.crash}`));
    else if ('fileProblem' in reply) {
      const { source, line, problem } = reply.fileProblem;
      task.reject(new TableReadError(source, line, problem));
    } else task.resolve(reply);
    this.dispatch();
  }

  /** Drops a worker that errored or exited from the idle list. */
  private forget(worker: Worker): void {
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
  }
}

function countsOfPair({ reference, current }: NumericPair): ValueCounts[] {
  return [reference.counted, current.counted].filter((counts) => counts !== undefined);
}
