/**
 * What the main thread and a scan worker (src/io/scan-worker.ts) say to each
 * other: a task names the file and either the CSV range to scan or, for a
 * JSONL or Parquet file, the settings to scan it whole with, or the tail of
 * the range the calling thread scans, cut once the worker is up; or, after a
 * scan, it hands over value counts to merge (src/formats/counted-merge-work.ts)
 * or columns to profile (src/profile/profile-work-split.ts), or numeric
 * features of a drift to compare (src/drift/numeric-pair.ts). The reply
 * carries the outcome (its typed arrays transferred, not copied), the merged
 * counts, the profiles or the figures, the file's problem
 * (a TableReadError's parts, made an error again on the main thread) or the
 * worker's crash. Both sides import this small module, so neither loads the
 * other; the flag that marks a scan worker is apart (scan-worker-flag.ts).
 */
import type { ScanParts } from '../data/build-table-scan.ts';
import { type RangeCounts, rangeCountsArrays } from '../data/range-counts.ts';
import type { ScanColumn, ValueCounts } from '../data/table-scan.ts';
import type { NumericFigures } from '../drift/numeric-drift.ts';
import type { NumericPair } from '../drift/numeric-pair.ts';
import type { CsvChunkOutcome, CsvChunkRequest } from '../formats/csv-chunk-scan.ts';
import type { TableScanSettings } from '../formats/table-scan-settings.ts';
import type { ColumnProfile, ProfileSettings } from '../profile/profile-types.ts';

export type ScanWorkerTask = { id: number } & (
  | {
      /** The file the worker opens (its absolute path). */
      path: string;
      request: CsvChunkRequest;
      /** A FinishingFlag's memory: set, the columns not yet finished come unfinished. */
      handBack?: SharedArrayBuffer;
      /** A TailMailbox's memory: the calling thread may take the range's tail through it. */
      tailOffer?: SharedArrayBuffer;
    }
  | { path: string; wholeFile: TableScanSettings }
  | {
      path: string;
      /** A range taken from the calling thread's once the worker is up (src/io/tail-mailbox.ts); `request` without its start and stop. */
      tail: { request: CsvChunkRequest; mailbox: SharedArrayBuffer };
    }
  | { mergeCounts: RangeCounts[][] }
  | { profileColumns: { columns: ScanColumn[]; settings: ProfileSettings } }
  | { numericFigures: NumericPair[] }
);

/** A TableReadError's parts: what the user is told about the file, as thrown on the worker. */
export interface FileProblem {
  source: string;
  line: number | undefined;
  problem: string;
}

export type ScanWorkerReply =
  | { id: number; outcome: CsvChunkOutcome }
  | { id: number; untaken: true }
  | { id: number; parts: ScanParts }
  | { id: number; merged: ValueCounts[] }
  | { id: number; profiles: ColumnProfile[] }
  | { id: number; figures: NumericFigures[] }
  | { id: number; fileProblem: FileProblem }
  | { id: number; crash: string };

/**
 * The buffers of the counts' arrays (tables, counters' states) that each span
 * a buffer of their own; an array that shares its buffer (a wide table's
 * slabs, the empty arrays) is copied instead, which leaves the others using
 * it intact.
 */
export function ownedBuffers(counts: readonly RangeCounts[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const part of counts) {
    for (const array of rangeCountsArrays(part)) {
      if (array.byteLength > 0 && array.byteLength === array.buffer.byteLength) {
        buffers.add(array.buffer as ArrayBuffer);
      }
    }
  }
  return [...buffers];
}
