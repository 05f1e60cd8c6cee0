/**
 * A Mermaid `xychart-beta` of the worst numeric shifts, which GitHub draws:
 * per feature, the reference's share of values per equal-width bin as bars
 * and current data's as a line over them, so the shift reads without a legend.
 * Only drifted or uncertain features, at most `chartedFeatures` of them.
 */
import type { DetailBlock } from '../model/check.ts';
import { formatNumber } from '../model/format-number.ts';
import type { FeatureResult, Histogram } from './drift-result.ts';
import { proportions } from './sparkline.ts';

const chartedFeatures = 2;

/** One block per feature: a Mermaid block holds one diagram. */
export function shiftCharts(features: readonly FeatureResult[]): DetailBlock[] {
  const charted: { name: string; histogram: Histogram }[] = [];
  for (const f of features) {
    const shifted = f.status === 'drifted' || f.status === 'uncertain';
    if (f.kind === 'numeric' && f.histogram && shifted) {
      charted.push({ name: f.name, histogram: f.histogram });
    }
  }
  return charted.slice(0, chartedFeatures).map(({ name, histogram }) => ({
    type: 'mermaid',
    title: `${name}: reference (bars) and current (line), share of values per bin in %`,
    source: chart(name, histogram),
  }));
}

function chart(name: string, { edges, reference, current }: Histogram): string {
  const middles = edges.slice(1).map((edge, i) => (edges[i]! + edge) / 2);
  const percents = (counts: readonly number[]) =>
    proportions(counts).map((share) => Math.round(share * 1000) / 10);
  const referencePercents = percents(reference);
  const currentPercents = percents(current);
  const top = Math.ceil(Math.max(1, ...referencePercents, ...currentPercents));
  return [
    'xychart-beta',
    `  title "${label(name)}"`,
    `  x-axis [${middles.map((x) => `"${formatNumber(x, 3)}"`).join(', ')}]`,
    `  y-axis "%" 0 --> ${top}`,
    `  bar [${referencePercents.join(', ')}]`,
    `  line [${currentPercents.join(', ')}]`,
  ].join('\n');
}

/** A feature name inside a Mermaid string: no quotes or line breaks to end it early. */
function label(name: string): string {
  return name.replace(/["\r\n\\`]/g, ' ').slice(0, 60);
}
