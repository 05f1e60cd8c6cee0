import { isMainThread } from 'node:worker_threads';
import { setYoungGenerationHold } from './data/young-generation.ts';
import { holdYoungGenerationInV8 } from './io/v8-young-generation.ts';
import { runAction } from './main.ts';

// A worker thread that loads this bundle entry by mistake must not run the action again.
if (isMainThread) {
  setYoungGenerationHold(holdYoungGenerationInV8);
  await runAction();
}
