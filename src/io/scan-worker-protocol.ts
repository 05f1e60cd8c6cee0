/**
 * What the main thread and a CSV scan worker (src/io/scan-worker.ts) say to
 * each other: a task names the file and the range to scan, the reply carries
 * the range's outcome (its typed arrays transferred, not copied) or the
 * worker's crash. Both sides import this small module, so neither loads the
 * other.
 */
import type { CsvChunkOutcome, CsvChunkRequest } from '../formats/csv-chunk-scan.ts';

/** `workerData` of a scan worker: only a thread started with it serves tasks. */
export const SCAN_WORKER_FLAG = 'mlgate-csv-scan-worker';

export interface ScanWorkerTask {
  id: number;
  /** The file the worker opens (its absolute path). */
  path: string;
  request: CsvChunkRequest;
}

export type ScanWorkerReply =
  | { id: number; outcome: CsvChunkOutcome }
  | { id: number; crash: string };
