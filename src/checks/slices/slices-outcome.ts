/**
 * The slices check's results as an outcome: every slice's findings, the
 * largest gap to overall per metric (over its max_gap first), and one table
 * of slices, worst first: large slices by their largest gap to overall, then
 * the small ones.
 */
import { formatMetric, formatSigned, type MetricValue } from '../../metrics/metric-value.ts';
import { meetsBound } from '../../model/bound.ts';
import type { CheckOutcome, DetailBlock, Figure } from '../../model/check.ts';
import type { SliceResult } from './assess-slice.ts';
import type { SlicesConfig } from './slices-config.ts';

export function slicesOutcome(
  config: SlicesConfig,
  unordered: readonly SliceResult[],
  overall: Record<string, MetricValue>,
  n: number,
): CheckOutcome {
  const results = [...unordered].sort(
    (a, b) => Number(a.small) - Number(b.small) || b.worstGap - a.worstGap,
  );
  const gated = results.filter((result) => !result.small);
  const findings = unordered.flatMap((result) => result.findings);
  const failing = new Set(findings.map((finding) => finding.id.split(':').slice(0, 2).join(':')));
  const worst = results[0];
  return {
    kind: 'ran',
    summary:
      findings.length === 0 || !worst
        ? `${gated.length} slice(s) of ${config.columns.join(', ')} meet the bounds${results.length > gated.length ? `; ${results.length - gated.length} too small to gate` : ''}`
        : `${failing.size} of ${gated.length} slice(s) miss the bounds; worst: ${worst.column} = ${worst.value}`,
    figures: figuresOf(config, gated),
    findings,
    details: [slicesTable(config, results, overall, n)],
  };
}

/** The largest gap to overall per gated metric; those over their max_gap first. */
function figuresOf(config: SlicesConfig, gated: readonly SliceResult[]): Figure[] {
  const figures: Figure[] = Object.entries(config.metrics).map(([name, bounds]) => {
    const gaps = gated
      .map((result) => result.metrics[name]?.gap ?? null)
      .filter((gap): gap is number => gap !== null);
    return {
      name: `largest ${name} gap to overall`,
      value: gaps.length > 0 ? Math.max(...gaps) : null,
      ...(bounds.max_gap !== undefined
        ? { threshold: `≤ ${bounds.max_gap}`, bound: { comparator: '<=', limit: bounds.max_gap } }
        : {}),
    };
  });
  const broken = (figure: Figure) =>
    figure.value !== null && figure.bound !== undefined && !meetsBound(figure.value, figure.bound);
  return [...figures.filter(broken), ...figures.filter((figure) => !broken(figure))];
}

function slicesTable(
  config: SlicesConfig,
  results: readonly SliceResult[],
  overall: Record<string, MetricValue>,
  n: number,
): DetailBlock {
  const gatedMetrics = Object.entries(config.metrics);
  const names = gatedMetrics.map(([name]) => name);
  return {
    type: 'table',
    title: 'Slices, worst first',
    header: ['slice', 'rows', ...names.flatMap((name) => [name, `${name} vs overall`]), 'status'],
    rows: [
      ['overall', n, ...names.flatMap((name) => [formatMetric(overall[name]), '—']), ''],
      ...results.map((result) => [
        `${result.column} = ${result.value}`,
        result.rows,
        ...names.flatMap((name) => {
          const metric = result.metrics[name];
          // Shown as the slice's change from overall: negative = worse.
          const gap = metric?.gap ?? null;
          return [formatMetric(metric?.value), gap === null ? '—' : formatSigned(-gap)];
        }),
        result.small
          ? `not gated (< ${config.min_slice_size} rows)`
          : result.findings.length > 0
            ? 'fail: misses the bounds'
            : 'pass',
      ]),
    ],
    note: `Bounds: ${gatedMetrics.map(([name, bounds]) => `${name} ${describeBounds(bounds)}`).join('; ')}. Slices with fewer than ${config.min_slice_size} rows are listed but not gated.`,
  };
}

function describeBounds(bounds: SlicesConfig['metrics'][string]): string {
  return [
    bounds.min !== undefined ? `≥ ${bounds.min}` : '',
    bounds.max !== undefined ? `≤ ${bounds.max}` : '',
    bounds.max_gap !== undefined ? `at most ${bounds.max_gap} worse than overall` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
