import { isMainThread } from 'node:worker_threads';
import { delayTierUp } from './io/tier-up-delay.ts';
import { keepYoungGenerationSmall } from './io/young-generation.ts';
import { runAction } from './main.ts';

// A worker thread that loads this bundle entry by mistake must not run the action again.
if (isMainThread) {
  keepYoungGenerationSmall();
  delayTierUp();
  await runAction();
}
