/**
 * How the calling thread tells a scan worker that it waits for the worker's
 * range and has nothing else to do: the worker then stops finishing its
 * columns (sorting and tabling the values it counted) and hands the rest
 * over as their counters' states, which the two threads finish together,
 * half each (src/io/parallel-csv-scan.ts). A drift's two files are read one
 * per thread, and the worker starts about 0.1 s after the calling thread, so
 * the calling thread finished its file first and waited. Shared memory,
 * because the worker finishes without yielding to its event loop. One word,
 * set once.
 */
export class FinishingFlag {
  readonly buffer: SharedArrayBuffer;
  private readonly word: Int32Array;

  constructor(buffer = new SharedArrayBuffer(4)) {
    this.buffer = buffer;
    this.word = new Int32Array(buffer);
  }

  /** The calling thread: it waits now. */
  set(): void {
    Atomics.store(this.word, 0, 1);
  }

  /** The worker, before each column it would finish: whether to hand the rest over instead. */
  isSet(): boolean {
    return Atomics.load(this.word, 0) === 1;
  }
}
