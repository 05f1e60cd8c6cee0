/**
 * hyperparameter_tuning's verdict on a tuning log: enough completed trials,
 * the chosen parameters evaluated and (within the tolerance) the best, every
 * parameter tried at enough values; as findings with their numbers, figures
 * against their bounds and the table of parameters searched.
 */
import { parseNumberCell } from '../../formats/parse-number.ts';
import { formatNumber } from '../../metrics/metric-value.ts';
import { quoteList } from '../../metrics/quote-list.ts';
import type { CheckOutcome, Finding } from '../../model/check.ts';
import type { HyperparameterTuningConfig } from './hyperparameter-tuning-config.ts';
import { key, sameValue, type Trial, unset } from './tuning-log.ts';

export interface TuningLog {
  path: string;
  lineOf: (row: number) => number;
  /** [parameter name, column name] pairs. */
  params: [string, string][];
  trials: Trial[];
}

export function tuningOutcome(
  config: HyperparameterTuningConfig,
  log: TuningLog,
  chosen: ReadonlyMap<string, string>,
): CheckOutcome {
  const { path, params, trials } = log;
  const findings: Finding[] = trials.length < config.min_trials ? [tooFewTrials(config, log)] : [];
  const trialsFigure = {
    name: 'completed trials',
    value: trials.length,
    threshold: `≥ ${config.min_trials}`,
    bound: { comparator: '>=', limit: config.min_trials },
  } as const;
  const better = (a: number, b: number) => (config.direction === 'maximize' ? a > b : a < b);
  const best = trials.reduce<Trial | null>(
    (a, b) => (a === null || better(b.score, a.score) ? b : a),
    null,
  );
  if (!best) {
    return {
      kind: 'ran',
      summary: `no completed trial in ${path}`,
      figures: [trialsFigure],
      findings,
      details: [],
    };
  }
  const matching = trials.filter((trial) =>
    params.every(([name]) => sameValue(trial.params.get(name) ?? unset, chosen.get(name) ?? unset)),
  );
  const chosenTrial =
    matching.length > 0 ? matching.reduce((a, b) => (better(b.score, a.score) ? b : a)) : null;
  const choice = chosenTrial
    ? chosenFinding(config, log, best, chosenTrial)
    : notEvaluated(config, log, chosen);
  if (choice) findings.push(choice);
  const searched = params.map(([name, column]) => {
    const values = [...new Set(trials.map((trial) => trial.params.get(name) ?? unset))];
    const row = [
      name,
      values.length,
      summarizeValues(values),
      chosen.get(name) ?? unset,
      best.params.get(name) ?? unset,
    ];
    const fixed = values.length < config.min_values_per_param;
    return { row, finding: fixed ? heldFixed(config, path, name, column, values) : null };
  });
  findings.push(...searched.flatMap(({ finding }) => (finding ? [finding] : [])));
  const shortfallFigure = {
    name: 'chosen score shortfall',
    value: chosenTrial ? Math.abs(best.score - chosenTrial.score) : null,
    threshold: `≤ ${config.tolerance}`,
    bound: { comparator: '<=', limit: config.tolerance },
  } as const;
  // The figure that breaks its bound leads: too few trials first, then a weak choice.
  const shortfallLeads = choice !== null && trials.length >= config.min_trials;
  return {
    kind: 'ran',
    summary: `${trials.length} trials over ${params.length} parameter(s); chosen ${chosenTrial ? `score ${formatNumber(chosenTrial.score, 6)} vs best ${formatNumber(best.score, 6)}` : 'parameters not in the log'}`,
    figures: shortfallLeads ? [shortfallFigure, trialsFigure] : [trialsFigure, shortfallFigure],
    findings,
    details: [
      {
        type: 'table',
        title: 'Parameters searched',
        header: ['parameter', 'distinct values', 'values tried', 'chosen', 'best trial'],
        rows: searched.map(({ row }) => row),
        note: `${trials.length} completed trials in ${path}; best ${config.score_column} ${formatNumber(best.score, 6)} at line ${log.lineOf(best.row)}.`,
      },
    ],
  };
}

function tooFewTrials(config: HyperparameterTuningConfig, { path, trials }: TuningLog): Finding {
  return {
    id: 'trials',
    severity: 'fail',
    message: `${trials.length} completed trial(s) in ${path}, fewer than min_trials ${config.min_trials}`,
    location: { path },
    measure: {
      figure: 'completed trials',
      value: trials.length,
      bound: { comparator: '>=', limit: config.min_trials },
    },
    fix: `Run and log at least ${config.min_trials} trials in ${path}, or lower \`${key}.min_trials\`.`,
  };
}

/** Untracked, not suboptimal: a waiver for a knowingly weaker choice must not cover it. */
function notEvaluated(
  config: HyperparameterTuningConfig,
  { path, params }: TuningLog,
  chosen: ReadonlyMap<string, string>,
): Finding {
  const described = params.map(([name]) => `${name}=${chosen.get(name) ?? unset}`).join(', ');
  return {
    id: 'chosen:not-evaluated',
    severity: 'fail',
    message: `the chosen parameters (${described}) were never evaluated in ${path}; train with a tried combination or log the trial`,
    location: { path: config.chosen },
    measure: {
      figure: 'trials with the chosen parameters',
      value: 0,
      bound: { comparator: '>', limit: 0 },
    },
    fix: `Train with a combination tried in ${path}, or log the trial of the chosen parameters (${described}) in it.`,
  };
}

function chosenFinding(
  config: HyperparameterTuningConfig,
  { path, lineOf }: TuningLog,
  best: Trial,
  chosenTrial: Trial,
): Finding | null {
  const shortfall =
    config.direction === 'maximize'
      ? best.score - chosenTrial.score
      : chosenTrial.score - best.score;
  if (shortfall <= config.tolerance) return null;
  const bestAt = `${path}:${lineOf(best.row)}`;
  return {
    id: 'chosen',
    severity: 'fail',
    message: `the chosen parameters score ${formatNumber(chosenTrial.score, 6)} (${path}:${lineOf(chosenTrial.row)}), ${formatNumber(shortfall, 6)} short of the best trial's ${formatNumber(best.score, 6)} (${bestAt}); tolerance ${config.tolerance}`,
    location: { path: config.chosen },
    measure: {
      figure: 'chosen score shortfall',
      value: shortfall,
      bound: { comparator: '<=', limit: config.tolerance },
      reference: { label: `best trial (${bestAt})`, value: best.score },
    },
    fix: `Train with the best trial's parameters (${bestAt}) and write them to ${config.chosen}, or raise \`${key}.tolerance\` if the weaker choice is deliberate.`,
  };
}

function heldFixed(
  config: HyperparameterTuningConfig,
  path: string,
  name: string,
  column: string,
  values: string[],
): Finding {
  return {
    id: `param:${name}`,
    severity: 'fail',
    message: `${name} was tried at ${values.length} value(s) (${quoteList(values)}); tune it over at least ${config.min_values_per_param}, or fix it outside the search`,
    location: { path, column },
    measure: {
      figure: `distinct values of ${name}`,
      value: values.length,
      bound: { comparator: '>=', limit: config.min_values_per_param },
    },
    cause: `param:${name}`,
    fix: `Search ${name} over at least ${config.min_values_per_param} values, or take it out of the search (and of ${path}'s parameter columns).`,
  };
}

function summarizeValues(values: string[]): string {
  const numbers = values.map((value) => parseNumberCell(value));
  if (numbers.every((n): n is number => typeof n === 'number')) {
    return `${formatNumber(Math.min(...numbers), 6)} … ${formatNumber(Math.max(...numbers), 6)}`;
  }
  return quoteList(values, 6);
}
