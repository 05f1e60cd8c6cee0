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
 * of all the pairs' entries, largest first: the walks cost in proportion to
 * the entries, and this thread compares the categorical features besides.
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
  return chosen;
}

/** Both sides' distinct values: what the CDF walk steps through. */
export function entriesOf(pair: NumericPair): number {
  return (pair.reference.counted?.values.length ?? 0) + (pair.current.counted?.values.length ?? 0);
}
