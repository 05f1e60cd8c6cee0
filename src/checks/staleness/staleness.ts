/**
 * Model 4 and Monitor 4, "the model is not too stale": the model's age (from
 * trained_at in its metadata, or the git time of its artifact) and the
 * training data's age (the newest timestamp in it) against warn and fail
 * limits in days; and how fast the model decays, fitted from evaluations of
 * older versions on fresh data: the metric lost per 30 days and the age at
 * which it crosses its floor — the retraining interval, which can set the
 * model age limit.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { parseIsoDate, parseIsoDatetime } from '../../formats/parse-date.ts';
import { parseNumberCell } from '../../formats/parse-number.ts';
import { directionOf } from '../../metrics/metric-catalog.ts';
import { formatNumber } from '../../metrics/metric-value.ts';
import { requireColumn } from '../../metrics/require-column.ts';
import { rowError } from '../../metrics/row-error.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import { errorMessage } from '../../model/error-message.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { decayChart } from './decay-chart.ts';
import { type DecayFit, fitDecay } from './metric-decay.ts';
import { type StalenessConfig, stalenessConfig } from './staleness-config.ts';
import { trainedAtFrom } from './trained-at.ts';

const key = 'checks.staleness';
const dayMs = 24 * 60 * 60 * 1000;

export const staleness: CheckDefinition<typeof stalenessConfig> = {
  id: 'staleness',
  title: 'Model and training data are fresh enough',
  rubric: ['model-4', 'monitor-4'],
  config: stalenessConfig,
  async run(config, { workspace, now }) {
    const findings: Finding[] = [];
    const figures: Figure[] = [];
    const details: DetailBlock[] = [];
    const summary: string[] = [];

    let decay: { fit: DecayFit; metric: string } | null = null;
    if (config.decay) {
      const { path, options } = tableFileOptions(config.decay.evaluations);
      const table = await workspace.readTable(path, `${key}.decay.evaluations`, options);
      const metric = config.decay.metric_column;
      const ageColumn = config.decay.age_column;
      const direction = config.decay.direction ?? directionOf(metric);
      if (!direction) {
        throw new Error(
          `${key}.decay.direction: say whether "${metric}" is higher_is_better or lower_is_better`,
        );
      }
      const ages = requireColumn(table, config.decay.age_column, `${key}.decay.age_column`);
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
        (_, row) => [number(ages, row, ageColumn), number(values, row, metric)] as const,
      );
      let fit: DecayFit;
      try {
        fit = fitDecay(points, direction, config.decay.floor);
      } catch (error) {
        throw new Error(`${path}: ${errorMessage(error)}`);
      }
      decay = { fit, metric };
      const floor = config.decay.floor;
      if (fit.crossingAgeDays === 0) {
        findings.push({
          id: 'decay:floor',
          severity: 'fail',
          message: `even a fresh model is on the wrong side of the ${metric} floor ${floor} (fitted ${formatNumber(fit.intercept)} at age 0)`,
          location: { path },
        });
      }
      figures.push(
        { name: `${metric} lost per 30 days`, value: fit.lossPer30Days },
        { name: 'recommended retraining interval', value: fit.crossingAgeDays, unit: 'days' },
      );
      const interval =
        fit.crossingAgeDays === null
          ? 'the fit does not decay, so it never crosses the floor'
          : `it crosses the floor ${floor} at ${formatNumber(fit.crossingAgeDays, 1)} days: retrain at least that often`;
      summary.push(`${metric} loses ${formatNumber(fit.lossPer30Days)} per 30 days`);
      details.push({
        type: 'mermaid',
        title: `Decay of ${metric} with model age`,
        source: decayChart(metric, points, fit, floor),
      });
      details.push({
        type: 'text',
        title: 'Decay fit',
        text: `From ${fit.points} evaluations in ${path}: ${metric} ≈ ${formatNumber(fit.intercept)} ${fit.slope < 0 ? '−' : '+'} ${formatNumber(Math.abs(fit.slope), 6)} × age (R² ${formatNumber(fit.rSquared, 3)}); ${interval}.`,
      });
    }

    if (config.model) {
      const { trainedAt, source, path } = await modelAge(workspace, config.model);
      const limits = { ...config.max_model_age_days };
      const crossing = decay?.fit.crossingAgeDays;
      if (
        config.decay?.limit_model_age &&
        crossing !== null &&
        crossing !== undefined &&
        crossing > 0
      ) {
        limits.fail = Math.min(limits.fail ?? Number.POSITIVE_INFINITY, crossing);
      }
      summary.push(
        ageFinding(
          findings,
          figures,
          'model:age',
          'model',
          (now.getTime() - trainedAt.getTime()) / dayMs,
          limits,
          source,
          trainedAt,
          {
            path,
          },
        ),
      );
    }

    if (config.training_data) {
      const { path, options } = tableFileOptions(config.training_data.path);
      const column = config.training_data.timestamp_column;
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
      summary.push(
        ageFinding(
          findings,
          figures,
          'data:age',
          'training data',
          (now.getTime() - newest) / dayMs,
          config.max_data_age_days ?? {},
          `newest ${column} in ${path}`,
          new Date(newest),
          { path, column },
        ),
      );
    }

    return { kind: 'ran', summary: summary.join('; '), figures, findings, details };
  },
};

function ageFinding(
  findings: Finding[],
  figures: Figure[],
  id: string,
  what: string,
  ageDays: number,
  limits: { warn?: number | undefined; fail?: number | undefined },
  source: string,
  time: Date,
  location: Finding['location'],
): string {
  const age = formatNumber(ageDays, 1);
  const stamp = time.toISOString().replace('.000Z', 'Z');
  if (ageDays < -1) {
    // A clock or data error, not an age: its own id, so its waiver never accepts a stale model.
    findings.push({
      id: `${id}:future`,
      severity: 'warn',
      message: `${what} time ${stamp} (${source}) is in the future; check the clock or the value`,
      location,
    });
  } else if (limits.fail !== undefined && ageDays > limits.fail) {
    findings.push({
      id,
      severity: 'fail',
      message: `${what} is ${age} days old (${source}: ${stamp}), over the limit of ${formatNumber(limits.fail, 1)} days; retrain`,
      location,
    });
  } else if (limits.warn !== undefined && ageDays > limits.warn) {
    findings.push({
      id,
      severity: 'warn',
      message: `${what} is ${age} days old (${source}: ${stamp}), over the warning age of ${formatNumber(limits.warn, 1)} days`,
      location,
    });
  }
  const threshold = [
    limits.warn !== undefined ? `warn > ${formatNumber(limits.warn, 1)}` : '',
    limits.fail !== undefined ? `fail > ${formatNumber(limits.fail, 1)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  figures.push({
    name: `${what} age`,
    value: Number(age),
    unit: 'days',
    ...(threshold ? { threshold } : {}),
  });
  return `${what} ${age} days old`;
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
