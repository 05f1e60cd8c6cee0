/**
 * `workerData` of a scan worker: only a thread started with it serves tasks
 * (src/io/scan-worker.ts). A module of its own, so that the entry point,
 * which starts a scan worker ahead of a command (scan-worker-start.ts), does
 * not load the scan protocol's modules (value counting among them) with it.
 */
export const SCAN_WORKER_FLAG = 'mlgate-csv-scan-worker';
