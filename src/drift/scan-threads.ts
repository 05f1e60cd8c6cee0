/**
 * The scan threads of a run's table scans, as a drift check uses them: held
 * up after the scans that start them, so that the drift compares about half
 * of its large numeric features on one of them (numeric-pair.ts) while its
 * own thread compares the rest. The CLI's `mlgate drift` does so through its
 * own scheduler; a gate run (`mlgate run`, the action) compared all of them on
 * one thread until its checks got these: a drift check of the bench's 1M-row
 * pair took 1.76 instead of 1.86 s (`mlgate run`, 9 runs alternating).
 */
import type { NumericFigures } from './numeric-drift.ts';
import type { NumericFiguresElsewhere, NumericPair } from './numeric-pair.ts';

/** What src/io/file-scan-scheduler.ts offers; `source` names the data in the thread's errors. */
export interface ScanThreads {
  holdWorkers(): void;
  releaseWorkers(): void;
  numericFiguresOnWorker(
    source: string,
    pairs: NumericPair[],
  ): Promise<NumericFigures[]> | undefined;
}

/**
 * Runs `drift` with the scan threads held up through it, handing it a way to
 * compare features on one of them (`elsewhere`); without threads, it runs as is.
 */
export async function onScanThreads<T>(
  threads: ScanThreads | undefined,
  source: string,
  drift: (elsewhere?: NumericFiguresElsewhere) => Promise<T>,
): Promise<T> {
  if (!threads) return drift();
  threads.holdWorkers();
  try {
    return await drift((pairs) => threads.numericFiguresOnWorker(source, pairs));
  } finally {
    threads.releaseWorkers();
  }
}
