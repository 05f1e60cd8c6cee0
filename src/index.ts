import { isMainThread } from 'node:worker_threads';
import { runAction } from './main.ts';

// A worker thread that loads this bundle entry by mistake must not run the action again.
if (isMainThread) await runAction();
