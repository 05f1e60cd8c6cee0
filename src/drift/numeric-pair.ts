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
import { equalSamples } from '../statistics/equal-samples.ts';
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
 * features besides. A pair of equal tables (an id column over the same
 * rows) is not walked at all (src/statistics/equal-samples.ts), so it counts
 * for nothing here, and stays. They are sent smallest first, the order the
 * other thread compares them in: a walk whose first pair holds only whole
 * numbers is compiled by V8 for them and thrown away at the next pair's
 * first fraction (`node --trace-deopt`: "lost precision").
 */
export function pairsToSend(pairs: readonly NumericPair[]): NumericPair[] {
  const walked = pairs
    .map((pair) => ({ pair, entries: walkedEntries(pair) }))
    .sort((a, b) => b.entries - a.entries);
  let half = 0;
  for (const { entries } of walked) half += entries / 2;
  let sent = 0;
  const chosen: NumericPair[] = [];
  for (const { pair, entries } of walked) {
    if (entries < minEntriesSent) break;
    if (Math.abs(sent + entries - half) < Math.abs(sent - half)) {
      chosen.push(pair);
      sent += entries;
    }
  }
  return chosen.reverse();
}

/** Both sides' distinct values: what the CDF walk steps through; none for equal tables, which it skips. */
function walkedEntries(pair: NumericPair): number {
  const reference = pair.reference.counted;
  const current = pair.current.counted;
  if (reference && current && equalSamples(reference, current)) return 0;
  return (reference?.values.length ?? 0) + (current?.values.length ?? 0);
}
