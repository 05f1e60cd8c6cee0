/**
 * What the main thread and a scan worker (src/io/scan-worker.ts) say to each
 * other: a task names the file and either the CSV range to scan or, for a
 * JSONL or Parquet file, the settings to scan it whole with; the reply carries
 * the outcome (its typed arrays transferred, not copied), the file's problem
 * (a TableReadError's parts, made an error again on the main thread) or the
 * worker's crash. Both sides import this small module, so neither loads the
 * other.
 */
import type { ScanParts } from '../data/build-table-scan.ts';
import type { CsvChunkOutcome, CsvChunkRequest } from '../formats/csv-chunk-scan.ts';
import type { TableScanSettings } from '../formats/table-scan-settings.ts';

/** `workerData` of a scan worker: only a thread started with it serves tasks. */
export const SCAN_WORKER_FLAG = 'mlgate-csv-scan-worker';

export type ScanWorkerTask = {
  id: number;
  /** The file the worker opens (its absolute path). */
  path: string;
} & ({ request: CsvChunkRequest } | { wholeFile: TableScanSettings });

/** A TableReadError's parts: what the user is told about the file, as thrown on the worker. */
export interface FileProblem {
  source: string;
  line: number | undefined;
  problem: string;
}

export type ScanWorkerReply =
  | { id: number; outcome: CsvChunkOutcome }
  | { id: number; parts: ScanParts }
  | { id: number; fileProblem: FileProblem }
  | { id: number; crash: string };
