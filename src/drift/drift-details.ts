/**
 * The drift result as report details: one table of every feature, worst
 * first, with a sparkline of reference vs current over the shared bins (the
 * reference deciles, or the most frequent categories), the test, the effect
 * sizes and the thresholds beside it; then what was skipped, category changes
 * and notes. The renderer escapes every piece of text.
 */
import type { Cell, DetailBlock } from '../model/check.ts';
import type {
  CategoricalFeatureResult,
  Decision,
  DriftResult,
  FeatureResult,
  NumericFeatureResult,
} from './drift-result.ts';
import { comparedSparklines } from './sparkline.ts';

/** Categories drawn in a sparkline; the rest are pooled into one last bar. */
const sparklineCategories = 12;
/** Categories named per feature in the new/vanished list. */
const categoriesNamed = 10;

export function driftDetails(result: DriftResult, title = 'Features, worst first'): DetailBlock[] {
  const tested = result.features.filter((f) => f.kind !== 'skipped');
  const blocks: DetailBlock[] = [
    {
      type: 'table',
      title,
      header: ['Feature', 'Kind', 'Reference → current', 'Test', 'Effect', 'Drifts when', 'Status'],
      rows: tested.map((f) => featureRow(f, measureNames[result.rules.categoricalEffect] ?? 'JS')),
      note: `Bins: the reference deciles (numeric) or the ${sparklineCategories} most frequent categories. p is Benjamini–Hochberg adjusted over ${result.summary.tested} tested features.`,
    },
  ];
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

function featureRow(feature: Exclude<FeatureResult, { kind: 'skipped' }>, effect: string): Cell[] {
  const picture =
    feature.kind === 'numeric' ? numericPicture(feature) : categoricalPicture(feature);
  return [
    feature.name,
    feature.kind,
    picture,
    feature.kind === 'numeric' ? numericTest(feature) : categoricalTest(feature),
    feature.kind === 'numeric' ? numericEffect(feature) : categoricalEffect(feature),
    rule(feature.decision, feature.kind, effect),
    feature.status,
  ];
}

function numericPicture(feature: NumericFeatureResult): string {
  return feature.bins ? comparedSparklines(feature.bins.reference, feature.bins.current) : '';
}

function categoricalPicture(feature: CategoricalFeatureResult): string {
  const shown = feature.categories.slice(0, sparklineCategories);
  const rest = feature.categories.slice(sparklineCategories);
  const reference = shown.map((c) => c.reference);
  const current = shown.map((c) => c.current);
  if (rest.length > 0) {
    reference.push(rest.reduce((sum, c) => sum + c.reference, 0));
    current.push(rest.reduce((sum, c) => sum + c.current, 0));
  }
  return reference.length > 0 ? comparedSparklines(reference, current) : '';
}

export function formatStatistic(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-3 || magnitude >= 1e5) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

function numericTest(feature: NumericFeatureResult): string {
  if (!feature.ks) return 'not tested';
  const approximate = feature.approximation ? ' (approx.)' : '';
  return `KS D=${formatStatistic(feature.ks.statistic)}, p=${formatStatistic(feature.ks.adjustedPValue)}${approximate}`;
}

function categoricalTest(feature: CategoricalFeatureResult): string {
  if (!feature.chiSquare) return 'not tested';
  const { statistic, degreesOfFreedom, adjustedPValue } = feature.chiSquare;
  return `χ²=${formatStatistic(statistic)} (${degreesOfFreedom} dof), p=${formatStatistic(adjustedPValue)}`;
}

function numericEffect(feature: NumericFeatureResult): string {
  const parts: string[] = [];
  if (feature.normalizedWasserstein !== null) {
    parts.push(`W/σ=${formatStatistic(feature.normalizedWasserstein)}`);
  } else if (feature.decision?.measure === Number.POSITIVE_INFINITY) {
    parts.push('W/σ=∞');
  }
  if (feature.wasserstein !== null) parts.push(`W=${formatStatistic(feature.wasserstein)}`);
  if (feature.psi !== null) parts.push(`PSI=${formatStatistic(feature.psi)}`);
  if (feature.jensenShannon !== null) parts.push(`JS=${formatStatistic(feature.jensenShannon)}`);
  return parts.join(', ');
}

function categoricalEffect(feature: CategoricalFeatureResult): string {
  const parts: string[] = [];
  if (feature.jensenShannon !== null) parts.push(`JS=${formatStatistic(feature.jensenShannon)}`);
  if (feature.lInfinity !== null) parts.push(`L∞=${formatStatistic(feature.lInfinity)}`);
  if (feature.psi !== null) parts.push(`PSI=${formatStatistic(feature.psi)}`);
  return parts.join(', ');
}

const measureNames: Record<string, string> = {
  wasserstein: 'W/σ',
  psi: 'PSI',
  jensen_shannon: 'JS',
  l_infinity: 'L∞',
};

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
      return `${measureNames[decision.method]} ≥ ${decision.threshold}`;
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
