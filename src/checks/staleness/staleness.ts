/**
 * Model 4 and Monitor 4, "the model is not too stale": the model's age (from
 * trained_at in its metadata, or the git time of its artifact) and the
 * training data's age (the newest timestamp in it) against warn and fail
 * limits in days; and how fast the model decays, fitted from evaluations of
 * older versions on fresh data, with its uncertainty: the metric lost per 30
 * days with its confidence interval and p-value, and the age at which it
 * crosses its floor with Fieller's interval — the retraining interval, which
 * can set the model age limit only when the decay is significant.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { parseIsoDate, parseIsoDatetime } from '../../formats/parse-date.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import { directionOf } from '../../metrics/metric-catalog.ts';
import { requireColumn } from '../../metrics/require-column.ts';
import { rowError } from '../../metrics/row-error.ts';
import { errorMessage } from '../../model/error-message.ts';
import { millisecondsPerDay } from '../../model/milliseconds-per-day.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { type AgeLimits, ageLimitOutcome } from './age-limit.ts';
import { type DecayOutcome, decayOutcome } from './decay-outcome.ts';
import { fitDecay } from './metric-decay.ts';
import { type StalenessConfig, stalenessConfig } from './staleness-config.ts';
import { trainedAtFrom } from './trained-at.ts';

const key = 'checks.staleness';

export const staleness: CheckDefinition<typeof stalenessConfig> = {
  id: 'staleness',
  title: 'Model and training data are fresh enough',
  rubric: ['model-4', 'monitor-4'],
  config: stalenessConfig,
  async run(config, { workspace, now }) {
    const decay = config.decay ? await decayFromEvaluations(workspace, config.decay) : null;
    const ages = [
      ...(config.model ? [await modelAgePart(workspace, config.model, config, decay, now)] : []),
      ...(config.training_data
        ? [await dataAgePart(workspace, config.training_data, config.max_data_age_days, now)]
        : []),
    ];
    return {
      kind: 'ran',
      summary: [...(decay ? [decay.summary] : []), ...ages.map((age) => age.summary)].join('; '),
      figures: [...(decay?.figures ?? []), ...ages.map((age) => age.figure)],
      findings: [
        ...(decay?.findings ?? []),
        ...ages.flatMap((age) => (age.finding ? [age.finding] : [])),
      ],
      details: decay?.details ?? [],
    };
  },
};

type AgePart = ReturnType<typeof ageLimitOutcome>;

/** The model's age against its limits, tightened by the decay's retraining interval when asked. */
async function modelAgePart(
  workspace: Workspace,
  model: NonNullable<StalenessConfig['model']>,
  config: StalenessConfig,
  decay: DecayOutcome | null,
  now: Date,
): Promise<AgePart> {
  const { trainedAt, source, path } = await modelAge(workspace, model);
  const limits: AgeLimits = { ...config.max_model_age_days };
  const fromDecay = config.decay?.limit_model_age ? decay?.ageLimit : null;
  if (fromDecay && fromDecay.fail < (limits.fail ?? Number.POSITIVE_INFINITY)) {
    Object.assign(limits, fromDecay);
  }
  return ageLimitOutcome(
    {
      id: 'model:age',
      what: 'model',
      ageDays: (now.getTime() - trainedAt.getTime()) / millisecondsPerDay,
      source,
      time: trainedAt,
      location: { path },
      limitKey: 'max_model_age_days',
      renew: 'Retrain the model and record its new training time',
    },
    limits,
  );
}

/** The newest row of the training data against the data age limits. */
async function dataAgePart(
  workspace: Workspace,
  data: NonNullable<StalenessConfig['training_data']>,
  limits: AgeLimits | undefined,
  now: Date,
): Promise<AgePart> {
  const { path, column, newest } = await newestTimestamp(workspace, data);
  return ageLimitOutcome(
    {
      id: 'data:age',
      what: 'training data',
      ageDays: (now.getTime() - newest) / millisecondsPerDay,
      source: `newest ${column} in ${path}`,
      time: new Date(newest),
      location: { path, column },
      limitKey: 'max_data_age_days',
      renew: 'Retrain on data that includes recent rows',
    },
    limits ?? {},
  );
}

/** Reads the evaluations, fits the decay and words it. */
async function decayFromEvaluations(
  workspace: Workspace,
  decay: NonNullable<StalenessConfig['decay']>,
): Promise<DecayOutcome> {
  const { path, options } = tableFileOptions(decay.evaluations);
  const table = await workspace.readTable(path, `${key}.decay.evaluations`, options);
  const metric = decay.metric_column;
  const direction = decay.direction ?? directionOf(metric);
  if (!direction) {
    throw new Error(
      `${key}.decay.direction: say whether "${metric}" is higher_is_better or lower_is_better`,
    );
  }
  const ages = requireColumn(table, decay.age_column, `${key}.decay.age_column`);
  const values = requireColumn(table, metric, `${key}.decay.metric_column`);
  const number = (cells: typeof ages, row: number, column: string) => {
    const value = parseNumberCell(cells[row]!);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw rowError(
        table,
        row,
        `"${String(cells[row])}" in column "${column}" is not a finite number`,
      );
    }
    return value;
  };
  const points = ages.map(
    (_, row) => [number(ages, row, decay.age_column), number(values, row, metric)] as const,
  );
  const settings = {
    direction,
    floor: decay.floor,
    significanceLevel: decay.significance_level,
    minEvaluations: decay.min_evaluations,
  };
  try {
    return decayOutcome(fitDecay(points, settings), { ...settings, metric, path, points });
  } catch (error) {
    throw new Error(`${path}: ${errorMessage(error)}`);
  }
}

/** The newest ISO 8601 timestamp in the training data, in ms. */
async function newestTimestamp(
  workspace: Workspace,
  data: NonNullable<StalenessConfig['training_data']>,
): Promise<{ path: string; column: string; newest: number }> {
  const { path, options } = tableFileOptions(data.path);
  const column = data.timestamp_column;
  const table = await workspace.readTable(path, `${key}.training_data.path`, {
    ...options,
    columns: [column],
  });
  let newest = Number.NEGATIVE_INFINITY;
  requireColumn(table, column, `${key}.training_data.timestamp_column`).forEach((cell, row) => {
    if (cell === null) return;
    const ms =
      typeof cell === 'string' ? (parseIsoDatetime(cell) ?? parseIsoDate(cell)) : undefined;
    if (ms === undefined) {
      throw rowError(
        table,
        row,
        `"${String(cell)}" in column "${column}" is not an ISO 8601 date or datetime`,
      );
    }
    newest = Math.max(newest, ms);
  });
  if (newest === Number.NEGATIVE_INFINITY) {
    throw new Error(
      `${path}: column "${column}" has no timestamp at all, so the data's age is unknown`,
    );
  }
  return { path, column, newest };
}

/** When the model was trained, from its metadata file or its file's last commit. */
async function modelAge(
  workspace: Workspace,
  model: NonNullable<StalenessConfig['model']>,
): Promise<{ trainedAt: Date; source: string; path: string }> {
  if ('metadata' in model) {
    const text = await workspace.readText(model.metadata, `${key}.model.metadata`);
    const trainedAt = trainedAtFrom(text, model.metadata, model.trained_at_key);
    return {
      trainedAt,
      source: `${model.trained_at_key} in ${model.metadata}`,
      path: model.metadata,
    };
  }
  const trainedAt = await workspace.commitTimeOf(model.artifact, `${key}.model.artifact`);
  if (!trainedAt) {
    throw new Error(
      `${key}.model.artifact: git has no commit of ${model.artifact}; commit it, or give model.metadata with trained_at`,
    );
  }
  return { trainedAt, source: `last commit of ${model.artifact}`, path: model.artifact };
}
