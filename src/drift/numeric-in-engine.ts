/**
 * Every drift figure of one numeric feature whose two sides are in one SQL
 * engine, computed there: each side's counts, moments, extremes and
 * quantiles (one row per side), the exact KS statistic and Wasserstein-1
 * from both sides' value counts (one row), and both sides' counts on the
 * reference decile bins and on the histogram bins (at most 2 × 10 × 10 rows).
 * The KS p-value and the measures on the bins are then computed here, by the
 * same code as for files (numeric-drift.ts). Where the engine's quantiles are
 * approximate (BigQuery, Trino), the decile cuts and histogram edges are, and
 * the result carries the engine's rank error as the bins' bound; KS and
 * Wasserstein stay exact.
 */
import {
  binCountsSql,
  cdfGapsSql,
  numericSummarySql,
  type SideColumn,
} from '../sql/drift-queries.ts';
import { decileCutsFrom } from '../statistics/decile-bins.ts';
import type { SqlConnection, SqlValue } from '../workspace/sql-source.ts';
import { histogramEdges } from './common-histogram.ts';
import type { SideSummary } from './drift-result.ts';
import { type NumericFigures, numericFiguresOf } from './numeric-drift.ts';

const deciles = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => k / 10);
/** The deciles, then the 1st and 99th percentiles the histogram spans. */
const probabilities = [...deciles, 0.01, 0.99];

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
  const referenceSide = await sideInEngine(connection, reference);
  const currentSide = await sideInEngine(connection, current);
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
    approximate: dialect.exactQuantiles
      ? null
      : {
          rankError: dialect.quantileRankError,
          note: `${dialect.engine}'s quantiles are approximate (rank error ${dialect.quantileRankError.toPrecision(3)}): the decile bins (PSI, Jensen–Shannon) and the histogram are estimates within the bounds in "approximation"; KS and Wasserstein are exact`,
          exactGaps: true,
        },
  });
}

async function sideInEngine(connection: SqlConnection, side: SideColumn): Promise<EngineSide> {
  const { rows } = await connection.query(
    numericSummarySql(connection.dialect, side, probabilities),
  );
  const [rowCount, present, finite, mean, std, min, max, ...quantiles] = rows[0] ?? [];
  const n = numberOr(finite, 0);
  const presentCount = numberOr(present, 0);
  const byProbability = new Map(probabilities.map((p, i) => [p, numberOr(quantiles[i], NaN)]));
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
    quantile: (p) => byProbability.get(p) ?? Number.NaN,
  };
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
