/**
 * Entry point of the scan worker threads (dist/scan-worker.js in the bundle):
 * it loads only the readers, so a worker costs ~20 MB instead of the ~50 MB of
 * the chunk that holds the whole engine. For each task it opens the file,
 * hands its bytes to the pure range scan (src/formats/csv-chunk-scan.ts), or
 * scans a JSONL or Parquet file whole (src/io/whole-file-scan.ts, which loads
 * those readers only then), or takes the tail of the calling thread's range
 * once up (src/io/tail-mailbox.ts), and sends the outcome back, transferring
 * its arrays. A range the calling thread waits for gives it, once it asks,
 * the second half of what is left to read (its tail offer), and comes back
 * with its last columns unfinished once it says so; one finished first is
 * marked done once posted, so that the calling thread hands it work
 * (src/io/finishing-flag.ts). After a scan it may merge value counts,
 * profile columns or compare a drift's numeric features handed to it (that
 * code is loaded by the first such task, so a scan does not wait for it). A
 * file the readers refuse comes back as its problem, not as a crash. The
 * main-thread side is src/io/scan-worker-pool.ts;
 * src/io/worker-entry-url.ts finds this file.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { countRanges, type RangeCounts, rangeCountsArrays } from '../data/range-counts.ts';
import type { ByteSource } from '../formats/byte-source.ts';
import type { CsvChunkRequest, HandBack, RangeCut } from '../formats/csv-chunk-scan.ts';
import { tailStart } from '../formats/csv-ranges.ts';
import { asTableReadError, TableReadError } from '../formats/table-read-error.ts';
import { FinishingFlag } from './finishing-flag.ts';
import { scanFileRange } from './scan-file-range.ts';
import { SCAN_WORKER_FLAG } from './scan-worker-flag.ts';
import { ownedBuffers, type ScanWorkerReply, type ScanWorkerTask } from './scan-worker-protocol.ts';
import { TailMailbox } from './tail-mailbox.ts';
import { delayTierUp } from './tier-up-delay.ts';
import { scanWholeFile } from './whole-file-scan.ts';

if (!isMainThread && workerData === SCAN_WORKER_FLAG) {
  // A worker started ahead of a command (src/cli/command-line.ts) is up on V8's own flags,
  // having compiled Node's modules from their code cache; the process's scans still run
  // with its tiers delayed. Elsewhere the process has delayed them already: the same values.
  delayTierUp();
  const port = parentPort!;
  port.on('message', (task: ScanWorkerTask) => {
    // A reply that cannot be posted is a failure too, answered rather than left to stop the thread.
    void answer(task)
      .then(([reply, transfer, posted]) => {
        port.postMessage(reply, transfer);
        posted?.();
      })
      .catch((error: unknown) => {
        // A whole file's file-system errors read as they would on the main thread (scan-table.ts).
        const shown = 'wholeFile' in task ? asTableReadError(task.wholeFile.source, error) : error;
        port.postMessage(failure(task.id, shown) satisfies ScanWorkerReply);
      });
  });
}

/** A reply, the buffers it transfers, and what to do once it is posted. */
type Answer = [ScanWorkerReply, ArrayBuffer[], (() => void)?];

async function answer(task: ScanWorkerTask): Promise<Answer> {
  if ('mergeCounts' in task) {
    const merged = task.mergeCounts.map((parts) => countRanges(parts));
    return [{ id: task.id, merged }, ownedBuffers(merged)];
  }
  if ('numericFigures' in task) {
    const { numericPairFigures } = await import('../drift/numeric-pair.ts');
    return [{ id: task.id, figures: task.numericFigures.map(numericPairFigures) }, []];
  }
  if ('profileColumns' in task) {
    const { columns, settings } = task.profileColumns;
    const { profileScanColumn } = await import('../profile/column-profile.ts');
    return [{ id: task.id, profiles: columns.map((c) => profileScanColumn(c, settings)) }, []];
  }
  if ('tail' in task) {
    const range = new TailMailbox(task.tail.mailbox).awaitRange();
    if (!range) return [{ id: task.id, untaken: true }, []];
    const { start, stop: stopAt } = range;
    return scannedRange(task.id, task.path, { ...task.tail.request, start, stopAt });
  }
  if ('request' in task) {
    const waiting = task.handBack ? new FinishingFlag(task.handBack) : undefined;
    const offer = task.tailOffer ? new TailMailbox(task.tailOffer) : undefined;
    try {
      const [reply, transfer] = scannedRange(
        task.id,
        task.path,
        task.request,
        offer && offeringTail(offer, task.request.stopAt),
        // Asked first once the range is read: the calling thread then takes no tail of it.
        () => {
          offer?.close();
          return waiting?.isSet() ?? false;
        },
      );
      // Marked once posted, so a calling thread that sees it finds the reply in its queue.
      return [reply, transfer, waiting && (() => waiting.markWorkerDone())];
    } finally {
      offer?.close();
    }
  }
  const parts = await scanWholeFile(task.path, task.wholeFile);
  return [{ id: task.id, parts }, transferList(parts.scanned)];
}

/**
 * Less than this left to read is not worth a tail: the tail's counts are
 * merged with the range's afterwards, and 2 MB take about 10 ms to scan.
 */
const MIN_TAIL_BYTES = 2 << 20;

/**
 * The cut of a range that gives the calling thread, once it waits for a tail
 * (TailMailbox.awaitRange), the second half of what is left before `stopAt`.
 */
function offeringTail(offer: TailMailbox, stopAt: number): (input: ByteSource) => RangeCut {
  return (input) => (position) => {
    if (!offer.isReady()) return undefined;
    const start = tailStart(input, position, stopAt, 2);
    if (start === undefined || Math.min(stopAt, input.size) - start < MIN_TAIL_BYTES) {
      offer.close();
      return undefined;
    }
    return offer.tryAssign({ start, stop: stopAt }) ? start : undefined;
  };
}

function scannedRange(
  id: number,
  path: string,
  request: CsvChunkRequest,
  cutOf?: (input: ByteSource) => RangeCut,
  handBack?: HandBack,
): [ScanWorkerReply, ArrayBuffer[]] {
  const outcome = scanFileRange(path, request, cutOf, handBack);
  return [{ id, outcome }, 'columns' in outcome ? transferList(outcome) : []];
}

/** The file's problem, which the user is told as thrown here; anything else is a crash. */
function failure(id: number, error: unknown): ScanWorkerReply {
  if (error instanceof TableReadError) {
    return { id, fileProblem: { source: error.source, line: error.line, problem: error.problem } };
  }
  return { id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** The columns' arrays a reply carries, whether a CSV range's or a whole file's. */
interface PostedColumns {
  badRecords: Int32Array;
  columns: readonly {
    values?: Float64Array | null;
    status?: Uint8Array | null;
    codes?: Int32Array | null;
    counts?: Int32Array | null;
    counted?: RangeCounts | null;
  }[];
}

/** The buffers of a reply's arrays, handed over to the main thread rather than copied. */
function transferList({ badRecords, columns }: PostedColumns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>([badRecords.buffer as ArrayBuffer]);
  for (const column of columns) {
    const counted = column.counted ? rangeCountsArrays(column.counted) : [];
    for (const array of [column.values, column.status, column.codes, column.counts, ...counted]) {
      if (array) buffers.add(array.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}
