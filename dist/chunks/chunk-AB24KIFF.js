import {
  CELL_PRESENT,
  NATIVE_SORT_BELOW,
  exclusivePrefixSums,
  sortNumbersInPlace,
  valueTable
} from "./chunk-XUDKVEYV.js";

// src/data/column-memory.ts
var SMALL_BYTES = 1 << 16;
function allocateColumn(type, length, room = length) {
  const size = type.BYTES_PER_ELEMENT;
  const maxByteLength = Math.max(length, room) * size;
  if (maxByteLength < SMALL_BYTES) return new type(new ArrayBuffer(length * size));
  return new type(new ArrayBuffer(length * size, { maxByteLength }));
}
var HUGE_PAGE_BYTES = 2 ** 21;
var MALLOC_HEADER_ROOM = 64;
function roomOnWholeHugePages(count, bytesPer) {
  const bytes = count * bytesPer;
  const pages = Math.ceil((bytes + MALLOC_HEADER_ROOM) / HUGE_PAGE_BYTES);
  const whole = pages * HUGE_PAGE_BYTES - MALLOC_HEADER_ROOM;
  return whole - bytes <= bytes / 8 ? Math.floor(whole / bytesPer) : count;
}
var ColumnArena = class _ColumnArena {
  /** Only columns of at most this many bytes are carved; longer ones take buffers of their own. */
  static maxBytes = 1 << 10;
  working = new Slabs();
  kept = new Slabs();
  /** A zero-filled working column of `length` elements, from a slab when it is small. */
  take(type, length, room = length) {
    const bytes = length * type.BYTES_PER_ELEMENT;
    if (bytes > _ColumnArena.maxBytes) return allocateColumn(type, length, room);
    return this.working.carve(type, length);
  }
  /** A zero-filled column of `length` elements that the reader hands on. */
  takeKept(type, length) {
    const bytes = length * type.BYTES_PER_ELEMENT;
    if (bytes > _ColumnArena.maxBytes) return allocateColumn(type, length);
    return this.kept.carve(type, length);
  }
  /** A column this arena gave, cut to `length` elements to be handed on: a slab's view copied out of the working slabs. */
  keep(array, length) {
    if (array.byteOffset === 0 || length > array.length) return cutColumn(array, length);
    const copy = this.takeKept(array.constructor, length);
    copy.set(array.subarray(0, length));
    return copy;
  }
};
var Slabs = class _Slabs {
  static firstSlabBytes = 1 << 13;
  static maxSlabBytes = 1 << 20;
  slab = new ArrayBuffer(0);
  used = 0;
  carve(type, length) {
    const bytes = length * type.BYTES_PER_ELEMENT;
    const start = this.used === 0 ? 8 : this.used;
    if (start + bytes > this.slab.byteLength) {
      const next = Math.min(
        _Slabs.maxSlabBytes,
        Math.max(_Slabs.firstSlabBytes, 2 * this.slab.byteLength)
      );
      this.slab = new ArrayBuffer(next);
      this.used = 0;
      return this.carve(type, length);
    }
    this.used = start + Math.ceil(bytes / 8) * 8;
    return new type(this.slab, start, length);
  }
};
function cutColumn(array, length) {
  if (array.byteOffset === 0 || length > array.length) return resizeColumn(array, length);
  return array.length === length ? array : array.subarray(0, length);
}
function resizeColumn(array, length) {
  const buffer = array.buffer;
  const bytes = length * array.BYTES_PER_ELEMENT;
  if (array.byteOffset === 0 && buffer.byteLength === bytes && array.length === length) {
    return array;
  }
  if (buffer instanceof ArrayBuffer && buffer.resizable && bytes <= buffer.maxByteLength && array.byteOffset === 0) {
    buffer.resize(bytes);
    return array.length * array.BYTES_PER_ELEMENT === bytes ? array : new array.constructor(buffer);
  }
  const moved = allocateColumn(array.constructor, length, length * 2);
  moved.set(array.subarray(0, Math.min(length, array.length)));
  return moved;
}
function releaseColumn(array) {
  const buffer = array.buffer;
  if (array.byteOffset === 0 && buffer instanceof ArrayBuffer && !buffer.detached && array.byteLength === buffer.byteLength) {
    buffer.transfer(0);
  }
}
var emptyBacking = new ArrayBuffer(8);
var emptyFloat64s = new Float64Array(emptyBacking, 8, 0);
var emptyBytes = new Uint8Array(emptyBacking, 8, 0);
var emptyInt32s = new Int32Array(emptyBacking, 8, 0);
var emptyUint32s = new Uint32Array(emptyBacking, 8, 0);

// src/data/count-values.ts
var maxDecimals = 6;
var hashLimit = 1 << 16;
function countValues(values, length = values.length) {
  const { finite, min, max, ...specials } = separateFinite(values, length);
  return { ...tableOf(finite, min, max), ...specials };
}
function countFewValues(values, length, allocate) {
  const { finite, nan, positiveInfinity, negativeInfinity } = separateFinite(values, length);
  finite.sort();
  let distinct = 0;
  for (let i = 0; i < finite.length; i++) if (i === 0 || finite[i] !== finite[i - 1]) distinct++;
  const table = allocate(Float64Array, distinct);
  const weights = allocate(Uint32Array, distinct);
  for (let i = 0, at = -1; i < finite.length; i++) {
    if (i === 0 || finite[i] !== finite[i - 1]) table[++at] = finite[i] + 0;
    weights[at]++;
  }
  return {
    values: table,
    weights,
    nan,
    positiveInfinity,
    negativeInfinity
  };
}
function countByCode(codeValues, counts, allocate) {
  const seen = [];
  for (let code = 0; code < Math.min(codeValues.length, counts.length); code++) {
    const value = codeValues[code];
    if (value !== void 0 && !Number.isNaN(value) && counts[code] > 0) seen.push(code);
  }
  if (seen.length === 0) return null;
  seen.sort((a, b) => codeValues[a] - codeValues[b]);
  let distinct = 0;
  for (let i = 0; i < seen.length; i++) {
    if (i === 0 || codeValues[seen[i]] !== codeValues[seen[i - 1]]) distinct++;
  }
  const values = allocate(Float64Array, distinct);
  const weights = allocate(Uint32Array, distinct);
  for (let i = 0, at = -1; i < seen.length; i++) {
    const value = codeValues[seen[i]];
    if (i === 0 || value !== codeValues[seen[i - 1]]) values[++at] = value + 0;
    weights[at] += counts[seen[i]];
  }
  return { values, weights, nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
}
var FEW_VALUES = 1 << 12;
function separateFinite(values, length) {
  let finite = 0;
  let nan = 0;
  let positiveInfinity = 0;
  let negativeInfinity = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (value - value === 0) {
      values[finite++] = value;
      if (value < min) min = value;
      if (value > max) max = value;
    } else if (value === Number.POSITIVE_INFINITY) positiveInfinity++;
    else if (value === Number.NEGATIVE_INFINITY) negativeInfinity++;
    else nan++;
  }
  return {
    finite: values.subarray(0, finite),
    min,
    max,
    nan,
    positiveInfinity,
    negativeInfinity
  };
}
function tableOf(finite, min, max) {
  if (finite.length === 0) return { values: new Float64Array(0), weights: new Uint32Array(0) };
  for (let decimals = decimalsOf(finite); decimals <= maxDecimals; decimals++) {
    const table = decimalTable(finite, min, max, 10 ** decimals);
    if (table === "too wide") break;
    if (table !== "more decimals") return table;
  }
  return hashTable(finite) ?? valueTable(sortNumbersInPlace(finite));
}
function decimalsOf(finite) {
  let decimals = 0;
  let scale = 1;
  for (let i = 0; i < Math.min(finite.length, 1024); i++) {
    const value = finite[i];
    while (decimals <= maxDecimals && Math.round(value * scale) / scale !== value) {
      decimals++;
      scale *= 10;
    }
  }
  return decimals;
}
function decimalTable(finite, min, max, scale) {
  const n = finite.length;
  const keys = decimalKeyRange(min, max, scale);
  if (!keys) return "too wide";
  const { low, span } = keys;
  if (countedInArray(span, n)) {
    const counts = new Uint32Array(span);
    for (let i = 0; i < n; i++) {
      const value = finite[i];
      const k = Math.round(value * scale);
      if (k / scale !== value) return "more decimals";
      counts[k - low]++;
    }
    return keyCountsTable(counts, low, scale);
  }
  const listed = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const value = finite[i];
    const k = Math.round(value * scale);
    if (k / scale !== value) return "more decimals";
    listed[i] = k - low;
  }
  return sortedKeysTable(sortKeys(listed, span), low, scale);
}
function decimalKeyRange(min, max, scale) {
  const low = Math.round(min * scale);
  const span = Math.round(max * scale) - low + 1;
  return span <= 2 ** 32 && Number.isSafeInteger(low) ? { low, span } : void 0;
}
function countedInArray(span, n) {
  return span <= Math.max(2 * n, 65536);
}
function sortedKeysTable(keys, low, scale) {
  const distinct = distinctSortedKeys(keys);
  const values = new Float64Array(distinct);
  const weights = new Uint32Array(distinct);
  fillSortedKeysTable(keys, low, scale, values, weights);
  countsFromEnds(weights);
  return { values, weights };
}
function differs(key, previous) {
  const gap = previous - key | 0;
  return (gap | -gap) >>> 31;
}
function distinctSortedKeys(keys) {
  const n = keys.length;
  if (n === 0) return 0;
  let distinct = 1;
  for (let i = 1; i < n; i++) distinct += differs(keys[i], keys[i - 1]);
  return distinct;
}
function fillSortedKeysTable(keys, low, scale, values, weights) {
  const n = keys.length;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (i > 0) at += differs(key, keys[i - 1]);
    values[at] = (key + low) / scale + 0;
    weights[at] = i + 1;
  }
}
function countsFromEnds(weights) {
  for (let j = weights.length - 1; j > 0; j--) weights[j] -= weights[j - 1];
}
function keyCountsTable(counts, low, scale) {
  let end = counts.length;
  while (end > 0 && counts[end - 1] === 0) end--;
  const distinct = nonZeroCounts(counts, end);
  const values = new Float64Array(distinct);
  const weights = new Uint32Array(distinct);
  fillKeyCountsTable(counts, end, low, scale, values, weights);
  return { values, weights };
}
function nonZeroCounts(counts, end) {
  let distinct = 0;
  for (let k = 0; k < end; k++) distinct += differs(counts[k], 0);
  return distinct;
}
function fillKeyCountsTable(counts, end, low, scale, values, weights) {
  let at = 0;
  for (let k = 0; k < end; k++) {
    const count = counts[k];
    values[at] = (k + low) / scale + 0;
    weights[at] = count;
    at += differs(count, 0);
  }
}
function sortKeys(keys, span) {
  const n = keys.length;
  if (n < NATIVE_SORT_BELOW) return keys.sort();
  let from = keys;
  let to = new Uint32Array(n);
  const offsets = new Uint32Array(65536);
  for (let shift = 0; shift < 32 && span - 1 >>> shift > 0; shift += 16) {
    offsets.fill(0);
    countDigits(from, shift, offsets);
    exclusivePrefixSums(offsets);
    scatterByDigit(from, to, shift, offsets);
    [from, to] = [to, from];
  }
  if (to !== keys) releaseColumn(to);
  return from;
}
function countDigits(keys, shift, counts) {
  const n = keys.length;
  for (let i = 0; i < n; i++) counts[keys[i] >>> shift & 65535]++;
}
function scatterByDigit(from, to, shift, offsets) {
  const n = from.length;
  for (let i = 0; i < n; i++) {
    const key = from[i];
    to[offsets[key >>> shift & 65535]++] = key;
  }
}
function hashTable(finite) {
  const n = finite.length;
  const limit = Math.min(hashLimit, n >>> 3);
  const size = 2 * 2 ** Math.ceil(Math.log2(limit + 1));
  const mask = size - 1;
  const keys = new Float64Array(size);
  const counts = new Uint32Array(size);
  const key = new Float64Array(1);
  const words = new Uint32Array(key.buffer);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const value = finite[i] + 0;
    key[0] = value;
    let slot = Math.imul(words[0] ^ Math.imul(words[1], 2654435761), 2246822507) & mask;
    for (; ; ) {
      if (counts[slot] === 0) {
        if (++distinct > limit) return null;
        keys[slot] = value;
        counts[slot] = 1;
        break;
      }
      if (keys[slot] === value) {
        counts[slot]++;
        break;
      }
      slot = slot + 1 & mask;
    }
  }
  const used = [];
  for (let slot = 0; slot < size; slot++) if (counts[slot] > 0) used.push(slot);
  used.sort((a, b) => keys[a] - keys[b]);
  return {
    values: Float64Array.from(used, (slot) => keys[slot]),
    weights: Uint32Array.from(used, (slot) => counts[slot])
  };
}
function mergeValueCounts(parts) {
  const empty = {
    values: new Float64Array(0),
    weights: new Uint32Array(0),
    nan: 0,
    positiveInfinity: 0,
    negativeInfinity: 0
  };
  return parts.reduce(mergeTwo, empty);
}
function mergeTwo(a, b) {
  const specials = {
    nan: a.nan + b.nan,
    positiveInfinity: a.positiveInfinity + b.positiveInfinity,
    negativeInfinity: a.negativeInfinity + b.negativeInfinity
  };
  if (a.values.length === 0 || b.values.length === 0) {
    const [kept, spent2] = a.values.length === 0 ? [b, a] : [a, b];
    releaseColumn(spent2.values);
    releaseColumn(spent2.weights);
    return { ...kept, ...specials };
  }
  const length = a.values.length + b.values.length - sharedValues(a.values, b.values);
  const values = new Float64Array(length);
  const weights = new Uint32Array(length);
  interleave(a, b, values, weights);
  for (const array of [a.values, b.values, a.weights, b.weights]) releaseColumn(array);
  return { values, weights, ...specials };
}
function sharedValues(av, bv) {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < av.length && j < bv.length) {
    const x = av[i];
    const y = bv[j];
    const stepA = x <= y ? 1 : 0;
    const stepB = y <= x ? 1 : 0;
    shared += stepA & stepB;
    i += stepA;
    j += stepB;
  }
  return shared;
}
function interleave(a, b, values, weights) {
  const { values: av, weights: aw } = a;
  const { values: bv, weights: bw } = b;
  let i = 0;
  let j = 0;
  let at = 0;
  while (i < av.length && j < bv.length) {
    const x = av[i];
    const y = bv[j];
    const stepA = x <= y ? 1 : 0;
    const stepB = y <= x ? 1 : 0;
    values[at] = Math.min(x, y);
    weights[at++] = aw[i] * stepA + bw[j] * stepB;
    i += stepA;
    j += stepB;
  }
  values.set(av.subarray(i), at);
  weights.set(aw.subarray(i), at);
  at += av.length - i;
  values.set(bv.subarray(j), at);
  weights.set(bw.subarray(j), at);
}
function valueCountsOf(column) {
  if (column.counted) return column.counted;
  const present = new Float64Array(column.presentCount);
  let at = 0;
  for (let i = 0; i < column.values.length; i++) {
    if (column.status[i] === CELL_PRESENT) present[at++] = column.values[i];
  }
  return countValues(present, at);
}

// src/data/value-counter.ts
var maxDenseSpan = 1 << 22;
var slack = 1 / 4;
var maxListed = 2 ** 21 - 16;
var listOffset = 2 ** 31;
var ValueCounter = class _ValueCounter {
  /**
   * How many values the caller expects in all (its guess from the file's
   * size): the `listed` keys are allocated for them at once. Fresh memory is
   * dear, every page written the first time a fault (about 14 \u00b5s each on the
   * bench machine, a virtual machine that hands freed memory back to its
   * host), and keys that doubled their way to a million wrote 8 MB instead of
   * 4: the 1M-row drift had 18,000 fewer faults (of 75,000) and took \u00d70.95
   * the time, \u00d70.92 the CPU. Too low a guess, and the keys double from there.
   */
  expected;
  /** Undecided until a block has finite values. */
  mode = null;
  scale = 1;
  /** `dense`: the k of keyCounts[0]; `listed`: the k stored as listOffset. */
  low = 0;
  keyCounts = emptyUint32s;
  keys = emptyUint32s;
  listed = 0;
  /** Finite values counted. */
  total = 0;
  /** Tables of counted values; level i holds 2^i blocks' worth, or nothing. */
  levels = [];
  nan = 0;
  positiveInfinity = 0;
  negativeInfinity = 0;
  constructor(expected = 0) {
    this.expected = expected;
  }
  /** Counts `values[0, length)`, which it may reorder and overwrite. */
  add(values, length) {
    if (this.mode === "dense") {
      if (this.tallyBlock(values, length)) return;
      this.carry(keyCountsTable(this.keyCounts, this.low, this.scale));
      this.keyCounts = spent(this.keyCounts);
      this.mode = "listed";
      this.keys = new Uint32Array(this.listedRoom(length));
      this.listed = 0;
      this.low = this.scaledMin(values, length);
    }
    if (this.mode === "listed") {
      if (this.listBlock(values, length)) return;
      this.flushKeys();
      this.keys = spent(this.keys);
      this.mode = "tables";
    }
    const { finite, min, max, ...specials } = separateFinite(values, length);
    this.nan += specials.nan;
    this.positiveInfinity += specials.positiveInfinity;
    this.negativeInfinity += specials.negativeInfinity;
    if (finite.length === 0) return;
    if (this.mode === null && this.startKeys(finite, min, max)) return;
    this.mode = "tables";
    this.total += finite.length;
    this.carry(tableOf(finite, min, max));
  }
  /** Everything added, counted. */
  finish() {
    if (this.mode === "dense") this.carry(keyCountsTable(this.keyCounts, this.low, this.scale));
    if (this.mode === "listed") this.flushKeys();
    const { values, weights } = mergeValueCounts(this.levels.filter((level) => level !== null));
    this.levels = [];
    this.keyCounts = spent(this.keyCounts);
    this.keys = spent(this.keys);
    return {
      values,
      weights,
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity
    };
  }
  /** What it counted, unfinished, for `resume` or `absorb` (on this thread or another); the counter is spent. */
  handOver() {
    const common = {
      total: this.total,
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      levels: this.levels.filter((level) => level !== null)
    };
    const { mode, scale, low } = this;
    const state = mode === "dense" ? { ...common, mode, scale, low, keyCounts: this.keyCounts } : mode === "listed" ? { ...common, mode, scale, low, keys: this.keys, listed: this.listed } : { ...common, mode };
    this.levels = [];
    this.keyCounts = emptyUint32s;
    this.keys = emptyUint32s;
    return state;
  }
  /** A counter that goes on from a handed-over state, taking its arrays. */
  static resume(state) {
    const counter = new _ValueCounter();
    counter.mode = state.mode;
    counter.total = state.total;
    counter.nan = state.nan;
    counter.positiveInfinity = state.positiveInfinity;
    counter.negativeInfinity = state.negativeInfinity;
    counter.levels = [...state.levels];
    if (state.mode === "dense" || state.mode === "listed") {
      counter.scale = state.scale;
      counter.low = state.low;
    }
    if (state.mode === "dense") counter.keyCounts = state.keyCounts;
    if (state.mode === "listed") {
      counter.keys = state.keys;
      counter.listed = state.listed;
    }
    return counter;
  }
  /**
   * Adds what another counter counted (its handed-over state), consuming it.
   * Counts in an array with the same decimals are added into this one's, and
   * listed keys appended to its keys, so the values are tabled once; anything
   * else is tabled apart and merged.
   */
  absorb(state) {
    for (const level of state.levels) this.carry(level);
    if (state.mode === "dense") {
      if (!this.addDense(state))
        this.carry(keyCountsTable(state.keyCounts, state.low, state.scale));
      releaseColumn(state.keyCounts);
    }
    if (state.mode === "listed") {
      if (!this.addListed(state))
        this.carry(listedTable(state.keys, state.listed, state.low, state.scale));
      releaseColumn(state.keys);
    }
    this.total += state.total;
    this.addSpecials(state);
  }
  /** Adds a finished table (a range counted without a counter), consuming it. */
  absorbTable(table) {
    for (const weight of table.weights) this.total += weight;
    this.addSpecials(table);
    this.carry(table);
  }
  addSpecials(counts) {
    this.nan += counts.nan;
    this.positiveInfinity += counts.positiveInfinity;
    this.negativeInfinity += counts.negativeInfinity;
  }
  /** `dense` with the state's decimals: its counts added into this array, widened to hold them; false when that is too wide. */
  addDense(state) {
    if (this.mode !== "dense" || state.scale !== this.scale) return false;
    const theirs = state.keyCounts;
    const first = Math.min(this.low, state.low);
    const last = Math.max(this.low + this.keyCounts.length, state.low + theirs.length) - 1;
    if (first < this.low || last >= this.low + this.keyCounts.length) {
      if (!this.fitsDense(last - first + 1, state.total)) return false;
      this.moveCounts(first, last);
    }
    const counts = this.keyCounts;
    const offset = state.low - this.low;
    for (let k = 0; k < theirs.length; k++) counts[offset + k] += theirs[k];
    return true;
  }
  /** `listed` with the state's decimals: its keys appended, moved to this counter's `low`; false when one lies too far. */
  addListed(state) {
    if (this.mode !== "listed" || state.scale !== this.scale) return false;
    const { keys: theirs, listed: count } = state;
    const shift = state.low - this.low;
    this.roomForKeys(count);
    const keys = this.keys;
    let at = this.listed;
    for (let i = 0; i < count; i++) {
      const key = theirs[i] + shift;
      if (!(key >= 0 && key < 2 ** 32)) return false;
      keys[at++] = key;
    }
    this.listed = at;
    return true;
  }
  carry(table) {
    let carry = { ...table, nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
    for (let level = 0; ; level++) {
      const held = this.levels[level];
      if (!held) {
        this.levels[level] = carry;
        return;
      }
      carry = mergeValueCounts([held, carry]);
      this.levels[level] = null;
    }
  }
  /** The listed keys, sorted and counted into a table. */
  flushKeys() {
    if (this.listed === 0) return;
    this.carry(listedTable(this.keys, this.listed, this.low, this.scale));
    this.listed = 0;
  }
  /** The first block with finite values picks the decimals, and `dense` or `listed`; false for neither. */
  startKeys(finite, min, max) {
    const n = finite.length;
    for (let decimals = decimalsOf(finite); decimals <= maxDecimals; decimals++) {
      const scale = 10 ** decimals;
      const low = Math.round(min * scale);
      const span = Math.round(max * scale) - low + 1;
      if (!Number.isSafeInteger(low) || !(span <= listOffset)) return false;
      const dense = this.fitsDense(span, n);
      const counts = new Uint32Array(dense ? span : this.listedRoom(n));
      const keyed = dense ? tallyKeys(finite, 0, n, counts, low, scale) : listKeys(finite, n, counts, 0, scale, low - listOffset, [0, 0, 0]);
      if (keyed !== n) {
        releaseColumn(counts);
        continue;
      }
      this.scale = scale;
      this.low = low;
      this.total += n;
      if (dense) {
        this.mode = "dense";
        this.keyCounts = counts;
      } else {
        this.mode = "listed";
        this.keys = counts;
        this.listed = n;
      }
      return true;
    }
    return false;
  }
  /** Room for the `listed` keys: what is still expected, and at least twice this block. */
  listedRoom(block) {
    const room = Math.max(2 * block, this.expected - this.total);
    return Math.min(maxListed, roomOnWholeHugePages(room, 4));
  }
  fitsDense(span, added) {
    return span <= maxDenseSpan && span <= Math.max(1 << 16, 4 * (this.total + added));
  }
  /** The lowest k of the block's finite values (`listed` keys are stored from it). */
  scaledMin(values, length) {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < length; i++) {
      const value = values[i];
      if (value < min && value - value === 0) min = value;
    }
    return min === Number.POSITIVE_INFINITY ? this.low : Math.round(min * this.scale);
  }
  /**
   * `dense`: counts a block in one pass, NaN and \u00b1Infinity apart; the array
   * widens for a k outside it. False, with nothing counted, when a value needs
   * more decimals or the range grows too wide.
   */
  tallyBlock(values, length) {
    const scale = this.scale;
    const pending = [0, 0, 0];
    for (let i = 0; i < length; i++) {
      i = tallyKeys(values, i, length, this.keyCounts, this.low, scale);
      if (i === length) break;
      const value = values[i];
      const k = Math.round(value * scale);
      if (value - value !== 0) {
        pending[value === Number.POSITIVE_INFINITY ? 1 : value === Number.NEGATIVE_INFINITY ? 2 : 0]++;
      } else if (k / scale === value && this.widen(values, i, length)) {
        this.keyCounts[k - this.low]++;
      } else {
        this.takeBack(values, i);
        return false;
      }
    }
    this.countSpecials(pending, length);
    return true;
  }
  /** Takes back what a block counted before it failed at `failed`: its finite values before that. */
  takeBack(values, failed) {
    const { keyCounts: counts, low, scale } = this;
    for (let j = 0; j < failed; j++) {
      const counted = values[j];
      if (counted - counted === 0) counts[Math.round(counted * scale) - low]--;
    }
  }
  /** `listed`: appends the block's keys; false, with nothing kept, when a value needs more decimals or lies too far. */
  listBlock(values, length) {
    this.roomForKeys(length);
    const pending = [0, 0, 0];
    const base = this.low - listOffset;
    const listed = listKeys(values, length, this.keys, this.listed, this.scale, base, pending);
    if (listed < 0) return false;
    this.listed = listed;
    this.countSpecials(pending, length);
    return true;
  }
  /** Room in `keys` for `length` more; the keys are tabled first when maxListed would be passed. */
  roomForKeys(length) {
    if (this.listed + length <= this.keys.length) return;
    if (this.listed + length > maxListed) this.flushKeys();
    if (this.listed + length <= this.keys.length) return;
    const larger = new Uint32Array(Math.max(this.listed + length, 2 * this.keys.length));
    larger.set(this.keys.subarray(0, this.listed));
    spent(this.keys);
    this.keys = larger;
  }
  countSpecials([nan, positiveInfinity, negativeInfinity], length) {
    this.nan += nan;
    this.positiveInfinity += positiveInfinity;
    this.negativeInfinity += negativeInfinity;
    this.total += length - nan - positiveInfinity - negativeInfinity;
  }
  /** Widens the array to hold the keys of values[from, length) too; false when that is too wide. */
  widen(values, from, length) {
    const held = this.keyCounts;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = from; i < length; i++) {
      const value = values[i];
      if (value - value !== 0) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    const heldHigh = this.low + held.length - 1;
    const [blockLow, blockHigh] = [Math.round(min * this.scale), Math.round(max * this.scale)];
    const low = Math.min(this.low, blockLow);
    const high = Math.max(heldHigh, blockHigh);
    const ahead = this.aheadOf(blockLow, blockHigh, length - from);
    const fitsNow = (span) => this.fitsDense(span, length);
    const withinExpected = (span) => span <= Math.min(maxDenseSpan, 4 * this.expected);
    const extras = [
      ...ahead > 0 ? [[ahead, withinExpected]] : [],
      [Math.ceil(held.length * slack), fitsNow],
      [0, fitsNow]
    ];
    for (const [extra, fits] of extras) {
      const first = low < this.low ? low - extra : low;
      const last = high > heldHigh ? high + extra : high;
      if (fits(last - first + 1)) {
        this.moveCounts(first, last);
        return true;
      }
    }
    return false;
  }
  /**
   * Room for the values still expected, where every key from the block's
   * first one outside the counts on lies past them on one side, at about one
   * key per value or more, as a row number's or a day's do: such a range
   * grows with the rows, and widened only by its slack it was copied again
   * and again: the 1M-row files' id 16 times, to arrays of 5.6 million
   * counts in all (22 MB of fresh memory per file), and moveCounts took 41 ms
   * of the drift's CPU; with this room, 3 or 4 times, 1.04 million counts in
   * all, 1.6 ms (`--cpu-prof`, 5 runs each). A range that a block passes
   * with a few of its values (a new largest value) keeps its slack. An
   * array sized for more than comes costs little memory: glibc maps a large
   * one on its own, and the pages no count is written to stay unmapped.
   * `low` and `high`: the lowest and highest of the `count` keys.
   */
  aheadOf(low, high, count) {
    const heldHigh = this.low + this.keyCounts.length - 1;
    const passed = low > heldHigh ? high - heldHigh : high < this.low ? this.low - low : 0;
    const keysPerValue = passed / count;
    const remaining = this.expected - this.total - count;
    return count >= 64 && keysPerValue >= 0.5 && remaining > 0 ? Math.ceil(keysPerValue * remaining) : 0;
  }
  /** Moves the `dense` counts into an array for the k in [first, last], which holds their range. */
  moveCounts(first, last) {
    const widened = new Uint32Array(last - first + 1);
    widened.set(this.keyCounts, this.low - first);
    spent(this.keyCounts);
    this.keyCounts = widened;
    this.low = first;
  }
};
function listedTable(keys, listed, low, scale) {
  const sorted = sortKeys(keys.subarray(0, listed), 2 ** 32);
  const table = sortedKeysTable(sorted, low - listOffset, scale);
  if (sorted.buffer !== keys.buffer) releaseColumn(sorted);
  return table;
}
function spent(array) {
  releaseColumn(array);
  return emptyUint32s;
}
function tallyKeys(values, from, length, counts, low, scale) {
  for (let i = from; i < length; i++) {
    const value = values[i];
    const k = Math.round(value * scale);
    const at = k - low;
    if (!(k / scale === value && at >= 0 && at < counts.length)) return i;
    counts[at]++;
  }
  return length;
}
function listKeys(values, length, keys, listed, scale, base, pending) {
  for (let i = 0; i < length; i++) {
    const value = values[i];
    const k = Math.round(value * scale);
    const key = k - base;
    if (k / scale === value && key >= 0 && key < 2 ** 32) {
      keys[listed++] = key;
    } else if (value - value !== 0) {
      pending[value === Number.POSITIVE_INFINITY ? 1 : value === Number.NEGATIVE_INFINITY ? 2 : 0]++;
    } else return -1;
  }
  return listed;
}

// src/data/range-counts.ts
function isCounterState(part) {
  return "mode" in part;
}
function isTable(part) {
  return !isCounterState(part);
}
function countRanges(parts) {
  const states = parts.filter(isCounterState);
  const tables = parts.filter(isTable);
  if (states.length === 0) return tables.length === 1 ? tables[0] : mergeValueCounts(tables);
  const base = states.reduce((most, state) => state.total > most.total ? state : most);
  const counter = ValueCounter.resume(base);
  for (const state of states) if (state !== base) counter.absorb(state);
  for (const table of tables) counter.absorbTable(table);
  return counter.finish();
}
function rangeCountsSize(part) {
  if (!isCounterState(part)) return part.values.length;
  let size = part.levels.reduce((sum, level) => sum + level.values.length, 0);
  if (part.mode === "dense") size += part.keyCounts.length;
  if (part.mode === "listed") size += part.listed;
  return size;
}
function rangeCountsArrays(part) {
  if (!isCounterState(part)) return [part.values, part.weights];
  const arrays = part.levels.flatMap((level) => [level.values, level.weights]);
  if (part.mode === "dense") arrays.push(part.keyCounts);
  if (part.mode === "listed") arrays.push(part.keys);
  return arrays;
}

export {
  allocateColumn,
  ColumnArena,
  cutColumn,
  resizeColumn,
  releaseColumn,
  emptyFloat64s,
  emptyBytes,
  emptyInt32s,
  maxDecimals,
  countValues,
  countFewValues,
  countByCode,
  FEW_VALUES,
  decimalsOf,
  decimalKeyRange,
  countedInArray,
  valueCountsOf,
  ValueCounter,
  isCounterState,
  countRanges,
  rangeCountsSize,
  rangeCountsArrays
};
