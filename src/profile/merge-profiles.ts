/**
 * Merges profiles of shards into the profile of the whole, in the order
 * given (columns keep their first-seen order; a column a shard lacks counts as
 * missing in that shard's rows). Shards are merged as a balanced tree so that
 * the quantile summaries' rank errors grow with log₂(shards), not with their
 * number. Counts, extremes, mean and variance come out exact; distinct counts
 * estimated by HyperLogLog are capped at the count of values they are among,
 * and bounded instead where a part has no HyperLogLog (distinct-union.ts).
 */
import { absentColumnProfile, mergeColumnProfiles } from './column-profile.ts';
import { capDistinct } from './hyperloglog.ts';
import type {
  ColumnProfile,
  CountEstimate,
  ProfileSettings,
  TableProfile,
} from './profile-types.ts';

export function mergeProfiles(profiles: readonly TableProfile[]): TableProfile {
  if (profiles.length === 0) throw new Error('nothing to merge: give at least one profile');
  if (profiles.length === 1) return profiles[0]!;
  const middle = Math.ceil(profiles.length / 2);
  return mergeTwo(mergeProfiles(profiles.slice(0, middle)), mergeProfiles(profiles.slice(middle)));
}

function mergeTwo(a: TableProfile, b: TableProfile): TableProfile {
  const settings = mergedSettings(a, b);
  const names = [...new Set([...a.columns, ...b.columns].map((column) => column.name))];
  const byName = (profile: TableProfile) => new Map(profile.columns.map((c) => [c.name, c]));
  const aColumns = byName(a);
  const bColumns = byName(b);
  const columns: ColumnProfile[] = names.map((name) =>
    withDistinctCapped(
      mergeColumnProfiles(
        aColumns.get(name) ?? absentColumnProfile(name, a.rowCount),
        bColumns.get(name) ?? absentColumnProfile(name, b.rowCount),
        settings,
      ),
    ),
  );
  return {
    format: a.format,
    version: a.version,
    sources: [...a.sources, ...b.sources],
    rowCount: a.rowCount + b.rowCount,
    settings,
    columns,
  };
}

/** A merged column's distinct counts, each at most the number of values it counts among. */
function withDistinctCapped(column: ColumnProfile): ColumnProfile {
  const capped = <T extends { count: number; distinct: CountEstimate }>(part: T | null): T | null =>
    part && { ...part, distinct: capDistinct(part.distinct, part.count) };
  return {
    ...column,
    distinct: capDistinct(column.distinct, column.count),
    numeric: capped(column.numeric),
    datetime: capped(column.datetime),
    categories: capped(column.categories),
  };
}

function mergedSettings(a: TableProfile, b: TableProfile): ProfileSettings {
  if (a.settings.hllPrecision !== b.settings.hllPrecision) {
    throw new Error(
      `profiles of ${a.sources[0]?.path} and ${b.sources[0]?.path} use HyperLogLog precision ${a.settings.hllPrecision} and ${b.settings.hllPrecision}; profiles merge only with equal settings.hllPrecision (mlgate profile writes 12)`,
    );
  }
  return {
    sketchSize: Math.min(a.settings.sketchSize, b.settings.sketchSize),
    categoryLimit: Math.min(a.settings.categoryLimit, b.settings.categoryLimit),
    hllPrecision: a.settings.hllPrecision,
    histogramBins: a.settings.histogramBins,
  };
}
