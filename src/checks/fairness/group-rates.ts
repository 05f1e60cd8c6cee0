/**
 * Per-group rates of a binary classifier and the gaps between groups, as
 * fairlearn defines them: selection rate P(ŷ=1), true positive rate
 * P(ŷ=1 | y=1), false positive rate P(ŷ=1 | y=0); demographic parity
 * difference = max − min selection rate, equal opportunity difference =
 * max − min TPR, and the disparate impact ratio = min / max selection rate
 * (fairlearn's demographic_parity_ratio; the EEOC four-fifths rule asks ≥ 0.8).
 * Cost: O(n).
 */
import type { Group } from '../../metrics/group-rows.ts';

export interface GroupRates {
  value: string;
  rows: number;
  selectionRate: number;
  /** Null when the group has no positive label. */
  truePositiveRate: number | null;
  /** Null when the group has no negative label. */
  falsePositiveRate: number | null;
}

export function groupRates(
  groups: readonly Group[],
  labels: Uint8Array,
  predicted: Uint8Array,
): GroupRates[] {
  return groups.map(({ value, rows }) => {
    let selected = 0;
    let positives = 0;
    let truePositives = 0;
    let negatives = 0;
    let falsePositives = 0;
    for (const row of rows) {
      const guess = predicted[row]!;
      selected += guess;
      if (labels[row]) {
        positives++;
        truePositives += guess;
      } else {
        negatives++;
        falsePositives += guess;
      }
    }
    return {
      value,
      rows: rows.length,
      selectionRate: selected / rows.length,
      truePositiveRate: positives > 0 ? truePositives / positives : null,
      falsePositiveRate: negatives > 0 ? falsePositives / negatives : null,
    };
  });
}

export interface Disparities {
  demographicParityDifference: number | null;
  equalOpportunityDifference: number | null;
  falsePositiveRateDifference: number | null;
  disparateImpactRatio: number | null;
}

/** Gaps over the given groups (the caller leaves out those too small to judge). */
export function disparities(groups: readonly GroupRates[]): Disparities {
  const spread = (values: (number | null)[]) => {
    const defined = values.filter((v): v is number => v !== null);
    return defined.length >= 2 ? Math.max(...defined) - Math.min(...defined) : null;
  };
  const selection = groups.map((g) => g.selectionRate);
  const highest = Math.max(...selection);
  return {
    demographicParityDifference: spread(selection),
    equalOpportunityDifference: spread(groups.map((g) => g.truePositiveRate)),
    falsePositiveRateDifference: spread(groups.map((g) => g.falsePositiveRate)),
    disparateImpactRatio:
      groups.length >= 2 && highest > 0 ? Math.min(...selection) / highest : null,
  };
}
