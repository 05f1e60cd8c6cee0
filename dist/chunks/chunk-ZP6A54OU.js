import {
  CELL_PRESENT,
  NATIVE_SORT_BELOW,
  exclusivePrefixSums,
  sortNumbersInPlace,
  valueTable
} from "./chunk-2VTIRNQ5.js";

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
    const [kept, spent] = a.values.length === 0 ? [b, a] : [a, b];
    releaseColumn(spent.values);
    releaseColumn(spent.weights);
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

export {
  allocateColumn,
  roomOnWholeHugePages,
  ColumnArena,
  cutColumn,
  resizeColumn,
  releaseColumn,
  emptyFloat64s,
  emptyBytes,
  emptyInt32s,
  emptyUint32s,
  maxDecimals,
  countFewValues,
  countByCode,
  FEW_VALUES,
  separateFinite,
  tableOf,
  decimalsOf,
  sortedKeysTable,
  keyCountsTable,
  sortKeys,
  mergeValueCounts,
  valueCountsOf
};
