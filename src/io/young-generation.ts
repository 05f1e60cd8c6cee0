/**
 * How far V8's young generation may grow, for the whole process. V8 doubles
 * the semi-spaces (up to 16 MB each) whenever enough objects survive a
 * scavenge, which start-up does a lot of (a command's modules, a config's
 * schemas): a PR-sized `mlgate run` ended with 11 MB of new space, most of it
 * written once. Fresh memory is not free: each page written the first time is
 * a fault, and on a virtual machine that hands freed memory back to its host
 * (the bench machine) one costs about 14 µs, so 2,000 pages are 30 ms (`npm
 * run bench` counts the faults). Kept at its starting size, that run wrote
 * about 2,100 fewer pages (peak 92 → 77 MiB) and took ×0.86 the time.
 *
 * A workload that starts threads (a large file's scan, a wide table's
 * command thread, a large bootstrap) lets it grow again: there the survivors
 * are the work's own objects, and a young generation kept small promoted them
 * to be collected by the far dearer full collections (a drift of two
 * 50,000-column tables took 7.8 s instead of 5.5 s, and 293 MB instead of 265).
 *
 * V8 reads the factor each time it considers growing the space, so setting it
 * after start-up takes effect; it holds for every thread of the process.
 */
import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** V8's own factor (2 in Node 24's V8, `node --v8-options`). */
export function letYoungGenerationGrow(): void {
  setFlagsFromString('--semi-space-growth-factor=2');
}
