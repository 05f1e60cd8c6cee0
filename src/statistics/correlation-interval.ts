/**
 * Pearson's r and Spearman's ρ with a Fisher-z confidence interval: z =
 * atanh(r) is nearly normal with standard error 1/√(n − 3) for Pearson (Fisher
 * 1921; scipy.stats.pearsonr(x, y).confidence_interval()), and
 * √((1 + ρ²/2)/(n − 3)) for Spearman (Bonett & Wright 2000, Psychometrika 65,
 * 23–28), whose plain Fisher interval is too narrow. The interval is
 * tanh(z ± z₁₋α/₂·se). Spearman ties get average ranks, as scipy.stats.spearmanr.
 * Cost: O(n) for Pearson, O(n log n) for Spearman.
 */
import { sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';
import { normalQuantile } from './normal-quantile.ts';

export type CorrelationMethod = 'pearson' | 'spearman';

export type CorrelationEstimate =
  | { defined: true; method: CorrelationMethod; r: number; n: number; low: number; high: number }
  | { defined: false; method: CorrelationMethod; n: number; reason: string };

export function correlationWithInterval(
  method: CorrelationMethod,
  x: readonly number[],
  y: readonly number[],
  confidence: number,
): CorrelationEstimate {
  const n = x.length;
  if (y.length !== n) throw new RangeError('x and y must be paired');
  if (n < 4) {
    return {
      defined: false,
      method,
      n,
      reason: `${n} pairs; a Fisher-z interval needs at least 4`,
    };
  }
  const constant = (values: readonly number[]) => values.every((v) => v === values[0]);
  if (constant(x) || constant(y)) {
    return { defined: false, method, n, reason: 'one of the two series is constant' };
  }
  const raw =
    method === 'pearson'
      ? sampleCorrelation([...x], [...y])
      : sampleRankCorrelation([...x], [...y]);
  // Rounding can push |r| a hair past 1, where atanh is NaN.
  const r = Math.max(-1, Math.min(1, raw));
  const se = method === 'pearson' ? 1 / Math.sqrt(n - 3) : Math.sqrt((1 + (r * r) / 2) / (n - 3));
  const z = Math.atanh(r);
  const half = normalQuantile(1 - (1 - confidence) / 2) * se;
  return { defined: true, method, r, n, low: Math.tanh(z - half), high: Math.tanh(z + half) };
}
