import * as z from 'zod';
import { repoPath } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';
import { columnName } from '../../metrics/predictions-config.ts';

const days = z
  .number({ error: 'expected a number of days, e.g. 30' })
  .positive({ error: 'a number of days is positive' });

const ageLimits = z
  .strictObject({
    warn: days.optional().describe('Warn when older than this many days.'),
    fail: days.optional().describe('Fail when older than this many days.'),
  })
  .refine((limits) => limits.warn !== undefined || limits.fail !== undefined, {
    error: 'give warn and/or fail, in days',
  })
  .refine(
    (limits) =>
      limits.warn === undefined || limits.fail === undefined || limits.warn <= limits.fail,
    {
      error: 'warn must not be later than fail',
    },
  )
  .meta({ examples: [{ warn: 30, fail: 90 }] });

export const stalenessConfig = z
  .strictObject({
    model: z
      .strictObject({
        metadata: repoPath
          .optional()
          .describe(
            'A JSON or YAML file with the training time, e.g. {"trained_at": "2026-03-01T12:00:00Z"}.',
          ),
        trained_at_key: z
          .string()
          .min(1)
          .default('trained_at')
          .describe('The (dotted) key of the training time in the metadata file.'),
        artifact: repoPath
          .optional()
          .describe('Or: the model file, aged by the time of the last git commit that changed it.'),
      })
      .refine((model) => !model.metadata !== !model.artifact, {
        error:
          'give the model as metadata: <file with trained_at> or artifact: <model file> (one of them)',
      })
      // The refinement's message explains; the union lets the check read the one source given.
      .pipe(
        z.union([
          z.strictObject({ metadata: z.string(), trained_at_key: z.string() }),
          z.strictObject({ artifact: z.string(), trained_at_key: z.string() }),
        ]),
      )
      .meta({ examples: [{ metadata: 'models/metadata.json' }, { artifact: 'models/model.pkl' }] })
      .optional()
      .describe('Where the model’s age comes from.'),
    max_model_age_days: ageLimits.optional().describe('Model age limits (Model 4, Monitor 4).'),
    training_data: z
      .strictObject({
        path: inputTableFile.describe('The training data (CSV, JSONL or Parquet).'),
        timestamp_column: columnName.describe(
          'ISO 8601 dates or datetimes; the newest one dates the data.',
        ),
      })
      .meta({ examples: [{ path: 'data/train.csv', timestamp_column: 'event_time' }] })
      .optional()
      .describe('Data age: now minus the newest timestamp in the training data.'),
    max_data_age_days: ageLimits.optional().describe('Training data age limits.'),
    decay: z
      .strictObject({
        evaluations: inputTableFile.describe(
          'Evaluations of older model versions on fresh data: one row per (model age, metric value).',
        ),
        age_column: columnName.default('age_days').describe('Model age in days at evaluation.'),
        metric_column: columnName.describe('The metric, e.g. roc_auc.'),
        direction: z
          .enum(['higher_is_better', 'lower_is_better'], {
            error: 'direction is higher_is_better or lower_is_better',
          })
          .optional()
          .describe('Needed when the metric column’s name does not tell.'),
        floor: z
          .number({ error: 'floor is the metric value a model must not cross, e.g. 0.8' })
          .describe(
            'The value the metric must not cross; the age where the fit crosses it is the retraining interval.',
          ),
        limit_model_age: z
          .boolean()
          .default(true)
          .describe(
            'Fail when the model is older than the retraining interval (and than max_model_age_days.fail); only a significant decay gives one.',
          ),
        significance_level: z
          .number({ error: 'significance_level is a probability, e.g. 0.05' })
          .gt(0, { error: 'significance_level is between 0 and 0.5, e.g. 0.05' })
          .lte(0.5, { error: 'significance_level is between 0 and 0.5, e.g. 0.05' })
          .default(0.05)
          .describe(
            'The decay counts (a retraining interval, limit_model_age) only when the slope’s p-value is below this; the intervals are at 1 − this confidence.',
          ),
        min_evaluations: z
          .number({ error: 'min_evaluations is a whole number of evaluations, e.g. 6' })
          .int({ error: 'min_evaluations is a whole number of evaluations, e.g. 6' })
          .min(3, { error: 'min_evaluations is at least 3 (a line and its error need 3 points)' })
          .default(6)
          .describe('Fewer evaluations than this only warn: no retraining interval is derived.'),
      })
      .optional()
      .describe(
        'How fast the model decays: a linear fit of the metric against model age, with its confidence interval.',
      ),
  })
  .superRefine((config, context) => {
    const issue = (path: string[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    if (!config.model && !config.training_data) {
      issue(['model'], 'give model (its age) and/or training_data (its age)');
    }
    if (config.max_model_age_days && !config.model)
      issue(['model'], 'max_model_age_days needs model: {metadata | artifact}');
    if (config.max_data_age_days && !config.training_data)
      issue(['training_data'], 'max_data_age_days needs training_data');
    if (config.model && !config.max_model_age_days && !config.decay) {
      issue(
        ['max_model_age_days'],
        'give max_model_age_days (warn/fail) or a decay fit to limit the model age',
      );
    }
    if (config.training_data && !config.max_data_age_days) {
      issue(['max_data_age_days'], 'give max_data_age_days (warn/fail) for the training data');
    }
  });
export type StalenessConfig = z.infer<typeof stalenessConfig>;
