/**
 * The decay as a Mermaid `xychart-beta` block, which GitHub renders in PR
 * comments: the observed metric (mean per age), the fitted line, the lower
 * and upper edges of the fit's confidence band (where the mean may be at that
 * confidence) and the floor, against model age. A band that keeps the floor
 * inside it at every age is what "no significant crossing" looks like.
 */
import { formatNumber } from '../../metrics/metric-value.ts';
import { meanBand } from '../../statistics/linear-regression-fit.ts';
import type { DecayFit } from './metric-decay.ts';

export function decayChart(
  metric: string,
  points: readonly (readonly [number, number])[],
  fit: DecayFit,
  floor: number,
): string {
  const byAge = new Map<number, number[]>();
  for (const [age, value] of points) byAge.set(age, [...(byAge.get(age) ?? []), value]);
  const ages = [...byAge.keys()].sort((a, b) => a - b);
  const observed = ages.map((age) => {
    const values = byAge.get(age) ?? [];
    return values.reduce((a, b) => a + b, 0) / values.length;
  });
  const bands = ages.map((age) => meanBand(fit.regression, age, fit.confidence));
  const all = [...observed, ...bands.flatMap((band) => [band.low, band.high]), floor];
  const pad = (Math.max(...all) - Math.min(...all)) * 0.1 || Math.abs(floor) * 0.1 || 1;
  const label = metric.replace(/["\n\r]/g, "'");
  const percent = formatNumber(fit.confidence * 100, 1);
  const series = (values: number[]) => `[${values.map((v) => formatNumber(v, 4)).join(', ')}]`;
  return [
    'xychart-beta',
    `  title "${label} by model age: observed, fitted, ${percent}% band of the fit, floor"`,
    `  x-axis "model age (days)" [${ages.map((age) => `"${formatNumber(age, 1)}"`).join(', ')}]`,
    `  y-axis "${label}" ${formatNumber(Math.min(...all) - pad, 4)} --> ${formatNumber(Math.max(...all) + pad, 4)}`,
    `  line ${series(observed)}`,
    `  line ${series(bands.map((band) => band.mean))}`,
    `  line ${series(bands.map((band) => band.low))}`,
    `  line ${series(bands.map((band) => band.high))}`,
    `  line ${series(ages.map(() => floor))}`,
  ].join('\n');
}
