/**
 * Monitor 6 — computing performance has not regressed. Compares the
 * candidate's benchmark results (latency percentiles, throughput, peak
 * memory, model size, training time) with production's, to catch a sudden
 * regression, and with the best of the last N versions, to catch a slow leak
 * that no single step makes obvious.
 */

import { baseRevision } from '../../infra/base-revision.ts';
import type { Finding } from '../../model/check.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import {
  type BenchmarkResults,
  knownMetrics,
  parseBenchmark,
  parseHistory,
} from './benchmark-results.ts';
import {
  type ComputePerformanceConfig,
  computePerformanceConfig,
} from './compute-performance-config.ts';

const key = 'checks.compute_performance';

export const computePerformance: CheckDefinition<typeof computePerformanceConfig> = {
  id: 'compute_performance',
  title: 'Computing performance has not regressed',
  rubric: ['monitor-6'],
  config: computePerformanceConfig,
  async run(config, { workspace, event }) {
    const candidate = parseBenchmark(
      await workspace.readText(config.candidate, `${key}.candidate`),
      config.candidate,
      'candidate',
    );
    const history = config.history
      ? parseHistory(await workspace.readText(config.history, `${key}.history`), config.history)
      : [];
    const production = await productionResults(
      config,
      workspace,
      baseRevision(config.base_revision, event),
      history,
    );
    if (!production && history.length === 0) {
      return {
        kind: 'skipped',
        reason: `nothing to compare ${config.candidate} with: no production results (set production, or commit the file so it exists at the base revision) and no history`,
      };
    }
    const rules = {
      ...Object.fromEntries(
        Object.entries(knownMetrics).map(([name, better]) => [name, { better }]),
      ),
      ...config.metrics,
    };
    const window = history.slice(-config.leak_window);
    const findings: Finding[] = [];
    const rows: Array<Array<string | number | null>> = [];
    let worst = 0;
    let judged = 0;
    for (const [metric, rule] of Object.entries(rules)) {
      const value = candidate.values.get(metric);
      if (value === undefined) {
        if (metric in config.metrics) {
          findings.push({
            id: `missing:${metric}`,
            severity: 'fail',
            message: `${config.candidate} has no number at "${metric}", which ${key}.metrics declares; write it in the benchmark results or remove it from the config`,
            location: { path: config.candidate },
          });
        }
        continue;
      }
      const sign = rule.better === 'lower' ? 1 : -1;
      const worse = (reference: number) =>
        reference === 0 ? 0 : (sign * (value - reference)) / Math.abs(reference);
      const noise = (reference: number) =>
        Math.abs(value - reference) < ('min_change' in rule ? (rule.min_change ?? 0) : 0);
      const maxRegression =
        ('max_regression' in rule ? rule.max_regression : undefined) ?? config.max_regression;
      const maxLeak = ('max_leak' in rule ? rule.max_leak : undefined) ?? config.max_leak;

      const productionValue = production?.values.get(metric);
      let change: number | null = null;
      if (productionValue !== undefined) {
        change = worse(productionValue);
        worst = Math.max(worst, change);
        if (change > maxRegression && !noise(productionValue)) {
          findings.push({
            id: `sudden:${metric}`,
            severity: 'fail',
            message: `${metric} is ${percent(change)} worse than production (${production!.label}): ${format(productionValue)} → ${format(value)}; the limit is ${percent(maxRegression)}`,
            location: { path: config.candidate },
          });
        }
      }
      const past = window
        .map((entry) => entry.values.get(metric))
        .filter((v): v is number => v !== undefined);
      let best: number | null = null;
      let leak: number | null = null;
      if (past.length >= 2) {
        best = rule.better === 'lower' ? Math.min(...past) : Math.max(...past);
        leak = worse(best);
        worst = Math.max(worst, leak);
        if (leak > maxLeak && !noise(best) && !findings.some((f) => f.id === `sudden:${metric}`)) {
          findings.push({
            id: `leak:${metric}`,
            severity: 'fail',
            message: `${metric} has crept to ${format(value)}, ${percent(leak)} worse than the best of the last ${past.length} versions (${format(best)}); the limit is ${percent(maxLeak)}`,
            location: { path: config.candidate },
          });
        }
      }
      if (change !== null || leak !== null) judged++;
      rows.push([
        metric,
        rule.better,
        format(value),
        productionValue === undefined ? '—' : format(productionValue),
        change === null ? '—' : signed(change),
        best === null ? '—' : format(best),
        leak === null ? '—' : signed(leak),
      ]);
    }
    const ignored = [...candidate.values.keys()].filter((metric) => !(metric in rules));
    if (judged === 0) {
      findings.push({
        id: 'compared:none',
        severity: 'fail',
        message: `no metric of ${config.candidate} could be compared: ${rows.length === 0 ? 'none is a known performance metric' : 'production and the history do not report the same keys'}; declare its keys under ${key}.metrics with better: lower|higher, and keep the key names the same across versions`,
        location: { path: config.candidate },
      });
    }
    const compared = rows.length;
    return {
      kind: 'ran',
      summary:
        judged === 0
          ? `no metric of ${config.candidate} could be compared`
          : findings.length === 0
            ? `${compared} performance metrics within limits${production ? ` of production (${production.label})` : ''}${window.length >= 2 ? ` and of the best of the last ${window.length} versions` : ''}`
            : `${findings.length} performance regression${findings.length === 1 ? '' : 's'}: ${findings.map((f) => f.id.split(':').slice(1).join(':')).join(', ')}`,
      figures: [
        {
          name: 'worst regression',
          value: Number(worst.toFixed(4)),
          threshold: `≤ ${config.max_regression}`,
        },
        { name: 'metrics compared', value: compared },
      ],
      findings,
      details: [
        {
          type: 'table',
          title: 'Benchmark results (positive change = worse)',
          header: [
            'Metric',
            'Better',
            'Candidate',
            'Production',
            'Change',
            `Best of last ${config.leak_window}`,
            'vs best',
          ],
          rows,
        },
        ...(ignored.length > 0
          ? [
              {
                type: 'list' as const,
                title:
                  'Not compared (declare under metrics with `better: lower|higher` to compare)',
                items: ignored,
              },
            ]
          : []),
      ],
    };
  },
};

async function productionResults(
  config: ComputePerformanceConfig,
  workspace: Workspace,
  base: string | undefined,
  history: readonly BenchmarkResults[],
): Promise<BenchmarkResults | undefined> {
  if (config.production) {
    return parseBenchmark(
      await workspace.readText(config.production, `${key}.production`),
      config.production,
      'production',
    );
  }
  if (base) {
    const text = await workspace.readTextAtRevision(base, config.candidate, `${key}.candidate`);
    if (text !== null)
      return parseBenchmark(
        text,
        `${config.candidate} at ${base.slice(0, 12)}`,
        `at ${base.slice(0, 12)}`,
      );
  }
  return history.at(-1);
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

function signed(fraction: number): string {
  return `${fraction > 0 ? '+' : ''}${percent(fraction)}`;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
