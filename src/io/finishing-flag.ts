/**
 * How a scan worker and the thread that waits for its range tell each other
 * which of them is done first, so that the other hands it half of its
 * finishing (sorting and tabling the values each column counted). A drift's
 * two files are read one per thread:
 * - the calling thread done first (the worker starts about 0.1 s after it)
 *   sets the flag; the worker then stops finishing its columns and hands the
 *   rest over as their counters' states, which the two threads finish
 *   together, half each (src/io/parallel-csv-scan.ts);
 * - the worker done first marks it once its reply is posted; the calling
 *   thread then hands its own unfinished columns back the same way, for the
 *   idle worker to take half (src/io/file-scan-scheduler.ts). The 1M-row
 *   drift's worker finished its file first in most runs, 30–250 ms before
 *   the calling thread, and waited.
 * Shared memory, because both threads finish without yielding to their event
 * loops. One word: 0 until one of them is done; 1 once the calling thread
 * is, 2 once the worker was done first (the worker's mark replaces only a 0).
 */
const CALLER_DONE = 1;
const WORKER_DONE = 2;

export class FinishingFlag {
  readonly buffer: SharedArrayBuffer;
  private readonly word: Int32Array;

  constructor(buffer = new SharedArrayBuffer(4)) {
    this.buffer = buffer;
    this.word = new Int32Array(buffer);
  }

  /** The calling thread: it waits now. */
  set(): void {
    Atomics.store(this.word, 0, CALLER_DONE);
  }

  /** The worker, before each column it would finish: whether to hand the rest over instead. */
  isSet(): boolean {
    return Atomics.load(this.word, 0) === CALLER_DONE;
  }

  /** The worker, its range finished and its reply posted: it is idle, unless the calling thread was done first. */
  markWorkerDone(): void {
    Atomics.compareExchange(this.word, 0, 0, WORKER_DONE);
  }

  /** The calling thread, before each column it would finish: whether the worker is idle already. */
  workerDone(): boolean {
    return Atomics.load(this.word, 0) === WORKER_DONE;
  }
}
