/**
 * Every drift figure of one categorical feature: chi-square test of
 * homogeneity on the 2 × k table, Jensen–Shannon, L∞ and PSI over the union of
 * categories, and the categories that are new or vanished. When the reference
 * profile lists only its most frequent categories, the rest of both sides is
 * pooled into one "(other)" category, and new/vanished are not claimed.
 * Cost: O(k log k) for k categories.
 */
import { chiSquareHomogeneity } from '../statistics/chi-square-homogeneity.ts';
import { jensenShannonDistance } from '../statistics/jensen-shannon-distance.ts';
import { lInfinityDistance } from '../statistics/l-infinity-distance.ts';
import { populationStabilityIndex } from '../statistics/population-stability-index.ts';
import type { CategoricalSide } from './categorical-side.ts';
import type { CategoricalFeatureResult, CategoryCounts } from './drift-result.ts';
import type { CategoricalEffect } from './drift-rules.ts';

export const otherCategories = '(other)';

export interface CategoricalFigures {
  result: CategoricalFeatureResult;
  pValue: number | null;
  /** Jensen–Shannon and L∞, for the `auto` decision to pick from. */
  effects: Record<CategoricalEffect, number | null>;
}

export function categoricalFigures(
  name: string,
  reference: CategoricalSide,
  current: CategoricalSide,
): CategoricalFigures {
  const notes: string[] = [];
  const categories = table(reference, current);
  const result: CategoricalFeatureResult = {
    name,
    kind: 'categorical',
    status: 'untested',
    decision: null,
    reference: reference.summary,
    current: current.summary,
    chiSquare: null,
    jensenShannon: null,
    lInfinity: null,
    psi: null,
    categories,
    newCategories: [],
    vanishedCategories: categories.filter((c) => c.current === 0).map((c) => c.value),
    approximation: null,
    notes,
  };
  if (reference.exact) {
    result.newCategories = categories.filter((c) => c.reference === 0).map((c) => c.value);
  } else {
    result.approximation = { countErrorBound: reference.countErrorBound };
    result.vanishedCategories = result.vanishedCategories.filter((v) => v !== otherCategories);
    notes.push(
      `the reference profile lists only its ${reference.counts.size} most frequent categories (counts within ${reference.countErrorBound}); the rest of both sides is pooled as "${otherCategories}", and new categories cannot be told apart from unlisted ones`,
    );
  }
  if (reference.total === 0 || current.total === 0) {
    const empty = [
      reference.total === 0 ? 'the reference' : '',
      current.total === 0 ? 'current data' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    notes.push(`${empty} has no values in this column: nothing to compare`);
    return { result, pValue: null, effects: { jensen_shannon: null, l_infinity: null } };
  }
  const referenceCounts = categories.map((c) => c.reference);
  const currentCounts = categories.map((c) => c.current);
  const chiSquare = chiSquareHomogeneity(referenceCounts, currentCounts);
  result.chiSquare = { ...chiSquare, adjustedPValue: chiSquare.pValue };
  result.jensenShannon = jensenShannonDistance(referenceCounts, currentCounts);
  result.lInfinity = lInfinityDistance(referenceCounts, currentCounts);
  result.psi = populationStabilityIndex(referenceCounts, currentCounts);
  if (categories.length === 1) notes.push('a single category on both sides: nothing can differ');
  return {
    result,
    pValue: chiSquare.pValue,
    effects: { jensen_shannon: result.jensenShannon, l_infinity: result.lInfinity },
  };
}

/** The union of categories, most frequent in the reference first, then in current, then by name. */
function table(reference: CategoricalSide, current: CategoricalSide): CategoryCounts[] {
  const rows = new Map<string, CategoryCounts>();
  for (const [value, count] of reference.counts)
    rows.set(value, { value, reference: count, current: 0 });
  let listed = 0;
  for (const count of reference.counts.values()) listed += count;
  let currentOther = 0;
  for (const [value, count] of current.counts) {
    const row = rows.get(value);
    if (row) row.current = count;
    else if (reference.exact) rows.set(value, { value, reference: 0, current: count });
    else currentOther += count;
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      b.reference - a.reference ||
      b.current - a.current ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
  const referenceOther = reference.total - listed;
  if (!reference.exact && (referenceOther > 0 || currentOther > 0)) {
    sorted.push({ value: otherCategories, reference: referenceOther, current: currentOther });
  }
  return sorted;
}
