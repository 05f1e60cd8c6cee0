/**
 * The baseline's predictions on the candidate's rows: computed by a rule,
 * read from other columns of the candidate's file (aligned by construction),
 * or read from its own file and paired by id (or by position when neither
 * file has ids and both list the same labels in the same order).
 */
import type { Workspace } from '../workspace/workspace.ts';
import type { BaselineSource } from './baseline-config.ts';
import { ruleBaseline } from './baseline-rule.ts';
import { loadPredictions } from './load-predictions.ts';
import { pairById } from './pair-by-id.ts';
import { withOverrides } from './predictions-config.ts';
import { type PredictionColumns, type Predictions, readPredictions } from './read-predictions.ts';

export interface BaselinePair {
  candidate: Predictions;
  baseline: Predictions;
  /** How the baseline was obtained, for the report. */
  description: string;
  /** Candidate rows without a baseline partner (left out). */
  unpaired: number;
}

export async function loadBaseline(
  workspace: Workspace,
  candidate: Predictions,
  columns: PredictionColumns,
  source: BaselineSource,
  key: string,
): Promise<BaselinePair> {
  if (source.rule) {
    return {
      candidate,
      baseline: ruleBaseline(candidate, source.rule),
      description: `rule ${source.rule} (fitted on the evaluation labels)`,
      unpaired: 0,
    };
  }
  const baselineColumns = withOverrides(columns, source);
  const column =
    source.score_column ??
    source.prediction_column ??
    source.probability_prefix ??
    'probability columns';
  if (!source.predictions) {
    return {
      candidate,
      baseline: readPredictions(candidate.table, baselineColumns),
      description: `column ${column} of ${candidate.table.source}`,
      unpaired: 0,
    };
  }
  const other = await loadPredictions(
    workspace,
    source.predictions,
    baselineColumns,
    `${key}.predictions`,
  );
  const description = `${column} of ${other.table.source}`;
  if (candidate.ids && other.ids) {
    const paired = pairById(candidate, other);
    if (paired.a.data.labels.length === 0) {
      throw new Error(
        `${key}: no id of ${candidate.table.source} appears in ${other.table.source}; score the baseline on the same rows`,
      );
    }
    return { candidate: paired.a, baseline: paired.b, description, unpaired: paired.onlyA };
  }
  if (!sameLabelsInOrder(candidate, other)) {
    throw new Error(
      `${key}: ${other.table.source} does not list the same labels in the same order as ${candidate.table.source}; set id_column so rows can be paired by id`,
    );
  }
  return { candidate, baseline: other, description, unpaired: 0 };
}

function sameLabelsInOrder(a: Predictions, b: Predictions): boolean {
  const x = a.data.labels;
  const y = b.data.labels;
  if (x.length !== y.length || a.task !== b.task) return false;
  if (a.task === 'multiclass' && b.task === 'multiclass') {
    return x.every((label, i) => a.data.classes[label] === b.data.classes[y[i]!]);
  }
  return x.every((label, i) => label === y[i]);
}
