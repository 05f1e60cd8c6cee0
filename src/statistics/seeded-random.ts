/**
 * A small seeded pseudo-random generator, so that a bootstrap gives the same
 * interval on every run and every machine: mulberry32 (Tommy Ettinger, 2017),
 * a 32-bit state advanced by a Weyl sequence and scrambled by two multiply-xor
 * rounds. Period 2³²; plenty for a few thousand resamples of at most millions
 * of rows, and fast and exact in JavaScript's 32-bit integer arithmetic.
 * Cost: O(1) per draw.
 */

/** Uniform draws in [0, 1) determined by `seed` (any integer; taken modulo 2³²). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n) from a [0, 1) draw. */
export function randomIndex(random: () => number, n: number): number {
  return Math.floor(random() * n);
}
