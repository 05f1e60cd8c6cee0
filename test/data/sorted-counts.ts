import assert from 'node:assert/strict';
import { isCounterState, type RangeCounts } from '../../src/data/range-counts.ts';
import type { ValueCounts } from '../../src/data/table-scan.ts';

/** The reference: sort the finite values (numpy.unique(x, return_counts=True) does the same), then run-length encode. */
export function viaSort(values: readonly number[]) {
  const finite = values.filter(Number.isFinite).map((value) => value + 0);
  finite.sort((a, b) => a - b);
  const table = { values: [] as number[], weights: [] as number[] };
  for (const value of finite) {
    if (table.values.at(-1) === value) table.weights[table.weights.length - 1]!++;
    else {
      table.values.push(value);
      table.weights.push(1);
    }
  }
  return {
    ...table,
    nan: values.filter(Number.isNaN).length,
    positiveInfinity: values.filter((value) => value === Number.POSITIVE_INFINITY).length,
    negativeInfinity: values.filter((value) => value === Number.NEGATIVE_INFINITY).length,
  };
}

/** Counts as plain arrays, to compare with viaSort (moments left out). */
export function plain({ moments: _, ...counts }: ValueCounts) {
  return { ...counts, values: [...counts.values], weights: [...counts.weights] };
}

/** A range's counts that must be a finished table (a scan not asked to hand its counters over). */
export function finishedTable(counts: RangeCounts | null | undefined): ValueCounts {
  assert.ok(counts && !isCounterState(counts), 'expected a finished table, not a counter state');
  return counts;
}
