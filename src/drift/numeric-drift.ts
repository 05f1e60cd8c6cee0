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
import type { Approximation, NumericFeatureResult } from './drift-result.ts';
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
  const notes: string[] = [];
  const result: NumericFeatureResult = {
    name,
    kind: 'numeric',
    status: 'untested',
    decision: null,
    reference: reference.summary,
    current: current.summary,
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
  if (reference.n === 0 || current.n === 0) {
    const empty = [reference.n === 0 ? 'the reference' : '', current.n === 0 ? 'current data' : '']
      .filter(Boolean)
      .join(' and ');
    notes.push(`${empty} has no finite values in this column: nothing to compare`);
    return { result, pValue: null, effect: null };
  }
  const cuts = decileCutsFrom(reference.quantile);
  const {
    supremum: statistic,
    area: distance,
    bins: [referenceBins, currentBins],
  } = empiricalCdfGaps(reference.sample, current.sample, cuts);
  const ks = ksTwoSamplePValue(statistic, reference.n, current.n);
  result.ks = { ...ks, adjustedPValue: ks.pValue, adjustedPValueRange: null };
  result.wasserstein = distance;
  const std = reference.summary.std;
  const normalized = normalizedWasserstein(distance, std ?? Number.NaN);
  let effect: number | null = normalized;
  if (normalized === null) {
    notes.push('the reference has a single value, so it has no standard deviation to normalise by');
  } else if (normalized === Number.POSITIVE_INFINITY) {
    notes.push(
      `the reference is constant (${reference.summary.min}) and current data differs: the normalised distance is infinite`,
    );
    effect = Number.POSITIVE_INFINITY;
  } else {
    result.normalizedWasserstein = normalized;
  }
  const bins = { cuts, reference: referenceBins, current: currentBins };
  result.bins = bins;
  result.psi = populationStabilityIndex(bins.reference, bins.current);
  result.jensenShannon = jensenShannonDistance(bins.reference, bins.current);
  result.histogram = commonHistogram(reference, current);
  if (reference.rankError > 0) {
    result.approximation = approximation(reference, current.n, statistic, distance);
    notes.push(
      `the reference is a profile summary with rank error ${reference.rankError.toPrecision(3)}: KS, Wasserstein and the bins are estimates within the bounds in "approximation"`,
    );
  }
  return { result, pValue: ks.pValue, effect };
}

function approximation(
  reference: NumericSide,
  currentN: number,
  statistic: number,
  distance: number,
): Approximation {
  const epsilon = reference.rankError;
  const { min, max, std } = reference.summary;
  const wassersteinError = min === null || max === null ? 0 : epsilon * (max - min);
  const normalized = (w: number) => normalizedWasserstein(w, std ?? Number.NaN);
  const low = normalized(Math.max(0, distance - wassersteinError));
  const high = normalized(distance + wassersteinError);
  return {
    rankError: epsilon,
    ksStatisticError: epsilon,
    pValueRange: [
      ksTwoSamplePValue(Math.min(1, statistic + epsilon), reference.n, currentN).pValue,
      ksTwoSamplePValue(Math.max(0, statistic - epsilon), reference.n, currentN).pValue,
    ],
    wassersteinError,
    normalizedWassersteinRange:
      low === null || high === null || !Number.isFinite(high) ? null : [low, high],
    // A bin count is the difference of two CDF values, each within ε·n.
    binCountError: 2 * epsilon * reference.n,
  };
}
