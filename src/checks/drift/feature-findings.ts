/**
 * The findings of one drifted feature, for the drift and train/serve skew
 * checks. A shift of its distribution, categories new in current data and
 * categories gone from it are different anomalies, so each has its own id and
 * a waiver covers exactly one: waiving a known seasonal shift must not also
 * accept a category the model has never seen.
 *
 * - `feature:<column>`: the distribution shifted (the id predates the split)
 * - `feature:<column>:new-categories`: categories only current data has
 * - `feature:<column>:vanished-categories`: categories only the reference has
 *
 * All three carry the dataset verdict's severity and appear only for a feature
 * that drifted, as the single finding did before. A feature a lossy reference
 * profile cannot decide (`uncertain`) has one warning under `feature:<column>`,
 * whatever the verdict: only a larger sketch or the raw reference decides it.
 *
 * Each carries the gated statistic as its measure (value and the bound a
 * stable feature meets), the current file and feature as its location, and a
 * fix that names the config key holding the threshold.
 */
import { nameCategories, rule } from '../../drift/drift-details.ts';
import type {
  CategoricalFeatureResult,
  DriftResult,
  FeatureResult,
  NumericFeatureResult,
} from '../../drift/drift-result.ts';
import { type GatedMeasure, gatedMeasure } from '../../drift/gated-measure.ts';
import type { Finding, Measure } from '../../model/check.ts';
import { formatNumber } from '../../model/format-number.ts';

type TestedFeature = NumericFeatureResult | CategoricalFeatureResult;

export function featureFindings(result: DriftResult, noun: string): Finding[] {
  const severity = result.summary.driftVerdict;
  const findings: Finding[] = [];
  for (const feature of result.features) {
    if (feature.kind === 'skipped' || !feature.decision) continue;
    const gated = gatedMeasure(feature.decision, feature.kind, result.rules.categoricalEffect);
    const location = { path: result.current.path, feature: feature.name };
    const measure = measureOf(gated);
    if (feature.status === 'uncertain') {
      findings.push({
        id: `feature:${feature.name}`,
        severity: 'warn',
        message: uncertainMessage(feature, gated, result, noun),
        location,
        measure,
        fix: `Profile the reference (${result.reference.path}) again with a larger sketch size (\`mlgate profile --sketch-size\`), or compare with the raw reference data.`,
      });
    }
    if (feature.status !== 'drifted' || severity === 'pass') continue;
    const fix = `Retrain on recent data, or, if this shift is expected, waive the finding or change the threshold (\`${gated.configKey}\`, or \`features.${feature.name}.threshold\` for this feature).`;
    findings.push({
      id: `feature:${feature.name}`,
      severity,
      message: shiftMessage(feature, result, noun),
      location,
      measure,
      fix,
    });
    if (feature.kind !== 'categorical') continue;
    for (const change of categoryChanges(feature)) {
      findings.push({
        ...change,
        severity,
        location,
        fix: 'Retrain on data that has these categories, or fix the pipeline that produces them.',
      });
    }
  }
  return findings;
}

function measureOf(gated: GatedMeasure): Measure {
  // JSON has no infinity: a constant reference that moved is "∞".
  const value =
    gated.value === null || Number.isFinite(gated.value) ? gated.value : formatNumber(gated.value);
  return { figure: gated.figure, value, bound: gated.bound };
}

/** e.g. `wind: drift undecided: … adjusted p (KS) is 0.00835, within 0.000215 to 0.127, …`. */
function uncertainMessage(
  feature: TestedFeature,
  gated: GatedMeasure,
  result: DriftResult,
  noun: string,
): string {
  const within = (figure: string, value: number | null, range: [number, number]) =>
    `${figure} is ${value === null ? 'unknown' : formatNumber(value, 3)}, within ${formatNumber(range[0], 3)} to ${formatNumber(range[1], 3)}`;
  const parts: string[] = [];
  if (gated.range) parts.push(within(gated.figure, gated.value, gated.range));
  const pRange = feature.kind === 'numeric' ? feature.ks?.adjustedPValueRange : null;
  if (feature.decision?.method === 'auto' && feature.kind === 'numeric' && pRange) {
    parts.push(within('adjusted p', feature.ks?.adjustedPValue ?? null, pRange));
  }
  if (parts.length === 0) parts.push("the figures' error range");
  return `${feature.name}: ${noun} undecided: against the reference profile ${result.reference.path}, ${parts.join(' and ')}, which reaches both sides of the rule ${rule(feature.decision, feature.kind, effectLabel(result))}; a profile with a larger sketch size (--sketch-size) or the raw reference decides it`;
}

function effectLabel(result: DriftResult): string {
  return result.rules.categoricalEffect === 'l_infinity' ? 'L∞' : 'JS';
}

function categoryChanges(feature: CategoricalFeatureResult): Pick<Finding, 'id' | 'message'>[] {
  const changes: Pick<Finding, 'id' | 'message'>[] = [];
  const { name, newCategories, vanishedCategories } = feature;
  if (newCategories.length > 0) {
    const values = valuesIn(feature, newCategories, 'current');
    changes.push({
      id: `feature:${name}:new-categories`,
      message: `${name}: ${categoryCount(newCategories)} new in current data (${nameCategories(newCategories)}): ${values}; the reference has none of them`,
    });
  }
  if (vanishedCategories.length > 0) {
    const values = valuesIn(feature, vanishedCategories, 'reference');
    changes.push({
      id: `feature:${name}:vanished-categories`,
      message: `${name}: ${categoryCount(vanishedCategories)} of the reference gone from current data (${nameCategories(vanishedCategories)}): ${values}`,
    });
  }
  return changes;
}

function categoryCount(values: readonly string[]): string {
  return values.length === 1 ? '1 category' : `${values.length} categories`;
}

/** How many of a side's values fall in these categories, e.g. `31 of 400 current values (7.8%)`. */
function valuesIn(
  feature: CategoricalFeatureResult,
  values: readonly string[],
  side: 'reference' | 'current',
): string {
  const wanted = new Set(values);
  const count = feature.categories
    .filter((category) => wanted.has(category.value))
    .reduce((sum, category) => sum + category[side], 0);
  const total = feature[side].count;
  const share = total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
  return `${count} of ${total} ${side} values (${share}%)`;
}

function shiftMessage(feature: FeatureResult, result: DriftResult, noun: string): string {
  if (feature.kind === 'skipped' || !feature.decision) return `${feature.name}: ${noun}`;
  const effect = effectLabel(result);
  const measures =
    feature.kind === 'numeric'
      ? [
          feature.ks
            ? `KS D=${figure(feature.ks.statistic)} (adjusted p=${figure(feature.ks.adjustedPValue)})`
            : '',
          feature.normalizedWasserstein !== null
            ? `W/σ=${figure(feature.normalizedWasserstein)}`
            : '',
          feature.psi !== null ? `PSI=${figure(feature.psi)}` : '',
        ]
      : [
          feature.chiSquare
            ? `χ²=${figure(feature.chiSquare.statistic)} (adjusted p=${figure(feature.chiSquare.adjustedPValue)})`
            : '',
          feature.jensenShannon !== null ? `JS=${figure(feature.jensenShannon)}` : '',
          feature.lInfinity !== null ? `L∞=${figure(feature.lInfinity)}` : '',
        ];
  return `${feature.name}: ${noun} (${measures.filter(Boolean).join(', ')}; rule: ${rule(feature.decision, feature.kind, effect)})`;
}

/** Three significant digits, and no `e-` a line could break at. */
function figure(value: number): string {
  return formatNumber(value, 3);
}
