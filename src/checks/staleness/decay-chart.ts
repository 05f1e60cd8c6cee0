/**
 * The decay as a Mermaid `xychart-beta` block, which GitHub renders in PR
 * comments: the observed metric (mean per age), the fitted line and the
 * floor, against model age.
 */
import { formatNumber } from '../../metrics/metric-value.ts';
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
    const values = byAge.get(age)!;
    return values.reduce((a, b) => a + b, 0) / values.length;
  });
  const fitted = ages.map((age) => fit.slope * age + fit.intercept);
  const all = [...observed, ...fitted, floor];
  const pad = (Math.max(...all) - Math.min(...all)) * 0.1 || Math.abs(floor) * 0.1 || 1;
  const label = metric.replace(/["\n\r]/g, "'");
  const series = (values: number[]) => `[${values.map((v) => formatNumber(v, 4)).join(', ')}]`;
  return [
    'xychart-beta',
    `  title "${label} by model age: observed, fitted, floor"`,
    `  x-axis "model age (days)" [${ages.map((age) => `"${formatNumber(age, 1)}"`).join(', ')}]`,
    `  y-axis "${label}" ${formatNumber(Math.min(...all) - pad, 4)} --> ${formatNumber(Math.max(...all) + pad, 4)}`,
    `  line ${series(observed)}`,
    `  line ${series(fitted)}`,
    `  line ${series(ages.map(() => floor))}`,
  ].join('\n');
}
