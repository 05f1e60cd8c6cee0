/**
 * The kind of a profiled column from how its cells parsed and how many
 * distinct values it has (the rules are listed on `ColumnKind` in
 * profile-types.ts), and how many of its categories a profile lists: all for
 * categorical and boolean columns, the 20 most frequent repeated ones for free
 * text, none for identifiers (a list of ids says nothing and may be personal).
 */
import type { ColumnKind, ColumnProfile, CountEstimate, ProfileSettings } from './profile-types.ts';

const minCategoricalLimit = 20;
const textCategoriesListed = 20;

export function inferColumnKind(
  column: Pick<ColumnProfile, 'count' | 'types'>,
  distinct: CountEstimate,
  settings: ProfileSettings,
): ColumnKind {
  const { count, types } = column;
  if (count === 0) return 'empty';
  if (types.number === count) return 'numeric';
  if (types.datetime === count) return 'datetime';
  if (types.boolean === count) return 'boolean';
  const categoricalLimit = Math.min(
    settings.categoryLimit,
    Math.max(minCategoricalLimit, count / 2),
  );
  if (distinct.value <= categoricalLimit) return 'categorical';
  const allDistinct = distinct.exact
    ? distinct.value === count
    : distinct.value >= count * (1 - 3 * distinct.relativeStandardError);
  return allDistinct ? 'identifier' : 'text';
}

/** How many categories to list for a column of this kind, and the least count listed. */
export function categoriesListed(kind: ColumnKind, settings: ProfileSettings) {
  if (kind === 'identifier') return { keep: 0, minCount: 1 };
  if (kind === 'text') return { keep: textCategoriesListed, minCount: 2 };
  return { keep: settings.categoryLimit, minCount: 1 };
}

/** The distinct count of a column: numbers, datetimes and texts are distinct from each other. */
export function sumDistinct(parts: readonly (CountEstimate | undefined)[]): CountEstimate {
  const present = parts.filter((part): part is CountEstimate => part !== undefined);
  return {
    value: present.reduce((sum, part) => sum + part.value, 0),
    exact: present.every((part) => part.exact),
    // Conservative: the sum is off by at most the largest relative error of its parts.
    relativeStandardError: Math.max(0, ...present.map((part) => part.relativeStandardError)),
  };
}
