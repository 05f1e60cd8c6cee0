/**
 * Every drift figure of one numeric feature, from two sorted sides: KS
 * statistic and p-value, Wasserstein-1 and its normalised form, PSI and
 * Jensen–Shannon on the reference's decile bins. The decision comes later
 * (decide-drift.ts), after the p-values of all features are adjusted together.
 * Cost: O(n₁ + n₂), one pass for KS, W₁ and the bins together;
 * sorting is done once when the sides are built.
 */
import { decileCutsFrom } from '../statistics/decile-bins.ts';
import { empiricalCdfGaps } from '../statistics/empirical-cdf-gaps.ts';
import { jensenShannonDistance } from '../statistics/jensen-shannon-distance.ts';
import { ksTwoSamplePValue } from '../statistics/ks-two-sample.ts';
import { populationStabilityIndex } from '../statistics/population-stability-index.ts';
import { normalizedWasserstein } from '../statistics/wasserstein-distance.ts';
import { commonHistogram } from './common-histogram.ts';
import type {
  Approximation,
  Bins,
  Histogram,
  NumericFeatureResult,
  SideSummary,
} from './drift-result.ts';
import type { NumericSide } from './numeric-side.ts';

/** The figures, with `status` untested and no decision yet; `effect` is what `auto` compares. */
export interface NumericFigures {
  result: NumericFeatureResult;
  pValue: number | null;
  /** Normalised Wasserstein for decisions: +∞ when a constant reference moved, null when unknown. */
  effect: number | null;
}

export function numericFigures(
  name: string,
  reference: NumericSide,
  current: NumericSide,
): NumericFigures {
  const sides = { reference: reference.summary, current: current.summary };
  const sizes = { n1: reference.n, n2: current.n };
  if (reference.n === 0 || current.n === 0) return numericFiguresOf(name, sides, sizes, null);
  const cuts = decileCutsFrom(reference.quantile);
  const { supremum, area, bins } = empiricalCdfGaps(reference.sample, current.sample, cuts);
  return numericFiguresOf(name, sides, sizes, {
    statistic: supremum,
    distance: area,
    bins: { cuts, reference: bins[0], current: bins[1] },
    histogram: commonHistogram(reference, current),
    approximate:
      reference.rankError > 0
        ? {
            rankError: reference.rankError,
            note: `the reference is a profile summary with rank error ${reference.rankError.toPrecision(3)}: KS, Wasserstein and the bins are estimates within the bounds in "approximation"`,
          }
        : null,
  });
}

/** What every numeric figure is made from, wherever it was computed (here from sides, or in an SQL engine). */
export interface NumericGaps {
  /** The KS statistic D and Wasserstein-1 of the two sides' finite values. */
  statistic: number;
  distance: number;
  bins: Bins;
  histogram: Histogram;
  /** Null when every figure is exact. */
  approximate: Approximate | null;
}

/**
 * Figures from a reference known within a rank error ε: a profile summary,
 * whose every CDF value is within ±ε, so KS, Wasserstein and the bins too.
 * (Figures from an engine are exact: numeric-in-engine.ts.)
 */
export interface Approximate {
  rankError: number;
  /** What is estimated and why, for the notes. */
  note: string;
}

/** Finite values of each side. */
export interface SideSizes {
  n1: number;
  n2: number;
}

/** The figures from the two sides' summaries and their gaps; null gaps: a side has no finite values. */
export function numericFiguresOf(
  name: string,
  sides: { reference: SideSummary; current: SideSummary },
  sizes: SideSizes,
  gaps: NumericGaps | null,
): NumericFigures {
  const notes: string[] = [];
  const result: NumericFeatureResult = {
    name,
    kind: 'numeric',
    status: 'untested',
    decision: null,
    reference: sides.reference,
    current: sides.current,
    ks: null,
    wasserstein: null,
    normalizedWasserstein: null,
    psi: null,
    jensenShannon: null,
    bins: null,
    histogram: null,
    approximation: null,
    notes,
  };
  if (gaps === null) {
    const empty = [sizes.n1 === 0 ? 'the reference' : '', sizes.n2 === 0 ? 'current data' : '']
      .filter(Boolean)
      .join(' and ');
    notes.push(`${empty} has no finite values in this column: nothing to compare`);
    return { result, pValue: null, effect: null };
  }
  const { statistic, distance, bins } = gaps;
  const ks = ksTwoSamplePValue(statistic, sizes.n1, sizes.n2);
  result.ks = { ...ks, adjustedPValue: ks.pValue, adjustedPValueRange: null };
  result.wasserstein = distance;
  const std = sides.reference.std;
  const normalized = normalizedWasserstein(distance, std ?? Number.NaN);
  let effect: number | null = normalized;
  if (normalized === null) {
    notes.push('the reference has a single value, so it has no standard deviation to normalise by');
  } else if (normalized === Number.POSITIVE_INFINITY) {
    notes.push(
      `the reference is constant (${sides.reference.min}) and current data differs: the normalised distance is infinite`,
    );
    effect = Number.POSITIVE_INFINITY;
  } else {
    result.normalizedWasserstein = normalized;
  }
  result.bins = bins;
  result.psi = populationStabilityIndex(bins.reference, bins.current);
  result.jensenShannon = jensenShannonDistance(bins.reference, bins.current);
  result.histogram = gaps.histogram;
  if (gaps.approximate) {
    result.approximation = approximation(sides.reference, sizes, gaps, gaps.approximate);
    notes.push(gaps.approximate.note);
  }
  return { result, pValue: ks.pValue, effect };
}

function approximation(
  reference: SideSummary,
  { n1, n2 }: SideSizes,
  { statistic, distance }: NumericGaps,
  // The CDF gaps are off by ε where the reference's CDF is.
  { rankError: epsilon }: Approximate,
): Approximation {
  const { min, max, std } = reference;
  const wassersteinError = min === null || max === null ? 0 : epsilon * (max - min);
  const normalized = (w: number) => normalizedWasserstein(w, std ?? Number.NaN);
  const low = normalized(Math.max(0, distance - wassersteinError));
  const high = normalized(distance + wassersteinError);
  return {
    rankError: epsilon,
    ksStatisticError: epsilon,
    pValueRange: [
      ksTwoSamplePValue(Math.min(1, statistic + epsilon), n1, n2).pValue,
      ksTwoSamplePValue(Math.max(0, statistic - epsilon), n1, n2).pValue,
    ],
    wassersteinError,
    normalizedWassersteinRange:
      low === null || high === null || !Number.isFinite(high) ? null : [low, high],
    // A bin count is the difference of two CDF values, each within ε·n.
    binCountError: 2 * epsilon * n1,
  };
}
