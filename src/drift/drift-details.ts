/**
 * The drift result as report details: one table of every compared feature,
 * worst first, one row each: the statistic the decision gates on against the
 * level where it drifts, the adjusted p-value, the status word, and the
 * reference and current distributions in two cells (sparklines on common
 * equal-width bins, or the largest categories' shares by name). The rule is
 * stated once, in the note. Then the cells that could not be read, a chart of the worst numeric shifts, what was
 * skipped, category changes and notes. Numbers stay numbers, for the report to
 * format; the renderer escapes every piece of text.
 */
import { comparatorSymbol, negateComparator } from '../model/bound.ts';
import type { Cell, DetailBlock } from '../model/check.ts';
import { formatNumber } from '../model/format-number.ts';
import { histogramBins } from './common-histogram.ts';
import type {
  CategoricalFeatureResult,
  Decision,
  DriftResult,
  FeatureResult,
  NumericFeatureResult,
} from './drift-result.ts';
import { effectNames, gatedMeasure } from './gated-measure.ts';
import { shiftCharts } from './shift-chart.ts';
import { comparedSparklines, proportions } from './sparkline.ts';
import { describeUnreadable, unreadableListed } from './unreadable-cells.ts';

/** Categories named in a picture: the largest shares on either side. */
const categoriesPictured = 3;
/** Categories named per feature in the new/vanished list. */
const categoriesNamed = 10;

type TestedFeature = Exclude<FeatureResult, { kind: 'skipped' }>;

export function driftDetails(result: DriftResult, title = 'Features, worst first'): DetailBlock[] {
  const tested = result.features.filter((f): f is TestedFeature => f.kind !== 'skipped');
  const ranged = tested.some((f) => f.decision?.severityRange);
  const blocks: DetailBlock[] = [
    {
      type: 'table',
      title,
      header: [
        'Feature',
        'Statistic',
        'Value',
        ...(ranged ? ['Error range'] : []),
        'Drifts at',
        'Adjusted p',
        'Status',
        'Reference',
        'Current',
      ],
      rows: tested.map((f) => featureRow(f, result, ranged)),
      note: tableNote(result, ranged),
      listsFindings: true,
    },
  ];
  if (result.unreadable.length > 0) {
    blocks.push({
      type: 'list',
      title: 'Cells that could not be read (left out)',
      items: result.unreadable.map(
        (entry) => `${entry.verdict}: ${describeUnreadable(entry, unreadableListed)}`,
      ),
    });
  }
  blocks.push(...shiftCharts(tested));
  const skipped = result.features.filter((f) => f.kind === 'skipped');
  const left = [
    ...skipped.map((f) => `${f.name}: ${f.status} — ${f.reason}`),
    ...result.onlyInReference.map(
      (name) => `${name}: only in the reference (${result.reference.path})`,
    ),
    ...result.onlyInCurrent.map((name) => `${name}: only in current data (${result.current.path})`),
  ];
  if (left.length > 0) blocks.push({ type: 'list', title: 'Not compared', items: left });
  const changes = tested
    .filter((f): f is CategoricalFeatureResult => f.kind === 'categorical')
    .flatMap((f) => categoryChanges(f));
  if (changes.length > 0) blocks.push({ type: 'list', title: 'Category changes', items: changes });
  const notes = tested.flatMap((f) => f.notes.map((note) => `${f.name}: ${note}`));
  if (notes.length > 0) blocks.push({ type: 'list', title: 'Notes', items: notes });
  return blocks;
}

function featureRow(feature: TestedFeature, result: DriftResult, ranged: boolean): Cell[] {
  const [reference, current] =
    feature.kind === 'numeric' ? numericPictures(feature) : categoricalPictures(feature);
  const gated = feature.decision
    ? gatedMeasure(feature.decision, feature.kind, result.rules.categoricalEffect)
    : null;
  const drifts = gated
    ? `${comparatorSymbol(negateComparator(gated.bound.comparator))} ${gated.bound.limit}`
    : '';
  return [
    feature.name,
    gated?.figure ?? 'not tested',
    finite(gated?.value ?? null),
    ...(ranged ? [errorRange(feature)] : []),
    drifts,
    adjustedP(feature),
    statusWord(feature, result),
    reference,
    current,
  ];
}

/** A number cell; ∞ (a constant reference that moved) as text, since JSON has no infinity. */
function finite(value: number | null): Cell {
  if (value === null || Number.isFinite(value)) return value;
  return value > 0 ? '∞' : '−∞';
}

function adjustedP(feature: TestedFeature): number | null {
  if (feature.kind === 'numeric') return feature.ks?.adjustedPValue ?? null;
  return feature.chiSquare?.adjustedPValue ?? null;
}

/** pass / warn / fail as the feature's finding reads; `uncertain` when a lossy profile cannot decide. */
function statusWord(feature: TestedFeature, result: DriftResult): string {
  switch (feature.status) {
    case 'drifted':
      return result.summary.driftVerdict;
    case 'stable':
      return 'pass';
    default:
      return feature.status;
  }
}

/** `W/σ 0.0912…0.141; p 0.00021…0.127`: where the exact figures lie, against a lossy profile. */
function errorRange(feature: TestedFeature): string {
  const decision = feature.decision;
  if (!decision?.severityRange) return '';
  const span = ([low, high]: [number, number]) =>
    `${formatNumber(low, 3)}…${formatNumber(high, 3)}`;
  const parts: string[] = [];
  if (decision.measureRange) parts.push(span(decision.measureRange));
  const pRange = feature.kind === 'numeric' ? feature.ks?.adjustedPValueRange : null;
  if (decision.method === 'auto' && pRange) parts.push(`p ${span(pRange)}`);
  return parts.join('; ');
}

function numericPictures(feature: NumericFeatureResult): [string, string] {
  const histogram = feature.histogram;
  return histogram ? comparedSparklines(histogram.reference, histogram.current) : ['', ''];
}

/** The same few categories on both sides, e.g. `sun 44% · rain 27% · fog 10%`. */
function categoricalPictures(feature: CategoricalFeatureResult): [string, string] {
  const reference = proportions(feature.categories.map((c) => c.reference));
  const current = proportions(feature.categories.map((c) => c.current));
  const shown = feature.categories
    .map((category, i) => ({ category, i, top: Math.max(reference[i]!, current[i]!) }))
    .sort((a, b) => b.top - a.top || a.i - b.i)
    .slice(0, categoriesPictured)
    .sort((a, b) => a.i - b.i);
  const picture = (shares: readonly number[]) =>
    shown.map(({ category, i }) => `${category.value} ${percent(shares[i]!)}`).join(' · ');
  return [picture(reference), picture(current)];
}

function percent(share: number): string {
  const value = share * 100;
  return `${value > 0 && value < 1 ? '<1' : Math.round(value)}%`;
}

function tableNote(result: DriftResult, ranged: boolean): string {
  const { rules, summary } = result;
  const effect = effectName(rules.categoricalEffect);
  const sentences = [
    `A feature drifts when its Benjamini–Hochberg adjusted p (over ${summary.tested} tested features) ≤ ${rules.significance} and its effect reaches the level in "Drifts at" (W/σ for numbers, ${effect} for categories); a feature with its own method gates on the statistic its row names.`,
    `Status: pass, the dataset verdict (warn or fail) for a drifted feature, or uncertain.`,
    `Reference and current: each side's share of values in ${histogramBins} equal-width bins between both sides' 1st and 99th percentiles, on one scale; for categories, the ${categoriesPictured} largest shares.`,
  ];
  if (ranged) {
    sentences.push(
      `The reference is a lossy profile, so its figures lie in the error range shown: a feature drifted only if it drifts at the range's least-drift end, passes only if it passes at the most-drift end, and is uncertain otherwise; a profile with a larger sketch size (--sketch-size) or the raw reference decides it.`,
    );
  }
  return sentences.join(' ');
}

function effectName(categoricalEffect: string): string {
  return effectNames[categoricalEffect] ?? 'JS';
}

export function formatStatistic(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-3 || magnitude >= 1e5) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

/** The decision rule in words, e.g. `p ≤ 0.05 and W/σ ≥ 0.1`. */
export function rule(
  decision: Decision | null,
  kind: 'numeric' | 'categorical',
  effect: string,
): string {
  if (!decision) return '';
  switch (decision.method) {
    case 'auto':
      return `p ≤ ${decision.threshold} and ${kind === 'numeric' ? 'W/σ' : effect} ≥ ${decision.effectFloor}`;
    case 'ks':
    case 'chi_square':
      return `p ≤ ${decision.threshold}`;
    default:
      return `${effectNames[decision.method]} ≥ ${decision.threshold}`;
  }
}

/** The first categories quoted, e.g. `"hail", "sleet" and 3 more`. */
export function nameCategories(values: readonly string[]): string {
  const shown = values.slice(0, categoriesNamed).map((v) => JSON.stringify(v));
  const more = values.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function categoryChanges(feature: CategoricalFeatureResult): string[] {
  const items: string[] = [];
  if (feature.newCategories.length > 0) {
    items.push(`${feature.name}: new in current data: ${nameCategories(feature.newCategories)}`);
  }
  if (feature.vanishedCategories.length > 0) {
    items.push(
      `${feature.name}: gone from current data: ${nameCategories(feature.vanishedCategories)}`,
    );
  }
  return items;
}
