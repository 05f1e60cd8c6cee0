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
 * that drifted, as the single finding did before.
 */
import { formatStatistic, nameCategories, rule } from '../../drift/drift-details.ts';
import type {
  CategoricalFeatureResult,
  DriftResult,
  FeatureResult,
} from '../../drift/drift-result.ts';
import type { Finding } from '../../model/check.ts';

export function featureFindings(result: DriftResult, noun: string): Finding[] {
  const severity = result.summary.verdict;
  if (severity === 'pass') return [];
  const findings: Finding[] = [];
  for (const feature of result.features) {
    if (feature.status !== 'drifted') continue;
    const location = { path: result.current.path, column: feature.name };
    findings.push({
      id: `feature:${feature.name}`,
      severity,
      message: shiftMessage(feature, result, noun),
      location,
    });
    if (feature.kind !== 'categorical') continue;
    for (const change of categoryChanges(feature)) findings.push({ ...change, severity, location });
  }
  return findings;
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
  const effect = result.rules.categoricalEffect === 'l_infinity' ? 'L∞' : 'JS';
  const measures =
    feature.kind === 'numeric'
      ? [
          feature.ks
            ? `KS D=${formatStatistic(feature.ks.statistic)} (adjusted p=${formatStatistic(feature.ks.adjustedPValue)})`
            : '',
          feature.normalizedWasserstein !== null
            ? `W/σ=${formatStatistic(feature.normalizedWasserstein)}`
            : '',
          feature.psi !== null ? `PSI=${formatStatistic(feature.psi)}` : '',
        ]
      : [
          feature.chiSquare
            ? `χ²=${formatStatistic(feature.chiSquare.statistic)} (adjusted p=${formatStatistic(feature.chiSquare.adjustedPValue)})`
            : '',
          feature.jensenShannon !== null ? `JS=${formatStatistic(feature.jensenShannon)}` : '',
          feature.lInfinity !== null ? `L∞=${formatStatistic(feature.lInfinity)}` : '',
        ];
  return `${feature.name}: ${noun} (${measures.filter(Boolean).join(', ')}; rule: ${rule(feature.decision, feature.kind, effect)})`;
}
