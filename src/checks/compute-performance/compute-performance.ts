/**
 * Monitor 6 — computing performance has not regressed. Compares the
 * candidate's benchmark results (latency percentiles, throughput, peak
 * memory, model size, training time) with production's, to catch a sudden
 * regression, and with the best of the last N versions, to catch a slow leak
 * that no single step makes obvious.
 */

import { baseRevision } from '../../infra/base-revision.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { type BenchmarkResults, parseBenchmark, parseHistory } from './benchmark-results.ts';
import { compareBenchmarks } from './compare-benchmarks.ts';
import {
  type ComputePerformanceConfig,
  computePerformanceConfig,
} from './compute-performance-config.ts';
import { computePerformanceOutcome } from './compute-performance-outcome.ts';

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
    const comparison = compareBenchmarks(candidate, production, history, config);
    return computePerformanceOutcome(comparison, {
      candidatePath: config.candidate,
      ...(production ? { productionLabel: production.label } : {}),
      leakWindow: config.leak_window,
      maxRegression: config.max_regression,
    });
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
