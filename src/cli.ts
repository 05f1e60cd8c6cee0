#!/usr/bin/env node
import { runCommandLine } from './cli/command-line.ts';
import { exitCodes } from './cli/exit-codes.ts';
import { internalFailureMessage } from './cli/internal-failure.ts';
import { unsupportedNodeMessage } from './cli/node-version.ts';
import { enableCompileCacheForThreads } from './io/compile-cache.ts';
import { descriptorOutput, descriptorOutputDrained } from './io/descriptor-writer.ts';
import { fileSize } from './io/file-size.ts';
import { firstLineFields } from './io/first-line-fields.ts';
import { restartWithMallocTunables } from './io/malloc-restart.ts';
import { largeEnoughForThreads, prestartScanWorker } from './io/scan-worker-start.ts';
import { threadRole } from './io/thread-role.ts';
import { delayTierUp } from './io/tier-up-delay.ts';
import { keepYoungGenerationSmall } from './io/young-generation.ts';

// Before anything Node 24 has and older Nodes lack (the compile cache, below).
const unsupported = unsupportedNodeMessage(process.versions.node);
if (unsupported) {
  process.stderr.write(unsupported);
  process.exit(exitCodes.usage);
}

// A command thread runs this same entry (src/cli/command-line.ts); any other worker
// thread that loads it by mistake must not run the CLI.
const role = await threadRole(process.argv);
if (role.kind !== 'other-thread') {
  // Each command's code is imported on demand, after this line, so V8 keeps it compiled
  // between runs (src/io/compile-cache.ts).
  enableCompileCacheForThreads();
  // An error outside the awaited chain (a stray rejection, a crashing callback) is a
  // failure of mlgate too: its message and exit 3, not Node's stack trace and exit 1 ("blocked").
  process.on('uncaughtException', (error) => {
    process.stderr.write(internalFailureMessage('mlgate', error));
    process.exit(exitCodes.failure);
  });
  // The main thread writes to its descriptors, sparing the streams Node would build for them;
  // a command thread prints through process.stdout, which its parent forwards.
  process.exitCode = await (role.kind === 'command-thread'
    ? (await commands()).runCli(role.argv)
    : runCommandLine(process.argv.slice(2), {
        here: async (argv) => exitWith(await (await commands()).runCli(argv, descriptorOutput)),
        // Only tables of many columns run in a thread: its module loads with them.
        inThread: async (argv) =>
          (await import('./io/command-thread.ts')).runInCommandThread(
            new URL(import.meta.url),
            argv,
          ),
        fieldsOf: firstLineFields,
        largeEnoughForThreads,
        prestartScanWorker,
        // Set by the process, before any command's module loads, and not again by a command
        // thread, whose start has let the young generation grow.
        tuneForShortRun: () => {
          keepYoungGenerationSmall();
          delayTierUp();
        },
        bytesOf: fileSize,
        restartWithMallocTunables: () => restartWithMallocTunables(),
        err: descriptorOutput.err,
      }));
}

/**
 * Ends the process as soon as a command run in this thread returns and its
 * output has left (descriptorOutput writes it before it returns, unless the
 * pipe refused it and Node's stream took the rest). Left to end by itself,
 * the process would first wait for Node to take its isolate apart, which the
 * exit makes moot: a PR-sized `mlgate drift` took 140.6 instead of 148.2 ms,
 * a PR-sized `mlgate run` 270.0 instead of 276.7 ms (medians of 41 and 31
 * runs alternating, the bundle). The exit listeners still run, and Node
 * still writes V8's compile cache (src/io/compile-cache.ts). A command
 * thread's output reaches this process through a stream of its own, so that
 * path (`inThread`) ends as it did.
 */
async function exitWith(code: number): Promise<never> {
  await descriptorOutputDrained();
  process.exit(code);
}

/**
 * The commands, with their help and usage errors, loaded once the process
 * knows it runs one here: a 1M-row drift's first process, which only decides
 * to run itself again with malloc's tunables (src/io/malloc-restart.ts), never
 * loads them, and the run that does loads them with V8's compile cache on.
 */
function commands(): Promise<typeof import('./cli/run-cli.ts')> {
  return import('./cli/run-cli.ts');
}
