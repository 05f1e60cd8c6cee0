/**
 * A command run in a worker thread whose heap is held closer to its data.
 * On a table of 50,000 columns two things inflate the peak well past what is
 * live: V8 grows a thread's young generation (to 128 MB here) because the
 * per-column builders live through collections, and it lets the old
 * generation grow to 4× its live size before collecting, because the heap's
 * limit is large. A main thread's limits can only be set with flags when Node
 * starts, which an action or `node mlgate` cannot pass (and changing them
 * later is undefined behaviour); a worker's `resourceLimits` are Node's
 * supported way. On the wide bench pair (50,000 columns × 20 rows) the peaks of
 * profile, validate and drift fell from about 300, 375 and 470 MB on the main
 * thread to about 220, 220 and 285 MB here (issue 17, `npm run bench -- --only wide`).
 */
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { workerEnvironment } from './compile-cache.ts';
import { COMMAND_THREAD_FLAG } from './thread-role.ts';
import { letYoungGenerationGrow } from './young-generation.ts';

export interface CommandThreadLimits {
  youngGenerationMb: number;
  /**
   * Also what V8 scales its heap growing factor by: below 2 GB it collects the old
   * generation at less than 4× its live size (768 MB: about 1.5×).
   */
  oldGenerationMb: number;
}

/**
 * Measured on the wide bench pair: 16 MB of young generation kept the time and cut the
 * peak most (8 and 32 were worse); an old generation of 768 MB took drift from about
 * 350 MB to 285 (1,024: 295; 2,000: 317). A thread that needs more runs again without
 * the limits (src/cli/command-line.ts).
 */
export const wideTableLimits: CommandThreadLimits = { youngGenerationMb: 16, oldGenerationMb: 768 };

/**
 * How a command thread ended: with an exit code, or out of its heap, which
 * the caller may answer by running the command without the limits, as long
 * as the thread wrote none of its result (stdout) that a second run would
 * write again.
 */
export type CommandThreadEnd =
  | { kind: 'exited'; code: number }
  | { kind: 'out-of-memory'; wroteResult: boolean };

/**
 * Runs `argv` in a thread started from `entry`, an entry point that runs the
 * command when `threadRole` finds it (src/cli.ts, src/io/thread-role.ts). What the thread
 * prints goes to `streams` (this process's stdout and stderr). Rejects with
 * any error the thread did not catch, other than running out of memory.
 */
export function runInCommandThread(
  entry: URL,
  argv: readonly string[],
  limits: CommandThreadLimits = wideTableLimits,
  streams: { out: Writable; err: Writable } = { out: process.stdout, err: process.stderr },
): Promise<CommandThreadEnd> {
  letYoungGenerationGrow();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: { mlgateCommand: [...argv] },
      argv: [COMMAND_THREAD_FLAG],
      env: workerEnvironment(),
      stdout: true,
      stderr: true,
      resourceLimits: {
        maxYoungGenerationSizeMb: limits.youngGenerationMb,
        maxOldGenerationSizeMb: limits.oldGenerationMb,
      },
    });
    const wroteResult = forward(worker.stdout, streams.out);
    forward(worker.stderr, streams.err);
    // Ended once the thread has exited and all it printed has come through, so that
    // `wroteResult` is the whole story before anyone runs the command again.
    const drained = Promise.all([finished(worker.stdout), finished(worker.stderr)]);
    let outOfMemory = false;
    worker.once('error', (error) => {
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
      else reject(error);
    });
    worker.once('exit', (code) => {
      drained.then(
        () =>
          resolve(
            outOfMemory
              ? { kind: 'out-of-memory', wroteResult: wroteResult() }
              : { kind: 'exited', code },
          ),
        reject,
      );
    });
  });
}

/** Pipes one of the thread's streams to ours; tells whether anything came through. */
function forward(from: Readable, to: Writable): () => boolean {
  let any = false;
  from.once('data', () => {
    any = true;
  });
  from.pipe(to, { end: false });
  return () => any;
}
