/**
 * The profile of a query source computed where its data lives: the same
 * `mlgate-profile` JSON as a file's profile (profile-types.ts), made from
 * aggregate SQL (src/sql/profile-queries.ts) so that only aggregates cross
 * the wire. The engine's column type says what the cells are (a numeric
 * column's cells are all numbers, a DATE column's all dates); text columns
 * with at most `categoryLimit` distinct values come back as value counts and
 * are classified as a file's texts are (numbers, dates and booleans among them).
 *
 * A number-like column with at most 2 · sketchSize distinct finite values
 * comes back as its exact value table and is profiled by the file path's
 * own function, so every figure equals the file's. Beyond that the engine
 * computes count, extremes, mean, std (m2 = std² · (n − 1)), the quantiles
 * (exact where the dialect has an exact linear quantile, else the engine's
 * approximation with its documented rank error in `accuracy`), the histogram
 * (exact), and the values at the ranks `pruneSorted` keeps, so the quantile
 * summary is the file path's summary of the same data, with the same rank
 * error. Only the HyperLogLog registers cannot be computed (no engine hashes
 * as hash-value.ts does): such columns have `distinctSketch` null and merges
 * bound their distinct count instead (distinct-union.ts).
 * Known difference: a text column with more than categoryLimit distinct
 * values counts all its cells as strings (a file would find the numbers among them).
 * Cost: 2–5 statements per column, each one scan (the ranks one a sort).
 */

import {
  histogramSql,
  momentsAndQuantilesSql,
  type NumberLikeType,
  numberLikeTypes,
  numericSummarySql,
  profileRowCountSql,
  textCountsSql,
  textSummarySql,
  valueCountsSql,
  valuesAtRanksSql,
} from '../sql/profile-queries.ts';
import { columnsProbeSql } from '../sql/query-source.ts';
import { prunedRuns, pruneSorted } from '../statistics/quantile-summary.ts';
import type { OpenedQuerySource, SqlColumn, SqlResult, SqlValue } from '../workspace/sql-source.ts';
import { assembleColumn, datetimeProfile, profileTexts } from './column-profile.ts';
import { histogramEdges } from './histogram.ts';
import { numericProfileOf } from './numeric-profile.ts';
import { defaultProfileSettings, quantileProbabilities } from './profile-settings.ts';
import {
  type CategoryProfile,
  type ColumnProfile,
  type NumericProfile,
  type ProfileSettings,
  profileFormat,
  profileVersion,
  type TableProfile,
} from './profile-types.ts';

export async function profileQuerySource(
  source: OpenedQuerySource,
  settings: ProfileSettings = defaultProfileSettings,
): Promise<TableProfile> {
  const { columns } = await source.connection.query(columnsProbeSql(source.relation));
  const rowCount = countOf(
    firstRow(await source.connection.query(profileRowCountSql(source.relation))).row_count,
  );
  const profiles: ColumnProfile[] = [];
  for (const column of columns) {
    profiles.push(
      isNumberLike(column)
        ? await profileNumberColumn(source, column, rowCount, settings)
        : await profileTextColumn(source, column, rowCount, settings),
    );
  }
  return {
    format: profileFormat,
    version: profileVersion,
    sources: [{ path: source.label, format: 'sql', rows: rowCount, badRows: 0 }],
    rowCount,
    settings,
    columns: profiles,
  };
}

/** A column the engine types as numbers, dates or timestamps. */
type NumberLikeColumn = SqlColumn & { type: NumberLikeType };

function isNumberLike(column: SqlColumn): column is NumberLikeColumn {
  return (numberLikeTypes as readonly string[]).includes(column.type);
}

async function profileNumberColumn(
  source: OpenedQuerySource,
  column: NumberLikeColumn,
  rows: number,
  settings: ProfileSettings,
): Promise<ColumnProfile> {
  const { connection, relation } = source;
  const { dialect } = connection;
  const summary = firstRow(
    await connection.query(numericSummarySql(dialect, relation, column.name, column.type)),
  );
  const present = countOf(summary.present);
  const finite = countOf(summary.finite);
  const positiveInfinity = countOf(summary.positive_infinity);
  const negativeInfinity = countOf(summary.negative_infinity);
  const nonFinite = {
    nan: present - finite - positiveInfinity - negativeInfinity,
    positiveInfinity,
    negativeInfinity,
  };
  const profile =
    countOf(summary.distinct_finite) <= 2 * settings.sketchSize
      ? numericProfileOf(
          valueTable(
            await connection.query(valueCountsSql(dialect, relation, column.name, column.type)),
          ),
          nonFinite,
          settings,
        )
      : await prunedProfile(source, column, summary, nonFinite, settings);
  const isDatetime = column.type === 'date' || column.type === 'datetime';
  return assembleColumn(
    column.name,
    {
      number: isDatetime ? 0 : present,
      boolean: 0,
      datetime: isDatetime ? present : 0,
      string: 0,
    },
    rows - present,
    {
      numeric: isDatetime ? null : profile,
      datetime: isDatetime ? datetimeProfile(profile, column.type === 'date') : null,
      categories: null,
    },
    settings,
  );
}

/** The profile of a column with more than 2 · sketchSize distinct finite values, from aggregates. */
async function prunedProfile(
  source: OpenedQuerySource,
  column: NumberLikeColumn,
  summary: Record<string, SqlValue>,
  nonFinite: Pick<NumericProfile, 'nan' | 'positiveInfinity' | 'negativeInfinity'>,
  settings: ProfileSettings,
): Promise<NumericProfile> {
  const { connection, relation } = source;
  const { dialect } = connection;
  const count = countOf(summary.finite);
  const min = numberOf(summary.min_value);
  const max = numberOf(summary.max_value);
  const inner = quantileProbabilities.filter((p) => p > 0 && p < 1);
  const moments = firstRow(
    await connection.query(
      momentsAndQuantilesSql(dialect, relation, column.name, column.type, inner),
    ),
  );
  const edges = histogramEdges(min, max, settings.histogramBins);
  const bins = firstRow(
    await connection.query(histogramSql(dialect, relation, column.name, column.type, edges)),
  );
  const std = numberOf(moments.std);
  return {
    count,
    ...nonFinite,
    integer: countOf(summary.fractional) === 0,
    min,
    max,
    mean: numberOf(moments.mean),
    std,
    m2: std * std * (count - 1),
    distinct: { value: countOf(summary.distinct_finite), exact: true, relativeStandardError: 0 },
    quantiles: quantileProbabilities.map((p) => ({
      p,
      value: p === 0 ? min : p === 1 ? max : numberOf(moments[`q${inner.indexOf(p)}`]),
    })),
    histogram: {
      edges,
      counts: edges.slice(1).map((_, i) => countOf(bins[`bin_${i}`])),
      countError: 0,
    },
    accuracy: { exact: dialect.exactQuantiles, rankError: dialect.quantileRankError },
    sketch: await prunedSummary(source, column, count, settings.sketchSize),
    distinctSketch: null,
  };
}

/**
 * `pruneSorted`'s summary of the column's sorted finite values, reading from
 * the engine only the values at the ranks it keeps (the middle of each of
 * `size` runs of equal length): the same summary as a file's, same rank error.
 */
async function prunedSummary(
  source: OpenedQuerySource,
  column: NumberLikeColumn,
  count: number,
  size: number,
) {
  const ranks = prunedRuns(count, size).map((run) => run.rank);
  const { dialect } = source.connection;
  const result = await source.connection.query(
    valuesAtRanksSql(dialect, source.relation, column.name, column.type, ranks),
  );
  if (result.rows.length !== ranks.length) {
    throw new Error(
      `${source.label}: column ${column.name} changed while it was profiled (${result.rows.length} of ${ranks.length} ranked values came back); profile it again`,
    );
  }
  const sorted: { length: number; [rank: number]: number } = { length: count };
  ranks.forEach((rank, i) => {
    sorted[rank] = numberOf(result.rows[i]![0]!);
  });
  return pruneSorted(sorted, size);
}

async function profileTextColumn(
  source: OpenedQuerySource,
  column: SqlColumn,
  rows: number,
  settings: ProfileSettings,
): Promise<ColumnProfile> {
  const { connection, relation } = source;
  const { dialect } = connection;
  const summary = firstRow(await connection.query(textSummarySql(dialect, relation, column.name)));
  const present = countOf(summary.present);
  const distinct = countOf(summary.distinct_values);
  const limit = settings.categoryLimit;
  // A boolean column's two values are classified as booleans whatever the limit.
  const complete = distinct <= limit || column.type === 'boolean';
  const counted = await connection.query(
    textCountsSql(dialect, relation, column.name, complete ? undefined : limit + 1),
  );
  const items = counted.rows.map(([value, count]) => ({
    value: String(value),
    count: countOf(count),
  }));
  if (complete) {
    return profileTexts(
      column.name,
      items.map((item) => [item.value, item.count] as const),
      rows - present,
      settings,
    );
  }
  // The most frequent categories; the first left out bounds every count not listed.
  const categories: CategoryProfile = {
    count: present,
    exact: false,
    items: items.slice(0, limit),
    countErrorBound: items[limit]?.count ?? 0,
    distinct: { value: distinct, exact: true, relativeStandardError: 0 },
    distinctSketch: null,
  };
  return assembleColumn(
    column.name,
    { number: 0, boolean: 0, datetime: 0, string: present },
    rows - present,
    { numeric: null, datetime: null, categories },
    settings,
  );
}

/** Distinct values ascending with their counts, as the value-counts statement returns them. */
function valueTable(result: SqlResult) {
  return {
    // −0 and +0 are one value; keep +0 as the file path does.
    values: result.rows.map((row) => numberOf(row[0]!) || 0),
    weights: result.rows.map((row) => countOf(row[1]!)),
  };
}

/** The one row of an aggregate, by lower-case column name (Snowflake upper-cases unquoted aliases). */
function firstRow(result: SqlResult): Record<string, SqlValue> {
  const row = result.rows[0] ?? [];
  return Object.fromEntries(
    result.columns.map((column, i) => [column.name.toLowerCase(), row[i] ?? null]),
  );
}

/** A count (SUM over no rows is NULL: 0). */
function countOf(value: SqlValue | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** A number the statements guarantee (an extreme of a column with values), as a JS number. */
function numberOf(value: SqlValue | undefined): number {
  if (value === null || value === undefined) {
    throw new Error(
      'the engine returned NULL for an aggregate of a column that has values: the data changed while it was profiled; profile it again',
    );
  }
  return Number(value);
}
