/**
 * Model 6, "model quality is sufficient on all important data slices": the
 * metrics per value of each slice column (from the predictions or a features
 * file joined by id), each large enough slice held to an absolute bound and a
 * maximum gap to the overall value. Worst slices first.
 */

import { predictionsEvaluator } from '../../metrics/evaluate-predictions.ts';
import { groupRows, membership } from '../../metrics/group-rows.ts';
import { loadFeatureTable } from '../../metrics/load-feature-table.ts';
import { loadPredictions } from '../../metrics/load-predictions.ts';
import { predictionColumnsOf } from '../../metrics/predictions-config.ts';
import { rowColumns } from '../../metrics/row-columns.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { assessSlice, key } from './assess-slice.ts';
import { slicesConfig } from './slices-config.ts';
import { slicesOutcome } from './slices-outcome.ts';

export const slices: CheckDefinition<typeof slicesConfig> = {
  id: 'slices',
  title: 'Quality holds on every important data slice',
  rubric: ['model-6'],
  config: slicesConfig,
  async run(config, { workspace }) {
    const predictions = await loadPredictions(
      workspace,
      config.predictions,
      predictionColumnsOf(config),
      `${key}.predictions`,
    );
    const features = await loadFeatureTable(workspace, config, `${key}.features`);
    const columns = rowColumns(predictions, features);
    const evaluate = predictionsEvaluator(predictions, config.threshold);
    const overall = evaluate();
    const n = predictions.data.labels.length;
    const results = config.columns.flatMap((column) => {
      const groups = groupRows(
        columns.cells(column, `${key}.columns`),
        config.bins[column],
        (row) => `${predictions.table.source}:${predictions.table.lineOf(row)}: column "${column}"`,
      );
      if (groups.length > config.max_slices_per_column) {
        throw new Error(
          `${key}.columns: "${column}" has ${groups.length} distinct values, more than max_slices_per_column (${config.max_slices_per_column}); slice a categorical column or give bins: {${column}: [edges]}`,
        );
      }
      const path = columns.sourceOf(column);
      return groups.map((group) =>
        assessSlice(
          config,
          {
            column,
            value: group.value,
            rows: group.rows.length,
            path,
            metrics: evaluate(membership(n, group.rows)),
          },
          overall,
        ),
      );
    });
    return slicesOutcome(config, results, overall, n);
  },
};
