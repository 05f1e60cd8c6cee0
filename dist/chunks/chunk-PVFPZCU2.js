import {
  momentsOf
} from "./chunk-IDEN7Q7X.js";
import {
  formatFromPath
} from "./chunk-QE3BR34K.js";
import {
  PARALLEL_MIN_BYTES
} from "./chunk-TUKDUIAD.js";
import {
  assertUtf8,
  bomLength
} from "./chunk-3ROLIFPK.js";
import {
  CsvSimpleRecords,
  ScanColumnBuilder,
  buildTableScan,
  mergeChunkColumns,
  planColumns,
  textPassPlans
} from "./chunk-52Z3VBDW.js";
import {
  ColumnArena,
  countRanges,
  isCounterState,
  rangeCountsSize,
  releaseColumn
} from "./chunk-AB24KIFF.js";
import {
  TableReadError,
  asTableReadError
} from "./chunk-7UFWRZL3.js";

// src/io/file-scan-scheduler.ts
const { availableParallelism } = process.getBuiltinModule("node:os");

// src/io/finishing-flag.ts
var CALLER_DONE = 1;
var WORKER_DONE = 2;
var FinishingFlag = class {
  buffer;
  word;
  constructor(buffer = new SharedArrayBuffer(4)) {
    this.buffer = buffer;
    this.word = new Int32Array(buffer);
  }
  /** The calling thread: it waits now. */
  set() {
    Atomics.store(this.word, 0, CALLER_DONE);
  }
  /** The worker, before each column it would finish: whether to hand the rest over instead. */
  isSet() {
    return Atomics.load(this.word, 0) === CALLER_DONE;
  }
  /** The worker, its range finished and its reply posted: it is idle, unless the calling thread was done first. */
  markWorkerDone() {
    Atomics.compareExchange(this.word, 0, 0, WORKER_DONE);
  }
  /** The calling thread, before each column it would finish: whether the worker is idle already. */
  workerDone() {
    return Atomics.load(this.word, 0) === WORKER_DONE;
  }
};

// src/formats/csv-tokenizer.ts
var LF = 10;
var CR = 13;
var QUOTE = 34;
var UNQUOTED = 0;
var QUOTED = 1;
var QUOTED_ESCAPES = 2;
var CsvTokenizer = class {
  source;
  delimiter;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  quoting = new Uint8Array(64);
  /** The line on which the next record starts (counted from `firstLine`). */
  line;
  /** Offset just after the last record tokenized (its line break included). */
  recordEnd = 0;
  constructor(source, delimiter, firstLine = 1) {
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || '"\r\n'.includes(delimiter)) {
      throw new TableReadError(
        source,
        void 0,
        `the delimiter must be one ASCII character other than a quote or line break, not ${JSON.stringify(delimiter)}`
      );
    }
    this.source = source;
    this.delimiter = delimiter.charCodeAt(0);
    this.line = firstLine;
  }
  /**
   * Tokenizes the records that start in bytes[from, to) and end before `to`
   * (or at `to` when `final`, i.e. the file ends there), stopping before the
   * first record that starts at or after `stopAt` (or after `maxRecords`
   * records). Returns the offset where
   * tokenizing stopped: the start of an incomplete record, `stopAt`'s record,
   * or `to`. The per-byte hot loop of CSV scans, kept as one function.
   */
  tokenize(bytes, from, to, final, onRecord, stopAt = Number.POSITIVE_INFINITY, maxRecords = Number.POSITIVE_INFINITY) {
    let emitted = 0;
    const delimiter = this.delimiter;
    let pos = from;
    while (pos < to && pos < stopAt) {
      const recordStart = pos;
      const recordLine = this.line;
      let lines = 0;
      let n = 0;
      let lastQuoted = false;
      let end;
      for (; ; ) {
        if (n === this.starts.length) this.grow();
        if (pos < to && bytes[pos] === QUOTE) {
          let p = pos + 1;
          let quoting = QUOTED;
          for (; ; ) {
            if (p >= to) {
              if (final) {
                throw new TableReadError(
                  this.source,
                  recordLine,
                  'a quoted field is never closed; close it with " or write a quote inside it as ""'
                );
              }
              return recordStart;
            }
            const b = bytes[p];
            if (b === QUOTE) {
              if (p + 1 >= to && !final) return recordStart;
              if (bytes[p + 1] === QUOTE) {
                quoting = QUOTED_ESCAPES;
                p += 2;
                continue;
              }
              break;
            }
            if (b === LF) lines++;
            else if (b === CR) {
              if (p + 1 >= to && !final) return recordStart;
              if (bytes[p + 1] !== LF) lines++;
            }
            p++;
          }
          this.starts[n] = pos + 1;
          this.ends[n] = p;
          this.quoting[n] = quoting;
          n++;
          lastQuoted = true;
          end = p + 1;
          if (end < to) {
            const next = bytes[end];
            if (next !== delimiter && next !== LF && next !== CR) {
              throw new TableReadError(
                this.source,
                recordLine + lines,
                'text follows a closing quote; quote the whole field and write a quote inside it as ""'
              );
            }
          } else if (!final) return recordStart;
        } else {
          let p = pos;
          while (p < to) {
            const b = bytes[p];
            if (b === delimiter || b === LF || b === CR) break;
            p++;
          }
          this.starts[n] = pos;
          this.ends[n] = p;
          this.quoting[n] = UNQUOTED;
          n++;
          lastQuoted = false;
          end = p;
          if (end >= to && !final) return recordStart;
        }
        if (end < to && bytes[end] === delimiter) {
          pos = end + 1;
          continue;
        }
        break;
      }
      if (end < to) {
        if (bytes[end] === CR) {
          if (end + 1 >= to && !final) return recordStart;
          end += bytes[end + 1] === LF ? 2 : 1;
        } else {
          end += 1;
        }
        lines++;
      }
      pos = end;
      this.line = recordLine + lines;
      this.recordEnd = end;
      const blank = n === 1 && !lastQuoted && this.starts[0] === this.ends[0];
      if (!blank) {
        onRecord(n, recordLine);
        if (++emitted >= maxRecords) return pos;
      }
    }
    return pos;
  }
  grow() {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const quoting = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    quoting.set(this.quoting);
    this.starts = starts;
    this.ends = ends;
    this.quoting = quoting;
  }
};
function fieldText(tokenizer, bytes, i) {
  const text = bytes.toString("utf8", tokenizer.starts[i], tokenizer.ends[i]);
  return tokenizer.quoting[i] === QUOTED_ESCAPES ? text.replaceAll('""', '"') : text;
}

// src/formats/csv-chunk-scan.ts
var WINDOW_BYTES = 1 << 22;
var FIRST_READ_BYTES = 1 << 16;
var SPECULATION_LIMIT = 64 << 20;
var MAX_RECORD_BYTES = 512 << 20;
function badRowProblem(fields, header) {
  if (fields < header.length) {
    return `has ${fields} fields but the header has ${header.length}: no value for "${header[fields]}"; an empty value still needs its delimiter`;
  }
  return `has ${fields} fields but the header has ${header.length}; quote a value that contains the delimiter`;
}
function finishColumns(builders, request, handBack) {
  let handOver = request.handOverCounts === true;
  return builders.map((builder, c) => {
    builders[c] = void 0;
    handOver ||= handBack?.() === true;
    const column = builder.finish(handOver);
    const counted = column.counted;
    return request.sumMoments && counted && !isCounterState(counted) ? { ...column, counted: { ...counted, moments: momentsOf(counted.values, counted.weights) } } : column;
  });
}
function expectedRowsIn(bytes, bytesPerRecord) {
  return Math.ceil(Math.max(0, bytes) / Math.max(1, bytesPerRecord) * 1.02) + 16;
}
function scanCsvChunk(input, request, cut, handBack) {
  const tokenizer = new CsvTokenizer(request.source, request.delimiter, 0);
  const arena = new ColumnArena();
  const bytes = Math.min(request.stopAt, input.size) - request.start;
  const expectedRows = Math.min(
    request.expectedRows,
    expectedRowsIn(bytes, request.bytesPerRecord)
  );
  const builders = request.plans.map(
    (plan) => new ScanColumnBuilder(
      plan.kind,
      expectedRows,
      request.badCellsPerColumn,
      request.layout,
      arena,
      plan.checks
    )
  );
  const { plans, header } = request;
  const missingTexts = new Set(request.missingValues);
  const missingTokens = request.missingValues.filter((text) => text !== "").map((text) => Buffer.from(text));
  const emptyIsMissing = missingTexts.has("");
  const badRecords = [];
  const badRows = [];
  const lineJumps = [];
  let delta = 0;
  let records = 0;
  let window = Buffer.allocUnsafe(
    Math.min(WINDOW_BYTES, Math.max(1024, input.size - request.start))
  );
  let windowStart = request.start;
  let filled = 0;
  let firstRead = true;
  let stopAt = request.stopAt;
  const isMissingToken = (bytes2, start, end) => {
    for (const token of missingTokens) {
      if (token.length === end - start && token.compare(bytes2, start, end) === 0) return true;
    }
    return false;
  };
  const indexes = Int32Array.from(plans, (plan) => plan.index);
  const anyTokens = missingTokens.length > 0;
  const nextRecord = (line) => {
    const record = records++;
    if (line - record !== delta) {
      delta = line - record;
      lineJumps.push(record, delta);
    }
    return record;
  };
  const onRecord = (fieldCount, line) => {
    const record = nextRecord(line);
    if (fieldCount !== header.length) {
      badRecords.push(record);
      if (badRows.length < request.badRowsKept) {
        badRows.push({ record, line, problem: badRowProblem(fieldCount, header) });
      }
      return;
    }
    const bytes2 = window;
    const { starts, ends, quoting } = tokenizer;
    for (let c = 0; c < indexes.length; c++) {
      const index = indexes[c];
      const builder = builders[c];
      const start = starts[index];
      const end = ends[index];
      if (quoting[index] === QUOTED_ESCAPES) {
        const text = fieldText(tokenizer, bytes2, index);
        if (missingTexts.has(text)) builder.addMissing();
        else builder.addText(text, record, line);
      } else if (start === end ? emptyIsMissing : anyTokens && isMissingToken(bytes2, start, end)) {
        builder.addMissing();
      } else builder.addBytes(bytes2, start, end, record, line);
    }
  };
  const laneNumbers = !request.missingValues.some((text) => /^-?(?:\d+\.?\d*|\.\d+)$/.test(text));
  const simple = new CsvSimpleRecords(request.delimiter, header.length);
  const onSimpleBatch = (count, line) => {
    const record = nextRecord(line);
    records += count - 1;
    for (let c = 0; c < indexes.length; c++) {
      builders[c].addLaneCells(
        simple,
        indexes[c],
        count,
        window,
        record,
        line,
        emptyIsMissing,
        anyTokens ? isMissingToken : null
      );
    }
  };
  const refreshModes = () => {
    for (let c = 0; c < indexes.length; c++) {
      builders[c].setLaneMode(simple, indexes[c], laneNumbers);
    }
  };
  const releaseScratch = () => {
    releaseColumn(window);
    simple.release();
  };
  const tokenizeWindow = (final, stopAt2) => {
    let pos = 0;
    while (pos < filled && pos < stopAt2) {
      refreshModes();
      pos = simple.run(window, pos, filled, stopAt2, tokenizer.line, onSimpleBatch);
      tokenizer.line += simple.handled;
      if (pos >= filled || pos >= stopAt2) break;
      const before = pos;
      pos = tokenizer.tokenize(window, pos, filled, final, onRecord, stopAt2, 1);
      if (pos === before) break;
    }
    return pos;
  };
  try {
    for (; ; ) {
      if (filled === window.length) {
        if (request.speculative && window.length >= (request.speculationLimit ?? SPECULATION_LIMIT)) {
          return { abandoned: true };
        }
        if (window.length >= MAX_RECORD_BYTES) {
          throw new TableReadError(
            request.source,
            tokenizer.line,
            `a record is longer than ${MAX_RECORD_BYTES >> 20} MB: a quote is probably never closed; check the quotes from this line on`
          );
        }
        const larger = Buffer.allocUnsafe(window.length * 2);
        window.copy(larger, 0, 0, filled);
        window = larger;
      }
      stopAt = cut?.(windowStart + filled) ?? stopAt;
      const room = firstRead ? Math.min(FIRST_READ_BYTES, window.length) : window.length;
      firstRead = false;
      const read = input.read(window, filled, room - filled, windowStart + filled);
      filled += read;
      const final = read === 0 || windowStart + filled >= input.size;
      const firstLine = tokenizer.line;
      const consumed = tokenizeWindow(final, stopAt - windowStart);
      assertUtf8(window, 0, consumed, request.source, firstLine);
      const endOffset = windowStart + consumed;
      if (endOffset >= stopAt || final && consumed === filled) {
        const lines = tokenizer.line;
        releaseScratch();
        return {
          endOffset,
          records,
          lines,
          badRecords: Int32Array.from(badRecords),
          badRows,
          lineJumps,
          columns: finishColumns(builders, request, handBack)
        };
      }
      window.copy(window, 0, consumed, filled);
      windowStart = endOffset;
      filled -= consumed;
    }
  } catch (error) {
    if (error instanceof TableReadError) {
      return { failure: { line: error.line, problem: error.problem }, endOffset: windowStart };
    }
    throw error;
  } finally {
    releaseScratch();
  }
}

// src/io/file-byte-source.ts
const { closeSync, fstatSync, openSync, readSync } = process.getBuiltinModule("node:fs");
function openFileByteSource(path) {
  const fd = openSync(path, "r");
  let open = true;
  return {
    size: fstatSync(fd).size,
    read: (target, offset, length, position) => {
      if (!open) throw new Error(`${path} was read after it was closed`);
      return readSync(fd, target, offset, length, position);
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    }
  };
}

// src/io/scan-file-range.ts
function scanFileRange(path, request, cutOf, handBack) {
  const input = openFileByteSource(path);
  try {
    return scanCsvChunk(input, request, cutOf?.(input), handBack);
  } finally {
    input.close();
  }
}

// src/io/tail-mailbox.ts
var WAITING = 0;
var READY = 1;
var ASSIGNED = 2;
var DONE = 3;
var TailMailbox = class {
  buffer;
  state;
  offsets;
  constructor(buffer = new SharedArrayBuffer(24)) {
    this.buffer = buffer;
    this.state = new Int32Array(buffer, 0, 1);
    this.offsets = new Float64Array(buffer, 8, 2);
  }
  /** The scanning thread: whether the worker waits for its range. */
  isReady() {
    return Atomics.load(this.state, 0) === READY;
  }
  /** The scanning thread: gives the ready worker `[start, stop)`. */
  assign(range) {
    if (!this.tryAssign(range)) {
      throw new Error("a tail was assigned to a worker that was not waiting for one");
    }
  }
  /**
   * The scanning thread: gives the ready taker `[start, stop)`; false, and
   * nothing given, if it has stopped waiting (awaitRange's time limit).
   */
  tryAssign({ start, stop }) {
    this.offsets[0] = start;
    this.offsets[1] = stop;
    if (Atomics.compareExchange(this.state, 0, READY, ASSIGNED) !== READY) return false;
    Atomics.notify(this.state, 0);
    return true;
  }
  /** The scanning thread, its range done: a worker not yet given a range gets none. */
  close() {
    Atomics.compareExchange(this.state, 0, WAITING, DONE);
    Atomics.compareExchange(this.state, 0, READY, DONE);
    Atomics.notify(this.state, 0);
  }
  /**
   * The taker: says it is ready and blocks until it has its range, or
   * undefined when there is none, or none within `timeoutMs`.
   */
  awaitRange(timeoutMs = Number.POSITIVE_INFINITY) {
    if (Atomics.compareExchange(this.state, 0, WAITING, READY) !== WAITING) return void 0;
    Atomics.wait(this.state, 0, READY, timeoutMs);
    Atomics.compareExchange(this.state, 0, READY, DONE);
    return this.assigned();
  }
  assigned() {
    if (Atomics.load(this.state, 0) !== ASSIGNED) return void 0;
    return { start: this.offsets[0], stop: this.offsets[1] };
  }
};

// src/io/whole-file-scan.ts
async function scanWholeFile(absolutePath, settings) {
  if (settings.format === "parquet") {
    const [{ openParquetFile }, { parquetScanParts }] = await Promise.all([
      import("./parquet-file-A6ZV2P5S.js"),
      import("./parquet-table-scan-4R6P2YOX.js")
    ]);
    return parquetScanParts(await openParquetFile(absolutePath, settings.source), settings);
  }
  const { jsonlScanParts } = await import("./jsonl-table-scan-2KIIBXML.js");
  const input = openFileByteSource(absolutePath);
  try {
    return jsonlScanParts(input, settings);
  } finally {
    input.close();
  }
}

// src/io/file-scan-scheduler.ts
var TAIL_ANSWER_MS = 5e3;
function defaultScanThreads() {
  return Math.max(1, Math.min(4, availableParallelism()));
}
var FileScanScheduler = class {
  /** Threads a scan uses when its options do not say. */
  defaultThreads;
  active = 0;
  /** Ranges asked for and not yet scanned. */
  rangesUnderWay = 0;
  /** Ranges scanned in this thread rather than on a worker, so far. */
  rangesScannedHere = 0;
  /** Whole files (JSONL, Parquet) asked for and not yet scanned; and how many went to a worker. */
  filesUnderWay = 0;
  filesScannedOnWorkers = 0;
  /** Columns whose counts a worker merged, so far (mergeOnWorker). */
  countsMergedOnWorkers = 0;
  pool;
  /** The ranges under way on workers, to be told when this thread waits for them. */
  waitedOn = /* @__PURE__ */ new Set();
  /** Tails of workers' ranges scanned in this thread, so far (takeTail). */
  tailsTaken = 0;
  /** The pool once loaded; holds not yet released (holdWorkers). */
  loadedPool;
  holds = 0;
  constructor(defaultThreads = defaultScanThreads()) {
    this.defaultThreads = defaultThreads;
  }
  /**
   * Runs `scan`, counted as under way until it settles. Scans started
   * together (`Promise.all`) are all counted by the time any of them gets
   * past its first await, which is when it should ask for `rangesFor`.
   */
  async track(scan) {
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
  holdWorkers() {
    this.holds++;
    this.loadedPool?.hold();
  }
  releaseWorkers() {
    this.holds = Math.max(0, this.holds - 1);
    this.loadedPool?.release();
  }
  /** Merges each column's counts on a worker a scan left up (holdWorkers); undefined when none is up. */
  mergeOnWorker(source, columns) {
    if (!this.loadedPool?.hasIdleWorker()) return void 0;
    this.countsMergedOnWorkers += columns.length;
    return this.loadedPool.mergeCounts(source, columns);
  }
  /**
   * Profiles columns of the file `source` on a worker a scan left up
   * (holdWorkers), handing their counted arrays over; undefined when no
   * worker is up, as after a scan that needed none. Starts no thread.
   */
  profileOnWorker(source, columns, settings) {
    if (!this.loadedPool?.hasIdleWorker()) return void 0;
    return this.loadedPool.profileColumns(source, columns, settings);
  }
  /**
   * Compares numeric features of a drift of `source` on a worker a scan left
   * up (holdWorkers), handing their counted arrays over; undefined when no
   * worker is up, as after scans that needed none. Starts no thread.
   */
  numericFiguresOnWorker(source, pairs) {
    if (!this.loadedPool?.hasIdleWorker()) return void 0;
    return this.loadedPool.numericFigures(source, pairs);
  }
  /** The ranges a CSV pass on `threads` threads is cut into: its share of the threads. */
  rangesFor(threads) {
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
  async scanRange(path, request, threads) {
    const here = ++this.rangesUnderWay === threads && threads > 1;
    try {
      const pool = await this.poolOf(threads);
      if (!here) return await this.scanOnWorker(pool, path, request, threads);
      await new Promise((resolve) => setImmediate(resolve));
      let workerIdle = false;
      const outcome = this.scanHere(path, request, void 0, () => {
        workerIdle ||= [...this.waitedOn].some((range) => range.flag.workerDone());
        return workerIdle;
      });
      for (const range of this.waitedOn) this.takeTail(range);
      for (const range of this.waitedOn) range.flag.set();
      if (workerIdle) await new Promise((resolve) => setImmediate(resolve));
      return { starts: [request.start], outcomes: [outcome] };
    } finally {
      this.rangesUnderWay--;
    }
  }
  async scanOnWorker(pool, path, request, threads) {
    pool.resize(threads);
    const range = {
      flag: new FinishingFlag(),
      offer: new TailMailbox(),
      path,
      request,
      posted: false
    };
    this.waitedOn.add(range);
    try {
      const head = await pool.run(path, request, {
        handBack: range.flag.buffer,
        tailOffer: range.offer.buffer,
        posted: () => {
          range.posted = true;
        }
      });
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
  takeTail(range) {
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
      handOverCounts: true
    });
    range.taken = { start: tail.start, outcome };
  }
  /**
   * Starts `count` workers that each wait, once up, for the tail of the range
   * this thread scans (scanHere's `cut` hands it over through the mailbox),
   * then scan it as `template` says from that start to that stop.
   */
  async startTails(path, template, count) {
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
  scanHere(path, request, cut, handBack) {
    this.rangesScannedHere++;
    return scanFileRange(path, request, cut && (() => cut), handBack);
  }
  /**
   * Scans a JSONL or Parquet file whole. While other scans run (a drift reads
   * its two files together), each file but the last of the threads goes to a
   * worker: those readers have no ranges, but two files on two cores take
   * the time of one. A scan alone runs here, and never starts a thread.
   */
  async scanWholeFile(path, settings) {
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
  poolOf(threads) {
    this.pool ??= import("./scan-worker-pool-QNDG2EVS.js").then(({ ScanWorkerPool }) => {
      this.loadedPool = new ScanWorkerPool(threads, this.holds);
      return this.loadedPool;
    });
    return this.pool;
  }
};

// src/formats/csv-header.ts
var HEADER_WINDOW_BYTES = 1 << 16;
var SMALL_WINDOW_BYTES = 1 << 10;
function firstWindowBytes(size) {
  return Math.min(
    HEADER_WINDOW_BYTES,
    Math.max(SMALL_WINDOW_BYTES, Math.ceil(size / 16)),
    Math.max(16, size)
  );
}
function readCsvHeader(input, source, delimiter) {
  let window = Buffer.allocUnsafe(firstWindowBytes(input.size));
  for (; ; ) {
    const filled = input.read(window, 0, window.length, 0);
    const final = filled >= input.size;
    const header = headerInWindow(window, filled, final, source, delimiter);
    if (header) {
      checkHeader(header.names, source, header.line);
      return header;
    }
    if (final) {
      throw new TableReadError(
        source,
        void 0,
        "the file is empty; it needs a header row and data rows"
      );
    }
    window = Buffer.allocUnsafe(window.length * 4);
  }
}
function headerInWindow(window, filled, final, source, delimiter) {
  const bom = bomLength(window.subarray(0, filled));
  const tokenizer = new CsvTokenizer(source, delimiter);
  let header;
  let records = 0;
  const consumed = tokenizer.tokenize(window, bom, filled, final, (fieldCount, line) => {
    records++;
    if (header) return;
    assertUtf8(window, bom, tokenizer.recordEnd, source, 1);
    const names = Array.from({ length: fieldCount }, (_, i) => fieldText(tokenizer, window, i));
    header = {
      names,
      line,
      dataStart: tokenizer.recordEnd,
      dataLine: tokenizer.line,
      bytesPerRecord: 0
    };
  });
  if (!header) return void 0;
  const dataRecords = records - 1;
  header.bytesPerRecord = dataRecords > 0 ? (consumed - header.dataStart) / dataRecords : 64;
  return header;
}
function checkHeader(names, source, line) {
  const seen = /* @__PURE__ */ new Map();
  names.forEach((name, index) => {
    if (name.trim() === "") {
      throw new TableReadError(
        source,
        line,
        `column ${index + 1} of the header has no name; name it (pandas writes an unnamed index column: save with index=False)`
      );
    }
    const earlier = seen.get(name);
    if (earlier !== void 0) {
      throw new TableReadError(
        source,
        line,
        `the header names column "${name}" twice (columns ${earlier + 1} and ${index + 1}); rename one`
      );
    }
    seen.set(name, index);
  });
}

// src/formats/csv-ranges.ts
var PROBE_BYTES = 1 << 16;
function lineStartAfter(input, position, probe = Buffer.allocUnsafe(PROBE_BYTES)) {
  for (let at = position; ; ) {
    const read = input.read(probe, 0, probe.length, at);
    if (read === 0) return void 0;
    const newline = probe.subarray(0, read).indexOf(10);
    if (newline >= 0) return at + newline + 1 < input.size ? at + newline + 1 : void 0;
    at += read;
  }
}
function tailStart(input, position, stop, sharing) {
  const end = Math.min(stop, input.size);
  const start = lineStartAfter(input, end - Math.floor((end - position) / sharing));
  return start === void 0 || start >= end ? void 0 : start;
}
function csvChunkRequest(size, header, plans, settings, start, stopAt) {
  const end = Math.min(size, stopAt);
  return {
    source: settings.source,
    start,
    stopAt,
    delimiter: settings.delimiter,
    missingValues: settings.missingValues,
    header: header.names,
    plans,
    badCellsPerColumn: settings.badCellsPerColumn,
    badRowsKept: settings.badRowsKept,
    expectedRows: expectedRowsIn(end - start, header.bytesPerRecord),
    bytesPerRecord: header.bytesPerRecord,
    layout: settings.layout
  };
}
function joinCsvRanges(input, header, starts, outcomes, requestFrom, source) {
  const chunks = [];
  let line = header.dataLine;
  for (let k = 0; k < outcomes.length; k++) {
    const expectedStart = k === 0 ? header.dataStart : chunks[k - 1].endOffset;
    const guess = outcomes[k];
    const outcome = expectedStart === starts[k] && !("abandoned" in guess) ? guess : scanCsvChunk(input, requestFrom(k, expectedStart));
    if (!("columns" in outcome)) throw csvRangeFailure(outcome, line, source);
    chunks.push(outcome);
    line += outcome.lines;
  }
  return chunks;
}
function csvRangeFailure(outcome, firstLine, source) {
  if ("abandoned" in outcome) throw new Error("a range scanned from its true start gave up");
  const { line, problem } = outcome.failure;
  return new TableReadError(source, line === void 0 ? void 0 : firstLine + line, problem);
}

// src/formats/merge-csv-chunks.ts
function mergeCsvChunks(chunks, plans, dataLine, settings) {
  const records = joinRecords(chunks, dataLine, settings.badRowsKept);
  const merged = mergeChunkColumns(
    plans,
    chunks.map((chunk) => chunk.columns),
    (chunk, cell) => ({
      row: records.recordBases[chunk] + cell.record + 1,
      line: records.lineBases[chunk] + cell.line
    }),
    settings
  );
  return {
    plans,
    ...merged,
    badRows: records.badRows,
    badRowCount: records.badRowCount,
    records: records.records,
    badRecords: Int32Array.from(records.badRecords),
    lineJumps: records.lineJumps,
    hasLines: true
  };
}
function joinRecords(chunks, dataLine, badRowsKept) {
  const lineJumps = [];
  const badRecords = [];
  const badRows = [];
  const recordBases = [];
  const lineBases = [];
  let records = 0;
  let line = dataLine;
  let badRowCount = 0;
  const pushJump = (record, delta) => {
    if (lineJumps.at(-1) === delta) return;
    lineJumps.push(record, delta);
  };
  for (const chunk of chunks) {
    recordBases.push(records);
    lineBases.push(line);
    pushJump(records, line - records);
    for (let j = 0; j < chunk.lineJumps.length; j += 2) {
      pushJump(records + chunk.lineJumps[j], line - records + chunk.lineJumps[j + 1]);
    }
    for (const record of chunk.badRecords) badRecords.push(records + record);
    for (const bad of chunk.badRows) {
      if (badRows.length < badRowsKept) {
        badRows.push({
          row: records + bad.record + 1,
          line: line + bad.line,
          problem: bad.problem
        });
      }
    }
    badRowCount += chunk.badRecords.length;
    records += chunk.records;
    line += chunk.lines;
  }
  return { lineJumps, badRecords, badRows, recordBases, lineBases, records, badRowCount };
}
function withTextPass(first, again, second) {
  if (!second) return first;
  const columns = [...first.columns];
  again.forEach((plan, i) => {
    columns[first.plans.findIndex((p) => p.name === plan.name)] = second.columns[i];
  });
  return { ...first, columns };
}

// src/formats/csv-table-scan.ts
function planCsvScan(input, settings) {
  const header = readCsvHeader(input, settings.source, settings.delimiter);
  return { header, plans: planColumns(header.names, settings) };
}
function scanCsv(input, settings) {
  const { header, plans } = planCsvScan(input, settings);
  const first = scanCsvPass(input, header, plans, settings);
  const again = textPassPlans(plans, first.needsTextPass);
  const second = again.length > 0 ? scanCsvPass(input, header, again, settings) : void 0;
  return finishCsvScan(header, settings, first, again, second);
}
var COLUMNS_PER_PASS = 1 << 12;
function scanCsvPass(input, header, plans, settings) {
  const groups = [];
  for (let start = 0; start < plans.length || start === 0; start += COLUMNS_PER_PASS) {
    groups.push(plans.slice(start, start + COLUMNS_PER_PASS));
  }
  const outcomes = groups.map((group) => {
    const request = csvChunkRequest(
      input.size,
      header,
      group,
      settings,
      header.dataStart,
      Number.POSITIVE_INFINITY
    );
    const outcome = scanCsvChunk(input, request);
    if (!("columns" in outcome)) throw csvRangeFailure(outcome, header.dataLine, settings.source);
    return outcome;
  });
  const whole = { ...outcomes[0], columns: outcomes.flatMap((outcome) => outcome.columns) };
  return mergeCsvChunks([whole], plans, header.dataLine, settings);
}
function finishCsvScan(header, settings, first, again, second) {
  const scan = buildTableScan(
    { source: settings.source, format: "csv", layout: settings.layout, columnNames: header.names },
    withTextPass(first, again, second)
  );
  if (scan.rowCount === 0 && scan.badRowCount === 0 && !settings.allowNoRows) {
    throw new TableReadError(
      settings.source,
      void 0,
      "the file has a header but no rows; a table needs at least one data row"
    );
  }
  return scan;
}

// src/formats/table-scan-settings.ts
function tableScanSettings(source, options, defaultThreads = 1) {
  return {
    source,
    format: options.format ?? formatFromPath(source),
    delimiter: options.delimiter ?? (source.toLowerCase().endsWith(".tsv") ? "	" : ","),
    missingValues: options.missingValues ?? [""],
    columns: options.columns ?? {},
    otherColumns: options.otherColumns ?? "skip",
    badCellsPerColumn: options.badCellsPerColumn ?? 100,
    badRowsKept: options.badRowsKept ?? 100,
    allowNoRows: options.allowNoRows ?? false,
    layout: options.layout ?? "rows",
    cellChecks: options.cellChecks ?? {},
    threads: Math.max(1, Math.floor(options.threads ?? defaultThreads))
  };
}

// src/data/split-in-two.ts
function splitInTwo(items) {
  const here = [];
  const there = [];
  let [hereCost, thereCost] = [0, 0];
  for (const { index, cost } of [...items].sort((a, b) => b.cost - a.cost)) {
    if (hereCost <= thereCost) {
      here.push(index);
      hereCost += cost;
    } else {
      there.push(index);
      thereCost += cost;
    }
  }
  return { here, there };
}

// src/formats/counted-merge-work.ts
var MIN_HANDED_MERGE = 1 << 16;
function countedMergeWork(chunks) {
  const first = chunks[0];
  if (!first) return [];
  const work = [];
  first.columns.forEach((column, index) => {
    let cost = 0;
    let unfinished = false;
    for (const chunk of chunks) {
      const part = chunk.columns[index];
      if (!part.counted || part.kind !== column.kind) return;
      cost += rangeCountsSize(part.counted);
      unfinished ||= isCounterState(part.counted);
    }
    if ((chunks.length > 1 || unfinished) && cost >= MIN_HANDED_MERGE) work.push({ index, cost });
  });
  return work;
}
function countedParts(chunks, index) {
  return chunks.map((chunk) => {
    const counted = chunk.columns[index].counted;
    if (!counted) throw new Error(`column ${index} has no counts in every range`);
    return counted;
  });
}
function setMergedCounts(chunks, index, counted) {
  chunks.forEach((chunk, k) => {
    chunk.columns[index].counted = k === 0 ? counted : null;
  });
}

// src/io/parallel-csv-scan.ts
function worthThreads(settings, size, header) {
  return settings.threads > 1 && size - header.dataStart >= PARALLEL_MIN_BYTES;
}
async function scanCsvParallel(input, path, header, plans, settings, ranges, scheduler) {
  const request = (start, stop) => csvChunkRequest(input.size, header, plans, settings, start, stop);
  const hold = ranges > 1 && settings.layout === "distribution";
  if (hold) scheduler.holdWorkers();
  try {
    const { starts, outcomes } = ranges > 1 ? await scanWithTails(input, path, header.dataStart, request, ranges, scheduler) : (
      // A whole file to itself (a drift's pair shares the threads): its moments are summed as
      // it is read; a tail the other thread takes comes back as a second range.
      await scheduler.scanRange(
        path,
        { ...request(header.dataStart, Number.POSITIVE_INFINITY), sumMoments: true },
        settings.threads
      )
    );
    const stops = [...starts.slice(1), Number.POSITIVE_INFINITY];
    const requestFrom = (k, start) => request(start, stops[k]);
    const chunks = joinCsvRanges(input, header, starts, outcomes, requestFrom, settings.source);
    await mergeCountsApart(chunks, settings.source, scheduler);
    return mergeCsvChunks(chunks, plans, header.dataLine, settings);
  } finally {
    if (hold) scheduler.releaseWorkers();
  }
}
async function scanWithTails(input, path, first, request, ranges, scheduler) {
  const share = {
    ...request(first, first + Math.ceil((input.size - first) / ranges)),
    handOverCounts: true
  };
  const tails = await scheduler.startTails(path, { ...share, speculative: true }, ranges - 1);
  const taken = /* @__PURE__ */ new Map();
  let stop = Number.POSITIVE_INFINITY;
  const cut = (position) => {
    const ready = tails.find((tail) => !taken.has(tail) && tail.mailbox.isReady());
    if (!ready) return void 0;
    const start = tailStart(input, position, stop, tails.length - taken.size + 1);
    if (start === void 0) return void 0;
    ready.mailbox.assign({ start, stop });
    taken.set(ready, start);
    stop = start;
    return start;
  };
  const settled = Promise.allSettled(tails.map((tail) => tail.outcome));
  let here;
  try {
    here = scheduler.scanHere(path, { ...share, stopAt: Number.POSITIVE_INFINITY }, cut);
  } finally {
    for (const tail of tails) tail.mailbox.close();
  }
  const ranged = [{ start: first, outcome: here }];
  for (const [k, result] of (await settled).entries()) {
    if (result.status === "rejected") throw result.reason;
    const start = taken.get(tails[k]);
    if (result.value && start !== void 0) ranged.push({ start, outcome: result.value });
  }
  ranged.sort((a, b) => a.start - b.start);
  return { starts: ranged.map((r) => r.start), outcomes: ranged.map((r) => r.outcome) };
}
async function mergeCountsApart(chunks, source, scheduler) {
  const { here, there } = splitInTwo(countedMergeWork(chunks));
  if (there.length === 0) return;
  const elsewhere = scheduler.mergeOnWorker(
    source,
    there.map((index) => countedParts(chunks, index))
  );
  if (!elsewhere) return;
  for (const index of here) {
    setMergedCounts(chunks, index, countRanges(countedParts(chunks, index)));
  }
  const merged = await elsewhere;
  if (merged.length !== there.length)
    throw new Error("a scan worker merged other columns than asked");
  for (const [k, index] of there.entries()) setMergedCounts(chunks, index, merged[k]);
}

// src/io/scan-table.ts
function scanTableFile(absolutePath, source, options = {}, scheduler) {
  return scheduler.track(async () => {
    try {
      return await scanFile(
        absolutePath,
        tableScanSettings(source, options, scheduler.defaultThreads),
        scheduler
      );
    } catch (error) {
      throw asTableReadError(source, error);
    }
  });
}
async function scanFile(absolutePath, settings, scheduler) {
  if (settings.format === "parquet" || settings.format === "jsonl") {
    const { identity, scanned } = await scheduler.scanWholeFile(absolutePath, settings);
    return buildTableScan(identity, scanned);
  }
  await new Promise((resolve) => setImmediate(resolve));
  const input = openFileByteSource(absolutePath);
  try {
    return await scanCsvFile(input, absolutePath, settings, scheduler);
  } finally {
    input.close();
  }
}
async function scanCsvFile(input, absolutePath, settings, scheduler) {
  const { header, plans } = planCsvScan(input, settings);
  const ranges = scheduler.rangesFor(settings.threads);
  const pass = async (scanPlans) => worthThreads(settings, input.size, header) ? scanCsvParallel(input, absolutePath, header, scanPlans, settings, ranges, scheduler) : scanCsvPass(input, header, scanPlans, settings);
  const first = await pass(plans);
  const again = textPassPlans(plans, first.needsTextPass);
  const second = again.length > 0 ? await pass(again) : void 0;
  return finishCsvScan(header, settings, first, again, second);
}

export {
  scanCsv,
  tableScanSettings,
  openFileByteSource,
  FileScanScheduler,
  splitInTwo,
  scanTableFile
};
