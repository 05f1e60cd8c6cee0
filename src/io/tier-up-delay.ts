/**
 * How soon V8 hands a function to its optimizing compilers (Maglev, then
 * Turbofan), for the whole process. By default a function called about 400
 * times is compiled again by Maglev, on a second thread and into fresh memory.
 * A PR-sized `mlgate drift` (two 730-row files) runs for about 50 ms after its
 * modules load, and it is over before most of what Maglev compiles pays for
 * itself: with Maglev and Turbofan switched off, that part took about 37 ms
 * instead of 52 and touched about 2,300 fewer pages (13 MB less RSS). Switched
 * off they cannot stay: the exact KS p-value of 10,000 rows against 9,000 took
 * 2.6 s instead of 0.56 s without them.
 *
 * Delaying every tier tenfold keeps both: code that runs long enough to matter
 * (the scans and sweeps of the large files, which run millions of times) is
 * still optimized, a few milliseconds later, while the start of a small run is
 * left to the interpreter and Sparkplug. Measured with the bundle, 25 runs
 * alternating: PR-sized drift 192 → 175 ms, PR-sized `mlgate run` 422 → 396 ms
 * (21 runs), drift of 10,000 rows 559 → 551 ms and of 1,000,000 rows 2.06 →
 * 2.01 s (5 runs), on a 2-core machine.
 *
 * V8 reads these counts when it sets a function's budget for the next tier
 * (first when the function's feedback is allocated), so setting them before a
 * command's modules load covers all of its code; like
 * the young generation's factor, they hold for every thread of the process.
 *
 * A thread started after any flag has changed boots slower: V8 takes a code
 * cache only under the flags it was made with, and Node's cache of its own
 * modules was made under V8's defaults, so the thread compiles them afresh (an
 * empty worker: 157 instead of 102 ms to its first message, medians of 12;
 * setting a flag back to its default makes it fast again). So a command that
 * starts its scan worker ahead leaves the flags alone until that worker is up,
 * and the worker delays the tiers then (src/cli/command-line.ts,
 * src/io/scan-worker.ts): the 1M-row drift took 1,260 instead of 1,282 ms and
 * 2,192 instead of 2,262 ms of CPU (25 runs alternating).
 */
import { setFlagsFromString } from 'node:v8';

/** Ten times V8's own counts (400, 100, 3,000 and 500 in Node 24's V8, `node --v8-options`). */
const delayedCounts = [
  '--invocation-count-for-maglev=4000',
  '--invocation-count-for-maglev-osr=1000',
  '--invocation-count-for-turbofan=30000',
  '--invocation-count-for-osr=5000',
];

export function delayTierUp(): void {
  setFlagsFromString(delayedCounts.join(' '));
}
