/**
 * Paired bootstrap intervals of a − b for each metric of two models scored
 * on the same rows (row i of both evaluators is the same example).
 */
import {
  type BootstrapInterval,
  type BootstrapOptions,
  pairedBootstrap,
} from '../statistics/paired-bootstrap.ts';
import type { Evaluator } from './evaluate-predictions.ts';
import { metricNumber } from './metric-value.ts';

export function bootstrapMetricDeltas(
  a: Evaluator,
  b: Evaluator,
  rows: number,
  names: readonly string[],
  options: BootstrapOptions,
): Record<string, BootstrapInterval | null> {
  return pairedBootstrap(
    rows,
    (weights) => {
      const x = a(weights);
      const y = b(weights);
      return Object.fromEntries(
        names.map((name) => {
          const first = metricNumber(x[name]);
          const second = metricNumber(y[name]);
          return [name, first === null || second === null ? null : first - second];
        }),
      );
    },
    options,
  );
}
