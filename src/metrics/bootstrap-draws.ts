/**
 * The resamples of `pairedBootstrap` (src/statistics/paired-bootstrap.ts) as
 * integer counts: resample b draws n row indices ⌊u·n⌋ with u from
 * `seededRandom(seed)` (mulberry32), continuing one stream across resamples, so
 * every count equals the weight pairedBootstrap gives that row and intervals do
 * not move. The generator is inlined, because calling it through a closure
 * cost about 40% more per draw; the rewrites below give the same bits (each
 * says why), and the test pins the two together.
 * The stream can start at any resample: the state after b resamples of n draws
 * is seed + b·n·0x6d2b79f5 (mod 2³²), so slices of the resamples run on
 * different threads draw exactly what one thread would.
 * Cost: O(n) per resample, plus the visitor's.
 */

const weyl = 0x6d2b79f5;
const twoToMinus32 = 2 ** -32;

/** Calls `visit` with each resample's draw counts (the same array, refilled each time), from resample `first`. */
export function forEachResample(
  n: number,
  resamples: number,
  seed: number,
  visit: (counts: Int32Array) => void,
  first = 0,
): void {
  const counts = new Int32Array(checkedRows(n));
  let state = stateAt(seed, first, n);
  for (let b = 0; b < resamples; b++) {
    state = drawResample(counts, state);
    visit(counts);
  }
}

/**
 * forEachResample two resamples at a time, so that a visitor can evaluate both
 * in one pass over its data (each pass then reads the data once for two); the
 * second is null after an odd last one. Two arrays, refilled each time.
 */
export function forEachResamplePair(
  n: number,
  resamples: number,
  seed: number,
  visit: (counts: Int32Array, next: Int32Array | null) => void,
  first = 0,
): void {
  const [counts, next] = [new Int32Array(checkedRows(n)), new Int32Array(n)];
  let state = stateAt(seed, first, n);
  for (let b = 0; b < resamples; b += 2) {
    state = drawResample(counts, state);
    if (b + 1 < resamples) state = drawResample(next, state);
    visit(counts, b + 1 < resamples ? next : null);
  }
}

function checkedRows(n: number): number {
  if (n > 2 ** 31 - 1) throw new RangeError('at most 2³¹ − 1 rows');
  return n;
}

/** The Weyl state after `first` resamples of n draws; Math.imul multiplies modulo 2³², as the sequence adds. */
function stateAt(seed: number, first: number, n: number): number {
  return (seed + Math.imul(Math.imul(first, n), weyl)) | 0;
}

/** Refills `counts` with one resample's n = counts.length draws from `state`; returns the state after them. */
function drawResample(counts: Int32Array, start: number): number {
  const n = counts.length;
  // (x · 2⁻³²) · n and x · (n · 2⁻³²) are the same real number rounded once (n · 2⁻³² is exact),
  // so one multiplication per draw gives seededRandom's ⌊u·n⌋ exactly.
  const scale = n * twoToMinus32;
  let state = start;
  counts.fill(0);
  let i = 0;
  // Four draws per turn: their states are independent steps of the Weyl sequence, so the
  // processor can overlap them; the order of the increments does not change the counts.
  for (; i + 4 <= n; i += 4) {
    counts[drawIndex((state + weyl) | 0, scale)]! += 1;
    counts[drawIndex((state + 2 * weyl) | 0, scale)]! += 1;
    counts[drawIndex((state + 3 * weyl) | 0, scale)]! += 1;
    state = (state + 4 * weyl) | 0;
    counts[drawIndex(state, scale)]! += 1;
  }
  for (; i < n; i++) {
    state = (state + weyl) | 0;
    counts[drawIndex(state, scale)]! += 1;
  }
  return state;
}

/** Mulberry32's output x for one state, as `seededRandom` scrambles it, times `scale`, floored. */
function drawIndex(state: number, scale: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= (t + Math.imul(t ^ (t >>> 7), t | 61)) | 0;
  // x · scale < n ≤ 2³¹ − 1, so `| 0` is the floor.
  return (((t ^ (t >>> 14)) >>> 0) * scale) | 0;
}
