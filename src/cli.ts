#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { runCli } from './cli/run-cli.ts';

// A worker thread that loads this bundle entry by mistake must not run the CLI again.
if (isMainThread) process.exitCode = await runCli(process.argv.slice(2));
