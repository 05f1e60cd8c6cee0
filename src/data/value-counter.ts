/**
 * Counts a long column of numbers block by block, in memory that does not
 * grow with the rows: what a scan does with a numeric column while reading it
 * (src/formats/scan-column-builder.ts), so the values never wait for a later pass.
 *
 * Numbers read from text are mostly k / 10^d for one d ≤ 6, and then the
 * integers k are what is counted (each k is checked: k / 10^d must give the
 * value back, so k and value determine each other):
 * - `dense`: while the k span at most max(2^16, 4 × the values so far) and
 *   2^22, they are counted in one array that widens with their range;
 * - `listed`: a wider range (up to 2^31) keeps the k as 32-bit keys, radix
 *   sorted when 2^21 of them are waiting or at the end.
 * A block that breaks this (a value with more decimals, doubles in full
 * precision) turns the counter to `tables` for good: each block is counted on
 * its own (count-values.ts). Whatever each mode leaves is a table, and the
 * tables merge like a binary counter, equal sizes first. A counter may also
 * hand over what it holds unfinished (`handOver`), for another counter of the
 * same file, maybe on another thread, to `absorb` (src/data/range-counts.ts).
 * Cost: O(block) per block, plus O(span) at the end (`dense`) or a two-pass
 * radix sort per 2^21 keys (`listed`); O(n log(n / block)) merging (`tables`).
 */

import { emptyUint32s, releaseColumn, roomOnWholeHugePages } from './column-memory.ts';
import {
  decimalsOf,
  keyCountsTable,
  maxDecimals,
  mergeValueCounts,
  separateFinite,
  sortedKeysTable,
  sortKeys,
  type Table,
  tableOf,
} from './count-values.ts';
import type { ValueCounts } from './table-scan.ts';

/** At most 16 MB of counts per column. */
const maxDenseSpan = 1 << 22;
/** A widened range takes this share of its span again on the side it grew, so a slowly widening range is not copied for every block. */
const slack = 1 / 4;
/** At most 8 MB of listed keys wait per column: 2^21 keys less 64 bytes, so glibc maps them as 4 whole huge pages (roomOnWholeHugePages). */
const maxListed = 2 ** 21 - 16;
/** Listed keys are k − low + 2^31, so k may lie up to 2^31 either side of the first block's lowest. */
const listOffset = 2 ** 31;

type Mode = 'dense' | 'listed' | 'tables';

/**
 * What a counter holds before it is finished, as plain data whose arrays can
 * be handed to another thread (`handOver`). The ranges of one file, counted
 * on several threads, are combined this way before one finish
 * (src/data/range-counts.ts).
 */
export type CounterState = {
  /** Finite values counted. */
  readonly total: number;
  readonly nan: number;
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  /** Tables of counted values, in no order. */
  readonly levels: readonly ValueCounts[];
} & (
  | {
      readonly mode: 'dense';
      readonly scale: number;
      readonly low: number;
      readonly keyCounts: Uint32Array;
    }
  | {
      readonly mode: 'listed';
      readonly scale: number;
      readonly low: number;
      /** Its first `listed` elements are keys. */
      readonly keys: Uint32Array;
      readonly listed: number;
    }
  | { readonly mode: 'tables' | null }
);
type DenseState = Extract<CounterState, { mode: 'dense' }>;
type ListedState = Extract<CounterState, { mode: 'listed' }>;

export class ValueCounter {
  /**
   * How many values the caller expects in all (its guess from the file's
   * size): the `listed` keys are allocated for them at once. Fresh memory is
   * dear, every page written the first time a fault (about 14 µs each on the
   * bench machine, a virtual machine that hands freed memory back to its
   * host), and keys that doubled their way to a million wrote 8 MB instead of
   * 4: the 1M-row drift had 18,000 fewer faults (of 75,000) and took ×0.95
   * the time, ×0.92 the CPU. Too low a guess, and the keys double from there.
   */
  private readonly expected: number;
  /** Undecided until a block has finite values. */
  private mode: Mode | null = null;
  private scale = 1;
  /** `dense`: the k of keyCounts[0]; `listed`: the k stored as listOffset. */
  private low = 0;
  private keyCounts: Uint32Array = emptyUint32s;
  private keys: Uint32Array = emptyUint32s;
  private listed = 0;
  /** Finite values counted. */
  private total = 0;
  /** Tables of counted values; level i holds 2^i blocks' worth, or nothing. */
  private levels: (ValueCounts | null)[] = [];
  private nan = 0;
  private positiveInfinity = 0;
  private negativeInfinity = 0;

  constructor(expected = 0) {
    this.expected = expected;
  }

  /** Counts `values[0, length)`, which it may reorder and overwrite. */
  add(values: Float64Array, length: number): void {
    if (this.mode === 'dense') {
      if (this.tallyBlock(values, length)) return;
      this.carry(keyCountsTable(this.keyCounts, this.low, this.scale));
      this.keyCounts = spent(this.keyCounts);
      this.mode = 'listed';
      this.keys = new Uint32Array(this.listedRoom(length));
      this.listed = 0;
      this.low = this.scaledMin(values, length);
    }
    if (this.mode === 'listed') {
      if (this.listBlock(values, length)) return;
      this.flushKeys();
      this.keys = spent(this.keys);
      this.mode = 'tables';
    }
    const { finite, min, max, ...specials } = separateFinite(values, length);
    this.nan += specials.nan;
    this.positiveInfinity += specials.positiveInfinity;
    this.negativeInfinity += specials.negativeInfinity;
    if (finite.length === 0) return;
    if (this.mode === null && this.startKeys(finite, min, max)) return;
    this.mode = 'tables';
    this.total += finite.length;
    this.carry(tableOf(finite, min, max));
  }

  /** Everything added, counted. */
  finish(): ValueCounts {
    if (this.mode === 'dense') this.carry(keyCountsTable(this.keyCounts, this.low, this.scale));
    if (this.mode === 'listed') this.flushKeys();
    const { values, weights } = mergeValueCounts(this.levels.filter((level) => level !== null));
    this.levels = [];
    this.keyCounts = spent(this.keyCounts);
    this.keys = spent(this.keys);
    return {
      values,
      weights,
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
    };
  }

  /** What it counted, unfinished, for `resume` or `absorb` (on this thread or another); the counter is spent. */
  handOver(): CounterState {
    const common = {
      total: this.total,
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      levels: this.levels.filter((level) => level !== null),
    };
    const { mode, scale, low } = this;
    const state: CounterState =
      mode === 'dense'
        ? { ...common, mode, scale, low, keyCounts: this.keyCounts }
        : mode === 'listed'
          ? { ...common, mode, scale, low, keys: this.keys, listed: this.listed }
          : { ...common, mode };
    this.levels = [];
    this.keyCounts = emptyUint32s;
    this.keys = emptyUint32s;
    return state;
  }

  /** A counter that goes on from a handed-over state, taking its arrays. */
  static resume(state: CounterState): ValueCounter {
    const counter = new ValueCounter();
    counter.mode = state.mode;
    counter.total = state.total;
    counter.nan = state.nan;
    counter.positiveInfinity = state.positiveInfinity;
    counter.negativeInfinity = state.negativeInfinity;
    counter.levels = [...state.levels];
    if (state.mode === 'dense' || state.mode === 'listed') {
      counter.scale = state.scale;
      counter.low = state.low;
    }
    if (state.mode === 'dense') counter.keyCounts = state.keyCounts;
    if (state.mode === 'listed') {
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
  absorb(state: CounterState): void {
    for (const level of state.levels) this.carry(level);
    if (state.mode === 'dense') {
      if (!this.addDense(state))
        this.carry(keyCountsTable(state.keyCounts, state.low, state.scale));
      releaseColumn(state.keyCounts);
    }
    if (state.mode === 'listed') {
      if (!this.addListed(state))
        this.carry(listedTable(state.keys, state.listed, state.low, state.scale));
      releaseColumn(state.keys);
    }
    this.total += state.total;
    this.addSpecials(state);
  }

  /** Adds a finished table (a range counted without a counter), consuming it. */
  absorbTable(table: ValueCounts): void {
    for (const weight of table.weights) this.total += weight;
    this.addSpecials(table);
    this.carry(table);
  }

  private addSpecials(
    counts: Pick<ValueCounts, 'nan' | 'positiveInfinity' | 'negativeInfinity'>,
  ): void {
    this.nan += counts.nan;
    this.positiveInfinity += counts.positiveInfinity;
    this.negativeInfinity += counts.negativeInfinity;
  }

  /** `dense` with the state's decimals: its counts added into this array, widened to hold them; false when that is too wide. */
  private addDense(state: DenseState): boolean {
    if (this.mode !== 'dense' || state.scale !== this.scale) return false;
    const theirs = state.keyCounts;
    const first = Math.min(this.low, state.low);
    const last = Math.max(this.low + this.keyCounts.length, state.low + theirs.length) - 1;
    if (first < this.low || last >= this.low + this.keyCounts.length) {
      if (!this.fitsDense(last - first + 1, state.total)) return false;
      this.moveCounts(first, last);
    }
    const counts = this.keyCounts;
    const offset = state.low - this.low;
    for (let k = 0; k < theirs.length; k++) counts[offset + k]! += theirs[k]!;
    return true;
  }

  /** `listed` with the state's decimals: its keys appended, moved to this counter's `low`; false when one lies too far. */
  private addListed(state: ListedState): boolean {
    if (this.mode !== 'listed' || state.scale !== this.scale) return false;
    const { keys: theirs, listed: count } = state;
    // Their keys are k − state.low + listOffset; here a key is k − this.low + listOffset.
    const shift = state.low - this.low;
    this.roomForKeys(count);
    const keys = this.keys;
    let at = this.listed;
    for (let i = 0; i < count; i++) {
      const key = theirs[i]! + shift;
      // Keys written past `listed` before a bad one are never read.
      if (!(key >= 0 && key < 2 ** 32)) return false;
      keys[at++] = key;
    }
    this.listed = at;
    return true;
  }

  private carry(table: Table): void {
    let carry: ValueCounts = { ...table, nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
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
  private flushKeys(): void {
    if (this.listed === 0) return;
    this.carry(listedTable(this.keys, this.listed, this.low, this.scale));
    this.listed = 0;
  }

  /** The first block with finite values picks the decimals, and `dense` or `listed`; false for neither. */
  private startKeys(finite: Float64Array, min: number, max: number): boolean {
    const n = finite.length;
    for (let decimals = decimalsOf(finite); decimals <= maxDecimals; decimals++) {
      const scale = 10 ** decimals;
      const low = Math.round(min * scale);
      const span = Math.round(max * scale) - low + 1;
      if (!Number.isSafeInteger(low) || !(span <= listOffset)) return false;
      const dense = this.fitsDense(span, n);
      const counts = new Uint32Array(dense ? span : this.listedRoom(n));
      // The blocks' own loops: a loop here ran once per column, each time compiled while it
      // ran and thrown away after it (8 times by Maglev, twice by Turbofan in the 1M-row drift).
      const keyed = dense
        ? tallyKeys(finite, 0, n, counts, low, scale)
        : listKeys(finite, n, counts, 0, scale, low - listOffset, [0, 0, 0]);
      if (keyed !== n) {
        releaseColumn(counts);
        continue;
      }
      this.scale = scale;
      this.low = low;
      this.total += n;
      if (dense) {
        this.mode = 'dense';
        this.keyCounts = counts;
      } else {
        this.mode = 'listed';
        this.keys = counts;
        this.listed = n;
      }
      return true;
    }
    return false;
  }

  /** Room for the `listed` keys: what is still expected, and at least twice this block. */
  private listedRoom(block: number): number {
    const room = Math.max(2 * block, this.expected - this.total);
    return Math.min(maxListed, roomOnWholeHugePages(room, 4));
  }

  private fitsDense(span: number, added: number): boolean {
    return span <= maxDenseSpan && span <= Math.max(1 << 16, 4 * (this.total + added));
  }

  /** The lowest k of the block's finite values (`listed` keys are stored from it). */
  private scaledMin(values: Float64Array, length: number): number {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < length; i++) {
      const value = values[i]!;
      if (value < min && value - value === 0) min = value;
    }
    return min === Number.POSITIVE_INFINITY ? this.low : Math.round(min * this.scale);
  }

  /**
   * `dense`: counts a block in one pass, NaN and ±Infinity apart; the array
   * widens for a k outside it. False, with nothing counted, when a value needs
   * more decimals or the range grows too wide.
   */
  private tallyBlock(values: Float64Array, length: number): boolean {
    const scale = this.scale;
    // NaN, +Infinity, −Infinity of this block, counted once the block is.
    const pending = [0, 0, 0];
    for (let i = 0; i < length; i++) {
      i = tallyKeys(values, i, length, this.keyCounts, this.low, scale);
      if (i === length) break;
      const value = values[i]!;
      const k = Math.round(value * scale);
      if (value - value !== 0) {
        pending[
          value === Number.POSITIVE_INFINITY ? 1 : value === Number.NEGATIVE_INFINITY ? 2 : 0
        ]!++;
      } else if (k / scale === value && this.widen(values, i, length)) {
        this.keyCounts[k - this.low]!++;
      } else {
        this.takeBack(values, i);
        return false;
      }
    }
    this.countSpecials(pending, length);
    return true;
  }

  /** Takes back what a block counted before it failed at `failed`: its finite values before that. */
  private takeBack(values: Float64Array, failed: number): void {
    const { keyCounts: counts, low, scale } = this;
    for (let j = 0; j < failed; j++) {
      const counted = values[j]!;
      if (counted - counted === 0) counts[Math.round(counted * scale) - low]!--;
    }
  }

  /** `listed`: appends the block's keys; false, with nothing kept, when a value needs more decimals or lies too far. */
  private listBlock(values: Float64Array, length: number): boolean {
    this.roomForKeys(length);
    // NaN, +Infinity, −Infinity of this block, counted once the block is.
    const pending = [0, 0, 0];
    const base = this.low - listOffset;
    const listed = listKeys(values, length, this.keys, this.listed, this.scale, base, pending);
    if (listed < 0) return false;
    this.listed = listed;
    this.countSpecials(pending, length);
    return true;
  }

  /** Room in `keys` for `length` more; the keys are tabled first when maxListed would be passed. */
  private roomForKeys(length: number): void {
    if (this.listed + length <= this.keys.length) return;
    if (this.listed + length > maxListed) this.flushKeys();
    if (this.listed + length <= this.keys.length) return;
    const larger = new Uint32Array(Math.max(this.listed + length, 2 * this.keys.length));
    larger.set(this.keys.subarray(0, this.listed));
    spent(this.keys);
    this.keys = larger;
  }

  private countSpecials([nan, positiveInfinity, negativeInfinity]: number[], length: number): void {
    this.nan += nan!;
    this.positiveInfinity += positiveInfinity!;
    this.negativeInfinity += negativeInfinity!;
    this.total += length - nan! - positiveInfinity! - negativeInfinity!;
  }

  /** Widens the array to hold the keys of values[from, length) too; false when that is too wide. */
  private widen(values: Float64Array, from: number, length: number): boolean {
    const held = this.keyCounts;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = from; i < length; i++) {
      const value = values[i]!;
      if (value - value !== 0) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    const heldHigh = this.low + held.length - 1;
    const [blockLow, blockHigh] = [Math.round(min * this.scale), Math.round(max * this.scale)];
    const low = Math.min(this.low, blockLow);
    const high = Math.max(heldHigh, blockHigh);
    const ahead = this.aheadOf(blockLow, blockHigh, length - from);
    const fitsNow = (span: number) => this.fitsDense(span, length);
    // The widest that fits: room for the values still expected, else the slack, else none.
    const withinExpected = (span: number) => span <= Math.min(maxDenseSpan, 4 * this.expected);
    const extras: (readonly [number, (span: number) => boolean])[] = [
      ...(ahead > 0 ? [[ahead, withinExpected] as const] : []),
      [Math.ceil(held.length * slack), fitsNow],
      [0, fitsNow],
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
  private aheadOf(low: number, high: number, count: number): number {
    const heldHigh = this.low + this.keyCounts.length - 1;
    const passed = low > heldHigh ? high - heldHigh : high < this.low ? this.low - low : 0;
    const keysPerValue = passed / count;
    const remaining = this.expected - this.total - count;
    return count >= 64 && keysPerValue >= 0.5 && remaining > 0
      ? Math.ceil(keysPerValue * remaining)
      : 0;
  }

  /** Moves the `dense` counts into an array for the k in [first, last], which holds their range. */
  private moveCounts(first: number, last: number): void {
    const widened = new Uint32Array(last - first + 1);
    widened.set(this.keyCounts, this.low - first);
    spent(this.keyCounts);
    this.keyCounts = widened;
    this.low = first;
  }
}

/** The table of `listed` keys k − low + listOffset, sorted in place; a scratch array the sort left is freed. */
function listedTable(keys: Uint32Array, listed: number, low: number, scale: number): Table {
  const sorted = sortKeys(keys.subarray(0, listed), 2 ** 32);
  const table = sortedKeysTable(sorted, low - listOffset, scale);
  if (sorted.buffer !== keys.buffer) releaseColumn(sorted);
  return table;
}

/** Frees an array now (a counter's arrays are large, and freed ones left to the garbage collector pile up); an empty one takes its place. */
function spent(array: Uint32Array): Uint32Array {
  releaseColumn(array);
  return emptyUint32s;
}

/**
 * tallyBlock's loop: counts the values of `values[from, length)` in `counts`
 * (at k − low, for k = value · scale) up to the first it cannot (NaN,
 * ±Infinity, more decimals, a k outside the array), and answers where it
 * stopped: `length` when it counted them all. Only the common case is here,
 * as in listKeys: a branch that had never run when V8 optimized the loop (the
 * first value outside the array, the first NaN) deoptimized it when it ran,
 * and the loop, with all that was inlined into it, was compiled again. In
 * the 1M-row drift, tallyBlock was compiled by Turbofan 7 times (57 ms of
 * compiling, `node --trace-opt`); this loop 5 times, in 10 ms.
 */
function tallyKeys(
  values: Float64Array,
  from: number,
  length: number,
  counts: Uint32Array,
  low: number,
  scale: number,
): number {
  for (let i = from; i < length; i++) {
    const value = values[i]!;
    const k = Math.round(value * scale);
    const at = k - low;
    if (!(k / scale === value && at >= 0 && at < counts.length)) return i;
    counts[at]!++;
  }
  return length;
}

/**
 * listBlock's loop: writes the keys k − base of `values[0, length)` from
 * `keys[listed]` on, counts the values that are not finite in `pending`, and
 * answers how many keys are listed now; −1 at a value with more decimals
 * than `scale`, or whose key falls outside 32 bits. A function of its own,
 * with nothing after the loop but its return: V8 compiles the loop while the
 * first block runs (on-stack replacement), before anything after it has run,
 * and kept that code. As a method that stored `this.listed` after the loop, it
 * bailed out to the interpreter at that store at the end of every block (about
 * 700 times in the 1M-row drift, `node --trace-deopt`).
 */
function listKeys(
  values: Float64Array,
  length: number,
  keys: Uint32Array,
  listed: number,
  scale: number,
  base: number,
  pending: number[],
): number {
  for (let i = 0; i < length; i++) {
    const value = values[i]!;
    const k = Math.round(value * scale);
    const key = k - base;
    if (k / scale === value && key >= 0 && key < 2 ** 32) {
      keys[listed++] = key;
    } else if (value - value !== 0) {
      pending[
        value === Number.POSITIVE_INFINITY ? 1 : value === Number.NEGATIVE_INFINITY ? 2 : 0
      ]!++;
    } else return -1;
  }
  return listed;
}
