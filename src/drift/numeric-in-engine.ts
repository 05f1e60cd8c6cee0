/**
 * Every drift figure of one numeric feature whose two sides are in one SQL
 * engine, computed there: each side's counts, moments and extremes (one row
 * per side), the order statistics its quantiles lie between (at most 22 rows
 * per side), the exact KS statistic and Wasserstein-1 from both sides' value
 * counts (one row), and both sides' counts on the reference decile bins and
 * on the histogram bins (at most 2 × 10 × 10 rows). The quantiles, the KS
 * p-value and the measures on the bins are then computed here, by the same
 * code as for files (numeric-drift.ts, linear-quantile.ts), so every figure is
 * exact in every engine, even where its own quantiles are approximate.
 */
import {
  binCountsSql,
  cdfGapsSql,
  numericSummarySql,
  orderStatisticsSql,
  type SideColumn,
} from '../sql/drift-queries.ts';
import { decileCutsFrom } from '../statistics/decile-bins.ts';
import { linearQuantileSorted } from '../statistics/linear-quantile.ts';
import type { SqlConnection, SqlValue } from '../workspace/sql-source.ts';
import { histogramEdges } from './common-histogram.ts';
import type { SideSummary } from './drift-result.ts';
import { type NumericFigures, numericFiguresOf } from './numeric-drift.ts';

const deciles = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => k / 10);
/** The 1st and 99th percentiles of both sides: the span of the histogram. */
const histogramSpan = [0.01, 0.99];
/** The reference's deciles cut its bins. */
const referenceProbabilities = [...deciles, ...histogramSpan];

interface EngineSide {
  summary: SideSummary;
  quantile: (p: number) => number;
}

export async function numericInEngine(
  name: string,
  connection: SqlConnection,
  reference: SideColumn,
  current: SideColumn,
): Promise<NumericFigures> {
  const referenceSide = await sideInEngine(connection, reference, referenceProbabilities);
  const currentSide = await sideInEngine(connection, current, histogramSpan);
  const sides = { reference: referenceSide.summary, current: currentSide.summary };
  const sizes = { n1: sides.reference.count, n2: sides.current.count };
  if (sizes.n1 === 0 || sizes.n2 === 0) return numericFiguresOf(name, sides, sizes, null);
  const { dialect } = connection;
  const [gaps] = (await connection.query(cdfGapsSql(dialect, reference, current))).rows;
  const cuts = decileCutsFrom(referenceSide.quantile);
  const { edges, low, width, count } = histogramEdges(
    [referenceSide.quantile(0.01), currentSide.quantile(0.01)],
    [referenceSide.quantile(0.99), currentSide.quantile(0.99)],
  );
  const binned = await connection.query(
    binCountsSql(dialect, reference, current, cuts, { low, width, bins: count }),
  );
  const decileCounts = [zeros(cuts.length + 1), zeros(cuts.length + 1)] as const;
  const histogramCounts = [zeros(count), zeros(count)] as const;
  for (const [side, decile, bin, cells] of binned.rows) {
    const index = Number(side);
    decileCounts[index]![Number(decile)]! += Number(cells);
    histogramCounts[index]![Number(bin)]! += Number(cells);
  }
  return numericFiguresOf(name, sides, sizes, {
    statistic: numberOr(gaps?.[0], 0),
    // One distinct value on both sides: no step, no area.
    distance: numberOr(gaps?.[1], 0),
    bins: { cuts, reference: decileCounts[0], current: decileCounts[1] },
    histogram: { edges, reference: histogramCounts[0], current: histogramCounts[1] },
    approximate: null,
  });
}

async function sideInEngine(
  connection: SqlConnection,
  side: SideColumn,
  probabilities: readonly number[],
): Promise<EngineSide> {
  const { rows } = await connection.query(numericSummarySql(connection.dialect, side));
  const [rowCount, present, finite, mean, std, min, max] = rows[0] ?? [];
  const n = numberOr(finite, 0);
  const presentCount = numberOr(present, 0);
  return {
    summary: {
      count: n,
      missing: numberOr(rowCount, 0) - presentCount,
      nonFinite: presentCount - n,
      bad: 0,
      mean: n > 0 ? numberOrNull(mean) : null,
      std: n > 1 ? numberOrNull(std) : null,
      min: n > 0 ? numberOrNull(min) : null,
      max: n > 0 ? numberOrNull(max) : null,
    },
    quantile:
      n > 0 ? await quantilesInEngine(connection, side, n, probabilities) : () => Number.NaN,
  };
}

/**
 * numpy.quantile of the side's finite values at `probabilities`, from the two
 * order statistics each lies between, fetched by rank and interpolated by the
 * file path's own function: the cuts are the file path's to the last bit.
 */
async function quantilesInEngine(
  connection: SqlConnection,
  side: SideColumn,
  n: number,
  probabilities: readonly number[],
): Promise<(p: number) => number> {
  const ranks = new Set<number>();
  for (const p of probabilities) {
    const position = (n - 1) * p;
    ranks.add(Math.floor(position));
    if (position > Math.floor(position)) ranks.add(Math.floor(position) + 1);
  }
  const wanted = [...ranks].sort((a, b) => a - b);
  const { rows } = await connection.query(orderStatisticsSql(connection.dialect, side, wanted));
  if (rows.length !== wanted.length) {
    throw new Error(
      `${side.relation}: column ${side.column} changed while drift read it (${rows.length} of ${wanted.length} ranked values came back); run it again`,
    );
  }
  // Only these ranks are read: linearQuantileSorted looks at the two around each position.
  const sorted: { length: number; [rank: number]: number } = { length: n };
  wanted.forEach((rank, i) => {
    sorted[rank] = numberOr(rows[i]![0], Number.NaN);
  });
  return (p) => linearQuantileSorted(sorted, p);
}

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

function numberOrNull(value: SqlValue | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function numberOr(value: SqlValue | undefined, fallback: number): number {
  return numberOrNull(value) ?? fallback;
}
