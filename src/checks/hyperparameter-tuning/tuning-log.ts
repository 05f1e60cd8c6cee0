/**
 * A tuning log (Optuna, scikit-learn's cv_results_, any table of trials): its
 * parameter columns and its completed trials, with parameter values keyed so
 * that `None`, `null` and an empty cell are one value (unset), true and True
 * alike, and numbers compare by value.
 */
import type { Table } from '../../data/table.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import { labelKey } from '../../metrics/label-key.ts';
import { quoteList } from '../../metrics/quote-list.ts';
import { requireColumn } from '../../metrics/require-column.ts';
import { rowError } from '../../metrics/row-error.ts';
import type { Cell } from '../../model/check.ts';
import type { HyperparameterTuningConfig } from './hyperparameter-tuning-config.ts';

export const key = 'checks.hyperparameter_tuning';
export const unset = '(unset)';

export interface Trial {
  row: number;
  score: number;
  params: Map<string, string>;
}

/** [parameter name, column name] pairs. */
export function paramColumns(table: Table, config: HyperparameterTuningConfig): [string, string][] {
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

export function completedTrials(
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

/** Missing, `None` and `null` all mean unset; true/True alike; numbers by value. */
export function valueKey(cell: Cell): string {
  const key = labelKey(cell);
  if (key === null || key === 'None' || key === 'null' || key === 'nan') return unset;
  const lower = key.toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : key;
}

export function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const x = parseNumberCell(a);
  const y = parseNumberCell(b);
  return (
    typeof x === 'number' &&
    typeof y === 'number' &&
    Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))
  );
}
