/**
 * A numeric feature whose two sides are counted number columns of scans (the
 * `distribution` layout): its figures need nothing but the two columns, so
 * another thread can compute them while this one compares the rest
 * (compare-datasets.ts). In a 1M-row drift the CDF walks of the large
 * features are most of the comparison, and the thread that read the
 * reference would only wait through it. The figures are the same wherever
 * they are computed: the same code on the same doubles.
 */
import type { ScanNumericColumn } from '../data/table-scan.ts';
import { type NumericFigures, numericFigures } from './numeric-drift.ts';
import { numericSideFromScan } from './numeric-side.ts';

export interface NumericPair {
  name: string;
  reference: ScanNumericColumn;
  current: ScanNumericColumn;
}

/**
 * Computes the pairs' figures elsewhere and answers them in order; the
 * pairs' tables are handed over, not copied (unusable here afterwards).
 * Undefined when no other thread is free: they are computed here.
 */
export type NumericFiguresElsewhere = (
  pairs: NumericPair[],
) => Promise<NumericFigures[]> | undefined;

export function numericPairFigures(pair: NumericPair): NumericFigures {
  return numericFigures(
    pair.name,
    numericSideFromScan(pair.reference),
    numericSideFromScan(pair.current),
  );
}

/** Tables shorter than this (both sides' entries) are compared where they are: a walk of them takes less than a message. */
export const minEntriesSent = 1 << 16;

/**
 * The pairs to send so that the entries walked elsewhere come nearest half
 * of all the pairs' entries, chosen largest first: the walks cost in
 * proportion to the entries, and this thread compares the categorical
 * features besides. They are sent smallest first, the order the other thread
 * compares them in. Largest first, the 1M-row drift's worker began with `id`,
 * whose two tables are equal: every step of that walk adds 0 to whole
 * numbers, V8 compiled the walk for integers, and threw the code away at the
 * next pair's first fraction (`node --trace-deopt`: "lost precision"), to
 * compile it again. The worker's three pairs took 102–134 instead of 115–136
 * ms (4 runs each), and the main thread waited a median of 12 instead of 22 ms
 * for their figures (10 runs each).
 */
export function pairsToSend(pairs: readonly NumericPair[]): NumericPair[] {
  let half = 0;
  for (const pair of pairs) half += entriesOf(pair) / 2;
  let sent = 0;
  const chosen: NumericPair[] = [];
  for (const pair of [...pairs].sort((a, b) => entriesOf(b) - entriesOf(a))) {
    const entries = entriesOf(pair);
    if (entries < minEntriesSent) break;
    if (Math.abs(sent + entries - half) < Math.abs(sent - half)) {
      chosen.push(pair);
      sent += entries;
    }
  }
  return chosen.reverse();
}

/** Both sides' distinct values: what the CDF walk steps through. */
export function entriesOf(pair: NumericPair): number {
  return (pair.reference.counted?.values.length ?? 0) + (pair.current.counted?.values.length ?? 0);
}
