/**
 * One pass over a large CSV file on several threads: the file is cut into
 * ranges at guessed record starts (src/formats/csv-ranges.ts), each range is
 * scanned by the caller's FileScanScheduler (on a worker, which opens the
 * file itself, or the last one in this thread), and the ranges are joined in
 * order, a range whose guessed start was wrong scanned again here; the
 * ranges' value counts are merged half on a worker, half here. Memory: the
 * typed columns plus one read window per thread.
 */
import { mergeValueCounts } from '../data/count-values.ts';
import { splitInTwo } from '../data/split-in-two.ts';
import type { ByteSource } from '../formats/byte-source.ts';
import type { ColumnPlan } from '../formats/column-plans.ts';
import { countedMergeWork, countedParts, setMergedCounts } from '../formats/counted-merge-work.ts';
import type { CsvChunkScan } from '../formats/csv-chunk-scan.ts';
import type { CsvHeader } from '../formats/csv-header.ts';
import { csvChunkRequest, csvSplitPoints, joinCsvRanges } from '../formats/csv-ranges.ts';
import { type MergedScan, mergeCsvChunks } from '../formats/merge-csv-chunks.ts';
import type { TableScanSettings } from '../formats/table-scan-settings.ts';
import type { FileScanScheduler } from './file-scan-scheduler.ts';

/** Below this many bytes of data a CSV file is scanned in the calling thread. */
export const PARALLEL_MIN_BYTES = 8 << 20;

/** Whether a pass over a CSV file of `size` bytes is worth threads. */
export function worthThreads(
  settings: TableScanSettings,
  size: number,
  header: CsvHeader,
): boolean {
  return settings.threads > 1 && size - header.dataStart >= PARALLEL_MIN_BYTES;
}

/** The file at `path`, open as `input`: one pass in `ranges` ranges on the scheduler's workers. */
export async function scanCsvParallel(
  input: ByteSource,
  path: string,
  header: CsvHeader,
  plans: readonly ColumnPlan[],
  settings: TableScanSettings,
  ranges: number,
  scheduler: FileScanScheduler,
): Promise<MergedScan> {
  const starts = [header.dataStart, ...csvSplitPoints(input, header.dataStart, ranges)];
  const stops = [...starts.slice(1), Number.POSITIVE_INFINITY];
  const requestFrom = (k: number, start: number) => ({
    ...csvChunkRequest(input.size, header, plans, settings, start, stops[k]!),
    sumMoments: starts.length === 1,
  });
  // The workers stay up until the counts are merged: a worker takes half the merges.
  scheduler.holdWorkers();
  try {
    const outcomes = await Promise.all(
      starts.map((start, k) =>
        scheduler.scanRange(
          path,
          { ...requestFrom(k, start), speculative: k > 0 },
          settings.threads,
        ),
      ),
    );
    const chunks = joinCsvRanges(input, header, starts, outcomes, requestFrom, settings.source);
    await mergeCountsApart(chunks, settings.source, scheduler);
    return mergeCsvChunks(chunks, plans, header.dataLine, settings);
  } finally {
    scheduler.releaseWorkers();
  }
}

/**
 * Merges the large value counts of a distribution scan's ranges ahead of the
 * join, half on a worker the scan left up and half here at the same time
 * (src/formats/counted-merge-work.ts); with no worker up, the join merges them.
 */
async function mergeCountsApart(
  chunks: readonly CsvChunkScan[],
  source: string,
  scheduler: FileScanScheduler,
): Promise<void> {
  const { here, there } = splitInTwo(countedMergeWork(chunks));
  if (there.length === 0) return;
  const elsewhere = scheduler.mergeOnWorker(
    source,
    there.map((index) => countedParts(chunks, index)),
  );
  if (!elsewhere) return;
  for (const index of here) {
    setMergedCounts(chunks, index, mergeValueCounts(countedParts(chunks, index)));
  }
  const merged = await elsewhere;
  if (merged.length !== there.length)
    throw new Error('a scan worker merged other columns than asked');
  for (const [k, index] of there.entries()) setMergedCounts(chunks, index, merged[k]!);
}
