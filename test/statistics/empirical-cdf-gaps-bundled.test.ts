/**
 * The CDF walk (src/statistics/empirical-cdf-gaps.ts) as the bundle ships it:
 * esbuild turns a module's top-level `const` into `var`, and a loop that read
 * one (+∞, as the walk once did) kept the values it met there boxed, one heap
 * number per step. The walk is bundled here as the bundle does it and run in a
 * worker thread, which loads it as Node does (not through the test runner's
 * module transform, under which the boxing did not show), until V8 has
 * optimized it. Then it must walk 8 million steps without a scavenge: boxed,
 * they allocate 128 MB, several scavenges whatever the young generation's
 * size (at most 16 MB a semi-space in Node 24; the old walk took 61).
 * Allocation is counted by V8's GC profiler, not timed.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, it } from 'vitest';

let directory: string;
let file: string;

/**
 * Appended to the bundled module: frequency tables of 500,000 distinct
 * ascending values (1 to 7 thousandths apart, each counted 1 to 3 times),
 * walked 12 times to warm up and 8 times under the GC profiler.
 */
const harness = `
import { parentPort } from 'node:worker_threads';
import { GCProfiler } from 'node:v8';
function table(n, seed) {
  const values = new Float64Array(n);
  const weights = new Uint32Array(n);
  let state = seed;
  let value = 0;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    value += 1 + (state % 7);
    values[i] = value / 1000;
    weights[i] = 1 + (state % 3);
  }
  return { values, weights };
}
const a = table(500000, 1);
const b = table(500000, 2);
for (let warm = 0; warm < 12; warm++) empiricalCdfGaps(a, b);
const profiler = new GCProfiler();
profiler.start();
let supremum = 0;
for (let walk = 0; walk < 8; walk++) supremum += empiricalCdfGaps(a, b).supremum;
const scavenges = profiler.stop().statistics.filter(({ gcType }) => gcType === 'Scavenge' || gcType === 'MinorMarkSweep').length;
parentPort.postMessage({ supremum, scavenges });
`;

beforeAll(async () => {
  const { outputFiles } = await build({
    entryPoints: ['src/statistics/empirical-cdf-gaps.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  directory = await mkdtemp(join(tmpdir(), 'mlgate-walk-'));
  file = join(directory, 'walk.mjs');
  await writeFile(file, outputFiles[0]!.text + harness);
}, 60_000);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('empiricalCdfGaps, bundled', () => {
  it('walks two frequency tables without allocating once optimized', async () => {
    const worker = new Worker(file);
    const [{ supremum, scavenges }] = (await once(worker, 'message')) as [
      { supremum: number; scavenges: number },
    ];
    await worker.terminate();
    assert.ok(supremum > 0, 'the tables differ, so every walk ran');
    // A scavenge the harness's own garbage was due for may fall in the window; a boxed walk takes several.
    assert.ok(scavenges <= 1, `${scavenges} scavenges during 8 walks`);
  }, 60_000);
});
