/**
 * The merges of a distribution scan's value counts that another thread can
 * take: a numeric column whose every range counted its values (the same
 * kind in each, so the join keeps the counts) has its ranges' counts
 * combined into one table before the join (src/data/range-counts.ts), and
 * the join then takes the one table as it is (merge-chunk-columns.ts); so
 * has a whole file's column that its worker handed back unfinished (its
 * counter's state: src/io/finishing-flag.ts). Only
 * large merges are worth a message: on the 1M-row bench file, merging eleven
 * columns' two tables took 0.18 s of the profile's tail while the other core
 * idled. A merge's cost is the keys, counts and table entries it walks.
 * Cost: O(columns × ranges).
 */
import { isCounterState, type RangeCounts, rangeCountsSize } from '../data/range-counts.ts';
import type { WorkItem } from '../data/split-in-two.ts';
import type { ValueCounts } from '../data/table-scan.ts';
import type { CsvChunkScan } from './csv-chunk-scan.ts';

/** Merges of fewer table entries than this stay on the joining thread. */
export const MIN_HANDED_MERGE = 1 << 16;

/** The columns whose counts can be merged apart, with the table entries each merge walks. */
export function countedMergeWork(chunks: readonly CsvChunkScan[]): WorkItem[] {
  const first = chunks[0];
  if (!first) return [];
  const work: WorkItem[] = [];
  first.columns.forEach((column, index) => {
    let cost = 0;
    let unfinished = false;
    for (const chunk of chunks) {
      const part = chunk.columns[index]!;
      if (!part.counted || part.kind !== column.kind) return;
      cost += rangeCountsSize(part.counted);
      unfinished ||= isCounterState(part.counted);
    }
    // One range's finished table needs no merge.
    if ((chunks.length > 1 || unfinished) && cost >= MIN_HANDED_MERGE) work.push({ index, cost });
  });
  return work;
}

/** Column `index`'s counts in each range, in file order. */
export function countedParts(chunks: readonly CsvChunkScan[], index: number): RangeCounts[] {
  return chunks.map((chunk) => {
    const counted = chunk.columns[index]!.counted;
    if (!counted) throw new Error(`column ${index} has no counts in every range`);
    return counted;
  });
}

/** Puts column `index`'s merged counts in the first range, and none in the others. */
export function setMergedCounts(
  chunks: readonly CsvChunkScan[],
  index: number,
  counted: ValueCounts,
): void {
  chunks.forEach((chunk, k) => {
    chunk.columns[index]!.counted = k === 0 ? counted : null;
  });
}
