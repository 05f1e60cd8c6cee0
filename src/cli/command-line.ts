/**
 * How the `mlgate` entry point (src/cli.ts) runs a command line: here, or,
 * for `profile`, `validate` and `drift` on a table of at least 1,000 columns,
 * in a command thread whose heap is held near its data
 * (src/io/command-thread.ts). The width is the field count of a CSV's or
 * JSONL's first line (not of a schema, a profile or a Parquet file).
 * Narrower tables run here: a thread costs about 0.1 s of start-up, half a
 * PR-sized drift, and saved nothing on 1M rows × 20 columns. A thread that
 * runs out of its heap before writing any of its result runs again here,
 * without the limit: the limit is there to save memory, never to fail a
 * command that would have passed. A command run here that reads a CSV file
 * large enough for threads has its first scan worker started before its
 * modules load (src/io/scan-worker-start.ts). Before that, `profile` and
 * `drift` on CSV files of 128 MiB or more in all run the process again with
 * one malloc arena and a fixed mmap threshold (src/io/malloc-restart.ts): it
 * costs about 0.03 s of Node start-up. The 1M-row drift peaked at 192 instead
 * of 203 MB, and a 1M-row profile at 143 instead of 172 MB, in 0.75 instead
 * of 0.72 s (7 runs alternating, 4 s apart). `validate`, which keeps few
 * values per column, is not restarted. V8's flags for a short run are set
 * before a command's modules load, except where a scan worker starts ahead:
 * that worker sets them once up, having started on V8's own
 * (src/io/tier-up-delay.ts).
 */
import { formatFromPath } from '../formats/format-from-path.ts';
import type { CommandThreadEnd } from '../io/command-thread.ts';
import { exitCodes } from './exit-codes.ts';
import { internalFailureMessage } from './internal-failure.ts';

/** The commands that read whole tables. */
const tableCommands = new Set(['profile', 'validate', 'drift']);

/** The commands that keep a table of every value they count, so write memory in proportion to their data. */
const countingCommands = new Set(['profile', 'drift']);

/** CSV bytes, in all, from which a counting command runs again with malloc's tunables. */
const RESTART_MIN_BYTES = 128 << 20;

/** Columns from which a table command runs in the command thread. */
export const WIDE_TABLE_FIELDS = 1_000;

export interface CommandLineRunners {
  /** runCli, in this thread. */
  here: (argv: readonly string[]) => Promise<number>;
  /** runInCommandThread, from the entry point. */
  inThread: (argv: readonly string[]) => Promise<CommandThreadEnd>;
  /** How many fields the first line of a file holds; 0 for what is not a readable file. */
  fieldsOf: (file: string) => number;
  /** Whether a file is large enough for its scan to start threads. */
  largeEnoughForThreads: (file: string) => boolean;
  /**
   * Starts a scan worker for the command's first scan to take, on V8's own
   * flags: the worker sets the short run's flags once up (src/io/scan-worker.ts).
   */
  prestartScanWorker: () => void;
  /** Sets V8's flags for a short run: young generation kept small, tiers delayed. */
  tuneForShortRun: () => void;
  /** The size of a file in bytes; 0 for what is not a readable file. */
  bytesOf: (file: string) => number;
  /** Replaces the process with itself run with malloc's tunables, or returns. */
  restartWithMallocTunables: () => void;
  err: (text: string) => void;
}

export async function runCommandLine(
  argv: readonly string[],
  runners: CommandLineRunners,
): Promise<number> {
  const [name = '', ...rest] = argv;
  if (!tableCommands.has(name)) {
    runners.tuneForShortRun();
    return runners.here(argv);
  }
  const tables = tableArguments(rest);
  if (Math.max(0, ...tables.map(runners.fieldsOf)) < WIDE_TABLE_FIELDS) {
    const csv = tables.filter((path) => formatFromPath(path) === 'csv');
    const csvBytes = csv.reduce((sum, path) => sum + runners.bytesOf(path), 0);
    // Before any thread starts: a restart ends them.
    if (countingCommands.has(name) && csvBytes >= RESTART_MIN_BYTES) {
      runners.restartWithMallocTunables();
    }
    // A thread started with V8's flags changed compiles Node's own modules afresh: their
    // code cache holds only under the flags it was made with (src/io/tier-up-delay.ts).
    if (csv.some(runners.largeEnoughForThreads)) runners.prestartScanWorker();
    else runners.tuneForShortRun();
    return runners.here(argv);
  }
  runners.tuneForShortRun();
  let end: CommandThreadEnd;
  try {
    end = await runners.inThread(argv);
  } catch (error) {
    runners.err(internalFailureMessage(`mlgate ${name}`, error));
    return exitCodes.failure;
  }
  if (end.kind === 'exited') return end.code;
  if (end.wroteResult) {
    runners.err(
      `mlgate ${name}: ran out of memory in its thread for wide tables after writing part of its result, so the result is incomplete; this is a limit of mlgate, not of your files: report it with the table's size\n`,
    );
    return exitCodes.failure;
  }
  runners.err(
    `mlgate ${name}: the thread for wide tables ran out of its heap; running again without its limit (messages above may repeat)\n`,
  );
  return runners.here(argv);
}

/** Files no command reads as a table with a header line: schemas, profiles, Parquet. */
const notHeaderTables = /\.(json|ya?ml|parquet)$/i;

/** The arguments that may be tables with a header line, `--option=path` included. */
function tableArguments(args: readonly string[]): string[] {
  const paths = args.map((arg) => (arg.startsWith('--') ? arg.slice(arg.indexOf('=') + 1) : arg));
  return paths.filter((path) => path !== '' && !notHeaderTables.test(path));
}
