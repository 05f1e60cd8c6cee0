/**
 * Coordinates the file scans of one caller (a workspace, a command): it
 * counts the scans under way, so that scans started together share the scan
 * threads, and it owns the worker threads. Two files on two threads are one
 * range each, and the one that takes the last thread is scanned in the
 * caller's thread, which would otherwise only wait; a range scanned whole
 * needs no join with others (no copy of the rows layout's columns, no merge
 * of the distribution layout's counts), unless the caller's thread, done
 * first, takes half of what a worker has left to read (takeTail). A file
 * with the threads to itself is scanned from its start in the caller's
 * thread while workers start, each taking a tail of it once up (startTails,
 * scanHere). Workers may be held after a scan for the work that follows it
 * (merging counts, profiling columns, comparing a drift's features). The
 * caller creates one and passes it to every scan it starts; schedulers share
 * nothing. The worker pool, and Node's worker_threads with it, is loaded by
 * the first range scanned: a small file never needs it.
 */
import { availableParallelism } from 'node:os';
import type { ScanParts } from '../data/build-table-scan.ts';
import type { RangeCounts } from '../data/range-counts.ts';
import type { ScanColumn, ValueCounts } from '../data/table-scan.ts';
import type { NumericFigures } from '../drift/numeric-drift.ts';
import type { NumericPair } from '../drift/numeric-pair.ts';
import type {
  CsvChunkOutcome,
  CsvChunkRequest,
  HandBack,
  RangeCut,
} from '../formats/csv-chunk-scan.ts';
import type { TableScanSettings } from '../formats/table-scan-settings.ts';
import type { ColumnProfile, ProfileSettings } from '../profile/profile-types.ts';
import { FinishingFlag } from './finishing-flag.ts';
import { scanFileRange } from './scan-file-range.ts';
import type { ScanWorkerPool } from './scan-worker-pool.ts';
import { TailMailbox } from './tail-mailbox.ts';
import { scanWholeFile } from './whole-file-scan.ts';

/** A worker waiting to take the tail of this thread's range, and what it will have scanned (undefined: it took none). */
export interface RangeTail {
  mailbox: TailMailbox;
  outcome: Promise<CsvChunkOutcome | undefined>;
}

/** One or more ranges' outcomes, in file order, each with the offset where it starts. */
export interface ScannedRanges {
  starts: number[];
  outcomes: CsvChunkOutcome[];
}

/** A range under way on a worker: what it is told, and the tail this thread took of it. */
interface WorkerRange {
  flag: FinishingFlag;
  offer: TailMailbox;
  path: string;
  request: CsvChunkRequest;
  /** Whether its task is posted to a worker, which then answers an ask for its tail. */
  posted: boolean;
  taken?: { start: number; outcome: CsvChunkOutcome };
}

/**
 * How long this thread waits for a worker to answer its ask for a tail: the
 * worker answers before its next read, within tens of milliseconds once it
 * reads, or once it has started (about 0.1 to 0.3 s after it is asked to);
 * the limit only keeps a worker that died from holding this thread.
 */
const TAIL_ANSWER_MS = 5_000;

/** The default number of scan threads: the available cores, at most 4. */
export function defaultScanThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export class FileScanScheduler {
  /** Threads a scan uses when its options do not say. */
  readonly defaultThreads: number;
  private active = 0;
  /** Ranges asked for and not yet scanned. */
  private rangesUnderWay = 0;
  /** Ranges scanned in this thread rather than on a worker, so far. */
  rangesScannedHere = 0;
  /** Whole files (JSONL, Parquet) asked for and not yet scanned; and how many went to a worker. */
  private filesUnderWay = 0;
  filesScannedOnWorkers = 0;
  /** Columns whose counts a worker merged, so far (mergeOnWorker). */
  countsMergedOnWorkers = 0;
  private pool: Promise<ScanWorkerPool> | undefined;
  /** The ranges under way on workers, to be told when this thread waits for them. */
  private readonly waitedOn = new Set<WorkerRange>();
  /** Tails of workers' ranges scanned in this thread, so far (takeTail). */
  tailsTaken = 0;
  /** The pool once loaded; holds not yet released (holdWorkers). */
  private loadedPool: ScanWorkerPool | undefined;
  private holds = 0;

  constructor(defaultThreads = defaultScanThreads()) {
    this.defaultThreads = defaultThreads;
  }

  /**
   * Runs `scan`, counted as under way until it settles. Scans started
   * together (`Promise.all`) are all counted by the time any of them gets
   * past its first await, which is when it should ask for `rangesFor`.
   */
  async track<T>(scan: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await scan();
    } finally {
      this.active--;
    }
  }

  /**
   * Keeps the workers the scans start up after them, until a matching
   * releaseWorkers, for work that follows a scan (mergeOnWorker,
   * profileOnWorker): a new worker would take longer to start than that
   * work takes.
   */
  holdWorkers(): void {
    this.holds++;
    this.loadedPool?.hold();
  }

  releaseWorkers(): void {
    this.holds = Math.max(0, this.holds - 1);
    this.loadedPool?.release();
  }

  /** Merges each column's counts on a worker a scan left up (holdWorkers); undefined when none is up. */
  mergeOnWorker(source: string, columns: RangeCounts[][]): Promise<ValueCounts[]> | undefined {
    if (!this.loadedPool?.hasIdleWorker()) return undefined;
    this.countsMergedOnWorkers += columns.length;
    return this.loadedPool.mergeCounts(source, columns);
  }

  /**
   * Profiles columns of the file `source` on a worker a scan left up
   * (holdWorkers), handing their counted arrays over; undefined when no
   * worker is up, as after a scan that needed none. Starts no thread.
   */
  profileOnWorker(
    source: string,
    columns: ScanColumn[],
    settings: ProfileSettings,
  ): Promise<ColumnProfile[]> | undefined {
    if (!this.loadedPool?.hasIdleWorker()) return undefined;
    return this.loadedPool.profileColumns(source, columns, settings);
  }

  /**
   * Compares numeric features of a drift of `source` on a worker a scan left
   * up (holdWorkers), handing their counted arrays over; undefined when no
   * worker is up, as after scans that needed none. Starts no thread.
   */
  numericFiguresOnWorker(
    source: string,
    pairs: NumericPair[],
  ): Promise<NumericFigures[]> | undefined {
    if (!this.loadedPool?.hasIdleWorker()) return undefined;
    return this.loadedPool.numericFigures(source, pairs);
  }

  /** The ranges a CSV pass on `threads` threads is cut into: its share of the threads. */
  rangesFor(threads: number): number {
    return Math.max(1, Math.floor(threads / Math.max(1, this.active)));
  }

  /**
   * Scans one range of the file at `path`; at least `threads` may run. The
   * range that takes the last of the `threads` runs in this thread, which
   * would otherwise wait idle for the workers: one worker fewer to start and
   * to hold (about 15 MB of a 1M-row drift's or profile's peak). Once it is
   * done, this thread takes the second half of what each worker still has
   * to read (src/io/tail-mailbox.ts), and the workers' ranges then come back
   * with the columns they have not finished yet unfinished
   * (src/io/finishing-flag.ts), for this thread and the worker to finish
   * half each (src/io/parallel-csv-scan.ts); once a worker is done first,
   * this range's own last columns come back so. A range whose tail this
   * thread took comes back as two, in file order.
   */
  async scanRange(path: string, request: CsvChunkRequest, threads: number): Promise<ScannedRanges> {
    const here = ++this.rangesUnderWay === threads && threads > 1;
    try {
      // Ranges asked for together wait for the one pool, and queue in the order they were asked.
      const pool = await this.poolOf(threads);
      if (!here) return await this.scanOnWorker(pool, path, request, threads);
      // The ranges asked for before this one are on their workers by now (they awaited the
      // pool first); one more turn lets a scan that asked in the same turn hand its range on.
      await new Promise((resolve) => setImmediate(resolve));
      let workerIdle = false;
      const outcome = this.scanHere(path, request, undefined, () => {
        workerIdle ||= [...this.waitedOn].some((range) => range.flag.workerDone());
        return workerIdle;
      });
      // Done here first (a worker starts later): the rest of what the workers read is shared,
      // then what they have not finished comes unfinished.
      for (const range of this.waitedOn) this.takeTail(range);
      for (const range of this.waitedOn) range.flag.set();
      // A worker done first got this range's last columns unfinished, for it to take half
      // (mergeOnWorker): one turn of the event loop takes in its reply, which frees it.
      if (workerIdle) await new Promise((resolve) => setImmediate(resolve));
      return { starts: [request.start], outcomes: [outcome] };
    } finally {
      this.rangesUnderWay--;
    }
  }

  private async scanOnWorker(
    pool: ScanWorkerPool,
    path: string,
    request: CsvChunkRequest,
    threads: number,
  ): Promise<ScannedRanges> {
    pool.resize(threads);
    const range: WorkerRange = {
      flag: new FinishingFlag(),
      offer: new TailMailbox(),
      path,
      request,
      posted: false,
    };
    this.waitedOn.add(range);
    try {
      const head = await pool.run(path, request, {
        handBack: range.flag.buffer,
        tailOffer: range.offer.buffer,
        posted: () => {
          range.posted = true;
        },
      });
      // The reply is taken in on this thread's event loop, after any tail it took (takeTail).
      if (!range.taken) return { starts: [request.start], outcomes: [head] };
      return { starts: [request.start, range.taken.start], outcomes: [head, range.taken.outcome] };
    } finally {
      this.waitedOn.delete(range);
    }
  }

  /**
   * Scans here the second half of what a worker still has to read of its
   * range, once the worker answers (a range still queued is not waited for:
   * this thread's event loop would post it): its counts come unfinished, to
   * be merged with the worker's.
   */
  private takeTail(range: WorkerRange): void {
    if (!range.posted) return;
    const tail = range.offer.awaitRange(TAIL_ANSWER_MS);
    if (!tail) return;
    this.tailsTaken++;
    const outcome = this.scanHere(range.path, {
      ...range.request,
      start: tail.start,
      stopAt: tail.stop,
      speculative: true,
      sumMoments: false,
      handOverCounts: true,
    });
    range.taken = { start: tail.start, outcome };
  }

  /**
   * Starts `count` workers that each wait, once up, for the tail of the range
   * this thread scans (scanHere's `cut` hands it over through the mailbox),
   * then scan it as `template` says from that start to that stop.
   */
  async startTails(path: string, template: CsvChunkRequest, count: number): Promise<RangeTail[]> {
    const pool = await this.poolOf(count);
    pool.resize(count);
    return Array.from({ length: count }, () => {
      const mailbox = new TailMailbox();
      return { mailbox, outcome: pool.runTail(path, template, mailbox.buffer) };
    });
  }

  /**
   * Scans `request`'s range in this thread; `cut` may end it earlier, and
   * `handBack` leave its last columns unfinished (src/formats/csv-chunk-scan.ts).
   */
  scanHere(
    path: string,
    request: CsvChunkRequest,
    cut?: RangeCut,
    handBack?: HandBack,
  ): CsvChunkOutcome {
    this.rangesScannedHere++;
    return scanFileRange(path, request, cut && (() => cut), handBack);
  }

  /**
   * Scans a JSONL or Parquet file whole. While other scans run (a drift reads
   * its two files together), each file but the last of the threads goes to a
   * worker: those readers have no ranges, but two files on two cores take
   * the time of one. A scan alone runs here, and never starts a thread.
   */
  async scanWholeFile(path: string, settings: TableScanSettings): Promise<ScanParts> {
    // The pause after which every scan started together is counted (as for rangesFor).
    await new Promise((resolve) => setImmediate(resolve));
    const threads = Math.min(settings.threads, this.active);
    const here = ++this.filesUnderWay >= threads;
    try {
      if (here) return await scanWholeFile(path, settings);
      const pool = await this.poolOf(threads);
      pool.resize(threads);
      this.filesScannedOnWorkers++;
      return await pool.runWholeFile(path, settings);
    } finally {
      this.filesUnderWay--;
    }
  }

  /** The worker pool, loaded by the first scan that needs it. */
  private poolOf(threads: number): Promise<ScanWorkerPool> {
    this.pool ??= import('./scan-worker-pool.ts').then(({ ScanWorkerPool }) => {
      this.loadedPool = new ScanWorkerPool(threads, this.holds);
      return this.loadedPool;
    });
    return this.pool;
  }
}
