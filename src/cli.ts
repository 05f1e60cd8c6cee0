#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { exitCodes } from './cli/exit-codes.ts';
import { internalFailureMessage } from './cli/internal-failure.ts';
import { runCli } from './cli/run-cli.ts';

// A worker thread that loads this bundle entry by mistake must not run the CLI again.
if (isMainThread) {
  // An error outside the awaited chain (a stray rejection, a crashing callback) is a
  // failure of mlgate too: its message and exit 3, not Node's stack trace and exit 1 ("blocked").
  process.on('uncaughtException', (error) => {
    process.stderr.write(internalFailureMessage('mlgate', error));
    process.exit(exitCodes.failure);
  });
  process.exitCode = await runCli(process.argv.slice(2));
}
