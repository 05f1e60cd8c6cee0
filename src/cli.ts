#!/usr/bin/env node
import { enableCompileCache } from 'node:module';
import { isMainThread } from 'node:worker_threads';
import { exitCodes } from './cli/exit-codes.ts';
import { internalFailureMessage } from './cli/internal-failure.ts';
import { runCli } from './cli/run-cli.ts';

// A worker thread that loads this bundle entry by mistake must not run the CLI again.
if (isMainThread) {
  // Each command's code is imported on demand, after this line, so V8 can keep it compiled
  // between runs (Node's compile cache, in the OS temp directory): a PR-sized `mlgate drift`
  // spent about 0.13 s of its CPU compiling, and about 0.03 s with the cache.
  enableCompileCache();
  // An error outside the awaited chain (a stray rejection, a crashing callback) is a
  // failure of mlgate too: its message and exit 3, not Node's stack trace and exit 1 ("blocked").
  process.on('uncaughtException', (error) => {
    process.stderr.write(internalFailureMessage('mlgate', error));
    process.exit(exitCodes.failure);
  });
  process.exitCode = await runCli(process.argv.slice(2));
}
