import * as z from 'zod';
import { nonNegative, repoPath } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';
import { columnName } from '../../metrics/predictions-config.ts';

export const hyperparameterTuningConfig = z
  .strictObject({
    trials: inputTableFile.describe(
      'The tuning log, one row per trial: Optuna’s trials_dataframe(), scikit-learn’s cv_results_, Ray Tune’s results, as CSV, JSONL or Parquet.',
    ),
    score_column: columnName.describe(
      'The trial’s score, e.g. value (Optuna) or mean_test_score (scikit-learn).',
    ),
    direction: z
      .enum(['maximize', 'minimize'], { error: 'direction is maximize or minimize' })
      .describe('Whether a higher or a lower score is better.'),
    param_prefix: z
      .string()
      .min(1, { error: 'the prefix is empty' })
      .optional()
      .describe(
        'Columns named <prefix><param> hold the parameters (params_ for Optuna, param_ for scikit-learn, config/ for Ray Tune); default params_.',
      ),
    param_columns: z
      .array(columnName)
      .min(1, { error: 'list at least one parameter column' })
      .optional()
      .describe('Or: the parameter columns by name.'),
    state_column: columnName
      .optional()
      .describe('Count only trials whose state is in completed_states (e.g. Optuna’s state).'),
    completed_states: z
      .array(z.string().min(1))
      .min(1)
      .default(['COMPLETE'])
      .describe('States of finished trials.'),
    chosen: repoPath.describe(
      'A JSON or YAML file with the parameters the model was trained with.',
    ),
    chosen_key: z
      .string()
      .min(1)
      .optional()
      .describe('The (dotted) key of the parameters object in that file; default: the whole file.'),
    min_trials: z
      .int({ error: 'min_trials is a whole number' })
      .min(1, { error: 'min_trials is at least 1' })
      .default(20)
      .describe('Fewer completed trials than this is not a search.'),
    tolerance: nonNegative
      .default(0)
      .describe('How far the chosen parameters’ score may fall short of the best trial’s.'),
    min_values_per_param: z
      .int()
      .min(2, { error: 'a tuned parameter is tried at 2 or more values' })
      .default(2)
      .describe('Each parameter must have been tried at this many distinct values.'),
  })
  .refine((config) => !(config.param_prefix && config.param_columns), {
    error: 'give param_prefix or param_columns, not both',
    path: ['param_columns'],
  });
export type HyperparameterTuningConfig = z.infer<typeof hyperparameterTuningConfig>;
