/**
 * Model 3, "all hyperparameters have been tuned": from a tuning log, the
 * number of completed trials, whether the parameters the model was trained
 * with are (within a tolerance) the best trial's, and whether every tuned
 * parameter was tried at two or more values — a "search" that never moved a
 * parameter did not tune it.
 */
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { chosenParams } from './chosen-params.ts';
import { hyperparameterTuningConfig } from './hyperparameter-tuning-config.ts';
import { tuningOutcome } from './hyperparameter-tuning-outcome.ts';
import { completedTrials, key, paramColumns } from './tuning-log.ts';

export const hyperparameterTuning: CheckDefinition<typeof hyperparameterTuningConfig> = {
  id: 'hyperparameter_tuning',
  title: 'Hyperparameters were tuned and the best ones chosen',
  rubric: ['model-3'],
  config: hyperparameterTuningConfig,
  async run(config, { workspace }) {
    const { path, options } = tableFileOptions(config.trials);
    const table = await workspace.readTable(path, `${key}.trials`, options);
    const params = paramColumns(table, config);
    const log = {
      path,
      lineOf: (row: number) => table.lineOf(row),
      params,
      trials: completedTrials(table, config, params),
    };
    // The chosen parameters matter only when there are trials to compare them with.
    const chosen =
      log.trials.length === 0
        ? new Map<string, string>()
        : await chosenParams(
            workspace,
            config,
            params.map(([name]) => name),
          );
    return tuningOutcome(config, log, chosen);
  },
};
