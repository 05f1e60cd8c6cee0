/**
 * Keeps V8's young generation at its starting size for the whole process.
 * V8 doubles the semi-spaces (up to 16 MB each) whenever enough objects
 * survive a scavenge, which start-up does a lot of (a command's modules, a
 * config's schemas): a PR-sized `mlgate run` ended with 11 MB of new space,
 * most of it written once. Fresh memory is not free: each page written the
 * first time is a fault, and on a virtual machine that hands freed memory
 * back to its host (the bench machine) one costs about 14 µs, so 2,000 pages
 * are 30 ms (`npm run bench` counts the faults). Kept small, that run wrote
 * about 2,100 fewer pages (peak 86 → 77 MiB) and took ×0.93 the time; a
 * million-row drift and profile, whose scans make short-lived garbage, ran
 * as fast as before (×1.01, within the noise).
 * V8 reads the factor each time it considers growing the space, so setting it
 * after start-up takes effect; it holds for every thread of the process.
 */
import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
