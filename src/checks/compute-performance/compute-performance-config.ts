import * as z from 'zod';
import { nonNegative, repoPath } from '../../config-fields/shared-schemas.ts';

const regression = z
  .number({ error: 'expected a fraction, e.g. 0.1 for 10%' })
  .min(0, { error: 'a regression threshold is at least 0' });

export const computePerformanceConfig = z.strictObject({
  candidate: repoPath.describe(
    'Benchmark results of this change (JSON or YAML), e.g. {"latency_ms": {"p95": 41.2}, "peak_memory_mb": 812}.',
  ),
  production: repoPath
    .optional()
    .describe(
      "Production's results in the workspace (e.g. a downloaded artifact); default: `candidate`'s path at the base revision.",
    ),
  history: repoPath
    .optional()
    .describe(
      "Earlier versions' results, oldest first: a JSON array or JSON Lines, each entry like `candidate` plus an optional `version`.",
    ),
  max_regression: regression
    .default(0.1)
    .describe(
      'Sudden regression: fail when a metric is worse than production by more than this fraction.',
    ),
  max_leak: regression
    .default(0.1)
    .describe(
      'Slow leak: fail when a metric is worse than the best of the last `leak_window` versions by more than this fraction.',
    ),
  leak_window: z
    .int()
    .min(2)
    .max(100)
    .default(5)
    .describe('How many past versions (from history) the slow-leak test looks back.'),
  metrics: z
    .record(
      z.string().min(1),
      z.strictObject({
        better: z.enum(['lower', 'higher'], {
          error: 'better is lower (latency, memory) or higher (throughput)',
        }),
        max_regression: regression.optional(),
        max_leak: regression.optional(),
        min_change: nonNegative
          .optional()
          .describe("Changes smaller than this (in the metric's unit) are noise and never fail."),
      }),
    )
    .default({})
    .describe(
      'Metrics besides the built-in ones, or overrides: dotted key → which way is better and its own thresholds.',
    ),
  base_revision: z
    .string()
    .min(1)
    .optional()
    .describe('The revision holding production; default the PR base.'),
});
export type ComputePerformanceConfig = z.infer<typeof computePerformanceConfig>;
