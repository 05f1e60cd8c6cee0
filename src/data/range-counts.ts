/**
 * The counts of one file's ranges, counted apart (on several threads) and
 * combined into one table. A range comes as a finished table or, when its
 * scan was asked to hand its counters over, as their states
 * (src/data/value-counter.ts): states with the same decimals are combined
 * before they are tabled, so each column is sorted and tabled once rather
 * than tabled per range and the tables merged. The table is the same either
 * way (the merge is exact). On the 1M-row bench profile, the per-range tables
 * and their merge were the larger part of the time after the scan, most of it
 * fresh memory written (each table is as long as its distinct values).
 * Cost: linear in the keys and counts the ranges hold, plus one radix sort of
 * the listed keys; a table merge for what cannot be combined.
 */
import { mergeValueCounts } from './count-values.ts';
import type { ValueCounts } from './table-scan.ts';
import { type CounterState, ValueCounter } from './value-counter.ts';

/** What a range of a numeric column counted: a finished table or a counter's state. */
export type RangeCounts = ValueCounts | CounterState;

export function isCounterState(part: RangeCounts): part is CounterState {
  return 'mode' in part;
}

function isTable(part: RangeCounts): part is ValueCounts {
  return !isCounterState(part);
}

/** The ranges' counts as one table (any order); consumes them. One finished table is returned as it is. */
export function countRanges(parts: readonly RangeCounts[]): ValueCounts {
  const states = parts.filter(isCounterState);
  const tables = parts.filter(isTable);
  if (states.length === 0) return tables.length === 1 ? tables[0]! : mergeValueCounts(tables);
  // The state with the most values goes on, and the others are added to it.
  const base = states.reduce((most, state) => (state.total > most.total ? state : most));
  const counter = ValueCounter.resume(base);
  for (const state of states) if (state !== base) counter.absorb(state);
  for (const table of tables) counter.absorbTable(table);
  return counter.finish();
}

/** How many keys, counts and table entries finishing `part` walks. */
export function rangeCountsSize(part: RangeCounts): number {
  if (!isCounterState(part)) return part.values.length;
  let size = part.levels.reduce((sum, level) => sum + level.values.length, 0);
  if (part.mode === 'dense') size += part.keyCounts.length;
  if (part.mode === 'listed') size += part.listed;
  return size;
}

/** The typed arrays `part` holds, to be handed to another thread with it. */
export function rangeCountsArrays(part: RangeCounts): (Float64Array | Uint32Array)[] {
  if (!isCounterState(part)) return [part.values, part.weights];
  const arrays = part.levels.flatMap((level) => [level.values, level.weights]);
  if (part.mode === 'dense') arrays.push(part.keyCounts);
  if (part.mode === 'listed') arrays.push(part.keys);
  return arrays;
}
