/**
 * baseline_comparison's gains as a check outcome: a finding per metric that
 * does not beat the baseline by its margin, a figure per defined gain
 * (those short of the margin first) and the candidate vs baseline table.
 */
import { formatMetric, formatSigned } from '../../metrics/metric-value.ts';
import type { CheckOutcome, Figure } from '../../model/check.ts';
import type { BaselineComparisonConfig } from './baseline-comparison-config.ts';
import type { MetricGain } from './metric-gains.ts';

export interface BaselineRun {
  description: string;
  rows: number;
  unpaired: number;
}

export function baselineComparisonOutcome(
  config: BaselineComparisonConfig,
  gains: readonly MetricGain[],
  baseline: BaselineRun,
): CheckOutcome {
  const percent = `${Math.round(config.bootstrap.confidence * 100)}%`;
  const failed = gains.filter((gain) => gain.finding !== null).map((gain) => gain.name);
  const figures = gains.flatMap(
    ({ name, gain, margin, finding }): (Figure & { short: boolean })[] =>
      gain === null
        ? []
        : [
            {
              name: `${name} gain over baseline`,
              value: gain,
              threshold: `≥ ${margin}`,
              bound: { comparator: '>=', limit: margin },
              short: finding !== null,
            },
          ],
  );
  const rows = gains.map(({ name, candidate, baseline: base, gain, interval, margin, finding }) => {
    const intervalText = interval
      ? ` [${formatSigned(interval.low)}, ${formatSigned(interval.high)}]`
      : '';
    const status =
      gain === null ? 'fail: undefined' : finding ? 'fail: not better enough' : 'pass: better';
    return [
      name,
      formatMetric(candidate),
      formatMetric(base),
      gain === null ? '—' : `${formatSigned(gain)}${intervalText}`,
      `≥ ${margin}`,
      status,
    ];
  });
  return {
    kind: 'ran',
    summary:
      failed.length === 0
        ? `beats the baseline (${baseline.description}) on ${gains.map((g) => g.name).join(', ')} by the required margins`
        : `does not beat the baseline (${baseline.description}) by the required margin on ${failed.join(', ')}`,
    figures: [...figures.filter((f) => f.short), ...figures.filter((f) => !f.short)].map(
      ({ short: _, ...figure }) => figure,
    ),
    findings: gains.flatMap((gain) => (gain.finding ? [gain.finding] : [])),
    details: [
      {
        type: 'table',
        title: 'Candidate vs baseline',
        header: [
          'metric',
          'candidate',
          'baseline',
          `gain [${percent} CI]`,
          'required gain',
          'status',
        ],
        rows,
        note: `Baseline: ${baseline.description}. ${baseline.rows} rows${baseline.unpaired > 0 ? ` (${baseline.unpaired} candidate rows without a baseline partner left out)` : ''}; gain is in each metric's better direction; paired bootstrap, ${config.bootstrap.resamples} resamples, seed ${config.bootstrap.seed}.`,
      },
    ],
  };
}
