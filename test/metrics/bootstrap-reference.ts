/**
 * The paired bootstrap as mlgate computed it before the counted path
 * (pairedBootstrap over binaryEvaluator's weighted metrics, written out
 * plainly): the reference the fast path must reproduce bit for bit, resample
 * for resample. Shared by the equality test and bench/bootstrap.ts.
 */
import { quantileSorted } from 'simple-statistics';
import { type BinaryData, binaryEvaluator } from '../../src/metrics/binary-metrics.ts';
import type { Evaluator } from '../../src/metrics/evaluate-predictions.ts';
import { metricNumber } from '../../src/metrics/metric-value.ts';
import type { BootstrapOptions } from '../../src/statistics/paired-bootstrap.ts';
import { randomIndex, seededRandom } from '../../src/statistics/seeded-random.ts';

export function referenceDeltas(
  a: BinaryData,
  b: BinaryData,
  names: readonly string[],
  { resamples, seed, confidence }: BootstrapOptions,
  threshold = 0.5,
) {
  const first: Evaluator = binaryEvaluator(a, threshold);
  const second: Evaluator = binaryEvaluator(b, threshold);
  const n = a.labels.length;
  const random = seededRandom(seed);
  const weights = new Float64Array(n);
  const samples = names.map(() => [] as number[]);
  const undefinedCounts = names.map(() => 0);
  for (let r = 0; r < resamples; r++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[randomIndex(random, n)]! += 1;
    const [x, y] = [first(weights), second(weights)];
    names.forEach((name, m) => {
      const [p, q] = [metricNumber(x[name]), metricNumber(y[name])];
      if (p === null || q === null || !Number.isFinite(p - q)) undefinedCounts[m]! += 1;
      else samples[m]!.push(p - q);
    });
  }
  const alpha = (1 - confidence) / 2;
  return Object.fromEntries(
    names.map((name, m) => {
      const sorted = samples[m]!.sort((u, v) => u - v);
      const interval = sorted.length
        ? {
            low: quantileSorted(sorted, alpha),
            high: quantileSorted(sorted, 1 - alpha),
            resamples: sorted.length,
            undefinedResamples: undefinedCounts[m]!,
          }
        : null;
      return [name, interval];
    }),
  );
}
