/**
 * Category frequencies that merge: the full table while it has at most
 * `limit` categories, else the most frequent ones with one bound B such that
 * every listed count is at most B below the truth and an unlisted category
 * occurs at most B times. Dropping categories whose count is c adds c to B;
 * merging adds the two bounds (a category unlisted on one side may hide up to
 * that side's B there). This is the Misra–Gries guarantee (Misra & Gries 1982;
 * mergeable as in Agarwal et al., "Mergeable summaries", 2012) with the counts
 * kept exact where they are known. Distinct counts come from a HyperLogLog
 * kept beside a truncated table (bounded instead when a part has none:
 * a profile computed by SQL, distinct-union.ts).
 * Cost: O(d log d) for d categories.
 */
import { distinctUnionBound } from './distinct-union.ts';
import { hashText } from './hash-value.ts';
import {
  addHash,
  createHll,
  decodeHll,
  encodeHll,
  estimateDistinct,
  type Hll,
  hllRelativeStandardError,
  mergeHll,
} from './hyperloglog.ts';
import type { CategoryCount, CategoryProfile, ProfileSettings } from './profile-types.ts';

/** Summarises exact category counts, listing at most `keep` categories (≤ settings.categoryLimit). */
export function summarizeCategories(
  counts: Iterable<readonly [string, number]>,
  settings: ProfileSettings,
  keep = settings.categoryLimit,
): CategoryProfile {
  const items = sortItems([...counts].map(([value, count]) => ({ value, count })));
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const complete: CategoryProfile = {
    count: total,
    exact: true,
    items,
    countErrorBound: 0,
    distinct: { value: items.length, exact: true, relativeStandardError: 0 },
    distinctSketch: null,
  };
  return truncateCategories(complete, Math.min(keep, settings.categoryLimit), 1, settings);
}

export function mergeCategories(
  a: CategoryProfile,
  b: CategoryProfile,
  settings: ProfileSettings,
): CategoryProfile {
  const byValue = new Map<string, number>();
  for (const item of [...a.items, ...b.items]) {
    byValue.set(item.value, (byValue.get(item.value) ?? 0) + item.count);
  }
  const items = sortItems([...byValue].map(([value, count]) => ({ value, count })));
  const exact = a.exact && b.exact;
  const hllA = exact ? null : sketchOf(a, settings);
  const hllB = exact ? null : sketchOf(b, settings);
  const hll = hllA && hllB ? mergeHll(hllA, hllB) : null;
  const count = a.count + b.count;
  const merged: CategoryProfile = {
    count,
    exact,
    items,
    countErrorBound: a.countErrorBound + b.countErrorBound,
    distinct: hll
      ? {
          value: estimateDistinct(hll),
          exact: false,
          relativeStandardError: hllRelativeStandardError(hll.precision),
        }
      : exact
        ? { value: items.length, exact: true, relativeStandardError: 0 }
        : distinctUnionBound(a.distinct, b.distinct, count),
    distinctSketch: hll ? encodeHll(hll) : null,
  };
  return truncateCategories(merged, settings.categoryLimit, 1, settings);
}

/**
 * Keeps the first `keep` categories whose count is at least `minCount` and
 * drops the rest, raising the error bound by the largest dropped count.
 */
export function truncateCategories(
  profile: CategoryProfile,
  keep: number,
  minCount: number,
  settings: ProfileSettings,
): CategoryProfile {
  let kept = 0;
  while (kept < profile.items.length && kept < keep && profile.items[kept]!.count >= minCount)
    kept++;
  if (kept === profile.items.length) return profile;
  const hll = sketchOf(profile, settings);
  return {
    ...profile,
    exact: false,
    items: profile.items.slice(0, kept),
    countErrorBound: profile.countErrorBound + profile.items[kept]!.count,
    distinctSketch: hll && encodeHll(hll),
  };
}

/**
 * The HyperLogLog of a profile's categories: its own, or built from its
 * complete table; null for a truncated table without one (a profile computed
 * by SQL, see distinct-union.ts).
 */
function sketchOf(profile: CategoryProfile, settings: ProfileSettings): Hll | null {
  if (profile.distinctSketch) return decodeHll(profile.distinctSketch);
  if (!profile.exact) return null;
  const hll = createHll(settings.hllPrecision);
  for (const item of profile.items) addHash(hll, hashText(item.value));
  return hll;
}

function sortItems(items: CategoryCount[]): CategoryCount[] {
  return items.sort(
    (x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0),
  );
}
