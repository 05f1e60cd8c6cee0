/**
 * Entry point of the CSV scan worker threads (dist/scan-worker.js in the
 * bundle): it loads only the reader, so a worker costs ~20 MB instead of the
 * ~50 MB of the chunk that holds the whole engine. For each task it opens the
 * file, hands its bytes to the pure range scan (src/formats/csv-chunk-scan.ts)
 * and sends the outcome back, transferring its arrays. The main-thread side is
 * src/io/scan-worker-pool.ts; src/io/worker-entry-url.ts finds this file.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type CsvChunkOutcome, scanCsvChunk } from '../formats/csv-chunk-scan.ts';
import { openFileByteSource } from './file-byte-source.ts';
import {
  SCAN_WORKER_FLAG,
  type ScanWorkerReply,
  type ScanWorkerTask,
} from './scan-worker-protocol.ts';

if (!isMainThread && workerData === SCAN_WORKER_FLAG) {
  const port = parentPort!;
  port.on('message', (task: ScanWorkerTask) => {
    let reply: ScanWorkerReply;
    try {
      const outcome = scanRange(task);
      reply = { id: task.id, outcome };
      port.postMessage(reply, transferList(outcome));
    } catch (error) {
      reply = {
        id: task.id,
        crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      port.postMessage(reply);
    }
  });
}

function scanRange(task: ScanWorkerTask): CsvChunkOutcome {
  const input = openFileByteSource(task.path);
  try {
    return scanCsvChunk(input, task.request);
  } finally {
    input.close();
  }
}

/** The buffers of an outcome's arrays, handed over to the main thread rather than copied. */
function transferList(outcome: CsvChunkOutcome): ArrayBuffer[] {
  if (!('columns' in outcome)) return [];
  const buffers = new Set<ArrayBuffer>([outcome.badRecords.buffer as ArrayBuffer]);
  for (const column of outcome.columns) {
    const counted = column.counted;
    for (const array of [
      column.values,
      column.status,
      column.codes,
      column.counts,
      counted?.values,
      counted?.weights,
    ]) {
      if (array) buffers.add(array.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}
