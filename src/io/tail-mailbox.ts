/**
 * How one thread takes the tail of the range another is scanning, through
 * shared memory, because the scanning thread scans without yielding to its
 * event loop; between two reads it sees that the other waits, cuts its range
 * and writes the taker's start and stop, or, its reading done, tells it there
 * is nothing to take. Two ways round:
 * - a scan worker, once up, takes the tail of the calling thread's range
 *   (src/io/parallel-csv-scan.ts): it says it is ready and waits (awaitRange);
 * - the calling thread, done with its own file, takes the tail of the file a
 *   worker scans (src/io/file-scan-scheduler.ts), waiting at most a while:
 *   it blocks its own event loop, so it asks only a worker its task was
 *   sent to.
 * One SharedArrayBuffer: a state word and the two offsets.
 */
const WAITING = 0;
const READY = 1;
const ASSIGNED = 2;
const DONE = 3;

export interface TailRange {
  start: number;
  stop: number;
}

export class TailMailbox {
  readonly buffer: SharedArrayBuffer;
  private readonly state: Int32Array;
  private readonly offsets: Float64Array;

  constructor(buffer = new SharedArrayBuffer(24)) {
    this.buffer = buffer;
    this.state = new Int32Array(buffer, 0, 1);
    this.offsets = new Float64Array(buffer, 8, 2);
  }

  /** The scanning thread: whether the worker waits for its range. */
  isReady(): boolean {
    return Atomics.load(this.state, 0) === READY;
  }

  /** The scanning thread: gives the ready worker `[start, stop)`. */
  assign(range: TailRange): void {
    if (!this.tryAssign(range)) {
      throw new Error('a tail was assigned to a worker that was not waiting for one');
    }
  }

  /**
   * The scanning thread: gives the ready taker `[start, stop)`; false, and
   * nothing given, if it has stopped waiting (awaitRange's time limit).
   */
  tryAssign({ start, stop }: TailRange): boolean {
    // The offsets are written before the state that publishes them (Atomics order plain writes).
    this.offsets[0] = start;
    this.offsets[1] = stop;
    if (Atomics.compareExchange(this.state, 0, READY, ASSIGNED) !== READY) return false;
    Atomics.notify(this.state, 0);
    return true;
  }

  /** The scanning thread, its range done: a worker not yet given a range gets none. */
  close(): void {
    Atomics.compareExchange(this.state, 0, WAITING, DONE);
    Atomics.compareExchange(this.state, 0, READY, DONE);
    Atomics.notify(this.state, 0);
  }

  /**
   * The taker: says it is ready and blocks until it has its range, or
   * undefined when there is none, or none within `timeoutMs`.
   */
  awaitRange(timeoutMs = Number.POSITIVE_INFINITY): TailRange | undefined {
    if (Atomics.compareExchange(this.state, 0, WAITING, READY) !== WAITING) return undefined;
    Atomics.wait(this.state, 0, READY, timeoutMs);
    // Not answered in time: stop waiting, unless the answer has come meanwhile.
    Atomics.compareExchange(this.state, 0, READY, DONE);
    return this.assigned();
  }

  private assigned(): TailRange | undefined {
    if (Atomics.load(this.state, 0) !== ASSIGNED) return undefined;
    return { start: this.offsets[0]!, stop: this.offsets[1]! };
  }
}
