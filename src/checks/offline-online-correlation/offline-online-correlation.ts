/**
 * Model 2, "offline proxy metrics correlate with actual online impact": from
 * a history of (offline metric, online metric) pairs — one per model version
 * or experiment — Pearson's r and Spearman's ρ with Fisher-z intervals. The
 * gate passes when the chosen correlation, in the expected direction, clears
 * a threshold given enough pairs; otherwise offline gains may not be real.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { correlationWithInterval } from '../../statistics/correlation-interval.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { key, metricPairs } from './metric-pairs.ts';
import { offlineOnlineCorrelationConfig } from './offline-online-correlation-config.ts';
import { correlationOutcome } from './offline-online-correlation-outcome.ts';

export const offlineOnlineCorrelation: CheckDefinition<typeof offlineOnlineCorrelationConfig> = {
  id: 'offline_online_correlation',
  title: 'Offline metrics predict online impact',
  rubric: ['model-2'],
  config: offlineOnlineCorrelationConfig,
  async run(config, { workspace }) {
    const { path, options } = tableFileOptions(config.history);
    const table = await workspace.readTable(path, `${key}.history`, options);
    const pairs = metricPairs(table, config);
    const estimates = (['spearman', 'pearson'] as const).map((method) =>
      correlationWithInterval(method, pairs.offline, pairs.online, config.confidence),
    );
    return correlationOutcome(config, path, pairs, estimates);
  },
};
