import {
  assertUtf8
} from "./chunks/chunk-3ROLIFPK.js";
import {
  CsvSimpleRecords,
  ScanColumnBuilder,
  countRanges,
  isCounterState,
  rangeCountsArrays
} from "./chunks/chunk-NNVVT43T.js";
import {
  TableReadError,
  asTableReadError
} from "./chunks/chunk-7UFWRZL3.js";
import "./chunks/chunk-NRAMNHUS.js";
import {
  ColumnArena,
  releaseColumn
} from "./chunks/chunk-ZP6A54OU.js";
import "./chunks/chunk-WLEPTJPM.js";
import {
  momentsOf
} from "./chunks/chunk-IDEN7Q7X.js";
import "./chunks/chunk-FJSVKJ5S.js";
import "./chunks/chunk-2VTIRNQ5.js";

// src/io/scan-worker.ts
const { isMainThread, parentPort, workerData } = process.getBuiltinModule("node:worker_threads");

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

// src/io/scan-worker-flag.ts
var SCAN_WORKER_FLAG = "mlgate-csv-scan-worker";

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

// src/io/tier-up-delay.ts
const { setFlagsFromString } = process.getBuiltinModule("node:v8");
var delayedCounts = [
  "--invocation-count-for-maglev=4000",
  "--invocation-count-for-maglev-osr=1000",
  "--invocation-count-for-turbofan=30000",
  "--invocation-count-for-osr=5000"
];
function delayTierUp() {
  setFlagsFromString(delayedCounts.join(" "));
}

// src/io/whole-file-scan.ts
async function scanWholeFile(absolutePath, settings) {
  if (settings.format === "parquet") {
    const [{ openParquetFile }, { parquetScanParts }] = await Promise.all([
      import("./chunks/parquet-file-BPZDECTZ.js"),
      import("./chunks/parquet-table-scan-BOP7R4Q6.js")
    ]);
    return parquetScanParts(await openParquetFile(absolutePath, settings.source), settings);
  }
  const { jsonlScanParts } = await import("./chunks/jsonl-table-scan-6THS5FYA.js");
  const input = openFileByteSource(absolutePath);
  try {
    return jsonlScanParts(input, settings);
  } finally {
    input.close();
  }
}

// src/io/scan-worker.ts
if (!isMainThread && workerData === SCAN_WORKER_FLAG) {
  delayTierUp();
  const port = parentPort;
  port.on("message", (task) => {
    void answer(task).then(([reply, transfer, posted]) => {
      port.postMessage(reply, transfer);
      posted?.();
    }).catch((error) => {
      const shown = "wholeFile" in task ? asTableReadError(task.wholeFile.source, error) : error;
      port.postMessage(failure(task.id, shown));
    });
  });
}
async function answer(task) {
  if ("mergeCounts" in task) {
    const merged = task.mergeCounts.map((parts2) => countRanges(parts2));
    return [{ id: task.id, merged }, ownedBuffers(merged)];
  }
  if ("numericFigures" in task) {
    const { numericPairFigures } = await import("./chunks/numeric-pair-T5VO6MRL.js");
    return [{ id: task.id, figures: task.numericFigures.map(numericPairFigures) }, []];
  }
  if ("profileColumns" in task) {
    const { columns, settings } = task.profileColumns;
    const { profileScanColumn } = await import("./chunks/column-profile-FOZAP5GY.js");
    return [{ id: task.id, profiles: columns.map((c) => profileScanColumn(c, settings)) }, []];
  }
  if ("tail" in task) {
    const range = new TailMailbox(task.tail.mailbox).awaitRange();
    if (!range) return [{ id: task.id, untaken: true }, []];
    const { start, stop: stopAt } = range;
    return scannedRange(task.id, task.path, { ...task.tail.request, start, stopAt });
  }
  if ("request" in task) {
    const waiting = task.handBack ? new FinishingFlag(task.handBack) : void 0;
    const offer = task.tailOffer ? new TailMailbox(task.tailOffer) : void 0;
    try {
      const [reply, transfer] = scannedRange(
        task.id,
        task.path,
        task.request,
        offer && offeringTail(offer, task.request.stopAt),
        // Asked first once the range is read: the calling thread then takes no tail of it.
        () => {
          offer?.close();
          return waiting?.isSet() ?? false;
        }
      );
      return [reply, transfer, waiting && (() => waiting.markWorkerDone())];
    } finally {
      offer?.close();
    }
  }
  const parts = await scanWholeFile(task.path, task.wholeFile);
  return [{ id: task.id, parts }, transferList(parts.scanned)];
}
var MIN_TAIL_BYTES = 2 << 20;
function offeringTail(offer, stopAt) {
  return (input) => (position) => {
    if (!offer.isReady()) return void 0;
    const start = tailStart(input, position, stopAt, 2);
    if (start === void 0 || Math.min(stopAt, input.size) - start < MIN_TAIL_BYTES) {
      offer.close();
      return void 0;
    }
    return offer.tryAssign({ start, stop: stopAt }) ? start : void 0;
  };
}
function scannedRange(id, path, request, cutOf, handBack) {
  const outcome = scanFileRange(path, request, cutOf, handBack);
  return [{ id, outcome }, "columns" in outcome ? transferList(outcome) : []];
}
function failure(id, error) {
  if (error instanceof TableReadError) {
    return { id, fileProblem: { source: error.source, line: error.line, problem: error.problem } };
  }
  return { id, crash: error instanceof Error ? error.stack ?? error.message : String(error) };
}
function transferList({ badRecords, columns }) {
  const buffers = /* @__PURE__ */ new Set([badRecords.buffer]);
  for (const column of columns) {
    const counted = column.counted ? rangeCountsArrays(column.counted) : [];
    for (const array of [column.values, column.status, column.codes, column.counts, ...counted]) {
      if (array) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
