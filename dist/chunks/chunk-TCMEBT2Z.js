import {
  decimalsOf,
  emptyUint32s,
  keyCountsTable,
  maxDecimals,
  mergeValueCounts,
  releaseColumn,
  roomOnWholeHugePages,
  separateFinite,
  sortKeys,
  sortedKeysTable,
  tableOf
} from "./chunk-LIYTTJ6X.js";

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
      let i = 0;
      for (; i < n; i++) {
        const value = finite[i];
        const k = Math.round(value * scale);
        if (k / scale !== value) break;
        if (dense) counts[k - low]++;
        else counts[i] = k - low + listOffset;
      }
      if (i < n) {
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
    let counts = this.keyCounts;
    let low = this.low;
    const pending = [0, 0, 0];
    for (let i = 0; i < length; i++) {
      const value = values[i];
      const k = Math.round(value * scale);
      const at = k - low;
      if (k / scale === value && at >= 0 && at < counts.length) {
        counts[at]++;
      } else if (value - value !== 0) {
        pending[value === Number.POSITIVE_INFINITY ? 1 : value === Number.NEGATIVE_INFINITY ? 2 : 0]++;
      } else if (k / scale === value && this.widen(values, i, length)) {
        counts = this.keyCounts;
        low = this.low;
        counts[k - low]++;
      } else {
        for (let j = 0; j < i; j++) {
          const counted = values[j];
          if (counted - counted === 0) counts[Math.round(counted * scale) - low]--;
        }
        return false;
      }
    }
    this.countSpecials(pending, length);
    return true;
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
    const low = Math.min(this.low, Math.round(min * this.scale));
    const high = Math.max(heldHigh, Math.round(max * this.scale));
    const extra = Math.ceil(held.length * slack);
    let first = low < this.low ? low - extra : low;
    let last = high > heldHigh ? high + extra : high;
    if (!this.fitsDense(last - first + 1, length)) {
      first = low;
      last = high;
      if (!this.fitsDense(last - first + 1, length)) return false;
    }
    this.moveCounts(first, last);
    return true;
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
  ValueCounter,
  isCounterState,
  countRanges,
  rangeCountsSize,
  rangeCountsArrays
};
