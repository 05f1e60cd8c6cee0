/**
 * How a scan worker takes the tail of the range the calling thread is
 * scanning (src/io/parallel-csv-scan.ts), through shared memory, because the
 * calling thread scans without yielding to its event loop: the worker, once
 * up, says it is ready and waits; the scanning thread, between two reads,
 * sees that, cuts its range and writes the worker's start and stop; or, its
 * range done, tells the worker there is nothing to take. One
 * SharedArrayBuffer: a state word and the two offsets.
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
  assign({ start, stop }: TailRange): void {
    // The offsets are written before the state that publishes them (Atomics order plain writes).
    this.offsets[0] = start;
    this.offsets[1] = stop;
    if (Atomics.compareExchange(this.state, 0, READY, ASSIGNED) !== READY) {
      throw new Error('a tail was assigned to a worker that was not waiting for one');
    }
    Atomics.notify(this.state, 0);
  }

  /** The scanning thread, its range done: a worker not yet given a range gets none. */
  close(): void {
    Atomics.compareExchange(this.state, 0, WAITING, DONE);
    Atomics.compareExchange(this.state, 0, READY, DONE);
    Atomics.notify(this.state, 0);
  }

  /** The worker: says it is ready and blocks until it has its range, or undefined when there is none. */
  awaitRange(): TailRange | undefined {
    if (Atomics.compareExchange(this.state, 0, WAITING, READY) !== WAITING) return undefined;
    Atomics.wait(this.state, 0, READY);
    if (Atomics.load(this.state, 0) !== ASSIGNED) return undefined;
    return { start: this.offsets[0]!, stop: this.offsets[1]! };
  }
}
