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
import { directionOf, improvement } from '../../metrics/metric-catalog.ts';
import { formatMetric, formatSigned, type MetricValue } from '../../metrics/metric-value.ts';
import { predictionColumnsOf } from '../../metrics/predictions-config.ts';
import { rowColumns } from '../../metrics/row-columns.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { slicesConfig } from './slices-config.ts';

const key = 'checks.slices';

/**
 * One way a slice misses its bounds. Each is a finding of its own, so a waiver
 * for a known gap to overall does not also accept the slice falling below its
 * floor: `slice:<column>=<value>:<metric>` (outside min/max),
 * `…:<metric>:gap` (worse than overall by more than max_gap) and
 * `…:<metric>:undefined` (the metric cannot be computed, a warning).
 */
interface SliceProblem {
  suffix: '' | ':gap' | ':undefined';
  text: string;
}

interface SliceResult {
  column: string;
  value: string;
  rows: number;
  metrics: Record<string, { value: MetricValue; gap: number | null; problems: string[] }>;
  small: boolean;
  /** The largest gap to overall among the gated metrics, for worst-first order. */
  worstGap: number;
}

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
    const gatedMetrics = Object.entries(config.metrics);
    const names = gatedMetrics.map(([name]) => name);
    const findings: Finding[] = [];
    const results: SliceResult[] = [];

    for (const column of config.columns) {
      const cells = columns.cells(column, `${key}.columns`);
      const groups = groupRows(
        cells,
        config.bins[column],
        (row) => `${predictions.table.source}:${predictions.table.lineOf(row)}: column "${column}"`,
      );
      if (groups.length > config.max_slices_per_column) {
        throw new Error(
          `${key}.columns: "${column}" has ${groups.length} distinct values, more than max_slices_per_column (${config.max_slices_per_column}); slice a categorical column or give bins: {${column}: [edges]}`,
        );
      }
      for (const group of groups) {
        const metrics = evaluate(membership(n, group.rows));
        const small = group.rows.length < config.min_slice_size;
        const result: SliceResult = {
          column,
          value: group.value,
          rows: group.rows.length,
          metrics: {},
          small,
          worstGap: Number.NEGATIVE_INFINITY,
        };
        for (const [name, bounds] of gatedMetrics) {
          const direction = directionOf(name)!;
          const value = metrics[name]!;
          const whole = overall[name]!;
          const gap =
            value.defined && whole.defined
              ? improvement(direction, whole.value, value.value)
              : null;
          const problems: SliceProblem[] = [];
          if (!small) {
            if (!value.defined)
              problems.push({
                suffix: ':undefined',
                text: `is undefined (${value.reason}), so it cannot be checked`,
              });
            else {
              if (bounds.min !== undefined && value.value < bounds.min)
                problems.push({ suffix: '', text: `is below the floor ${bounds.min}` });
              if (bounds.max !== undefined && value.value > bounds.max)
                problems.push({ suffix: '', text: `is above the ceiling ${bounds.max}` });
              if (bounds.max_gap !== undefined && gap !== null && gap > bounds.max_gap) {
                problems.push({
                  suffix: ':gap',
                  text: `is ${formatMetric({ defined: true, value: gap })} worse than overall ${formatMetric(whole)} (max_gap ${bounds.max_gap})`,
                });
              }
            }
          }
          result.metrics[name] = { value, gap, problems: problems.map((p) => p.text) };
          if (gap !== null) result.worstGap = Math.max(result.worstGap, gap);
          for (const problem of problems) {
            findings.push({
              id: `slice:${column}=${group.value}:${name}${problem.suffix}`,
              severity: value.defined ? 'fail' : 'warn',
              message: `${column} = ${group.value} (${group.rows.length} rows): ${name}${value.defined ? ` ${formatMetric(value)}` : ''} ${problem.text}`,
              location: { path: columns.sourceOf(column), column },
            });
          }
        }
        results.push(result);
      }
    }

    // Worst first: large slices by their largest gap to overall, then the small ones.
    results.sort((a, b) => Number(a.small) - Number(b.small) || b.worstGap - a.worstGap);
    const gated = results.filter((result) => !result.small);
    const figures: Figure[] = gatedMetrics.map(([name, bounds]) => {
      const gaps = gated
        .map((result) => result.metrics[name]!.gap)
        .filter((gap): gap is number => gap !== null);
      return {
        name: `largest ${name} gap to overall`,
        value: gaps.length > 0 ? Math.max(...gaps) : null,
        ...(bounds.max_gap !== undefined ? { threshold: `≤ ${bounds.max_gap}` } : {}),
      };
    });
    const details: DetailBlock[] = [
      {
        type: 'table',
        title: 'Slices, worst first',
        header: [
          'slice',
          'rows',
          ...names.flatMap((name) => [name, `${name} vs overall`]),
          'status',
        ],
        rows: [
          ['overall', n, ...names.flatMap((name) => [formatMetric(overall[name]), '—']), ''],
          ...results.map((result) => [
            `${result.column} = ${result.value}`,
            result.rows,
            ...names.flatMap((name) => {
              const { value, gap } = result.metrics[name]!;
              // Shown as the slice's change from overall: negative = worse.
              return [formatMetric(value), gap === null ? '—' : formatSigned(-gap)];
            }),
            result.small
              ? `not gated (< ${config.min_slice_size} rows)`
              : names.some((name) => result.metrics[name]!.problems.length > 0)
                ? '🔴 below bounds'
                : '🟢 ok',
          ]),
        ],
        note: `Bounds: ${gatedMetrics.map(([name, bounds]) => `${name} ${describeBounds(bounds)}`).join('; ')}. Slices with fewer than ${config.min_slice_size} rows are listed but not gated.`,
      },
    ];
    const failing = new Set(findings.map((finding) => finding.id.split(':').slice(0, 2).join(':')));
    return {
      kind: 'ran',
      summary:
        findings.length === 0
          ? `${gated.length} slice(s) of ${config.columns.join(', ')} meet the bounds${results.length > gated.length ? `; ${results.length - gated.length} too small to gate` : ''}`
          : `${failing.size} of ${gated.length} slice(s) miss the bounds; worst: ${results[0]!.column} = ${results[0]!.value}`,
      figures,
      findings,
      details,
    };
  },
};

function describeBounds(bounds: {
  min?: number | undefined;
  max?: number | undefined;
  max_gap?: number | undefined;
}): string {
  return [
    bounds.min !== undefined ? `≥ ${bounds.min}` : '',
    bounds.max !== undefined ? `≤ ${bounds.max}` : '',
    bounds.max_gap !== undefined ? `at most ${bounds.max_gap} worse than overall` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
