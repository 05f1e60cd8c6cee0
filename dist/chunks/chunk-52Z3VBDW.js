import {
  parseIntegerCell,
  parseNumberCell
} from "./chunk-FJSVKJ5S.js";
import {
  ColumnArena,
  FEW_VALUES,
  ValueCounter,
  allocateColumn,
  countByCode,
  countFewValues,
  countRanges,
  cutColumn,
  emptyBytes,
  emptyFloat64s,
  emptyInt32s,
  releaseColumn,
  resizeColumn
} from "./chunk-AB24KIFF.js";
import {
  CELL_BAD,
  CELL_MISSING
} from "./chunk-XUDKVEYV.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";
import {
  parseIsoDate,
  parseIsoDatetime
} from "./chunk-JJK6CC36.js";

// src/data/build-table-scan.ts
function buildTableScan(identity, scanned) {
  const { badRecords } = scanned;
  const byName = new Map(scanned.columns.map((column) => [column.name, column]));
  return {
    source: identity.source,
    format: identity.format,
    layout: identity.layout,
    columnNames: identity.columnNames,
    rowCount: scanned.records - badRecords.length,
    columns: scanned.columns,
    column: (name) => byName.get(name),
    badCells: scanned.badCells,
    badRows: scanned.badRows,
    badRowCount: scanned.badRowCount,
    ...rowLocators(scanned)
  };
}
function rowLocators({
  badRecords,
  lineJumps,
  hasLines
}) {
  return {
    dataRowOf: (index) => recordOfRow(badRecords, index) + 1,
    lineOf: (index) => hasLines ? lineOfRecord(lineJumps, recordOfRow(badRecords, index)) : void 0
  };
}
function recordOfRow(badRecords, index) {
  let low = 0;
  let high = badRecords.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (badRecords[mid] - mid <= index) low = mid + 1;
    else high = mid;
  }
  return index + low;
}
function lineOfRecord(lineJumps, record) {
  let low = 0;
  let high = lineJumps.length / 2;
  while (low < high) {
    const mid = low + high >>> 1;
    if (lineJumps[mid * 2] <= record) low = mid + 1;
    else high = mid;
  }
  return record + (low === 0 ? 0 : lineJumps[(low - 1) * 2 + 1]);
}

// src/formats/column-plans.ts
function columnPlan(name, index, kind, settings) {
  const checked = settings.cellChecks ?? {};
  const checks = Object.hasOwn(checked, name) ? checked[name] : void 0;
  if (kind === "category" || kind === "auto" || checks === void 0) return { name, index, kind };
  return { name, index, kind, checks };
}
function columnKind(name, settings) {
  return Object.hasOwn(settings.columns, name) ? settings.columns[name] : settings.otherColumns;
}
function planColumns(names, settings) {
  const present = new Set(names);
  for (const name of Object.keys(settings.columns)) {
    if (!present.has(name)) {
      throw new TableReadError(
        settings.source,
        void 0,
        `no column named "${name}"; the file has: ${names.join(", ")}`
      );
    }
  }
  const plans = [];
  names.forEach((name, index) => {
    const kind = columnKind(name, settings);
    if (kind !== "skip") plans.push(columnPlan(name, index, kind, settings));
  });
  return plans;
}
function textPassPlans(plans, needsTextPass) {
  return plans.filter((_plan, c) => needsTextPass[c]).map((plan) => ({ ...plan, kind: "category" }));
}

// src/data/cell-checks.ts
var cellCheckKinds = ["required", "minimum", "maximum", "enum"];
function noCellViolations() {
  return { counts: [0, 0, 0, 0], examples: [], cells: 0 };
}
var CellChecker = class {
  checks;
  allowed;
  ranged;
  results = noCellViolations();
  constructor(checks) {
    this.checks = checks;
    this.allowed = checks.allowed && new Set(checks.allowed);
    this.ranged = checks.minimum !== void 0 || checks.maximum !== void 0;
  }
  /** A missing cell; true when it breaks a constraint. */
  missing(row) {
    if (!this.checks.required) return false;
    this.violated(0, row, Number.NaN);
    this.results.cells++;
    return true;
  }
  /** A present cell's value (NaN where the file says NaN); true when it breaks a constraint. */
  present(row, value) {
    const { minimum, maximum } = this.checks;
    if (Number.isNaN(value) && this.ranged) {
      this.violated(minimum !== void 0 ? 1 : 2, row, value);
      this.results.cells++;
      return true;
    }
    let broken = false;
    if (minimum !== void 0 && value < minimum) broken = this.violated(1, row, value);
    if (maximum !== void 0 && value > maximum) broken = this.violated(2, row, value);
    if (this.allowed && !this.allowed.has(value)) broken = this.violated(3, row, value);
    if (broken) this.results.cells++;
    return broken;
  }
  finish() {
    return this.results;
  }
  violated(kind, row, value) {
    const seen = this.results.counts[kind]++;
    if (seen < this.checks.examples) {
      this.results.examples.push({ kind: cellCheckKinds[kind], row, value });
    }
    return true;
  }
};
function mergeCellChecks(parts, examples) {
  const merged = noCellViolations();
  const kept = [0, 0, 0, 0];
  let start = 0;
  for (const { results, rows } of parts) {
    for (const violation of results.examples) {
      const kind = cellCheckKinds.indexOf(violation.kind);
      if (kept[kind] >= examples) continue;
      kept[kind]++;
      merged.examples.push({ ...violation, row: start + violation.row });
    }
    results.counts.forEach((count, kind) => {
      merged.counts[kind] += count;
    });
    merged.cells += results.cells;
    start += rows;
  }
  return merged;
}

// src/formats/byte-dictionary.ts
var ByteDictionary = class {
  keys = Buffer.allocUnsafe(64);
  keyEnd = 0;
  /** Where each code's bytes end in `keys`; they start where the previous code's bytes end. */
  keyEnds = [];
  hashes = [];
  /** Open addressing: a code per slot, -1 when empty; a plain array, as a typed one costs a buffer of its own per column. */
  table = new Array(32).fill(-1);
  /** Made on the first text (CSV fields mostly come as bytes). */
  byText = null;
  get size() {
    return this.hashes.length;
  }
  /** The distinct values decoded as UTF-8, by code (decoded now: numbers probed in `auto` never are). */
  values() {
    return this.hashes.map(
      (_, code) => this.keys.toString("utf8", this.keyStart(code), this.keyEnds[code])
    );
  }
  /** The code of a text (fields that had to be unescaped, JSON/Parquet strings); cached by text. */
  codeOfText(text) {
    this.byText ??= /* @__PURE__ */ new Map();
    let code = this.byText.get(text);
    if (code === void 0) {
      const bytes = Buffer.from(text);
      code = this.codeOf(bytes, 0, bytes.length);
      this.byText.set(text, code);
    }
    return code;
  }
  /**
   * The code of bytes[start, end), adding it when new. `knownHash` is their
   * FNV-1a hash when the caller computed it on the way (the CSV fast lane).
   */
  codeOf(bytes, start, end, knownHash) {
    const hash = knownHash ?? fnv1a(bytes, start, end);
    const mask = this.table.length - 1;
    let slot = hash & mask;
    const length = end - start;
    for (; ; ) {
      const code2 = this.table[slot];
      if (code2 < 0) break;
      if (this.hashes[code2] === hash) {
        const keyStart = this.keyStart(code2);
        if (this.keyEnds[code2] - keyStart === length && this.sameBytes(bytes, start, keyStart, length)) {
          return code2;
        }
      }
      slot = slot + 1 & mask;
    }
    const code = this.hashes.length;
    this.store(bytes, start, end);
    this.hashes.push(hash);
    this.table[slot] = code;
    if (this.hashes.length * 2 > this.table.length) this.rehash();
    return code;
  }
  keyStart(code) {
    return code === 0 ? 0 : this.keyEnds[code - 1];
  }
  sameBytes(bytes, start, keyStart, length) {
    const keys = this.keys;
    for (let i = 0; i < length; i++) if (bytes[start + i] !== keys[keyStart + i]) return false;
    return true;
  }
  store(bytes, start, end) {
    const length = end - start;
    if (this.keyEnd + length > this.keys.length) {
      const keys = Buffer.allocUnsafe(Math.max(this.keys.length * 2, this.keyEnd + length));
      this.keys.copy(keys, 0, 0, this.keyEnd);
      this.keys = keys;
    }
    bytes.copy(this.keys, this.keyEnd, start, end);
    this.keyEnd += length;
    this.keyEnds.push(this.keyEnd);
  }
  rehash() {
    const table = new Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let code = 0; code < this.hashes.length; code++) {
      let slot = this.hashes[code] & mask;
      while (table[slot] >= 0) slot = slot + 1 & mask;
      table[slot] = code;
    }
    this.table = table;
  }
};
function fnv1a(bytes, start, end) {
  let hash = 2166136261 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
  return hash;
}

// src/model/webassembly-api.ts
var webAssembly = globalThis.WebAssembly;

// src/formats/csv-lane-wasm.ts
var csvLaneWasm = "AGFzbQEAAAABMgZgAX8AYAd/f39/f39/AGAFf39/f38AYAR/f39/AX9gA39/fwF/YAh/f39/f39/fwF/AhABBGxhbmUHb25CYXRjaAAAAwYFAQIDBAUFAwEAAQZCDX8BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALBycEBm1lbW9yeQIABmxheW91dAABC2xheW91dENhY2hlAAIDcnVuAAUKhggFHgAgACQAIAEkASACJAIgAyQDIAQkBCAFJAUgBiQGCyEAIAAkByABJAggAiQJIANBAWskCkEgIANoayQLIAQkDAuPAQEFfyACRQRAQX8PCyABIABrIQggAyACc0Gx893xeWwjC3YhBAJAA0AjCSAEIAVqIwpxQQR0aiEGIAYoAgBFDQEgBigCACACRiAGKAIEIANGcQRAIAYoAgwhByAHQf8BcSAIRiMMIAdBCHZqIAAgCBAEcQRAIAYoAggPCwsgBUEBaiEFIAVBBEkNAAsLQX8LXgEBfwJAA0AgAiADa0EITQ0BIAAgA2opAAAgASADaikAAFIEQEEADwsgA0EIaiEDDAALCyADIAJGBEBBAQ8LIAAgA2opAAAgASADaikAAIVBCCACIANra0EDdK2GUAvSBQQIfwF+Bn8BfAJAA0AgACACTg0BIAAgAUoNASAAIQggCC0AACEJQQAhCgJAA0AgCiAERg0DIwUgCmotAAAhCyAIIQwgCiAFbCAVaiENQQAhDiALQQFxBEAgCUEtRiEPIA8EQCAIQQFqIQggCC0AACEJC0IAIRBBACERQQAhEgJAA0AgCUEwa0EJSw0BIBBCCn4gCUEwa618IRAgEUEBaiERIAhBAWohCCAILQAAIQkMAAsLIAlBLkYEQCAIQQFqIQggCC0AACEJAkADQCAJQTBrQQlLDQEgEEIKfiAJQTBrrXwhECARQQFqIREgEkEBaiESIAhBAWohCCAILQAAIQkMAAsLCyAJIAZGIAlBCkZyIAlBDUZyIBFBAEogEUEPTHFxBEAgELkjBiASQQN0aisDAKMhFyMDIA1BA3RqIBeaIBcgDxs5AwBBASEOCwsgC0ECcQRAQcW78oh4IRMgDCEUAkADQCAUIAhODQEgEyAULQAAc0GTg4AIbCETIBRBAWohFAwACwsCQANAIAkgBkYNASAJQQpGDQEgCUENRg0BIBMgCXNBk4OACGwhEyAIQQFqIQggCC0AACEJDAALCyMEIA1BAnRqIBM2AgAgC0EEcQRAIwcgDUECdGogDCAIIwggCkECdGooAgAgExADNgIACwUCQANAIAkgBkYNASAJQQpGDQEgCUENRg0BIAhBAWohCCAILQAAIQkMAAsLCyMCIA1qIA46AAAjACANQQJ0aiAMIAdqNgIAIwEgDUECdGogCCAHajYCACAKQQFqIQogCSAGRw0BIAhBAWohCCAILQAAIQkMAAsLIAghFiAJQQ1GBEAgCEEBai0AAEEKRw0CIAhBAWohFgsgCiAERw0BIBYgA04NASAIIABGDQEgFkEBaiEAIBVBAWohFSAVIAVGBEAgFRAAQQAhFQsMAAsLIBVBAEoEQCAVEAALIAAgB2oL";

// src/formats/csv-simple-records.ts
var LF = 10;
var QUOTE = 34;
var powersOfTen = Array.from({ length: 16 }, (_, i) => 10 ** i);
var INPUT_BYTES = 1 << 18;
var MAX_INPUT_BYTES = 1 << 22;
var READ_AHEAD = 8;
var LANE_NUMBER = 1;
var LANE_HASH = 2;
var LANE_CODE = 4;
var LANE_BATCH = 256;
var LANE_CELLS = 1 << 18;
var CACHE_SLOT_BITS = 12;
var CACHE_SLOTS = 1 << CACHE_SLOT_BITS;
var CACHE_PROBES = 4;
var KEY_BYTES = 1 << 16;
var MAX_KEY_LENGTH = 255;
var CACHED_LIMIT = 1 << 12;
var CODED_MIN_BATCH = 64;
var compiled;
var idle = [];
function takeInstance(bytes) {
  const instance = idle.pop() ?? newInstance();
  const memory = instance.lane.memory;
  const missing = bytes - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  return instance;
}
function newInstance() {
  compiled ??= new webAssembly.Module(Buffer.from(csvLaneWasm, "base64"));
  const calls = { onBatch: (_count) => {
  } };
  const imports = { lane: { onBatch: (count) => calls.onBatch(count) } };
  return { lane: new webAssembly.Instance(compiled, imports).exports, calls };
}
function slotFor(slots, tag, hash, code, turn) {
  const first = Math.imul(hash ^ tag, 2654435761) >>> 32 - CACHE_SLOT_BITS;
  for (let probe = 0; probe < CACHE_PROBES; probe++) {
    const slot = (first + probe & CACHE_SLOTS - 1) * 4;
    if (slots[slot] === 0) return slot;
    if (slots[slot] === tag && slots[slot + 1] === hash && slots[slot + 2] === code) return -1;
  }
  return (first + turn % CACHE_PROBES & CACHE_SLOTS - 1) * 4;
}
var CsvSimpleRecords = class {
  /** Records per batch: field i of record r is at i \u00d7 batch + r. */
  batch;
  /**
   * The batch's fields, at field \u00d7 batch + record: where each starts and ends.
   * These arrays are views of the module's memory, made anew when it grows:
   * take them after each `run`.
   */
  starts = emptyInt32s;
  ends = emptyInt32s;
  /** 1 where `numbers` holds the field's value. */
  parsed = emptyBytes;
  numbers = emptyFloat64s;
  /** FNV-1a of the field's bytes, for fields whose mode has LANE_HASH. */
  hashes = emptyInt32s;
  /** The code cached for the field's bytes, or \u22121, for fields whose mode has LANE_CODE (codesOf). */
  codes = emptyInt32s;
  /**
   * \u22121 for every cell: the codes of a field that has none, for a caller that reads a code
   * for every cell whether its field has codes or not (src/formats/scan-column-builder.ts).
   */
  uncached;
  /** Per field: its tag in the cache, 0 for none; and what it is a tag of. */
  tags = emptyInt32s;
  owners = [];
  lastTag = 0;
  /** Per field: the codes cached so far (CACHED_LIMIT). */
  cached = [];
  /** The cache's slots (tag, hash, code, key offset \u00d7 256 + length) and the keys' bytes. */
  slots = emptyInt32s;
  keys = emptyBytes;
  keyEnd = 0;
  /** What to do with each field on the way (LANE_* bits); the caller may change them between runs. */
  modes = emptyBytes;
  /** Records handled by the last `run`. */
  handled = 0;
  delimiter;
  instance;
  /** Where in the module's memory each array starts; the input comes last, to grow. */
  offsets;
  cells;
  /** The module's input: the memory after the arrays. */
  input = emptyBytes;
  released = false;
  constructor(delimiter, fieldCount) {
    this.delimiter = delimiter.charCodeAt(0);
    this.batch = Math.max(1, Math.min(LANE_BATCH, Math.floor(LANE_CELLS / fieldCount)));
    const cells = fieldCount * this.batch;
    this.cells = cells;
    this.uncached = new Int32Array(cells).fill(-1);
    const powers = 8 * cells;
    const starts = powers + 8 * powersOfTen.length;
    const ends = starts + 4 * cells;
    const hashes = ends + 4 * cells;
    const codes = hashes + 4 * cells;
    const tags = codes + 4 * cells;
    const slots = tags + 4 * fieldCount;
    const keys = slots + 16 * CACHE_SLOTS;
    const parsed = keys + KEY_BYTES;
    const modes = parsed + cells;
    const input = modes + fieldCount;
    this.offsets = {
      numbers: 0,
      powers,
      starts,
      ends,
      hashes,
      codes,
      tags,
      slots,
      keys,
      parsed,
      modes,
      input
    };
    this.instance = takeInstance(input + INPUT_BYTES + READ_AHEAD);
    this.viewMemory();
    new Float64Array(this.instance.lane.memory.buffer, powers, powersOfTen.length).set(powersOfTen);
    this.modes.fill(0);
    this.tags.fill(0);
    this.slots.fill(0);
    this.instance.lane.layout(starts, ends, parsed, 0, hashes, modes, powers);
    this.instance.lane.layoutCache(codes, tags, slots, CACHE_SLOTS, keys);
  }
  /**
   * Sets what the lane does with field `field` from its next record. With
   * LANE_CODE, `dictionary` is what its cached codes are codes of: a field
   * given another (or none) starts over with a cache of its own.
   */
  setMode(field, mode, dictionary) {
    if ((mode & LANE_CODE) === 0) {
      this.modes[field] = mode;
      return;
    }
    const coded = dictionary !== null && this.batch >= CODED_MIN_BATCH && (this.cached[field] ?? 0) < CACHED_LIMIT;
    if (coded && this.owners[field] !== dictionary) {
      this.owners[field] = dictionary;
      this.tags[field] = ++this.lastTag;
    }
    this.modes[field] = coded ? mode : mode & ~LANE_CODE;
  }
  /** The batch's cached codes (\u22121 where not cached), when field `field` has codes of `dictionary`; else null. */
  codesOf(field, dictionary) {
    const coded = (this.modes[field] & LANE_CODE) !== 0;
    const owned = this.owners[field] === dictionary;
    return coded && owned ? this.codes : null;
  }
  /**
   * Caches `code`, the code of bytes[start, end), the field of the batch's
   * cell `at` whose cached code was \u22121 (codesOf), for the batches to come.
   */
  remember(field, at, code, bytes, start, end) {
    const length = end - start;
    if (length > MAX_KEY_LENGTH) return;
    if (this.keyEnd + length > KEY_BYTES) {
      this.slots.fill(0);
      this.keyEnd = 0;
    }
    const { keys, slots } = this;
    const tag = this.tags[field];
    const hash = this.hashes[at];
    const cached = (this.cached[field] ?? 0) + 1;
    const slot = slotFor(slots, tag, hash, code, cached);
    if (slot < 0) return;
    this.cached[field] = cached;
    if (cached >= CACHED_LIMIT) this.modes[field] = this.modes[field] & ~LANE_CODE;
    const key = this.keyEnd;
    for (let i = 0; i < length; i++) keys[key + i] = bytes[start + i];
    this.keyEnd = key + length;
    slots[slot] = tag;
    slots[slot + 1] = hash;
    slots[slot + 2] = code;
    slots[slot + 3] = key * 256 + length;
  }
  /**
   * Handles the simple records starting at `pos`, one after another, calling
   * `onBatch(count, line)` for each batch of them (fields in
   * starts/ends/parsed/numbers/hashes; `line` is the first record's); stops at
   * the first record that is not simple, not complete before `filled`, or
   * starts at or after `stopAt`. Returns where it stopped. The lines go
   * through the module's input, INPUT_BYTES at a time; a longer record grows
   * it, up to MAX_INPUT_BYTES.
   */
  run(bytes, pos, filled, stopAt, line, onBatch) {
    this.handled = 0;
    this.instance.calls.onBatch = (count) => {
      onBatch(count, line + this.handled);
      this.handled += count;
    };
    for (; ; ) {
      const end = Math.min(filled, pos + this.input.length);
      let lastLf = end > pos ? bytes.lastIndexOf(LF, end - 1) : -1;
      if (lastLf < pos) lastLf = this.roomForRecord(bytes, pos, end, filled);
      if (lastLf < pos) return pos;
      const stopped = this.runLines(bytes, pos, lastLf, stopAt);
      if (stopped <= lastLf || lastLf + 1 === filled) return stopped;
      pos = stopped;
    }
  }
  /** The line break ending the record at `pos`, its input grown to hold it; \u22121 when it is not in the window or too long. */
  roomForRecord(bytes, pos, end, filled) {
    const lf = end < filled ? bytes.indexOf(LF, end) : -1;
    if (lf < 0 || lf >= filled || lf + 1 - pos > MAX_INPUT_BYTES) return -1;
    const memory = this.instance.lane.memory;
    const missing = this.offsets.input + lf + 1 - pos + READ_AHEAD - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65536));
    this.viewMemory();
    return lf;
  }
  /** Makes the arrays views of the module's memory as it is now (a memory that grew has a new buffer). */
  viewMemory() {
    const buffer = this.instance.lane.memory.buffer;
    const { offsets: at, cells } = this;
    this.numbers = new Float64Array(buffer, at.numbers, cells);
    this.starts = new Int32Array(buffer, at.starts, cells);
    this.ends = new Int32Array(buffer, at.ends, cells);
    this.hashes = new Int32Array(buffer, at.hashes, cells);
    this.codes = new Int32Array(buffer, at.codes, cells);
    this.tags = new Int32Array(buffer, at.tags, (at.slots - at.tags) / 4);
    this.slots = new Int32Array(buffer, at.slots, 4 * CACHE_SLOTS);
    this.keys = new Uint8Array(buffer, at.keys, KEY_BYTES);
    this.parsed = new Uint8Array(buffer, at.parsed, cells);
    this.modes = new Uint8Array(buffer, at.modes, at.input - at.modes);
    this.input = new Uint8Array(buffer, at.input, buffer.byteLength - at.input - READ_AHEAD);
  }
  /** Runs the module over the complete lines bytes[pos, lastLf], copied into its input. */
  runLines(bytes, pos, lastLf, stopAt) {
    const lines = bytes.subarray(pos, lastLf + 1);
    const quote = lines.indexOf(QUOTE);
    const nextQuote = quote < 0 ? lastLf + 1 : pos + quote;
    this.input.set(lines);
    const input = this.offsets.input;
    return this.instance.lane.run(
      input,
      input + lastLf - pos,
      input + Math.min(stopAt, lastLf + 1) - pos,
      input + nextQuote - pos,
      this.modes.length,
      this.batch,
      this.delimiter,
      pos - input
    );
  }
  /** Gives the instance back for the next scan on this thread; its arrays must not be used afterwards. */
  release() {
    if (this.released) return;
    this.released = true;
    this.instance.calls.onBatch = () => {
    };
    idle.push(this.instance);
  }
};

// src/formats/parse-boolean.ts
var spellings = {
  true: 1,
  True: 1,
  TRUE: 1,
  "1": 1,
  false: 0,
  False: 0,
  FALSE: 0,
  "0": 0
};
function parseBooleanCell(cell) {
  if (cell === null) return null;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (typeof cell === "number") return cell === 1 || cell === 0 ? cell : void 0;
  return Object.hasOwn(spellings, cell.trim()) ? spellings[cell.trim()] : void 0;
}

// src/formats/parse-number-bytes.ts
var powersOfTen2 = Array.from({ length: 23 }, (_, i) => 10 ** i);
var MAX_EXACT = 2 ** 53;
function isDigit(b) {
  return b !== void 0 && b >= 48 && b <= 57;
}
function isAsciiSpace(b) {
  return b === 32 || b >= 9 && b <= 13;
}
function slow(bytes, start, end) {
  return parseNumberCell(bytes.toString("utf8", start, end)) ?? void 0;
}
function parseNumberBytes(bytes, start, end) {
  let p = start;
  const negative = bytes[p] === 45;
  if (negative) p++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let c = bytes[p];
  while (p < end && c !== void 0 && c >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    c = bytes[++p];
  }
  if (p < end && c === 46) {
    c = bytes[++p];
    while (p < end && c !== void 0 && c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      scale++;
      c = bytes[++p];
    }
  }
  if (p === end && digits > 0 && digits <= 15 && scale <= 22) {
    const magnitude = mantissa / powersOfTen2[scale];
    return negative ? -magnitude : magnitude;
  }
  return parseGeneral(bytes, start, end);
}
function parseGeneral(bytes, start, end) {
  let s = start;
  let e = end;
  while (s < e && isAsciiSpace(bytes[s])) s++;
  while (e > s && isAsciiSpace(bytes[e - 1])) e--;
  if (s === e) return void 0;
  if (bytes[s] >= 128 || bytes[e - 1] >= 128) return slow(bytes, start, end);
  let p = s;
  let negative = false;
  let c = bytes[p];
  if (c === 43 || c === 45) {
    negative = c === 45;
    p++;
    if (p === e) return void 0;
    c = bytes[p];
  }
  if ((c | 32) >= 97) return slow(bytes, start, end);
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let exact = true;
  while (p < e && isDigit(bytes[p])) {
    mantissa = mantissa * 10 + (bytes[p] - 48);
    digits++;
    p++;
  }
  if (p < e && bytes[p] === 46) {
    p++;
    while (p < e && isDigit(bytes[p])) {
      mantissa = mantissa * 10 + (bytes[p] - 48);
      digits++;
      scale--;
      p++;
    }
  }
  if (digits === 0) return void 0;
  if (mantissa >= MAX_EXACT) exact = false;
  if (p < e) {
    c = bytes[p];
    if (c !== 101 && c !== 69) return void 0;
    p++;
    let exponentNegative = false;
    if (p < e && (bytes[p] === 43 || bytes[p] === 45)) {
      exponentNegative = bytes[p] === 45;
      p++;
    }
    const exponentStart = p;
    let exponent = 0;
    while (p < e && isDigit(bytes[p])) {
      if (exponent < 1e5) exponent = exponent * 10 + (bytes[p] - 48);
      p++;
    }
    if (p === exponentStart) return void 0;
    if (p < e) return void 0;
    scale += exponentNegative ? -exponent : exponent;
  }
  if (!exact || scale > 22 || scale < -22) {
    return Number(bytes.toString("latin1", s, e));
  }
  const magnitude = scale >= 0 ? mantissa * powersOfTen2[scale] : mantissa / powersOfTen2[-scale];
  return negative ? -magnitude : magnitude;
}
function parseIntegerBytes(bytes, start, end) {
  let s = start;
  let e = end;
  while (s < e && isAsciiSpace(bytes[s])) s++;
  while (e > s && isAsciiSpace(bytes[e - 1])) e--;
  if (s === e) return void 0;
  if (bytes[s] >= 128 || bytes[e - 1] >= 128) {
    return parseIntegerCell(bytes.toString("utf8", start, end)) ?? void 0;
  }
  let p = s;
  if (bytes[p] === 43 || bytes[p] === 45) p++;
  if (p === e) return void 0;
  let value = 0;
  for (let i = p; i < e; i++) {
    const c = bytes[i];
    if (c < 48 || c > 57) return void 0;
    value = value * 10 + (c - 48);
  }
  if (value >= MAX_EXACT) return Number(bytes.toString("latin1", s, e));
  return bytes[s] === 45 ? -value : value;
}

// src/formats/scan-column-builder.ts
var AUTO_DICTIONARY_LIMIT = 1 << 16;
var AUTO_NUMBER_DICTIONARY_LIMIT = 1 << 8;
var ROOM = 4;
var PARSE_CACHE_LIMIT = 1 << 16;
var BLOCK = 1 << 14;
var FIRST_BLOCK = 1 << 9;
var DIRECT_NUMBERS = 1;
var DIRECT_CATEGORIES = 2;
var DIRECT_CACHED = 3;
var noBytes = Buffer.alloc(0);
function parseText(kind, text) {
  switch (kind) {
    case "number":
      return parseNumberCell(text) ?? void 0;
    case "integer":
      return parseIntegerCell(text) ?? void 0;
    case "boolean":
      return parseBooleanCell(text) ?? void 0;
    case "date":
      return parseIsoDate(text);
    case "datetime":
      return parseIsoDatetime(text);
  }
}
function firstKind(text) {
  if (parseNumberCell(text) !== void 0) return "number";
  if (parseIsoDate(text) !== void 0) return "date";
  if (parseIsoDatetime(text) !== void 0) return "datetime";
  return "category";
}
var ScanColumnBuilder = class {
  auto;
  rowsLayout;
  state;
  badLimit;
  /** Rows so far. */
  length = 0;
  /** Entries written to `values`: every row in the rows layout, present numbers of the block in the other. */
  slots = 0;
  /** Layout `distribution`: `values` is full at this many entries (`Infinity` in the rows layout). */
  blockEnd = Number.POSITIVE_INFINITY;
  /** Layout `distribution`: counts of the full blocks, made when the first block is counted. */
  counter = null;
  capacity;
  values = null;
  /** Rows layout. */
  status = null;
  /** Rows layout: a code per row. */
  codes = null;
  /** Distribution layout: rows per code. */
  counts = null;
  /** Category codes; for other text-parsed kinds, the key of the `parsed` cache. */
  dictionary = null;
  /** Parsed value per dictionary code; NaN caches "does not parse". */
  parsed = [];
  present = 0;
  missing = 0;
  bad = 0;
  badCells = [];
  // The present cell being added: bytes[start, end) or text.
  bytes = noBytes;
  start = 0;
  end = 0;
  hash;
  text = null;
  /** Where the first arrays of a short column come from (a wide table has thousands of them). */
  arena;
  /** A column scanned with cell checks keeps no values: each is checked as it is added. */
  checker;
  constructor(kind, expectedRows, badLimit, layout = "rows", arena, checks) {
    this.arena = arena;
    this.auto = kind === "auto";
    this.checker = checks && kind !== "category" && kind !== "auto" ? new CellChecker(checks) : null;
    this.rowsLayout = layout === "rows" && this.checker === null;
    this.state = kind === "auto" ? "undecided" : kind;
    this.badLimit = badLimit;
    this.capacity = Math.max(16, expectedRows);
    if (this.state !== "category" && this.checker === null) {
      if (this.rowsLayout) {
        this.values = this.allocate(Float64Array, this.capacity, this.capacity * ROOM);
        this.status = this.allocate(Uint8Array, this.capacity, this.capacity * ROOM);
      } else {
        this.values = this.allocateBlock(Math.min(FIRST_BLOCK, this.capacity));
        this.blockEnd = this.values.length;
      }
    }
    if (this.auto || this.state === "category") {
      if (this.rowsLayout)
        this.codes = this.allocate(Int32Array, this.capacity, this.capacity * ROOM);
      else this.counts = this.allocate(Int32Array, 16);
    }
    if (this.state !== "number" && this.state !== "integer") this.dictionary = new ByteDictionary();
  }
  /** A zero-filled array: from the arena while it is short, else with a buffer of its own. */
  allocate(type, length, room = length) {
    return this.arena ? this.arena.take(type, length, room) : allocateColumn(type, length, room);
  }
  /**
   * Layout `distribution`'s block of numbers: from the arena while it is short, else a
   * plain buffer, never a resizable one. The block is not resized (a fuller one is a new
   * array, nextBlock), and V8 reads a resizable buffer's elements about 2.5 times slower
   * (1.7 against 0.7 ms per million), in the loops that fill and count every block.
   */
  allocateBlock(length) {
    return this.arena && length * Float64Array.BYTES_PER_ELEMENT <= ColumnArena.maxBytes ? this.arena.take(Float64Array, length) : new Float64Array(length);
  }
  /** A zero-filled array for the finished column: from the arena's kept slabs while it is short. */
  allocateKept(type, length) {
    return this.arena ? this.arena.takeKept(type, length) : allocateColumn(type, length);
  }
  /** An array cut to `length` for the finished column, out of the arena's working slabs. */
  kept(array, length) {
    return this.arena ? this.arena.keep(array, length) : cutColumn(array, length);
  }
  /** Adds missing cells up to `rows` rows (a JSONL row that lacks this key). */
  padTo(rows) {
    while (this.length < rows) this.addMissing();
  }
  addMissing() {
    if (this.length === this.capacity) this.grow();
    if (this.rowsLayout) {
      if (this.values) {
        this.values[this.slots] = Number.NaN;
        this.status[this.slots] = CELL_MISSING;
        this.slots++;
      }
      if (this.codes) this.codes[this.length] = -1;
    }
    this.checker?.missing(this.length);
    this.length++;
    this.missing++;
  }
  /** A present CSV field, as UTF-8 bytes; `hash` is their FNV-1a hash when already known. */
  addBytes(bytes, start, end, record, line, hash) {
    if (this.state === "number" && this.dictionary === null && this.length < this.capacity) {
      const value = parseNumberBytes(bytes, start, end);
      if (value !== void 0) {
        this.addValue(value, -1);
        return;
      }
    }
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.hash = hash;
    this.text = null;
    this.addPresent(record, line);
  }
  /**
   * Tells the CSV fast lane what to do with this column's field `field` on
   * the way (src/formats/csv-simple-records.ts): parse numbers while the
   * column reads numbers (and `numbers` allows it), hash the bytes while it
   * keeps a dictionary, and look their code up in its cache where
   * addLaneCells reads the dictionary's codes.
   */
  setLaneMode(lane, field, numbers) {
    const number = numbers && (this.state === "number" || this.state === "undecided");
    const direct = this.directMode();
    const coded = direct === DIRECT_CATEGORIES || direct === DIRECT_CACHED || this.state === "number" && this.dictionary !== null;
    const mode = (number ? LANE_NUMBER : 0) | (this.dictionary ? LANE_HASH : 0) | (coded ? LANE_CODE : 0);
    lane.setMode(field, mode, this.dictionary);
  }
  /**
   * A number the fast lane already parsed (src/formats/csv-simple-records.ts), its
   * cell `at` of field `field`, from bytes[start, end), with its cached code in
   * `codes` if any (laneCode): taken when this column reads numbers; false means
   * "use addBytes".
   */
  addParsedNumber(value, lane, field, at, codes, bytes, start, end) {
    if (this.state !== "number" || this.length === this.capacity) return false;
    if (this.dictionary !== null) {
      let code = this.laneCode(lane, field, at, codes, bytes, start, end);
      if (this.dictionary.size > AUTO_NUMBER_DICTIONARY_LIMIT) code = this.dropDictionary();
      this.addValue(value, code);
      return true;
    }
    this.addValue(value, -1);
    return true;
  }
  /**
   * Field `field` of a batch of `count` simple records from the CSV fast lane
   * (src/formats/csv-simple-records.ts), the first being `record` on `line`: the
   * cells as addParsedNumber, addMissing or addBytes would take them one by one.
   */
  addLaneCells(lane, field, count, bytes, record, line, emptyIsMissing, isMissingToken) {
    const { starts, ends, parsed, numbers, hashes } = lane;
    const hashed = (lane.modes[field] & LANE_HASH) !== 0;
    const laneCodes = lane.codesOf(field, this.dictionary);
    const coded = laneCodes !== null;
    const codes = laneCodes ?? lane.uncached;
    let direct = this.directMode();
    let runsOfCodes = this.takesCodes(direct) && coded;
    let runsOfCodedNumbers = this.takesCodedNumbers(direct) && coded;
    for (let r = 0, at = field * lane.batch; r < count; r++, at++) {
      if (direct === DIRECT_NUMBERS && parsed[at] === 1) {
        const taken = this.takeNumbers(lane, at, at + count - r, emptyIsMissing);
        r += taken - 1;
        at += taken - 1;
        continue;
      }
      if (codes[at] >= 0 && runsOfCodedNumbers && parsed[at] === 1) {
        const taken = this.takeCodedNumbers(lane, codes, at, at + count - r);
        if (taken > 0) {
          r += taken - 1;
          at += taken - 1;
          continue;
        }
      }
      if (codes[at] >= 0 && runsOfCodes) {
        const taken = this.takeCodes(codes, at, at + count - r, direct === DIRECT_CACHED);
        if (taken > 0) {
          r += taken - 1;
          at += taken - 1;
          continue;
        }
      }
      const start = starts[at];
      const end = ends[at];
      if (direct === DIRECT_CATEGORIES && hashed) {
        if (start === end ? emptyIsMissing : isMissingToken?.(bytes, start, end)) {
          this.addMissing();
          continue;
        }
        if (this.length === this.capacity) this.grow();
        const code = this.laneCode(lane, field, at, codes, bytes, start, end);
        const dropped = this.auto && this.dictionary.size > this.autoDictionaryLimit();
        this.addCode(dropped ? this.dropDictionary() : code);
        if (!dropped) continue;
      } else if (parsed[at] === 1 && this.addParsedNumber(numbers[at], lane, field, at, codes, bytes, start, end)) {
      } else if (start === end ? emptyIsMissing : isMissingToken?.(bytes, start, end))
        this.addMissing();
      else if (!(direct === DIRECT_CACHED && hashed && this.addCachedValue(this.laneCode(lane, field, at, codes, bytes, start, end))))
        this.addBytes(bytes, start, end, record + r, line + r, hashed ? hashes[at] : void 0);
      direct = this.directMode();
      runsOfCodes = this.takesCodes(direct) && coded;
      runsOfCodedNumbers = this.takesCodedNumbers(direct) && coded;
    }
  }
  /**
   * Whether takeCodedNumbers may take the cells of a column in mode `direct`: an `auto`
   * column that reads numbers and keeps its texts' codes while they are few (counts,
   * ratings, flags: addParsedNumber's column), in layout `distribution`.
   */
  takesCodedNumbers(direct) {
    return direct === 0 && this.state === "number" && this.auto && this.dictionary !== null && this.checker === null && this.counts !== null && !this.rowsLayout;
  }
  /**
   * The cells at [from, to) up to the first the lane did not parse as a number, or whose
   * code it did not find cached: each code counted and each number put in the block, as
   * addParsedNumber and addValue add them one by one (the block counted when full, the
   * capacity grown when reached); how many it took. A cached code is not new to the
   * dictionary, so its size, and the limit on it, stay as they were. The bench's 1M-row
   * drift has two such columns (num_04, num_13): 4 of its 28 million cells.
   */
  takeCodedNumbers(lane, codes, from, to) {
    const { numbers, parsed } = lane;
    const counts = this.counts;
    let at = from;
    while (at < to) {
      const stop = this.runStop(at, to);
      const values = this.values;
      const first = at;
      let slots = this.slots;
      for (; at < stop; at++) {
        const code = codes[at];
        if (parsed[at] !== 1 || code < 0 || code >= counts.length) break;
        counts[code]++;
        values[slots++] = numbers[at];
      }
      this.tookValues(slots, at - first);
      if (at < stop) break;
    }
    return at - from;
  }
  /**
   * Whether takeCodes may count the cells of a column in mode `direct` by their cached
   * codes alone: categories, and an `auto` column's dates, datetimes and booleans, counted
   * by code in layout `distribution` (addCode, and addCachedValue's countedByCode).
   */
  takesCodes(direct) {
    if (this.counts === null || this.rowsLayout) return false;
    return direct === DIRECT_CATEGORIES || direct === DIRECT_CACHED && this.auto;
  }
  /**
   * The cells at codes[from, to) up to the first whose code the lane did not find cached
   * (laneCode), counted as addCode would count them one by one; with `parsedOnly`
   * (DIRECT_CACHED), also up to the first whose text did not parse (addCachedValue). How
   * many it took. A cached code is one the dictionary gave for a present cell of this
   * column (lookUpCode), so the cell is neither missing nor new to the dictionary, whose
   * size, and the `auto` column's limit on it, stay as they were. The category and date
   * columns of a big scan: in the 1M-row drift, 10 of its 28 million cells.
   */
  takeCodes(codes, from, to, parsedOnly) {
    const counts = this.counts;
    const parsed = this.parsed;
    let at = from;
    for (; at < to; at++) {
      const code = codes[at];
      if (code < 0 || code >= counts.length) break;
      if (parsedOnly) {
        const value = parsed[code];
        if (value === void 0 || Number.isNaN(value)) break;
      }
      counts[code]++;
    }
    const taken = at - from;
    this.length += taken;
    this.present += taken;
    while (this.length > this.capacity) this.grow();
    return taken;
  }
  /** Which of addLaneCells' hot paths fits the column now. */
  directMode() {
    if (this.state === "number" && this.dictionary === null && this.checker === null)
      return DIRECT_NUMBERS;
    const coded = this.codes !== null || this.counts !== null;
    if (this.state === "category" && this.dictionary !== null && coded) return DIRECT_CATEGORIES;
    const cached = this.state === "date" || this.state === "datetime" || this.state === "boolean";
    if (cached && this.dictionary !== null && this.checker === null) return DIRECT_CACHED;
    return 0;
  }
  /**
   * The dictionary's code of the lane's cell `at` (field `field`, bytes[start, end)):
   * the one the lane found cached in `codes` (src/formats/csv-simple-records.ts), else
   * the dictionary's, then cached for the batches to come unless `codes` are the lane's
   * codes of none (`uncached`).
   */
  laneCode(lane, field, at, codes, bytes, start, end) {
    const cached = codes[at];
    return cached >= 0 ? cached : this.lookUpCode(lane, field, at, codes !== lane.uncached, bytes, start, end);
  }
  /** laneCode's miss: the dictionary's code, cached when the lane has codes for this column (`coded`). */
  lookUpCode(lane, field, at, coded, bytes, start, end) {
    const code = this.dictionary.codeOf(bytes, start, end, lane.hashes[at]);
    if (coded) lane.remember(field, at, code, bytes, start, end);
    return code;
  }
  /**
   * DIRECT_CACHED: a present cell whose text, of dictionary code `code`, was parsed
   * before (a date seen again), added as addPresent adds it, without its detours (the
   * 1M-row profile took 1.73 instead of 1.78 s); false, with no cell added, for a text
   * new to the dictionary (which now holds it) or one that did not parse: addBytes
   * takes those, and finds the same code.
   */
  addCachedValue(code) {
    const value = this.parsed[code];
    if (value === void 0 || Number.isNaN(value)) return false;
    if (this.length === this.capacity) this.grow();
    if (this.auto && this.counts !== null && !this.rowsLayout) this.addCode(code);
    else this.addValue(value, this.auto ? code : -1);
    return true;
  }
  /**
   * DIRECT_NUMBERS: the numbers at numbers[from, to) up to the first one the lane did not
   * parse, copied into the block as addValue would add them one by one (the block counted
   * when full, the capacity grown when reached; in layout `rows` the block is the column,
   * which never fills, and its status stays CELL_PRESENT), and with `emptyIsMissing` the
   * empty cells between them as missing (addMissing); how many cells it took, at least one.
   * The hot loop of a big scan, on locals rather than a call per value: the 1M-row drift
   * took 1.85 instead of 1.91 s, and the 1M-row profile 1.37 instead of 1.42 s. Taking the
   * empty cells too spares a return to addLaneCells and a new call for each of them: the
   * bench's numeric columns are 1 to 5 % empty, 0.7 million cells in its 1M-row drift.
   */
  takeNumbers(lane, from, to, emptyIsMissing) {
    const { numbers, parsed, starts, ends } = lane;
    let at = from;
    for (; ; ) {
      at = this.takeNumberRun(numbers, parsed, at, to);
      if (!emptyIsMissing) break;
      const first = at;
      while (at < to && parsed[at] !== 1 && starts[at] === ends[at]) at++;
      if (at === first) break;
      for (let k = first; k < at; k++) this.addMissing();
    }
    return at - from;
  }
  /** takeNumbers' run of parsed numbers from `from`: where it stopped. */
  takeNumberRun(numbers, parsed, from, to) {
    let at = from;
    while (at < to && parsed[at] === 1) {
      const stop = this.runStop(at, to);
      const values = this.values;
      const first = at;
      let slots = this.slots;
      while (at < stop && parsed[at] === 1) values[slots++] = numbers[at++];
      this.tookValues(slots, at - first);
    }
    return at;
  }
  /**
   * Before a run of present values from cell `at` (of cells up to `to`): the capacity grown
   * and the block counted if either is reached; the cell at which the run must stop, where
   * the block fills or the capacity is reached.
   */
  runStop(at, to) {
    if (this.length === this.capacity) this.grow();
    if (this.slots === this.blockEnd) this.nextBlock();
    return Math.min(to, at + (this.blockEnd - this.slots), at + (this.capacity - this.length));
  }
  /** After a run of `taken` present values put in the block, which now holds `slots`. */
  tookValues(slots, taken) {
    this.slots = slots;
    this.length += taken;
    this.present += taken;
  }
  /** A present cell given as text (an unescaped CSV field, a JSON or Parquet string). */
  addText(text, record, line) {
    this.text = text;
    this.hash = void 0;
    this.addPresent(record, line);
  }
  /** A present JSON/Parquet number or boolean: typed, so only its own kinds accept it. */
  addTyped(cell, record, line) {
    if (this.length === this.capacity) this.grow();
    const state = this.state;
    if (state === "category" && !this.auto) {
      this.addCode(this.dictionary.codeOfText(String(cell)));
      return;
    }
    if (this.auto) {
      const code = this.dictionary ? this.autoCode(String(cell)) : -1;
      if (state === "undecided") this.state = typeof cell === "number" ? "number" : "category";
      if (this.state === "number" && typeof cell === "number") this.addValue(cell, code);
      else this.demote(code);
      return;
    }
    let value;
    if (state === "boolean") value = parseBooleanCell(cell) ?? void 0;
    else if (state === "number" && typeof cell === "number") value = cell;
    else if (state === "integer" && Number.isInteger(cell)) value = cell;
    if (value === void 0) this.addBad(String(cell), record, line);
    else this.addValue(value, -1);
  }
  /** A present Parquet DATE (`isDate`) or TIMESTAMP, as ms since the epoch. */
  addTime(ms, isDate, record, line) {
    if (this.length === this.capacity) this.grow();
    const text = () => {
      const iso = new Date(ms).toISOString();
      return isDate ? iso.slice(0, 10) : iso;
    };
    const state = this.state;
    if (state === "category" && !this.auto) {
      this.addCode(this.dictionary.codeOfText(text()));
      return;
    }
    const fits = (kind) => kind === "datetime" || kind === "date" && (isDate || ms % 864e5 === 0);
    if (this.auto) {
      const code = this.dictionary ? this.autoCode(text()) : -1;
      if (state === "undecided") this.state = isDate ? "date" : "datetime";
      if (code >= 0) this.parsed[code] = ms;
      if (fits(this.state)) this.addValue(ms, code);
      else this.demote(code);
      return;
    }
    if (fits(state)) this.addValue(ms, -1);
    else this.addBad(text(), record, line);
  }
  inputText() {
    return this.text ?? this.bytes.toString("utf8", this.start, this.end);
  }
  inputCode() {
    if (!this.dictionary) return -1;
    return this.text === null ? this.dictionary.codeOf(this.bytes, this.start, this.end, this.hash) : this.dictionary.codeOfText(this.text);
  }
  inputNumber() {
    return this.text === null ? parseNumberBytes(this.bytes, this.start, this.end) : parseNumberCell(this.text) ?? void 0;
  }
  addPresent(record, line) {
    if (this.length === this.capacity) this.grow();
    const state = this.state;
    if (!this.auto) {
      if (state === "category") this.addCode(this.inputCode());
      else if (state === "number") this.settle(this.inputNumber(), record, line);
      else if (state === "integer") {
        const value2 = this.text === null ? parseIntegerBytes(this.bytes, this.start, this.end) : parseIntegerCell(this.text) ?? void 0;
        this.settle(value2, record, line);
      } else {
        this.settle(this.cachedParse(state, this.inputCode()), record, line);
      }
      return;
    }
    let code = -1;
    if (this.dictionary) {
      code = this.inputCode();
      if (this.dictionary.size > this.autoDictionaryLimit()) code = this.dropDictionary();
    }
    if (state === "undecided") this.state = firstKind(this.inputText());
    const kind = this.state;
    if (kind === "category") {
      this.addCode(code);
      return;
    }
    const value = kind === "number" ? this.inputNumber() : this.cachedParse(kind, code);
    if (value === void 0) this.demote(code);
    else this.addValue(value, code);
  }
  /** An `auto` column's code for a text, while its dictionary stays small; -1 once dropped. */
  autoCode(text) {
    if (!this.dictionary) return -1;
    const code = this.dictionary.codeOfText(text);
    return this.dictionary.size > this.autoDictionaryLimit() ? this.dropDictionary() : code;
  }
  autoDictionaryLimit() {
    return this.state === "number" ? AUTO_NUMBER_DICTIONARY_LIMIT : AUTO_DICTIONARY_LIMIT;
  }
  dropDictionary() {
    const byCode = this.tableByCode();
    if (byCode) {
      this.counter ??= new ValueCounter(this.capacity);
      this.counter.absorbTable(byCode);
    }
    this.dictionary = null;
    this.codes = null;
    this.counts = null;
    this.parsed = [];
    return -1;
  }
  cachedParse(kind, code) {
    if (code < 0) return parseText(kind, this.inputText());
    let value = this.parsed[code];
    if (value === void 0) {
      value = parseText(kind, this.inputText()) ?? Number.NaN;
      this.parsed[code] = value;
      if (!this.auto && this.dictionary.size > PARSE_CACHE_LIMIT) this.dropDictionary();
    }
    return Number.isNaN(value) ? void 0 : value;
  }
  settle(value, record, line) {
    if (value === void 0) this.addBad(this.inputText(), record, line);
    else this.addValue(value, -1);
  }
  /** Notes the row's text code: per row (rows layout) or as a count (distribution). */
  recordCode(code) {
    if (this.codes) this.codes[this.length] = code;
    else if (this.counts && code >= 0) {
      if (code >= this.counts.length) {
        const counts = new Int32Array(Math.max(this.counts.length * 2, code + 1));
        counts.set(this.counts);
        this.counts = counts;
      }
      this.counts[code]++;
    }
  }
  addCode(code) {
    this.recordCode(code);
    this.length++;
    this.present++;
  }
  /** An `auto` column met a cell that does not fit its kind: it is a category from now on. */
  demote(code) {
    this.state = "category";
    this.values = null;
    this.counter = null;
    this.status = null;
    this.parsed = [];
    this.addCode(code);
  }
  /** A present value; `code` is its text's code in an `auto` column (else -1). */
  addValue(value, code) {
    if (this.auto) this.recordCode(code);
    if (this.checker) this.checker.present(this.length, value);
    else if (!this.countedByCode(value, code)) {
      if (this.slots === this.blockEnd) this.nextBlock();
      this.values[this.slots++] = value;
    }
    this.length++;
    this.present++;
  }
  /**
   * Layout `distribution`: whether the value is counted by its text's code
   * alone, as the parsed value of a code (a date seen again), tabled from the
   * codes at the end (countByCode) rather than added to a block.
   */
  countedByCode(value, code) {
    return code >= 0 && this.counts !== null && !this.rowsLayout && this.parsed[code] === value;
  }
  /** The values counted by code so far, as a table; null when none were. */
  tableByCode() {
    if (this.counts === null || this.rowsLayout || this.parsed.length === 0) return null;
    return countByCode(this.parsed, this.counts, (type, length) => this.allocateKept(type, length));
  }
  addBad(value, record, line) {
    if (this.rowsLayout) {
      this.values[this.slots] = Number.NaN;
      this.status[this.slots] = CELL_BAD;
      this.slots++;
    }
    this.length++;
    this.bad++;
    if (this.badCells.length < this.badLimit) this.badCells.push({ record, line, value });
  }
  /** Layout `distribution`: a larger block while below BLOCK, else the full block counted. */
  nextBlock() {
    const values = this.values;
    if (values.length < BLOCK) {
      const larger = new Float64Array(Math.min(BLOCK, values.length * 2));
      larger.set(values);
      releaseColumn(values);
      this.values = larger;
      this.blockEnd = larger.length;
      return;
    }
    this.counter ??= new ValueCounter(this.capacity);
    this.counter.add(values, this.slots);
    this.slots = 0;
  }
  grow() {
    this.capacity = Math.ceil(this.capacity * 1.5);
    if (this.values && this.rowsLayout) this.values = resizeColumn(this.values, this.capacity);
    if (this.status) this.status = resizeColumn(this.status, this.capacity);
    if (this.codes) this.codes = resizeColumn(this.codes, this.capacity);
  }
  /**
   * The chunk's column, its arrays cut to their used length here (on the
   * reading thread), so that the caller gets buffers it can hand on whole.
   * With `handOverCounts`, a counter's state rather than its finished table.
   */
  finish(handOverCounts = false) {
    const cut = (array, length) => array && this.kept(array, length);
    const numeric = this.state !== "category";
    const dictionary = !numeric && this.dictionary && (this.codes || this.counts) ? this.dictionary.values() : null;
    const common = {
      kind: this.state,
      presentCount: this.present,
      missingCount: this.missing,
      badCount: this.bad,
      badCells: this.badCells,
      dictionary
    };
    if (this.checker) {
      return {
        ...common,
        length: this.length,
        values: null,
        status: null,
        codes: null,
        counts: null,
        counted: null,
        checked: this.checker.finish()
      };
    }
    if (this.rowsLayout) {
      return {
        ...common,
        length: this.length,
        values: numeric ? cut(this.values, this.slots) : null,
        status: numeric ? cut(this.status, this.slots) : null,
        codes: dictionary ? cut(this.codes, this.length) : null,
        counts: null,
        counted: null
      };
    }
    let counted = null;
    const byCode = numeric ? this.tableByCode() : null;
    if (byCode && this.counter === null && this.slots === 0) {
      counted = byCode;
      releaseColumn(this.values);
      this.values = null;
    } else if (numeric && !byCode && this.counter === null && this.slots <= FEW_VALUES) {
      counted = countFewValues(
        this.values,
        this.slots,
        (type, length) => this.allocateKept(type, length)
      );
      releaseColumn(this.values);
      this.values = null;
    } else if (numeric) {
      const counter = this.counter ?? new ValueCounter();
      if (byCode) counter.absorbTable(byCode);
      counter.add(this.values, this.slots);
      counted = handOverCounts ? counter.handOver() : counter.finish();
      releaseColumn(this.values);
      this.values = null;
      this.counter = null;
    }
    return {
      ...common,
      length: numeric ? this.present : this.length,
      values: null,
      status: null,
      codes: null,
      counts: dictionary ? this.kept(this.counts, this.dictionary.size) : null,
      counted
    };
  }
};

// src/formats/merge-chunk-columns.ts
function mergeChunkColumns(plans, chunkColumns, locate, settings) {
  const columns = [];
  const needsTextPass = [];
  const badCells = [];
  plans.forEach((plan, c) => {
    const parts = chunkColumns.map((columnsOfChunk) => columnsOfChunk[c]);
    const kind = mergedKind(plan, parts);
    const merged = mergeColumn(plan, kind, parts, settings.layout);
    columns.push(merged.column);
    needsTextPass.push(merged.needsTextPass);
    keepBadCells(badCells, plan.name, kind, parts, locate, settings.badCellsPerColumn);
    for (const columnsOfChunk of chunkColumns)
      columnsOfChunk[c] = void 0;
  });
  const order = new Map(plans.map((plan, c) => [plan.name, c]));
  badCells.sort((a, b) => a.row - b.row || order.get(a.column) - order.get(b.column));
  return { columns, needsTextPass, badCells };
}
function mergedKind(plan, parts) {
  if (plan.kind !== "auto") return plan.kind;
  let only;
  for (const { kind } of parts) {
    if (kind === "undecided" || kind === only) continue;
    if (only !== void 0) return "category";
    only = kind;
  }
  return only ?? "category";
}
function mergeColumn(plan, kind, parts, layout) {
  const name = plan.name;
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  if (kind !== "category" && plan.checks) {
    return { column: mergeChecked(name, kind, parts, plan.checks), needsTextPass: false };
  }
  if (kind !== "category") {
    return { column: mergeNumeric(name, kind, parts, length), needsTextPass: false };
  }
  const textPass = parts.some((part) => !part.dictionary || !(part.codes || part.counts));
  const column = textPass ? emptyCategory(name, length) : layout === "distribution" ? mergeCategoryCounts(name, parts) : mergeCategory(name, parts, length);
  return { column, needsTextPass: textPass };
}
function keepBadCells(badCells, column, kind, parts, locate, limit) {
  let kept = 0;
  parts.forEach((part, chunk) => {
    for (const cell of part.badCells) {
      if (kept++ >= limit) return;
      badCells.push({
        ...locate(chunk, cell),
        column,
        value: cell.value,
        expected: kind
      });
    }
  });
}
function mergeChecked(name, kind, parts, checks) {
  const checked = mergeCellChecks(
    parts.map((part) => ({ results: part.checked ?? noCellViolations(), rows: part.length })),
    checks.examples
  );
  return { name, kind, values: emptyFloat64s, status: emptyBytes, ...cellCounts(parts), checked };
}
function cellCounts(parts) {
  const counts = { presentCount: 0, missingCount: 0, badCount: 0 };
  for (const part of parts) {
    counts.presentCount += part.presentCount;
    counts.missingCount += part.missingCount;
    counts.badCount += part.badCount;
  }
  return counts;
}
function mergeNumeric(name, kind, parts, length) {
  const counts = cellCounts(parts);
  if (parts.some((part) => part.counted)) {
    const ranges = parts.flatMap((part) => part.counted ? [part.counted] : []);
    const counted = countRanges(ranges);
    return {
      name,
      kind,
      values: emptyFloat64s,
      status: emptyBytes,
      ...counts,
      counted
    };
  }
  const only = parts.length === 1 ? parts[0] : void 0;
  if (only?.values && only.status) {
    return { name, kind, values: only.values, status: only.status, ...counts };
  }
  const { values, status } = concatenateNumeric(parts, length);
  return { name, kind, values, status, ...counts };
}
function concatenateNumeric(parts, length) {
  const first = parts[0];
  const valuesInPlace = grownInPlace(first?.values, length);
  const statusInPlace = grownInPlace(first?.status, length);
  const values = valuesInPlace ?? allocateColumn(Float64Array, length);
  const status = statusInPlace ?? allocateColumn(Uint8Array, length);
  let offset = 0;
  for (const part of parts) {
    if (part.values) {
      if (part.values.buffer !== values.buffer) {
        values.set(part.values.subarray(0, part.length), offset);
        releaseColumn(part.values);
      }
      if (part.status && part.status.buffer !== status.buffer) {
        status.set(part.status.subarray(0, part.length), offset);
        releaseColumn(part.status);
      }
    } else {
      values.fill(Number.NaN, offset, offset + part.length);
      status.fill(CELL_MISSING, offset, offset + part.length);
    }
    offset += part.length;
  }
  return { values, status };
}
function grownInPlace(column, length) {
  const buffer = column?.buffer;
  if (!column || !(buffer instanceof ArrayBuffer) || !buffer.resizable) return void 0;
  if (column.byteOffset !== 0 || buffer.maxByteLength < length * column.BYTES_PER_ELEMENT) {
    return void 0;
  }
  return resizeColumn(column, length);
}
function globalDictionary() {
  const dictionary = [];
  const index = /* @__PURE__ */ new Map();
  const counts = [];
  const add = (text) => {
    let code = index.get(text);
    if (code === void 0) {
      code = dictionary.length;
      index.set(text, code);
      dictionary.push(text);
      counts.push(0);
    }
    return code;
  };
  return { dictionary, counts, add };
}
function mergeCategoryCounts(name, parts) {
  const only = parts.length === 1 ? parts[0] : void 0;
  if (only?.counts && only.counts.length === only.dictionary.length) {
    return {
      name,
      kind: "category",
      codes: emptyInt32s,
      dictionary: only.dictionary,
      counts: only.counts,
      presentCount: only.presentCount,
      missingCount: only.missingCount,
      badCount: 0
    };
  }
  const { dictionary, counts, add } = globalDictionary();
  let presentCount = 0;
  let missingCount = 0;
  for (const part of parts) {
    part.dictionary.forEach((text, code) => {
      counts[add(text)] += part.counts?.[code] ?? 0;
    });
    presentCount += part.presentCount;
    missingCount += part.missingCount;
  }
  return {
    name,
    kind: "category",
    codes: emptyInt32s,
    dictionary,
    counts: Int32Array.from(counts),
    presentCount,
    missingCount,
    badCount: 0
  };
}
function mergeCategory(name, parts, length) {
  if (parts.length === 1) return wholeCategory(name, parts[0]);
  const codes = allocateColumn(Int32Array, length);
  const { dictionary, counts, add } = globalDictionary();
  let offset = 0;
  let missingCount = 0;
  for (const part of parts) {
    const remap = part.dictionary.map(add);
    const source = part.codes;
    for (let i = 0; i < part.length; i++) {
      const code = source[i];
      if (code < 0) {
        codes[offset + i] = -1;
        missingCount++;
      } else {
        const global = remap[code];
        codes[offset + i] = global;
        counts[global]++;
      }
    }
    releaseColumn(source);
    offset += part.length;
  }
  return {
    name,
    kind: "category",
    codes,
    dictionary,
    counts: Int32Array.from(counts),
    presentCount: length - missingCount,
    missingCount,
    badCount: 0
  };
}
function wholeCategory(name, part) {
  const codes = part.codes;
  const dictionary = part.dictionary;
  const counts = new Int32Array(dictionary.length);
  let missingCount = 0;
  for (let i = 0; i < part.length; i++) {
    const code = codes[i];
    if (code < 0) missingCount++;
    else counts[code]++;
  }
  return {
    name,
    kind: "category",
    codes,
    dictionary,
    counts,
    presentCount: part.length - missingCount,
    missingCount,
    badCount: 0
  };
}
function emptyCategory(name, length) {
  return {
    name,
    kind: "category",
    codes: new Int32Array(length).fill(-1),
    dictionary: [],
    counts: new Int32Array(0),
    presentCount: 0,
    missingCount: length,
    badCount: 0
  };
}

export {
  buildTableScan,
  columnPlan,
  columnKind,
  planColumns,
  textPassPlans,
  webAssembly,
  CsvSimpleRecords,
  cellCheckKinds,
  CellChecker,
  ScanColumnBuilder,
  mergeChunkColumns
};
