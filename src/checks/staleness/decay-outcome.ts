/**
 * What the decay fit reports: its figures (each interval beside its
 * estimate), the findings it supports and the retraining interval, which
 * exists only for a significant decay and a fresh model that clears the floor.
 * A decay that is not significant, or rests on too few evaluations, warns with
 * its figures and never limits the model age: its line could be noise.
 */

import type { Direction } from '../../metrics/metric-catalog.ts';
import { formatNumber } from '../../metrics/metric-value.ts';
import { formatBeside } from '../../model/bound.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { AgeLimits } from './age-limit.ts';
import { decayChart } from './decay-chart.ts';
import type { DecayFit } from './metric-decay.ts';

export interface DecayContext {
  metric: string;
  direction: Direction;
  path: string;
  floor: number;
  significanceLevel: number;
  minEvaluations: number;
  points: readonly (readonly [number, number])[];
}

export interface DecayOutcome {
  figures: Figure[];
  findings: Finding[];
  details: DetailBlock[];
  summary: string;
  /** The fail limit the fit sets on the model age, when it sets one. */
  ageLimit: (Required<Pick<AgeLimits, 'failFromDecay'>> & { fail: number }) | null;
}

/** Three significant digits: the intervals are wide, more would be false precision. */
const short = (value: number) => String(Number(value.toPrecision(3)));
const signed = (value: number) => (value < 0 ? `−${short(-value)}` : `+${short(value)}`);
const days = (value: number) => formatNumber(value, 1);

type Crossing = Extract<DecayFit['trend'], { kind: 'decays' }>['crossing'];

export function decayOutcome(fit: DecayFit, context: DecayContext): DecayOutcome {
  const { metric, floor } = context;
  const percent = `${formatNumber(fit.confidence * 100, 1)}%`;
  // A retraining interval needs a significant decay and a fresh model that clears the floor.
  const retrain =
    fit.trend.kind === 'decays' && !fit.freshMissesFloor
      ? { days: Math.max(0, fit.trend.crossing.estimate), crossing: fit.trend.crossing }
      : null;
  return {
    figures: decayFigures(fit, context, percent, retrain),
    findings: [freshFinding(fit, context), uncertainFinding(fit, context, percent)].filter(
      (finding): finding is Finding => finding !== null,
    ),
    details: [
      {
        type: 'mermaid',
        title: `Decay of ${metric} with model age`,
        source: decayChart(metric, context.points, fit, floor),
      },
      { type: 'text', title: 'Decay fit', text: fitText(fit, context, percent, retrain !== null) },
    ],
    summary: summaryOf(fit, metric),
    ageLimit: retrain && {
      fail: retrain.days,
      failFromDecay: {
        note: `the age at which ${metric} crosses its floor ${floor} (${percent} CI ${span(retrain.crossing)} days)`,
        reference: {
          label: `crossing of the ${metric} floor, ${percent} CI`,
          value: `${span(retrain.crossing)} days`,
        },
        fix: 'Retrain the model on recent data; to report the decay without limiting the age, set decay.limit_model_age: false.',
      },
    },
  };
}

const span = ({ low, high }: Crossing) => `${days(low)} to ${days(high)}`;

function decayFigures(
  fit: DecayFit,
  context: DecayContext,
  percent: string,
  retrain: { days: number; crossing: Crossing } | null,
): Figure[] {
  return [
    { name: `${context.metric} lost per 30 days`, value: fit.lossPer30Days },
    {
      name: `${context.metric} change per 30 days, ${percent} CI`,
      value: `${signed(fit.changePer30Days.low)} to ${signed(fit.changePer30Days.high)}`,
    },
    {
      name: 'decay evaluations',
      value: fit.points,
      threshold: `≥ ${context.minEvaluations}`,
      bound: { comparator: '>=', limit: context.minEvaluations },
    },
    {
      name: 'decay p-value',
      value: fit.regression.pValue,
      threshold: `< ${context.significanceLevel} for a retraining interval`,
      bound: { comparator: '<', limit: context.significanceLevel },
    },
    { name: 'recommended retraining interval', value: retrain?.days ?? null, unit: 'days' },
    {
      name: `retraining interval ${percent} CI`,
      value: retrain ? span(retrain.crossing) : null,
      unit: 'days',
    },
  ];
}

/** The metric change per 30 days with its interval and test, as one clause. */
function slopeClause(fit: DecayFit, context: DecayContext, percent: string): string {
  const [p, alpha] = formatBeside(fit.regression.pValue, context.significanceLevel);
  const { estimate, low, high } = fit.changePer30Days;
  return `${context.metric} changes by ${signed(estimate)} per 30 days (${percent} CI ${signed(low)} to ${signed(high)}), p ${p} ${fit.regression.pValue < context.significanceLevel ? '<' : '≥'} ${alpha}`;
}

function freshFinding(fit: DecayFit, context: DecayContext): Finding | null {
  if (!fit.freshMissesFloor) return null;
  const { ageDays, mean, evaluations } = fit.youngest;
  return {
    id: 'decay:floor',
    severity: 'fail',
    message: `even the youngest evaluated model (age ${days(ageDays)} days, ${evaluations} evaluation${evaluations === 1 ? '' : 's'}) is on the wrong side of the ${context.metric} floor ${context.floor}: observed ${formatBeside(mean, context.floor)[0]}`,
    location: { path: context.path },
    measure: {
      figure: `${context.metric} of the youngest evaluated model`,
      value: mean,
      bound: {
        comparator: context.direction === 'higher_is_better' ? '>=' : '<=',
        limit: context.floor,
      },
    },
    fix: `Improve the model until a freshly trained one clears the floor, or change decay.floor.`,
  };
}

function uncertainFinding(fit: DecayFit, context: DecayContext, percent: string): Finding | null {
  const clause = slopeClause(fit, context, percent);
  const consequence = 'no retraining interval is derived and the fit does not limit the model age';
  if (fit.trend.kind === 'too-few-evaluations') {
    return {
      id: 'decay:too-few',
      severity: 'warn',
      message: `only ${fit.points} evaluations in ${context.path}, fewer than decay.min_evaluations ${context.minEvaluations}, to call a decay (${clause}); ${consequence}`,
      location: { path: context.path },
      measure: {
        figure: 'decay evaluations',
        value: fit.points,
        bound: { comparator: '>=', limit: context.minEvaluations },
      },
      fix: 'Add evaluations of older model versions on fresh data, or lower decay.min_evaluations.',
    };
  }
  if (fit.trend.kind !== 'no-significant-decay') return null;
  return {
    id: 'decay:uncertain',
    severity: 'warn',
    message: `no significant decay: ${clause} over ${fit.points} evaluations, so the line could be noise; ${consequence}`,
    location: { path: context.path },
    measure: {
      figure: 'decay p-value',
      value: fit.regression.pValue,
      bound: { comparator: '<', limit: context.significanceLevel },
    },
    fix: 'Add evaluations at more model ages until the decay is measured, or limit the age with max_model_age_days.',
  };
}

function fitText(fit: DecayFit, context: DecayContext, percent: string, retrains: boolean): string {
  const { slope, intercept, rSquared } = fit.regression;
  const line = `${context.metric} ≈ ${formatNumber(intercept)} ${slope < 0 ? '−' : '+'} ${formatNumber(Math.abs(slope), 6)} × age (R² ${formatNumber(rSquared, 3)})`;
  return `From ${fit.points} evaluations in ${context.path}: ${line}; ${slopeClause(fit, context, percent)}; ${conclusion(fit, context, percent, retrains)}.`;
}

function conclusion(
  fit: DecayFit,
  context: DecayContext,
  percent: string,
  retrains: boolean,
): string {
  switch (fit.trend.kind) {
    case 'too-few-evaluations':
      return `fewer evaluations than decay.min_evaluations ${context.minEvaluations}, so no retraining interval is derived`;
    case 'no-significant-decay':
      return `no significant decay, so the line's crossing of the floor ${context.floor} is not a retraining interval`;
    case 'improves':
      return `${context.metric} gets significantly better with age, so it does not cross the floor`;
    case 'decays': {
      const { crossing } = fit.trend;
      const at = `it crosses the floor ${context.floor} at ${days(crossing.estimate)} days (${percent} CI ${span(crossing)}, Fieller)`;
      return retrains
        ? `${at}: retrain at least that often`
        : `${at}, but a fresh model already misses it`;
    }
  }
}

function summaryOf(fit: DecayFit, metric: string): string {
  const loss = `${metric} loses ${short(fit.lossPer30Days)} per 30 days`;
  return fit.trend.kind === 'decays' || fit.trend.kind === 'improves'
    ? loss
    : `${loss} (no significant decay)`;
}
