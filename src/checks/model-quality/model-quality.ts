/**
 * Infra 4 and Monitor 7: the candidate model is at least as good as the one
 * in production, metric by metric, with pass / warn / fail levels from
 * TFMA-style thresholds (config: `red` and `amber` bounds; metric-level.ts).
 * Production is the same predictions or metrics file at the PR's base commit,
 * or a file the user names (compare-models.ts). When both prediction sets
 * carry ids, the rows are paired and a seeded paired bootstrap gives an
 * interval for each delta, so that the gate can block only on confirmed
 * drops. A metrics history of accepted versions catches slow leaks.
 * A metric that cannot be computed, or that no recent version reports, is a
 * finding of its own (`metric:<name>:undefined`, `history:<name>:undefined`,
 * `history:<name>:no-history`), so a waiver for it does not also accept a
 * later failing level (`metric:<name>`) or slow leak (`history:<name>`).
 */

import type { CheckContext, CheckDefinition } from '../check-definition.ts';
import { assessMetrics, key } from './assess-metrics.ts';
import {
  type Compared,
  compareFromMetricsFiles,
  compareFromPredictions,
} from './compare-models.ts';
import { readMetricHistory } from './metric-history.ts';
import { type ModelQualityConfig, modelQualityConfig } from './model-quality-config.ts';
import { modelQualityOutcome } from './model-quality-outcome.ts';
import { type SlowLeakReport, slowLeakReport } from './slow-leak-findings.ts';

export const modelQuality: CheckDefinition<typeof modelQualityConfig> = {
  id: 'model_quality',
  title: 'Candidate model is at least as good as production',
  rubric: ['infra-4', 'monitor-7'],
  config: modelQualityConfig,
  async run(config, context) {
    const compared =
      config.predictions !== undefined
        ? await compareFromPredictions(config, context)
        : await compareFromMetricsFiles(config, context);
    const metrics = assessMetrics(config, compared);
    const leaks = await slowLeaks(config, context, compared);
    return modelQualityOutcome(compared, metrics, leaks, config.bootstrap.confidence);
  },
};

/** The slow-leak bound, when a history is configured: read the history, then compare. */
async function slowLeaks(
  config: ModelQualityConfig,
  context: CheckContext,
  compared: Compared,
): Promise<SlowLeakReport | null> {
  if (!config.history) return null;
  const history = await readMetricHistory(
    context.workspace,
    config.history.path,
    `${key}.history.path`,
  );
  return slowLeakReport({ ...config, history: config.history }, history, compared.candidate);
}
