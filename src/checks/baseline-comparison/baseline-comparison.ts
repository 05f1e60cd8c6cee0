/**
 * Model 5, "a simpler model is not better": the candidate's predictions and a
 * simple baseline's (a linear model's predictions, or a majority-class / mean
 * rule) on the same rows; on each gated metric the candidate must beat the
 * baseline by a margin. A paired bootstrap gives the interval of the
 * improvement, and can be required to clear the margin too. A metric that
 * cannot be computed is `metric:<name>:undefined`, apart from `metric:<name>`
 * (not better enough), so a waiver covers one of the two.
 */

import { bootstrapMetricDeltas } from '../../metrics/bootstrap-metric-deltas.ts';
import { predictionsEvaluator } from '../../metrics/evaluate-predictions.ts';
import { loadBaseline } from '../../metrics/load-baseline.ts';
import { loadPredictions } from '../../metrics/load-predictions.ts';
import { directionOf, improvement } from '../../metrics/metric-catalog.ts';
import { formatMetric, formatNumber, formatSigned } from '../../metrics/metric-value.ts';
import { predictionColumnsOf } from '../../metrics/predictions-config.ts';
import type { Figure, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { baselineComparisonConfig } from './baseline-comparison-config.ts';

const key = 'checks.baseline_comparison';

export const baselineComparison: CheckDefinition<typeof baselineComparisonConfig> = {
  id: 'baseline_comparison',
  title: 'The model beats a simple baseline',
  rubric: ['model-5'],
  config: baselineComparisonConfig,
  async run(config, { workspace }) {
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
    const rows = pair.candidate.data.labels.length;
    const intervals = bootstrapMetricDeltas(candidate, baseline, rows, names, config.bootstrap);
    const candidateMetrics = candidate();
    const baselineMetrics = baseline();
    const percent = `${Math.round(config.bootstrap.confidence * 100)}%`;

    const findings: Finding[] = [];
    const failed: string[] = [];
    const figures: Figure[] = [];
    const tableRows = names.map((name) => {
      const margin = config.margins[name]!;
      const direction = directionOf(name)!;
      const a = candidateMetrics[name]!;
      const b = baselineMetrics[name]!;
      if (!a.defined || !b.defined) {
        failed.push(name);
        findings.push({
          id: `metric:${name}:undefined`,
          severity: 'fail',
          message: `${name} is undefined for the ${a.defined ? 'baseline' : 'candidate'} (${a.defined ? (b.defined ? '' : b.reason) : a.reason}), so the comparison cannot be made`,
        });
        return [name, formatMetric(a), formatMetric(b), '—', `≥ ${margin}`, '🔴 undefined'];
      }
      const gain = improvement(direction, a.value, b.value);
      const delta = intervals[name];
      // The improvement's interval: a − b, mirrored when lower is better.
      const low = delta ? (direction === 'higher_is_better' ? delta.low : -delta.high) : null;
      const high = delta ? (direction === 'higher_is_better' ? delta.high : -delta.low) : null;
      const intervalText =
        low !== null && high !== null ? ` [${formatSigned(low)}, ${formatSigned(high)}]` : '';
      const short = gain < margin;
      const unconfirmed = !short && config.require_significant && (low === null || low < margin);
      if (short || unconfirmed) {
        failed.push(name);
        findings.push({
          id: `metric:${name}`,
          severity: 'fail',
          message: short
            ? `${name}: the candidate (${formatNumber(a.value)}) gains ${formatSigned(gain)} over the baseline (${formatNumber(b.value)}), less than the required ${margin}${intervalText ? `; ${percent} interval${intervalText}` : ''}`
            : `${name}: the candidate beats the baseline by ${formatSigned(gain)}, but the ${percent} interval${intervalText} does not clear the required ${margin}`,
        });
      }
      figures.push({ name: `${name} gain over baseline`, value: gain, threshold: `≥ ${margin}` });
      return [
        name,
        formatMetric(a),
        formatMetric(b),
        `${formatSigned(gain)}${intervalText}`,
        `≥ ${margin}`,
        short || unconfirmed ? '🔴 not better enough' : '🟢 better',
      ];
    });
    return {
      kind: 'ran',
      summary:
        failed.length === 0
          ? `beats the baseline (${pair.description}) on ${names.join(', ')} by the required margins`
          : `does not beat the baseline (${pair.description}) by the required margin on ${failed.join(', ')}`,
      figures,
      findings,
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
          rows: tableRows,
          note: `Baseline: ${pair.description}. ${rows} rows${pair.unpaired > 0 ? ` (${pair.unpaired} candidate rows without a baseline partner left out)` : ''}; gain is in each metric's better direction; paired bootstrap, ${config.bootstrap.resamples} resamples, seed ${config.bootstrap.seed}.`,
        },
      ],
    };
  },
};
