/**
 * Model 5, "a simpler model is not better": the candidate's predictions and a
 * simple baseline's (a linear model's predictions, or a majority-class / mean
 * rule) on the same rows; on each gated metric the candidate must beat the
 * baseline by a margin. A paired bootstrap gives the interval of the
 * improvement, and can be required to clear the margin too.
 */

import { bootstrapPredictionDeltasInParallel } from '../../metrics/bootstrap-metric-deltas.ts';
import { predictionsEvaluator } from '../../metrics/evaluate-predictions.ts';
import { loadBaseline } from '../../metrics/load-baseline.ts';
import { loadPredictions } from '../../metrics/load-predictions.ts';
import { directionOf } from '../../metrics/metric-catalog.ts';
import { undefinedMetric } from '../../metrics/metric-value.ts';
import { predictionColumnsOf } from '../../metrics/predictions-config.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { baselineComparisonConfig } from './baseline-comparison-config.ts';
import { baselineComparisonOutcome } from './baseline-comparison-outcome.ts';
import { key, metricGain } from './metric-gains.ts';

export const baselineComparison: CheckDefinition<typeof baselineComparisonConfig> = {
  id: 'baseline_comparison',
  title: 'The model beats a simple baseline',
  rubric: ['model-5'],
  config: baselineComparisonConfig,
  async run(config, { workspace, resampleRunner }) {
    const columns = predictionColumnsOf(config);
    const candidateAll = await loadPredictions(
      workspace,
      config.predictions,
      columns,
      `${key}.predictions`,
    );
    const pair = await loadBaseline(
      workspace,
      candidateAll,
      columns,
      config.baseline,
      `${key}.baseline`,
    );
    const candidate = predictionsEvaluator(pair.candidate, config.threshold);
    const baseline = predictionsEvaluator(pair.baseline, config.threshold);
    const names = Object.keys(config.margins);
    const intervals = await bootstrapPredictionDeltasInParallel(
      pair.candidate,
      pair.baseline,
      names,
      config.bootstrap,
      config.threshold,
      resampleRunner,
    );
    const [candidateMetrics, baselineMetrics] = [candidate(), baseline()];
    const unknown = undefinedMetric('not a metric of this task');
    const where = { path: candidateAll.table.source, baseline: pair.description };
    const gains = names.map((name) => {
      const direction = directionOf(name);
      // The config accepts only metrics of the task, whose direction is known.
      if (!direction) throw new Error(`${key}.margins.${name}: not a metric mlgate knows`);
      const compared = {
        name,
        direction,
        candidate: candidateMetrics[name] ?? unknown,
        baseline: baselineMetrics[name] ?? unknown,
        delta: intervals[name] ?? null,
      };
      return metricGain(config, compared, where);
    });
    return baselineComparisonOutcome(config, gains, {
      ...pair,
      rows: pair.candidate.data.labels.length,
    });
  },
};
