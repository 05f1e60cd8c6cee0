/**
 * A numeric column's values counted: its distinct finite values ascending,
 * with how many cells hold each, and the NaN and ±Infinity cells apart. It is
 * what drift's statistics walk (KS, Wasserstein, deciles, bins), and a scan
 * builds it on the thread that read the values, so the rows never travel and
 * never wait in memory for a later pass. Tables of ranges merge exactly.
 *
 * Numbers read from text usually have few decimals (prices, ages, sensor
 * readings to 0.1): when every value is k / 10^d for integers k and d ≤ 6,
 * the integers k are tabulated instead of the doubles — counted in an array
 * when they span at most max(2n, 2^16) integers, else radix sorted as 32-bit
 * keys — exact, because k / 10^d is the correctly rounded double of the
 * decimal, i.e. the very value parsed. Columns of few distinct values with a
 * wide span (dates as ms) are counted in a hash table; the rest are radix
 * sorted as doubles, then run-length encoded.
 * Cost: O(n + span) time and O(span) memory, else a radix sort's O(n);
 * merging is linear in the tables' lengths and frees the merged tables at
 * once (freed arrays left to the garbage collector pile up in memory).
 */
import { valueTable } from '../statistics/quantile-summary.ts';
import {
  exclusivePrefixSums,
  NATIVE_SORT_BELOW,
  sortNumbersInPlace,
} from '../statistics/sort-numbers.ts';
import { type ColumnType, releaseColumn } from './column-memory.ts';
import { CELL_PRESENT, type ScanNumericColumn, type ValueCounts } from './table-scan.ts';

export const maxDecimals = 6;
/** The hash path gives up beyond this many distinct values (or an eighth of the values). */
const hashLimit = 1 << 16;

/** Counts `values[0, length)`, which it may reorder and overwrite. */
export function countValues(values: Float64Array, length = values.length): ValueCounts {
  const { finite, min, max, ...specials } = separateFinite(values, length);
  return { ...tableOf(finite, min, max), ...specials };
}

/**
 * The counts of a short column (FEW_VALUES at most): its finite values sorted
 * in place by comparison, with no key arrays and no merges, the table's two
 * arrays from `allocate` (a wide table's shared slabs). The same table as
 * countValues'.
 */
export function countFewValues(
  values: Float64Array,
  length: number,
  allocate: <T extends Float64Array | Uint32Array>(type: ColumnType<T>, length: number) => T,
): ValueCounts {
  const { finite, nan, positiveInfinity, negativeInfinity } = separateFinite(values, length);
  finite.sort();
  let distinct = 0;
  for (let i = 0; i < finite.length; i++) if (i === 0 || finite[i] !== finite[i - 1]) distinct++;
  const table = allocate(Float64Array, distinct);
  const weights = allocate(Uint32Array, distinct);
  for (let i = 0, at = -1; i < finite.length; i++) {
    // −0 sorts before +0 and equals it: one entry, written +0 as valueTable does.
    if (i === 0 || finite[i] !== finite[i - 1]) table[++at] = finite[i]! + 0;
    weights[at]!++;
  }
  return {
    values: table,
    weights,
    nan,
    positiveInfinity,
    negativeInfinity,
  };
}

/**
 * The counts of values known by text code: code c stands for `codeValues[c]`
 * (none where undefined or NaN) and was seen `counts[c]` times; null when no
 * code stands for a value. An `auto` date, datetime or boolean column counts
 * its cells by text code anyway (it becomes a category column if a text does
 * not parse), and parses each text once, so its values need no count of their
 * own: on the 1M-row bench pair, counting the date column's milliseconds took
 * about 90 ms per file. The same table as countValues' of those values.
 * Cost: O(codes · log codes).
 */
export function countByCode(
  codeValues: readonly (number | undefined)[],
  counts: Int32Array,
  allocate: <T extends Float64Array | Uint32Array>(type: ColumnType<T>, length: number) => T,
): ValueCounts | null {
  const seen: number[] = [];
  for (let code = 0; code < Math.min(codeValues.length, counts.length); code++) {
    const value = codeValues[code];
    if (value !== undefined && !Number.isNaN(value) && counts[code]! > 0) seen.push(code);
  }
  if (seen.length === 0) return null;
  seen.sort((a, b) => codeValues[a]! - codeValues[b]!);
  let distinct = 0;
  for (let i = 0; i < seen.length; i++) {
    if (i === 0 || codeValues[seen[i]!] !== codeValues[seen[i - 1]!]) distinct++;
  }
  const values = allocate(Float64Array, distinct);
  const weights = allocate(Uint32Array, distinct);
  for (let i = 0, at = -1; i < seen.length; i++) {
    const value = codeValues[seen[i]!]!;
    // + 0 turns −0 into +0, as valueTable does.
    if (i === 0 || value !== codeValues[seen[i - 1]!]) values[++at] = value + 0;
    weights[at]! += counts[seen[i]!]!;
  }
  return { values, weights, nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
}

/** Columns up to this many values are counted by countFewValues. */
export const FEW_VALUES = 1 << 12;

/** The finite values of `values[0, length)`, moved to its front, with their range and the rest counted. */
export function separateFinite(values: Float64Array, length: number) {
  let finite = 0;
  let nan = 0;
  let positiveInfinity = 0;
  let negativeInfinity = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < length; i++) {
    const value = values[i]!;
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
    negativeInfinity,
  };
}

export type Table = Pick<ValueCounts, 'values' | 'weights'>;

/** The table of finite values within [min, max]. */
export function tableOf(finite: Float64Array, min: number, max: number): Table {
  if (finite.length === 0) return { values: new Float64Array(0), weights: new Uint32Array(0) };
  for (let decimals = decimalsOf(finite); decimals <= maxDecimals; decimals++) {
    const table = decimalTable(finite, min, max, 10 ** decimals);
    if (table === 'too wide') break;
    if (table !== 'more decimals') return table;
  }
  return hashTable(finite) ?? valueTable(sortNumbersInPlace(finite));
}

/** The decimals the first values need (a guess the counting pass verifies). */
export function decimalsOf(finite: Float64Array): number {
  let decimals = 0;
  let scale = 1;
  for (let i = 0; i < Math.min(finite.length, 1024); i++) {
    const value = finite[i]!;
    while (decimals <= maxDecimals && Math.round(value * scale) / scale !== value) {
      decimals++;
      scale *= 10;
    }
  }
  return decimals;
}

/**
 * The table of values that are all k / scale for integers k spanning less
 * than 2^32: each value's k is checked (k / scale must give the value back,
 * so k and value determine each other), then the k are counted in an array
 * when they span at most max(2n, 2^16) integers, else radix sorted as 32-bit
 * keys (two passes instead of a double's four).
 */
function decimalTable(
  finite: Float64Array,
  min: number,
  max: number,
  scale: number,
): Table | 'too wide' | 'more decimals' {
  const n = finite.length;
  const keys = decimalKeyRange(min, max, scale);
  if (!keys) return 'too wide';
  const { low, span } = keys;
  if (countedInArray(span, n)) {
    const counts = new Uint32Array(span);
    for (let i = 0; i < n; i++) {
      const value = finite[i]!;
      const k = Math.round(value * scale);
      if (k / scale !== value) return 'more decimals';
      counts[k - low]!++;
    }
    return keyCountsTable(counts, low, scale);
  }
  const listed = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const value = finite[i]!;
    const k = Math.round(value * scale);
    if (k / scale !== value) return 'more decimals';
    listed[i] = k - low;
  }
  return sortedKeysTable(sortKeys(listed, span), low, scale);
}

/**
 * The integers k = round(value · scale) of values within [min, max]: the
 * lowest, and how many integers they span; undefined when the span exceeds
 * 32-bit keys or the lowest is not a safe integer (or either bound is not finite).
 */
export function decimalKeyRange(
  min: number,
  max: number,
  scale: number,
): { low: number; span: number } | undefined {
  const low = Math.round(min * scale);
  const span = Math.round(max * scale) - low + 1;
  return span <= 2 ** 32 && Number.isSafeInteger(low) ? { low, span } : undefined;
}

/** Whether `n` keys spanning `span` integers are counted in an array of one entry per integer rather than sorted. */
export function countedInArray(span: number, n: number): boolean {
  return span <= Math.max(2 * n, 65536);
}

/*
 * Each long loop below is a function of its own. These functions run a few
 * times per column, each time over up to millions of entries, so V8 compiles
 * a loop while it runs (on-stack replacement), and code after it that has not
 * run yet has no type feedback: a function of several loops bailed out to the
 * interpreter at the end of each of them, and ran part of the next one there,
 * once or more per call. A loop of its own is compiled whole after its first
 * call. The 1M-row drift bailed out 81 times instead of 157 (`node
 * --trace-deopt`), and took 2.74 instead of 2.80 s of CPU (median of 9 runs).
 */

/** The table of values (key + low) / scale for ascending `keys`. */
export function sortedKeysTable(keys: Uint32Array, low: number, scale: number): Table {
  const distinct = distinctSortedKeys(keys);
  const values = new Float64Array(distinct);
  const weights = new Uint32Array(distinct);
  fillSortedKeysTable(keys, low, scale, values, weights);
  countsFromEnds(weights);
  return { values, weights };
}

/**
 * 1 when two unsigned 32-bit keys differ, else 0, without a branch: their
 * difference wrapped to 32 bits is 0 only when they are equal, and otherwise
 * it or its negation has the sign bit set. A branch on `key !== previous`
 * is mispredicted about every other key in a column where half the values
 * repeat (most of the bench's), and the two passes below took 15 to 30 ms
 * per million keys with it, 3 without (Node 24, after warm-up).
 */
function differs(key: number, previous: number): number {
  const gap = (previous - key) | 0;
  return (gap | -gap) >>> 31;
}

function distinctSortedKeys(keys: Uint32Array): number {
  const n = keys.length;
  if (n === 0) return 0;
  let distinct = 1;
  for (let i = 1; i < n; i++) distinct += differs(keys[i]!, keys[i - 1]!);
  return distinct;
}

/**
 * Every key writes its value where its run's entry is, and its index + 1 as
 * that entry's weight, so each weight ends as its run's end; the ends become
 * counts afterwards (countsFromEnds). No branch depends on the keys (see
 * `differs`).
 */
function fillSortedKeysTable(
  keys: Uint32Array,
  low: number,
  scale: number,
  values: Float64Array,
  weights: Uint32Array,
): void {
  const n = keys.length;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    if (i > 0) at += differs(key, keys[i - 1]!);
    // + 0 turns −0 into +0, as valueTable does.
    values[at] = (key + low) / scale + 0;
    weights[at] = i + 1;
  }
}

/**
 * Each weight, its run's end, becomes that end less the previous run's.
 * Once the second loop of fillSortedKeysTable: there it threw away the code
 * compiled while the first one ran, 6 times in the 1M-row drift (`node
 * --trace-deopt`).
 */
function countsFromEnds(weights: Uint32Array): void {
  for (let j = weights.length - 1; j > 0; j--) weights[j]! -= weights[j - 1]!;
}

/** The table of values (k + low) / scale counted in `counts[k]`. */
export function keyCountsTable(counts: Uint32Array, low: number, scale: number): Table {
  // Past the last count that is not 0, the fill would write one entry past the table.
  let end = counts.length;
  while (end > 0 && counts[end - 1] === 0) end--;
  const distinct = nonZeroCounts(counts, end);
  const values = new Float64Array(distinct);
  const weights = new Uint32Array(distinct);
  fillKeyCountsTable(counts, end, low, scale, values, weights);
  return { values, weights };
}

/** No branch depends on the counts, as in fillKeyCountsTable. */
function nonZeroCounts(counts: Uint32Array, end: number): number {
  let distinct = 0;
  for (let k = 0; k < end; k++) distinct += differs(counts[k]!, 0);
  return distinct;
}

/**
 * Every k writes its entry where the next one goes, and moves on only when
 * its count is not 0, so a 0 is overwritten: no branch depends on the
 * counts. Where a third of the k are empty at random, a branch on
 * `count === 0` is mispredicted about every third k: a million such counts
 * took 10 ms with it, 2.7 without (Node 24, after warm-up), and in the 1M-row
 * drift this fill and nonZeroCounts took 34 instead of 56 ms of CPU (5 runs
 * each, `--cpu-prof`). `end`: one past the last count that is not 0.
 */
function fillKeyCountsTable(
  counts: Uint32Array,
  end: number,
  low: number,
  scale: number,
  values: Float64Array,
  weights: Uint32Array,
): void {
  let at = 0;
  for (let k = 0; k < end; k++) {
    const count = counts[k]!;
    // + 0 turns −0 into +0, as valueTable does.
    values[at] = (k + low) / scale + 0;
    weights[at] = count;
    at += differs(count, 0);
  }
}

/** Unsigned 32-bit keys below `span`, ascending: an LSD radix sort on 16-bit digits. */
export function sortKeys(keys: Uint32Array, span: number): Uint32Array {
  const n = keys.length;
  if (n < NATIVE_SORT_BELOW) return keys.sort();
  let from = keys;
  let to: Uint32Array = new Uint32Array(n);
  const offsets = new Uint32Array(65536);
  for (let shift = 0; shift < 32 && (span - 1) >>> shift > 0; shift += 16) {
    offsets.fill(0);
    countDigits(from, shift, offsets);
    exclusivePrefixSums(offsets);
    scatterByDigit(from, to, shift, offsets);
    [from, to] = [to, from];
  }
  // The scratch array, unless it holds the result, is freed now rather than by the garbage collector.
  if (to !== keys) releaseColumn(to);
  return from;
}

/** How many keys have each value of the 16-bit digit at `shift`. */
function countDigits(keys: Uint32Array, shift: number, counts: Uint32Array): void {
  const n = keys.length;
  for (let i = 0; i < n; i++) counts[(keys[i]! >>> shift) & 0xffff]!++;
}

/** One stable pass: each key to the next place of its digit (`offsets`, advanced). */
function scatterByDigit(from: Uint32Array, to: Uint32Array, shift: number, offsets: Uint32Array) {
  const n = from.length;
  for (let i = 0; i < n; i++) {
    const key = from[i]!;
    to[offsets[(key >>> shift) & 0xffff]!++] = key;
  }
}

/** Counts in an open-addressing table keyed by value; null once there are too many distinct values. */
function hashTable(finite: Float64Array): Table | null {
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
    // + 0 makes −0 and +0 one key.
    const value = finite[i]! + 0;
    key[0] = value;
    let slot = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b) & mask;
    for (;;) {
      if (counts[slot] === 0) {
        if (++distinct > limit) return null;
        keys[slot] = value;
        counts[slot] = 1;
        break;
      }
      if (keys[slot] === value) {
        counts[slot]!++;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const used: number[] = [];
  for (let slot = 0; slot < size; slot++) if (counts[slot]! > 0) used.push(slot);
  used.sort((a, b) => keys[a]! - keys[b]!);
  return {
    values: Float64Array.from(used, (slot) => keys[slot]!),
    weights: Uint32Array.from(used, (slot) => counts[slot]!),
  };
}

/**
 * The counts of the concatenated ranges (any order). Consumes the parts: the
 * buffers it does not return are freed.
 */
export function mergeValueCounts(parts: readonly ValueCounts[]): ValueCounts {
  const empty: ValueCounts = {
    values: new Float64Array(0),
    weights: new Uint32Array(0),
    nan: 0,
    positiveInfinity: 0,
    negativeInfinity: 0,
  };
  return parts.reduce(mergeTwo, empty);
}

/**
 * Merges two value tables: one pass counts the values they share, so the
 * result is allocated at its exact length (room for both, cut after, was one
 * more table-sized block per merge, and glibc keeps freed blocks of a few
 * megabytes in the process), and a second pass fills it.
 */
function mergeTwo(a: ValueCounts, b: ValueCounts): ValueCounts {
  const specials = {
    nan: a.nan + b.nan,
    positiveInfinity: a.positiveInfinity + b.positiveInfinity,
    negativeInfinity: a.negativeInfinity + b.negativeInfinity,
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

/**
 * How many values two ascending tables share. Both merge loops step without
 * branching on the comparison (a step is 0 or 1 on each side): the tables of
 * two ranges of a file interleave at random, and a mispredicted branch per
 * value made the merge the larger part of a 1M-row profile's last phase.
 */
function sharedValues(av: Float64Array, bv: Float64Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < av.length && j < bv.length) {
    const x = av[i]!;
    const y = bv[j]!;
    const stepA = x <= y ? 1 : 0;
    const stepB = y <= x ? 1 : 0;
    shared += stepA & stepB;
    i += stepA;
    j += stepB;
  }
  return shared;
}

/** Writes the union of two ascending tables, weights of shared values added, into `values` and `weights` (a per-value loop, kept whole). */
function interleave(a: Table, b: Table, values: Float64Array, weights: Uint32Array): void {
  const { values: av, weights: aw } = a;
  const { values: bv, weights: bw } = b;
  let i = 0;
  let j = 0;
  let at = 0;
  while (i < av.length && j < bv.length) {
    const x = av[i]!;
    const y = bv[j]!;
    const stepA = x <= y ? 1 : 0;
    const stepB = y <= x ? 1 : 0;
    values[at] = Math.min(x, y);
    weights[at++] = aw[i]! * stepA + bw[j]! * stepB;
    i += stepA;
    j += stepB;
  }
  values.set(av.subarray(i), at);
  weights.set(aw.subarray(i), at);
  at += av.length - i;
  values.set(bv.subarray(j), at);
  weights.set(bw.subarray(j), at);
}

/** A scanned column's counts: built by the scan (layout `distribution`) or from its rows. */
export function valueCountsOf(column: ScanNumericColumn): ValueCounts {
  if (column.counted) return column.counted;
  const present = new Float64Array(column.presentCount);
  let at = 0;
  for (let i = 0; i < column.values.length; i++) {
    if (column.status[i] === CELL_PRESENT) present[at++] = column.values[i]!;
  }
  return countValues(present, at);
}
