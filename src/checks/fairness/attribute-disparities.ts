/**
 * One protected attribute's groups against fairness's limits: the rates of
 * each group, the disparities over the groups large enough to gate, and a
 * finding per disparity over its limit, naming the least and the most
 * favoured group. Demographic parity and the disparate impact ratio are two
 * readings of the same selection rates, so their findings share a cause.
 */

import type { Group } from '../../metrics/group-rows.ts';
import { formatNumber } from '../../metrics/metric-value.ts';
import { meetsBound } from '../../model/bound.ts';
import type { Bound, Finding, FindingLocation } from '../../model/check.ts';
import type { FairnessConfig } from './fairness-config.ts';
import { type Disparities, disparities, type GroupRates, groupRates } from './group-rates.ts';

export const key = 'checks.fairness';

export interface AttributeAssessment {
  attribute: string;
  location: FindingLocation;
  /** Every group, gated or not. */
  rates: GroupRates[];
  /** The groups with at least min_group_size rows, which the disparities are over. */
  gated: GroupRates[];
  gaps: Disparities;
  findings: Finding[];
}

type RateName = 'selectionRate' | 'truePositiveRate' | 'falsePositiveRate';

/** A disparity, its limit (from the config key named) and the group rate it spreads. */
export interface DisparityRule {
  id: string;
  what: string;
  gap: keyof Disparities;
  configKey: keyof FairnessConfig & string;
  bound: Bound & { limit: number };
  rate: RateName;
  rateWords: string;
}

export function disparityRules(config: FairnessConfig): DisparityRule[] {
  const max = (limit: number): Bound & { limit: number } => ({ comparator: '<=', limit });
  const fpr = config.max_false_positive_rate_difference;
  return [
    {
      id: 'demographic_parity',
      what: 'demographic parity difference',
      gap: 'demographicParityDifference',
      configKey: 'max_demographic_parity_difference',
      bound: max(config.max_demographic_parity_difference),
      rate: 'selectionRate',
      rateWords: 'selection rate',
    },
    {
      id: 'equal_opportunity',
      what: 'equal opportunity difference',
      gap: 'equalOpportunityDifference',
      configKey: 'max_equal_opportunity_difference',
      bound: max(config.max_equal_opportunity_difference),
      rate: 'truePositiveRate',
      rateWords: 'true positive rate',
    },
    ...(fpr === undefined
      ? []
      : [
          {
            id: 'false_positive_rate',
            what: 'false positive rate difference',
            gap: 'falsePositiveRateDifference',
            configKey: 'max_false_positive_rate_difference',
            bound: max(fpr),
            rate: 'falsePositiveRate',
            rateWords: 'false positive rate',
          } as const,
        ]),
    {
      id: 'disparate_impact',
      what: 'disparate impact ratio',
      gap: 'disparateImpactRatio',
      configKey: 'min_disparate_impact_ratio',
      bound: { comparator: '>=', limit: config.min_disparate_impact_ratio },
      rate: 'selectionRate',
      rateWords: 'selection rate',
    },
  ];
}

export function assessAttribute(
  config: FairnessConfig,
  attribute: string,
  groups: readonly Group[],
  outcomes: { labels: Uint8Array; predicted: Uint8Array; path: string },
): AttributeAssessment {
  const rates = groupRates(groups, outcomes.labels, outcomes.predicted);
  const gated = rates.filter((rate) => rate.rows >= config.min_group_size);
  const gaps = disparities(gated);
  const location = { path: outcomes.path, column: attribute };
  const findings: Finding[] = [];
  if (gated.length < 2) findings.push(tooFewGroups(config, attribute, gated.length, location));
  for (const rule of disparityRules(config)) {
    const value = gaps[rule.gap];
    if (value === null || meetsBound(value, rule.bound)) continue;
    findings.push(disparityFinding(rule, attribute, value, gated, location));
  }
  return { attribute, location, rates, gated, gaps, findings };
}

function tooFewGroups(
  config: FairnessConfig,
  attribute: string,
  count: number,
  location: FindingLocation,
): Finding {
  return {
    id: `attribute:${attribute}:groups`,
    severity: 'warn',
    message: `${attribute}: ${count} group(s) with at least ${config.min_group_size} rows; fairness needs two to compare (lower min_group_size or evaluate on more data)`,
    location,
    measure: {
      figure: `groups of ${attribute} with at least ${config.min_group_size} rows`,
      value: count,
      bound: { comparator: '>=', limit: 2 },
    },
    fix: `Evaluate on more rows of each ${attribute} group, or lower \`${key}.min_group_size\`.`,
  };
}

function disparityFinding(
  rule: DisparityRule,
  attribute: string,
  value: number,
  gated: readonly GroupRates[],
  location: FindingLocation,
): Finding {
  const defined = gated.filter((rate) => rate[rule.rate] !== null);
  const pick = (rate: GroupRates) => rate[rule.rate] ?? 0;
  const low = defined.reduce((a, b) => (pick(b) < pick(a) ? b : a));
  const high = defined.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  const limit =
    rule.bound.comparator === '>='
      ? `is below ${rule.bound.limit} (four-fifths rule at 0.8)`
      : `exceeds ${rule.bound.limit}`;
  const group = (rate: GroupRates) => `${attribute} = ${rate.value}`;
  return {
    id: `attribute:${attribute}:${rule.id}`,
    severity: 'fail',
    message: `${attribute}: ${rule.what} ${formatNumber(value)} ${limit}; ${rule.rateWords} ${formatNumber(pick(low))} for ${group(low)} vs ${formatNumber(pick(high))} for ${group(high)}`,
    location: { ...location, slice: group(rule.rate === 'falsePositiveRate' ? high : low) },
    measure: {
      figure: `${attribute}: ${rule.what}`,
      value,
      bound: rule.bound,
      reference: { label: `${rule.rateWords} of ${group(high)}`, value: pick(high) },
    },
    cause: `${attribute}:${rule.rate}`,
    fix: `Bring the ${rule.rateWords} of ${group(low)} and ${group(high)} closer (e.g. retrain with reweighted groups or per-group thresholds), or change \`${key}.${rule.configKey}\` if the limit is wrong.`,
  };
}
