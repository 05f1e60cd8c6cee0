/**
 * Model 3, "all hyperparameters have been tuned": from a tuning log, the
 * number of completed trials, whether the parameters the model was trained
 * with are (within a tolerance) the best trial's, and whether every tuned
 * parameter was tried at two or more values — a "search" that never moved a
 * parameter did not tune it.
 */
import { parse } from 'yaml';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { Table } from '../../data/table.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import { labelKey } from '../../metrics/label-key.ts';
import { formatNumber } from '../../metrics/metric-value.ts';
import { quoteList } from '../../metrics/quote-list.ts';
import { requireColumn } from '../../metrics/require-column.ts';
import { rowError } from '../../metrics/row-error.ts';
import type { Cell, Finding } from '../../model/check.ts';
import { errorMessage } from '../../model/error-message.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import {
  type HyperparameterTuningConfig,
  hyperparameterTuningConfig,
} from './hyperparameter-tuning-config.ts';

const key = 'checks.hyperparameter_tuning';
const unset = '(unset)';

interface Trial {
  row: number;
  score: number;
  params: Map<string, string>;
}

export const hyperparameterTuning: CheckDefinition<typeof hyperparameterTuningConfig> = {
  id: 'hyperparameter_tuning',
  title: 'Hyperparameters were tuned and the best ones chosen',
  rubric: ['model-3'],
  config: hyperparameterTuningConfig,
  async run(config, { workspace }) {
    const { path, options } = tableFileOptions(config.trials);
    const table = await workspace.readTable(path, `${key}.trials`, options);
    const params = paramColumns(table, config);
    const trials = completedTrials(table, config, params);
    const findings: Finding[] = [];
    const location = { path };
    if (trials.length < config.min_trials) {
      findings.push({
        id: 'trials',
        severity: 'fail',
        message: `${trials.length} completed trial(s) in ${path}, fewer than min_trials ${config.min_trials}`,
        location,
      });
    }
    if (trials.length === 0) {
      return {
        kind: 'ran',
        summary: `no completed trial in ${path}`,
        figures: [{ name: 'completed trials', value: 0, threshold: `≥ ${config.min_trials}` }],
        findings,
        details: [],
      };
    }
    const better = (a: number, b: number) => (config.direction === 'maximize' ? a > b : a < b);
    const best = trials.reduce((a, b) => (better(b.score, a.score) ? b : a));
    const chosen = await chosenParams(
      workspace,
      config,
      params.map(([name]) => name),
    );
    const matching = trials.filter((trial) =>
      params.every(([name]) => sameValue(trial.params.get(name)!, chosen.get(name) ?? unset)),
    );
    const chosenTrial =
      matching.length > 0 ? matching.reduce((a, b) => (better(b.score, a.score) ? b : a)) : null;
    const describeChosen = params
      .map(([name]) => `${name}=${chosen.get(name) ?? unset}`)
      .join(', ');
    if (!chosenTrial) {
      // Untracked, not suboptimal: a waiver for a knowingly weaker choice must not cover it.
      findings.push({
        id: 'chosen:not-evaluated',
        severity: 'fail',
        message: `the chosen parameters (${describeChosen}) were never evaluated in ${path}; train with a tried combination or log the trial`,
        location: { path: config.chosen },
      });
    } else {
      const shortfall =
        config.direction === 'maximize'
          ? best.score - chosenTrial.score
          : chosenTrial.score - best.score;
      if (shortfall > config.tolerance) {
        findings.push({
          id: 'chosen',
          severity: 'fail',
          message: `the chosen parameters score ${formatNumber(chosenTrial.score, 6)} (${path}:${table.lineOf(chosenTrial.row)}), ${formatNumber(shortfall, 6)} short of the best trial's ${formatNumber(best.score, 6)} (${path}:${table.lineOf(best.row)}); tolerance ${config.tolerance}`,
          location: { path: config.chosen },
        });
      }
    }
    const paramRows = params.map(([name]) => {
      const values = [...new Set(trials.map((trial) => trial.params.get(name)!))];
      if (values.length < config.min_values_per_param) {
        findings.push({
          id: `param:${name}`,
          severity: 'fail',
          message: `${name} was tried at ${values.length} value(s) (${quoteList(values)}); tune it over at least ${config.min_values_per_param}, or fix it outside the search`,
          location: { path, column: name },
        });
      }
      return [
        name,
        values.length,
        summarizeValues(values),
        chosen.get(name) ?? unset,
        best.params.get(name)!,
      ];
    });
    return {
      kind: 'ran',
      summary: `${trials.length} trials over ${params.length} parameter(s); chosen ${chosenTrial ? `score ${formatNumber(chosenTrial.score, 6)} vs best ${formatNumber(best.score, 6)}` : 'parameters not in the log'}`,
      figures: [
        { name: 'completed trials', value: trials.length, threshold: `≥ ${config.min_trials}` },
        {
          name: 'chosen score shortfall',
          value: chosenTrial ? Math.abs(best.score - chosenTrial.score) : null,
          threshold: `≤ ${config.tolerance}`,
        },
      ],
      findings,
      details: [
        {
          type: 'table',
          title: 'Parameters searched',
          header: ['parameter', 'distinct values', 'values tried', 'chosen', 'best trial'],
          rows: paramRows,
          note: `${trials.length} completed trials in ${path}; best ${config.score_column} ${formatNumber(best.score, 6)} at line ${table.lineOf(best.row)}.`,
        },
      ],
    };
  },
};

function paramColumns(table: Table, config: HyperparameterTuningConfig): [string, string][] {
  if (config.param_columns) {
    return config.param_columns.map((column) => {
      requireColumn(table, column, `${key}.param_columns`);
      return [column, column];
    });
  }
  const prefix = config.param_prefix ?? 'params_';
  const found = table.columnNames
    .filter((name) => name.startsWith(prefix) && name.length > prefix.length)
    .map((name): [string, string] => [name.slice(prefix.length), name]);
  if (found.length === 0) {
    throw new Error(
      `${key}.param_prefix: no column of ${table.source} starts with "${prefix}"; it has ${quoteList(table.columnNames)} — set param_prefix or param_columns`,
    );
  }
  return found;
}

function completedTrials(
  table: Table,
  config: HyperparameterTuningConfig,
  params: [string, string][],
): Trial[] {
  const scores = requireColumn(table, config.score_column, `${key}.score_column`);
  const states = config.state_column
    ? requireColumn(table, config.state_column, `${key}.state_column`)
    : null;
  const cells = params.map(([, column]) => table.column(column)!);
  const trials: Trial[] = [];
  for (let row = 0; row < table.rowCount; row++) {
    if (states && !config.completed_states.includes(String(states[row] ?? ''))) continue;
    const score = parseNumberCell(scores[row]!);
    if (score === null && !states) continue;
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      throw rowError(
        table,
        row,
        `score "${String(scores[row])}" in column "${config.score_column}" is not a finite number`,
      );
    }
    trials.push({
      row,
      score,
      params: new Map(params.map(([name], i) => [name, valueKey(cells[i]![row]!)])),
    });
  }
  return trials;
}

async function chosenParams(
  workspace: Workspace,
  config: HyperparameterTuningConfig,
  names: string[],
): Promise<Map<string, string>> {
  const text = await workspace.readText(config.chosen, `${key}.chosen`);
  let document: unknown;
  try {
    document = parse(text, { schema: 'core' });
  } catch (error) {
    throw new Error(
      `${config.chosen}: not valid JSON or YAML (${errorMessage(error).split('\n')[0]})`,
    );
  }
  for (const part of config.chosen_key?.split('.') ?? []) {
    document =
      document !== null && typeof document === 'object'
        ? (document as Record<string, unknown>)[part]
        : undefined;
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new Error(
      `${config.chosen}: ${config.chosen_key ? `"${config.chosen_key}" is` : 'the file is'} not an object of parameters, e.g. {"C": 1.0, "class_weight": "balanced"}`,
    );
  }
  const chosen = new Map<string, string>();
  for (const [name, value] of Object.entries(document)) {
    if (!names.includes(name)) {
      throw new Error(
        `${config.chosen}: parameter "${name}" is not in the tuning log, which has ${quoteList(names)}`,
      );
    }
    if (value !== null && typeof value === 'object') {
      throw new Error(
        `${config.chosen}: parameter "${name}" is an object; give its value as in the tuning log`,
      );
    }
    chosen.set(name, valueKey(value as Cell));
  }
  return chosen;
}

/** Missing, `None` and `null` all mean unset; true/True alike; numbers by value. */
function valueKey(cell: Cell): string {
  const key = labelKey(cell);
  if (key === null || key === 'None' || key === 'null' || key === 'nan') return unset;
  const lower = key.toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : key;
}

function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const x = parseNumberCell(a);
  const y = parseNumberCell(b);
  return (
    typeof x === 'number' &&
    typeof y === 'number' &&
    Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))
  );
}

function summarizeValues(values: string[]): string {
  const numbers = values.map((value) => parseNumberCell(value));
  if (numbers.every((n): n is number => typeof n === 'number')) {
    return `${formatNumber(Math.min(...numbers), 6)} … ${formatNumber(Math.max(...numbers), 6)}`;
  }
  return quoteList(values, 6);
}
