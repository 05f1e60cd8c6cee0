/**
 * 64-bit hashes of numbers and texts for HyperLogLog, as two 32-bit halves.
 * Each half is MurmurHash3 x86_32 (Appleby) under its own seed: over the two
 * 32-bit words of the IEEE-754 double for numbers (−0 hashed as +0, as they
 * are one value), over UTF-16 code units, two per block, for texts.
 * Cost: O(1) per number, O(length) per text.
 */
const seedHigh = 0x9747b28c;
const seedLow = 0x3c6ef372;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

export type Hash64 = readonly [high: number, low: number];

export function hashNumber(value: number): Hash64 {
  return [numberHashHigh(value), numberHashLow(value)];
}

/** The high half of hashNumber alone, for hot loops that seldom need the low one. */
export function numberHashHigh(value: number): number {
  return numberHalf(seedHigh, value);
}

export function numberHashLow(value: number): number {
  return numberHalf(seedLow, value);
}

function numberHalf(seed: number, value: number): number {
  bits[0] = value === 0 ? 0 : value;
  return finish(mixBlock(mixBlock(seed, words[0]!), words[1]!), 8);
}

export function hashText(text: string): Hash64 {
  let high = seedHigh;
  let low = seedLow;
  const length = text.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    const block = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    high = mixBlock(high, block);
    low = mixBlock(low, block);
  }
  if (i < length) {
    const k = scramble(text.charCodeAt(i));
    high ^= k;
    low ^= k;
  }
  return [finish(high, length * 2), finish(low, length * 2)];
}

function scramble(k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  return Math.imul(x, 0x1b873593);
}

function mixBlock(h: number, block: number): number {
  let x = h ^ scramble(block);
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

function finish(h: number, byteLength: number): number {
  let x = h ^ byteLength;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
