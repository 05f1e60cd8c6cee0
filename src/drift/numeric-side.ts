/**
 * One side of a numeric comparison: the finite values as an ascending table of
 * distinct values and counts, built once per column and reused by every
 * statistic (KS, Wasserstein, deciles, bins), with the counts of what was left
 * out. From a typed scan column it is exact (its value counts); from a profile
 * it is the quantile summary — the same table while the profile is lossless,
 * else within its rank error. Mean and std are the profile's moments (Chan et
 * al., compensated sums), so rows and their profile report the same figures.
 */
import { valueCountsOf } from '../data/count-values.ts';
import type { ScanCategoryColumn, ScanNumericColumn } from '../data/table-scan.ts';
import { parseNumberCell } from '../formats/parse-number.ts';
import { numericDistribution } from '../profile/profile-distribution.ts';
import type { ColumnProfile } from '../profile/profile-types.ts';
import { type Moments, momentsOf, sampleStd } from '../statistics/moments.ts';
import { quantileOf } from '../statistics/quantile-summary.ts';
import type { SortedSample } from '../statistics/sorted-sample.ts';
import type { SideSummary } from './drift-result.ts';

export interface NumericSide {
  sample: SortedSample;
  /** Finite values (total weight of `sample`). */
  n: number;
  summary: SideSummary;
  /** numpy.quantile(values, p), exact or within `rankError`. */
  quantile(p: number): number;
  /** Normalised rank error of `sample` (0: exact). */
  rankError: number;
  /** Up to five cells that are not numbers, when the side was read from text. */
  badExamples: readonly string[];
}

/** The badExamples of a side read as numbers: one array for the 50,000 sides of a wide table. */
const noExamples: readonly string[] = [];

/** A column's exact value table and moments, with the counts of what was left out. */
interface NumericTable {
  values: ArrayLike<number>;
  weights: ArrayLike<number>;
  moments: Moments;
  missing: number;
  nonFinite: number;
  bad: number;
  /** Up to five cells that are not numbers, when the column was read from text. */
  badExamples: readonly string[];
}

export function numericSideFromScan(column: ScanNumericColumn): NumericSide {
  const counted = valueCountsOf(column);
  return numericSideFromTable({
    values: counted.values,
    weights: counted.weights,
    moments: counted.moments ?? momentsOf(counted.values, counted.weights),
    missing: column.missingCount,
    nonFinite: counted.nan + counted.positiveInfinity + counted.negativeInfinity,
    bad: column.badCount,
    badExamples: noExamples,
  });
}

/**
 * A column the scan read as text (because some cells are not numbers) as
 * numbers: each distinct text is parsed once with the strict number parser;
 * texts that are not numbers are counted as bad, never coerced.
 */
export function numericSideFromTexts(column: ScanCategoryColumn): NumericSide {
  const parsed: [number, number][] = [];
  let nonFinite = 0;
  let bad = 0;
  const badExamples: string[] = [];
  column.dictionary.forEach((text, code) => {
    const count = column.counts[code]!;
    if (count === 0) return;
    const value = parseNumberCell(text);
    if (typeof value !== 'number') {
      bad += count;
      if (badExamples.length < 5) badExamples.push(text);
    } else if (!Number.isFinite(value)) {
      nonFinite += count;
    } else {
      parsed.push([value === 0 ? 0 : value, count]);
    }
  });
  parsed.sort((a, b) => a[0] - b[0]);
  const values: number[] = [];
  const weights: number[] = [];
  for (const [value, count] of parsed) {
    // "1.0" and "1" are one number.
    if (values.length > 0 && values[values.length - 1] === value)
      weights[weights.length - 1]! += count;
    else {
      values.push(value);
      weights.push(count);
    }
  }
  return numericSideFromTable({
    values,
    weights,
    moments: momentsOf(values, weights),
    missing: column.missingCount,
    nonFinite,
    bad,
    badExamples,
  });
}

function numericSideFromTable(table: NumericTable): NumericSide {
  const { values, weights, moments } = table;
  const n = moments.count;
  // The quantile summary serves as the sample too: a wide table has 50,000 sides.
  const summary = { n, error: 0, values, weights };
  return {
    sample: summary,
    n,
    summary: {
      count: n,
      missing: table.missing,
      nonFinite: table.nonFinite,
      bad: table.bad,
      mean: n > 0 ? moments.mean : null,
      std: sampleStd(moments),
      min: n > 0 ? values[0]! : null,
      max: n > 0 ? values[values.length - 1]! : null,
    },
    quantile: (p) => quantileOf(summary, p),
    rankError: 0,
    badExamples: table.badExamples,
  };
}

/** The reference side from a profiled column; null when the profile holds no numbers for it. */
export function numericSideFromProfile(column: ColumnProfile): NumericSide | null {
  const distribution = numericDistribution(column);
  const profile = column.kind === 'datetime' ? column.datetime : column.numeric;
  if (distribution === null || profile === null) return null;
  return {
    sample: { values: distribution.values, weights: distribution.weights },
    n: distribution.n,
    summary: {
      count: profile.count,
      missing: column.missing,
      nonFinite: profile.nan + profile.positiveInfinity + profile.negativeInfinity,
      bad:
        column.count -
        profile.count -
        profile.nan -
        profile.positiveInfinity -
        profile.negativeInfinity,
      mean: profile.mean,
      std: profile.std,
      min: profile.min,
      max: profile.max,
    },
    quantile: (p) => distribution.quantile(p),
    rankError: distribution.rankError,
    badExamples: noExamples,
  };
}
