/**
 * One pass over a large CSV file on several threads: this thread scans from
 * the first record and each worker, once up, takes the tail of what is left
 * from a guessed record start (src/formats/csv-ranges.ts); the ranges are
 * joined in order, a range whose guessed start was wrong scanned again here,
 * and their value counts are merged half on a worker, half here. Memory: the
 * typed columns plus one read window per thread.
 */
import { countRanges } from '../data/range-counts.ts';
import { splitInTwo } from '../data/split-in-two.ts';
import type { ByteSource } from '../formats/byte-source.ts';
import type { ColumnPlan } from '../formats/column-plans.ts';
import { countedMergeWork, countedParts, setMergedCounts } from '../formats/counted-merge-work.ts';
import type {
  CsvChunkOutcome,
  CsvChunkRequest,
  CsvChunkScan,
  RangeCut,
} from '../formats/csv-chunk-scan.ts';
import type { CsvHeader } from '../formats/csv-header.ts';
import { csvChunkRequest, joinCsvRanges, tailStart } from '../formats/csv-ranges.ts';
import { type MergedScan, mergeCsvChunks } from '../formats/merge-csv-chunks.ts';
import type { TableScanSettings } from '../formats/table-scan-settings.ts';
import type { FileScanScheduler, RangeTail } from './file-scan-scheduler.ts';
import { PARALLEL_MIN_BYTES } from './scan-worker-start.ts';

/** Whether a pass over a CSV file of `size` bytes is worth threads. */
export function worthThreads(
  settings: TableScanSettings,
  size: number,
  header: CsvHeader,
): boolean {
  return settings.threads > 1 && size - header.dataStart >= PARALLEL_MIN_BYTES;
}

/** The file at `path`, open as `input`: one pass in `ranges` ranges, on this thread and the scheduler's workers. */
export async function scanCsvParallel(
  input: ByteSource,
  path: string,
  header: CsvHeader,
  plans: readonly ColumnPlan[],
  settings: TableScanSettings,
  ranges: number,
  scheduler: FileScanScheduler,
): Promise<MergedScan> {
  const request = (start: number, stop: number) =>
    csvChunkRequest(input.size, header, plans, settings, start, stop);
  // A split file's workers stay up until its counts are merged: a worker takes half the merges.
  const hold = ranges > 1 && settings.layout === 'distribution';
  if (hold) scheduler.holdWorkers();
  try {
    const { starts, outcomes } =
      ranges > 1
        ? await scanWithTails(input, path, header.dataStart, request, ranges, scheduler)
        : // A whole file to itself (a drift's pair shares the threads): its moments are summed as
          // it is read; a tail the other thread takes comes back as a second range.
          await scheduler.scanRange(
            path,
            { ...request(header.dataStart, Number.POSITIVE_INFINITY), sumMoments: true },
            settings.threads,
          );
    const stops = [...starts.slice(1), Number.POSITIVE_INFINITY];
    const requestFrom = (k: number, start: number) => request(start, stops[k]!);
    const chunks = joinCsvRanges(input, header, starts, outcomes, requestFrom, settings.source);
    await mergeCountsApart(chunks, settings.source, scheduler);
    return mergeCsvChunks(chunks, plans, header.dataLine, settings);
  } finally {
    if (hold) scheduler.releaseWorkers();
  }
}

/**
 * The file scanned here from its first record while `ranges − 1` workers
 * start. Each worker, once up, takes an even share of what this thread has
 * not read yet (cut at a guessed record start), so all finish together
 * however long the workers take to start: on the 2-core machine this was
 * measured on, a worker starts in about 0.1 s, a tenth of a 1M-row file's
 * scan, which a fixed cut left this thread idle for. A worker that is not up before this thread's range
 * ends takes nothing. The ranges come back in file order.
 */
async function scanWithTails(
  input: ByteSource,
  path: string,
  first: number,
  request: (start: number, stop: number) => CsvChunkRequest,
  ranges: number,
  scheduler: FileScanScheduler,
): Promise<{ starts: number[]; outcomes: CsvChunkOutcome[] }> {
  // Arrays are first sized for an even share; a range that gets more grows them. Each range's
  // counters are handed over unfinished, to be combined and tabled once (mergeCountsApart).
  const share = {
    ...request(first, first + Math.ceil((input.size - first) / ranges)),
    handOverCounts: true,
  };
  const tails = await scheduler.startTails(path, { ...share, speculative: true }, ranges - 1);
  const taken = new Map<RangeTail, number>();
  let stop = Number.POSITIVE_INFINITY;
  const cut: RangeCut = (position) => {
    const ready = tails.find((tail) => !taken.has(tail) && tail.mailbox.isReady());
    if (!ready) return undefined;
    const start = tailStart(input, position, stop, tails.length - taken.size + 1);
    if (start === undefined) return undefined;
    ready.mailbox.assign({ start, stop });
    taken.set(ready, start);
    stop = start;
    return start;
  };
  const settled = Promise.allSettled(tails.map((tail) => tail.outcome));
  let here: CsvChunkOutcome;
  try {
    here = scheduler.scanHere(path, { ...share, stopAt: Number.POSITIVE_INFINITY }, cut);
  } finally {
    for (const tail of tails) tail.mailbox.close();
  }
  const ranged: { start: number; outcome: CsvChunkOutcome }[] = [{ start: first, outcome: here }];
  for (const [k, result] of (await settled).entries()) {
    if (result.status === 'rejected') throw result.reason;
    const start = taken.get(tails[k]!);
    if (result.value && start !== undefined) ranged.push({ start, outcome: result.value });
  }
  ranged.sort((a, b) => a.start - b.start);
  return { starts: ranged.map((r) => r.start), outcomes: ranged.map((r) => r.outcome) };
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
    setMergedCounts(chunks, index, countRanges(countedParts(chunks, index)));
  }
  const merged = await elsewhere;
  if (merged.length !== there.length)
    throw new Error('a scan worker merged other columns than asked');
  for (const [k, index] of there.entries()) setMergedCounts(chunks, index, merged[k]!);
}
