import * as z from 'zod';
import { parsedKeys } from '../../config-fields/parsed-keys.ts';
import { nonNegative, repoPath, tableFile } from '../../config-fields/shared-schemas.ts';
import { inputFile, inputTableFile } from '../../config-fields/step-output.ts';
import { baselineSource } from '../../metrics/baseline-config.ts';
import { bootstrapConfig } from '../../metrics/bootstrap-config.ts';
import { directionOf, metricNamesByTask } from '../../metrics/metric-catalog.ts';
import {
  columnName,
  predictionColumnsShape,
  predictionOverridesShape,
  requirePredictionColumns,
} from '../../metrics/predictions-config.ts';

/** One level of a TFMA-style threshold; every bound given must hold. */
const thresholdLevel = z
  .strictObject({
    min: z
      .number({ error: 'min is a number, e.g. 0.8' })
      .optional()
      .describe("Absolute floor: the candidate's value must be at least this."),
    max: z
      .number({ error: 'max is a number, e.g. 0.35' })
      .optional()
      .describe("Absolute ceiling: the candidate's value must be at most this."),
    change_absolute: z
      .number({ error: 'change_absolute is a number, e.g. -0.005' })
      .optional()
      .describe(
        "Signed change against production, as TFMA's change threshold: with higher_is_better, candidate − production must be ≥ this (−0.005 allows a drop of 0.005, +0.01 demands a gain); with lower_is_better, ≤ this.",
      ),
    change_relative: z
      .number({ error: 'change_relative is a fraction, e.g. -0.01 for 1%' })
      .optional()
      .describe('The same, relative to |production|: −0.01 allows a 1% drop.'),
  })
  .refine((level) => Object.values(level).some((value) => value !== undefined), {
    error: 'give at least one of min, max, change_absolute, change_relative',
  });
export type ThresholdLevel = z.infer<typeof thresholdLevel>;

const metricThresholdKeys = z
  .strictObject({
    direction: z
      .enum(['higher_is_better', 'lower_is_better'], {
        error: 'direction is higher_is_better or lower_is_better',
      })
      .optional()
      .describe('Needed for metric names mlgate does not know (from a metrics file).'),
    red: thresholdLevel
      .optional()
      .describe('Bounds whose breach makes the metric fail (and the check with it).'),
    amber: thresholdLevel.optional().describe('Bounds whose breach makes the metric warn.'),
  })
  .refine((threshold) => threshold.red || threshold.amber, {
    error:
      'give red (blocks) and/or amber (warns) bounds, e.g. red: {min: 0.8, change_absolute: -0.005}',
  });

// The refinement's message explains; the union lets the check read the level given.
const metricThreshold = metricThresholdKeys.pipe(
  z.union([
    z.object({ ...parsedKeys(metricThresholdKeys), red: thresholdLevel }),
    z.object({
      ...parsedKeys(metricThresholdKeys),
      red: z.undefined().optional(),
      amber: thresholdLevel,
    }),
  ]),
);
export type MetricThreshold = z.infer<typeof metricThreshold>;

const modelQualityKeys = z
  .strictObject({
    predictions: inputTableFile
      .optional()
      .describe("The candidate's predictions (CSV, JSONL or Parquet)…"),
    metrics_file: inputFile
      .optional()
      .describe('…or its metrics file (JSON or YAML, flat or nested keys).'),
    ...predictionColumnsShape,
    task: predictionColumnsShape.task.optional(),
    label_column: predictionColumnsShape.label_column.optional(),
    production: z
      .strictObject({
        predictions: tableFile
          .optional()
          .describe('A production predictions file in the working tree.'),
        metrics_file: repoPath
          .optional()
          .describe('A production metrics file in the working tree.'),
        base_path: repoPath
          .optional()
          .describe(
            "The production file's path at the base commit, when it differs from the candidate's (e.g. renamed).",
          ),
        ...predictionOverridesShape,
      })
      .refine(
        (production) =>
          !(production.base_path && (production.predictions || production.metrics_file)),
        {
          error:
            'base_path reads production at the base commit; predictions / metrics_file name a file in the working tree — give one',
          path: ['base_path'],
        },
      )
      .optional()
      .describe(
        "Production's predictions or metrics. Default: the candidate's file as it is at the PR's base commit.",
      ),
    baseline: baselineSource
      .optional()
      .describe(
        'A baseline (a simple model, not production) shown beside the candidate; gate on it with baseline_comparison.',
      ),
    thresholds: z
      .record(z.string(), metricThreshold)
      .refine((t) => Object.keys(t).length > 0, {
        error: 'gate at least one metric, e.g. roc_auc: {red: {min: 0.8, change_absolute: -0.005}}',
      })
      .describe(
        'Per metric: direction, `red` (fail) and `amber` (warn) bounds. Metrics without an entry are shown, not gated.',
      ),
    bootstrap: bootstrapConfig,
    block_only_significant_changes: z
      .boolean()
      .default(true)
      .describe(
        'A breached `red` change bound fails only when the bootstrap interval excludes the tolerance; an unconfirmed breach warns, so noise does not block.',
      ),
    history: z
      .strictObject({
        path: repoPath.describe(
          'One line (JSONL) or row (CSV) of metrics per accepted version, oldest first.',
        ),
        last: z
          .int()
          .min(1, { error: 'compare with at least the last 1 version' })
          .default(10)
          .describe('How many of the most recent versions to compare with.'),
        max_drop_from_best: z
          .record(z.string(), nonNegative)
          .refine((drops) => Object.keys(drops).length > 0, {
            error: 'name at least one metric, e.g. {roc_auc: 0.01}',
          })
          .describe('Per metric: how far below the best of those versions the candidate may be.'),
      })
      .optional()
      .describe(
        'Slow leak: the candidate must not fall too far below the best recent accepted version.',
      ),
  })
  .superRefine((config, context) => {
    const issue = (path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    if (!config.predictions === !config.metrics_file) {
      issue(
        ['predictions'],
        'give the candidate as predictions: <file> or metrics_file: <file> (one of them)',
      );
      return;
    }
    if (config.predictions) {
      if (!config.task)
        return issue(['task'], 'predictions need task: binary, multiclass or regression');
      if (!config.label_column) return issue(['label_column'], 'predictions need label_column');
      requirePredictionColumns(
        { ...config, task: config.task, label_column: config.label_column },
        context,
      );
      const known = metricNamesByTask[config.task];
      const unknown = (names: string[], path: string[]) => {
        for (const name of names) {
          if (!known.includes(name)) {
            issue([...path, name], `not a ${config.task} metric; use one of ${known.join(', ')}`);
          }
        }
      };
      unknown(Object.keys(config.thresholds), ['thresholds']);
      unknown(Object.keys(config.history?.max_drop_from_best ?? {}), [
        'history',
        'max_drop_from_best',
      ]);
      if (config.production?.metrics_file) {
        issue(
          ['production', 'metrics_file'],
          'the candidate is a predictions file; give production predictions too',
        );
      }
    } else {
      if (config.production?.predictions) {
        issue(
          ['production', 'predictions'],
          'the candidate is a metrics file; give production as metrics_file too',
        );
      }
      if (config.baseline)
        issue(['baseline'], 'a baseline needs the candidate’s predictions, not a metrics file');
      for (const name of Object.keys(config.history?.max_drop_from_best ?? {})) {
        if (!config.thresholds[name]?.direction && !directionOf(name)) {
          issue(
            ['history', 'max_drop_from_best', name],
            `mlgate cannot tell whether "${name}" is better higher or lower; give thresholds.${name}.direction`,
          );
        }
      }
      for (const [name, threshold] of Object.entries(config.thresholds)) {
        if (!threshold.direction && !directionOf(name)) {
          issue(
            ['thresholds', name, 'direction'],
            `say whether "${name}" is higher_is_better or lower_is_better`,
          );
        }
      }
    }
  });

// The refinements' messages explain; the union lets the check read the candidate given.
export const modelQualityConfig = modelQualityKeys.pipe(
  z.union([
    z.object({
      ...parsedKeys(modelQualityKeys),
      predictions: tableFile,
      task: predictionColumnsShape.task,
      label_column: columnName,
    }),
    z.object({
      ...parsedKeys(modelQualityKeys),
      predictions: z.undefined().optional(),
      metrics_file: repoPath,
    }),
  ]),
);
export type ModelQualityConfig = z.infer<typeof modelQualityConfig>;
