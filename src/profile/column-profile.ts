/**
 * The profile of one column: from a scanned column (typed values, or a
 * dictionary of texts with counts), and merged from the profiles of shards.
 * Texts are classified once per distinct text, not per row, so a category
 * column costs O(d) for d distinct texts; a numeric column costs a radix sort.
 */

import { CELL_PRESENT, type ScanColumn, type ScanNumericColumn } from '../data/table-scan.ts';
import { parseIsoDate, parseIsoDatetime } from '../formats/parse-date.ts';
import { parseNumberCell } from '../formats/parse-number.ts';
import { sortNumbersInPlace } from '../statistics/sort-numbers.ts';
import { mergeCategories, summarizeCategories, truncateCategories } from './category-summary.ts';
import { categoriesListed, inferColumnKind, sumDistinct } from './infer-column-kind.ts';
import {
  mergeNumericProfiles,
  type NonFiniteCounts,
  numericProfileOf,
  numericProfileOfCounts,
  numericProfileOfSorted,
} from './numeric-profile.ts';
import type {
  CategoryProfile,
  ColumnProfile,
  DatetimeProfile,
  NumericProfile,
  ProfileSettings,
} from './profile-types.ts';

type Types = ColumnProfile['types'];

export function profileScanColumn(column: ScanColumn, settings: ProfileSettings): ColumnProfile {
  const missing = column.missingCount;
  if (column.kind === 'category') {
    const entries: [string, number][] = column.dictionary.map((text, code) => [
      text,
      column.counts[code]!,
    ]);
    return profileTexts(column.name, entries, missing, settings);
  }
  if (column.kind === 'boolean') {
    const [ones, zeros] = booleanCounts(column);
    const entries: [string, number][] = [
      ['true', ones],
      ['false', zeros],
    ];
    return profileTexts(
      column.name,
      entries.filter(([, count]) => count > 0),
      missing,
      settings,
    );
  }
  const numbers = numericProfileOfColumn(column, settings);
  const count = column.presentCount;
  if (column.kind === 'date' || column.kind === 'datetime') {
    const datetime = datetimeProfile(numbers, column.kind === 'date');
    return assembleColumn(
      column.name,
      { number: 0, boolean: 0, datetime: count, string: 0 },
      missing,
      {
        numeric: null,
        datetime,
        categories: null,
      },
      settings,
    );
  }
  return assembleColumn(
    column.name,
    { number: count, boolean: 0, datetime: 0, string: 0 },
    missing,
    {
      numeric: numbers,
      datetime: null,
      categories: null,
    },
    settings,
  );
}

/**
 * The numeric profile of a column's present values: from its value counts when
 * the scan counted them (layout `distribution`, no sort), else from its values
 * sorted. The two are equal to the last bit (numericProfileOfCounts).
 */
function numericProfileOfColumn(column: ScanNumericColumn, settings: ProfileSettings) {
  if (column.counted) {
    const { nan, positiveInfinity, negativeInfinity } = column.counted;
    const nonFinite = { nan, positiveInfinity, negativeInfinity };
    return numericProfileOfCounts(column.counted, nonFinite, settings);
  }
  const { finite, nonFinite } = finiteValues(column);
  return numericProfileOfSorted(sortNumbersInPlace(finite), nonFinite, settings);
}

/** A boolean column's present trues and falses (1 and 0), counted or from its rows. */
function booleanCounts(column: ScanNumericColumn): [number, number] {
  if (column.counted) {
    const { values, weights } = column.counted;
    const weightOf = (value: number) => {
      const at = values.indexOf(value);
      return at === -1 ? 0 : weights[at]!;
    };
    return [weightOf(1), weightOf(0)];
  }
  let ones = 0;
  let zeros = 0;
  for (let i = 0; i < column.values.length; i++) {
    if (column.status[i] !== CELL_PRESENT) continue;
    if (column.values[i] === 1) ones++;
    else zeros++;
  }
  return [ones, zeros];
}

/** A column that a shard lacks: all of its rows are missing there. */
export function absentColumnProfile(name: string, rows: number): ColumnProfile {
  return {
    name,
    kind: 'empty',
    count: 0,
    missing: rows,
    types: { number: 0, boolean: 0, datetime: 0, string: 0 },
    distinct: { value: 0, exact: true, relativeStandardError: 0 },
    numeric: null,
    datetime: null,
    categories: null,
  };
}

export function mergeColumnProfiles(
  a: ColumnProfile,
  b: ColumnProfile,
  settings: ProfileSettings,
): ColumnProfile {
  const both = <T>(x: T | null, y: T | null, merge: (x: T, y: T) => T): T | null =>
    x === null ? y : y === null ? x : merge(x, y);
  const types: Types = {
    number: a.types.number + b.types.number,
    boolean: a.types.boolean + b.types.boolean,
    datetime: a.types.datetime + b.types.datetime,
    string: a.types.string + b.types.string,
  };
  return assembleColumn(
    a.name,
    types,
    a.missing + b.missing,
    {
      numeric: both(a.numeric, b.numeric, (x, y) => mergeNumericProfiles(x, y, settings)),
      datetime: both(a.datetime, b.datetime, (x, y) =>
        datetimeProfile(mergeNumericProfiles(x, y, settings), x.dateOnly && y.dateOnly),
      ),
      categories: both(a.categories, b.categories, (x, y) => mergeCategories(x, y, settings)),
    },
    settings,
  );
}

/** Texts with their counts: numbers, dates and booleans among them are profiled as such. */
export function profileTexts(
  name: string,
  entries: readonly (readonly [string, number])[],
  missing: number,
  settings: ProfileSettings,
): ColumnProfile {
  const types: Types = { number: 0, boolean: 0, datetime: 0, string: 0 };
  const numbers: [number, number][] = [];
  const nonFinite: NonFiniteCounts = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
  const dates: [number, number][] = [];
  let dateOnly = true;
  const texts = new Map<string, number>();
  for (const [text, count] of entries) {
    const number = parseNumberCell(text);
    if (number !== undefined && number !== null) {
      types.number += count;
      if (Number.isFinite(number)) numbers.push([number, count]);
      else if (Number.isNaN(number)) nonFinite.nan += count;
      else if (number > 0) nonFinite.positiveInfinity += count;
      else nonFinite.negativeInfinity += count;
      continue;
    }
    const day = parseIsoDate(text);
    const instant = day ?? parseIsoDatetime(text);
    if (instant !== undefined) {
      types.datetime += count;
      dates.push([instant, count]);
      if (day === undefined) dateOnly = false;
      continue;
    }
    const lower = text.trim().toLowerCase();
    const boolean = lower === 'true' || lower === 'false';
    const key = boolean ? lower : text;
    if (boolean) types.boolean += count;
    else types.string += count;
    texts.set(key, (texts.get(key) ?? 0) + count);
  }
  return assembleColumn(
    name,
    types,
    missing,
    {
      numeric:
        numbers.length > 0 || types.number > 0
          ? numericProfileOf(weightedTable(numbers), nonFinite, settings)
          : null,
      datetime:
        dates.length > 0
          ? datetimeProfile(numericProfileOf(weightedTable(dates), noNonFinite, settings), dateOnly)
          : null,
      categories: texts.size > 0 ? summarizeCategories(texts, settings) : null,
    },
    settings,
  );
}

const noNonFinite: NonFiniteCounts = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };

/** Sorts (value, count) pairs and adds up the counts of equal values (`1` and `1.0`). */
function weightedTable(pairs: [number, number][]) {
  pairs.sort((x, y) => x[0] - y[0]);
  const values: number[] = [];
  const weights: number[] = [];
  for (const [value, count] of pairs) {
    if (values.length > 0 && values[values.length - 1] === value)
      weights[weights.length - 1]! += count;
    else {
      values.push(value === 0 ? 0 : value);
      weights.push(count);
    }
  }
  return { values, weights };
}

function finiteValues(column: ScanNumericColumn) {
  const finite = new Float64Array(column.presentCount);
  const nonFinite: NonFiniteCounts = { nan: 0, positiveInfinity: 0, negativeInfinity: 0 };
  let length = 0;
  const { values, status } = column;
  for (let i = 0; i < values.length; i++) {
    if (status[i] !== CELL_PRESENT) continue;
    const value = values[i]!;
    if (value - value === 0) finite[length++] = value;
    else if (Number.isNaN(value)) nonFinite.nan++;
    else if (value > 0) nonFinite.positiveInfinity++;
    else nonFinite.negativeInfinity++;
  }
  return { finite: finite.subarray(0, length), nonFinite };
}

/** A numeric profile of epoch milliseconds as a datetime profile. */
export function datetimeProfile(profile: NumericProfile, dateOnly: boolean): DatetimeProfile {
  const text = (ms: number | null) => {
    if (ms === null) return null;
    const iso = new Date(ms).toISOString();
    return dateOnly ? iso.slice(0, iso.indexOf('T')) : iso;
  };
  return { ...profile, minText: text(profile.min), maxText: text(profile.max), dateOnly };
}

/** A column from its parts: count, distinct and kind follow from them, and the categories listed from the kind. */
export function assembleColumn(
  name: string,
  types: Types,
  missing: number,
  parts: {
    numeric: NumericProfile | null;
    datetime: DatetimeProfile | null;
    categories: CategoryProfile | null;
  },
  settings: ProfileSettings,
): ColumnProfile {
  const count = types.number + types.boolean + types.datetime + types.string;
  const distinct = sumDistinct([
    parts.numeric ? numericDistinct(parts.numeric) : undefined,
    parts.datetime?.distinct,
    parts.categories?.distinct,
  ]);
  const kind = inferColumnKind({ count, types }, distinct, settings);
  const { keep, minCount } = categoriesListed(kind, settings);
  const categories =
    parts.categories && truncateCategories(parts.categories, keep, minCount, settings);
  return { name, kind, count, missing, types, distinct, ...parts, categories };
}

/** NaN counts as one distinct value, ±Infinity as one each, as pandas' nunique(dropna=False) would. */
function numericDistinct(profile: NumericProfile) {
  const extra =
    Number(profile.nan > 0) +
    Number(profile.positiveInfinity > 0) +
    Number(profile.negativeInfinity > 0);
  return { ...profile.distinct, value: profile.distinct.value + extra };
}
