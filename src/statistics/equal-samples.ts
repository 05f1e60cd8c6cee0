/**
 * Whether two ascending samples are the same sample: the same values, each
 * with the same weight (or both unweighted). Their empirical CDFs are then
 * one function, so the KS statistic D and W₁ are exactly 0, as
 * scipy.stats.ks_2samp(a, a).statistic and
 * scipy.stats.wasserstein_distance(a, a) give, and the CDF walk
 * (empirical-cdf-gaps.ts) is not needed to find it. Such pairs are common in
 * drift: an id column over the same rows, a feature no one changed. In the
 * 1M-row bench pair, the walk of `id`'s two tables of a million entries took
 * 47–49 ms; for each of the pair's other features this check stops at the
 * first entry (under 0.05 ms).
 * Typed arrays of one type are compared as bytes (memcmp, through Node's
 * Buffer). Compared in a loop of its own, which runs once or twice per
 * feature and so mostly before V8 optimizes it, `id`'s check took 7–15 ms
 * of the drift's main thread while the worker waited for the pairs the
 * check decides (numeric-pair.ts); as bytes, about 1 ms.
 * Cost: O(k) for equal samples of k entries; O(1) to the first difference.
 */
import { Buffer } from 'node:buffer';
import { type SortedSample, sampleValues, sampleWeights } from './sorted-sample.ts';

export function equalSamples(a: SortedSample, b: SortedSample): boolean {
  // Values first: two tables of different samples mostly differ from the first value on,
  // while their weights (small counts) may agree for long.
  if (!equalEntries(sampleValues(a), sampleValues(b))) return false;
  const aWeights = sampleWeights(a);
  const bWeights = sampleWeights(b);
  return aWeights === undefined || bWeights === undefined
    ? aWeights === bWeights
    : equalEntries(aWeights, bWeights);
}

function equalEntries(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  const bytes = sameBytes(a, b);
  if (bytes !== undefined) return bytes;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether typed arrays of one type hold the same bytes, which for integers
 * is whether they hold the same numbers; undefined where that does not
 * decide it: other arrays, or floating-point ones whose bytes differ, which
 * may be −0 against +0. (Same bytes are the same numbers: a sample holds no
 * NaN.)
 */
function sameBytes(a: ArrayLike<number>, b: ArrayLike<number>): boolean | undefined {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) {
    return undefined;
  }
  const same = bytesOf(a).equals(bytesOf(b));
  return same || integerArrays.has(a.constructor) ? same : undefined;
}

const integerArrays = new Set<unknown>([
  Uint8Array,
  Uint8ClampedArray,
  Int8Array,
  Uint16Array,
  Int16Array,
  Uint32Array,
  Int32Array,
]);

function bytesOf(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
