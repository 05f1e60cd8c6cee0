/**
 * The aggregate SQL drift sends to an engine for a query source
 * (src/drift/drift-in-engine.ts and src/drift/scan-query-source.ts): each
 * statement returns aggregates only — per-column counts, one row of moments
 * and quantiles, the KS statistic and Wasserstein-1 from the two sides' value
 * counts, bin counts, category counts — never rows. Pure: each builder takes a
 * dialect and the relations (SQL after FROM) and column names, and returns text.
 * Numbers mlgate passes in (cuts, bin edges) are written as text cast to
 * double, so the engine holds the very double mlgate holds (a decimal literal
 * may be read as an exact DECIMAL instead).
 */
import type { SqlDialect } from './sql-dialect.ts';

/** One side of a comparison: a relation and one of its columns. */
export interface SideColumn {
  relation: string;
  column: string;
}

/**
 * Rows (`row_count`), and per column `i` its present cells (`present_i`) and,
 * where asked, its distinct values (`distinct_i`): what decides whether a
 * text column is a category, an identifier or free text.
 */
export function columnCountsSql(
  dialect: SqlDialect,
  relation: string,
  columns: readonly { name: string; distinct: boolean }[],
): string {
  const counts = columns.flatMap(({ name, distinct }, i) => {
    const column = dialect.identifier(name);
    const present = `COUNT(${column}) AS present_${i}`;
    return distinct ? [present, `COUNT(DISTINCT ${column}) AS distinct_${i}`] : [present];
  });
  return `SELECT ${['COUNT(*) AS row_count', ...counts].join(', ')} FROM ${relation}`;
}

/** Each value of one column (NULL for missing cells) and the cells holding it. */
export function valueCountsSql(dialect: SqlDialect, { relation, column }: SideColumn): string {
  const name = dialect.identifier(column);
  return `SELECT ${name} AS cell_value, COUNT(*) AS cell_count FROM ${relation} GROUP BY ${name}`;
}

/**
 * One side of a numeric feature in one row: rows, present cells, finite
 * values, their mean, sample std, min and max.
 */
export function numericSummarySql(dialect: SqlDialect, side: SideColumn): string {
  const finite = 'finite_value';
  const figures = [
    'COUNT(*) AS row_count',
    'COUNT(cell_value) AS present',
    `COUNT(${finite}) AS finite`,
    `AVG(${finite}) AS mean`,
    `${dialect.sampleStd(finite)} AS std`,
    `MIN(${finite}) AS min_value`,
    `MAX(${finite}) AS max_value`,
  ];
  const cell = dialect.identifier(side.column);
  const asDouble = dialect.double(cell);
  const inner = `SELECT ${cell} AS cell_value, CASE WHEN ${dialect.isFinite(asDouble)} THEN ${asDouble} END AS ${finite} FROM ${side.relation}`;
  return `SELECT ${figures.join(', ')} FROM (${inner}) AS side_values`;
}

/**
 * The exact two-sample KS statistic D = max |F₁ − F₂| and Wasserstein-1
 * W₁ = Σ |F₁ − F₂| · (next value − value), over the union of both sides'
 * distinct finite values: each side's values counted, the counts summed in
 * value order (a running sum) into both CDFs, and each step's width from the
 * next value (LEAD). The CDF values are cast to double before dividing, so
 * they are the very quotients mlgate forms for files.
 */
export function cdfGapsSql(
  dialect: SqlDialect,
  reference: SideColumn,
  current: SideColumn,
): string {
  const running = (count: string) =>
    dialect.double(
      `SUM(${count}) OVER (ORDER BY finite_value ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`,
    );
  return [
    `WITH reference_counts AS (${finiteCounts(dialect, reference)}),`,
    `current_counts AS (${finiteCounts(dialect, current)}),`,
    'both_sides AS (SELECT finite_value, SUM(reference_count) AS reference_count, SUM(current_count) AS current_count FROM (',
    'SELECT finite_value, cell_count AS reference_count, 0 AS current_count FROM reference_counts',
    'UNION ALL SELECT finite_value, 0 AS reference_count, cell_count AS current_count FROM current_counts',
    ') AS counted GROUP BY finite_value),',
    'totals AS (SELECT SUM(reference_count) AS n1, SUM(current_count) AS n2 FROM both_sides),',
    `gaps AS (SELECT LEAD(finite_value) OVER (ORDER BY finite_value) - finite_value AS width, ${running('reference_count')} / ${dialect.double('n1')} - ${running('current_count')} / ${dialect.double('n2')} AS gap FROM both_sides CROSS JOIN totals)`,
    'SELECT MAX(ABS(gap)) AS statistic, SUM(ABS(gap) * width) AS distance FROM gaps',
  ].join('\n');
}

/** Equal-width bins from `low` (`bins` of `width`; width 0: one bin), right-closed, the ends open. */
interface EqualBins {
  low: number;
  width: number;
  bins: number;
}

/**
 * Both sides' finite values counted per side (`side_index` 0: reference, 1:
 * current) on the right-closed bins at `cuts` (`decile_bin`, 0 … cuts.length)
 * and on the equal-width histogram bins (`histogram_bin`), as
 * src/statistics/empirical-cdf-gaps.ts and src/drift/common-histogram.ts
 * count them.
 */
export function binCountsSql(
  dialect: SqlDialect,
  reference: SideColumn,
  current: SideColumn,
  cuts: readonly number[],
  histogram: EqualBins,
): string {
  const value = 'finite_value';
  const decile =
    cuts.length === 0
      ? '0'
      : `CASE ${cuts.map((cut, i) => `WHEN ${value} <= ${dialect.doubleLiteral(cut)} THEN ${i}`).join(' ')} ELSE ${cuts.length} END`;
  const { low, width, bins } = histogram;
  const equal =
    bins === 1
      ? '0'
      : `LEAST(${bins - 1}, GREATEST(0, CEIL((${value} - ${dialect.doubleLiteral(low)}) / ${dialect.doubleLiteral(width)}) - 1))`;
  const sides = [reference, current]
    .map(
      (side, i) =>
        `SELECT ${i} AS side_index, ${value} FROM (${finiteValues(dialect, side)}) AS side_${i}`,
    )
    .join(' UNION ALL ');
  const binned = `SELECT side_index, ${decile} AS decile_bin, ${equal} AS histogram_bin FROM (${sides}) AS both_sides`;
  return `SELECT side_index, decile_bin, histogram_bin, COUNT(*) AS cell_count FROM (${binned}) AS binned GROUP BY side_index, decile_bin, histogram_bin`;
}

/**
 * Both sides' present cells counted per category (as text), the categories
 * most frequent on both sides together first, at most `limit` of them; the
 * caller pools the rest.
 */
export function categoryCountsSql(
  dialect: SqlDialect,
  reference: SideColumn,
  current: SideColumn,
  limit: number,
): string {
  const counted = (side: SideColumn, first: boolean) => {
    const name = dialect.identifier(side.column);
    const category = dialect.text(name);
    const counts = first
      ? 'COUNT(*) AS reference_count, 0 AS current_count'
      : '0 AS reference_count, COUNT(*) AS current_count';
    return `SELECT ${category} AS category, ${counts} FROM ${side.relation} WHERE ${name} IS NOT NULL GROUP BY ${category}`;
  };
  return [
    'WITH both_sides AS (SELECT category, SUM(reference_count) AS reference_count, SUM(current_count) AS current_count FROM (',
    counted(reference, true),
    `UNION ALL ${counted(current, false)}`,
    ') AS counted GROUP BY category)',
    `SELECT category, reference_count, current_count FROM both_sides ORDER BY reference_count + current_count DESC, category LIMIT ${limit}`,
  ].join('\n');
}

/** A side's finite values as doubles (`finite_value`), one row per cell. */
function finiteValues(dialect: SqlDialect, { relation, column }: SideColumn): string {
  const asDouble = dialect.double(dialect.identifier(column));
  return `SELECT ${asDouble} AS finite_value FROM ${relation} WHERE ${dialect.isFinite(asDouble)}`;
}

/**
 * The side's finite values at the given 0-based ranks in ascending order, one
 * row each, in rank order: the order statistics a quantile interpolates
 * between. Fetched rather than the engine's own quantile, so that mlgate
 * interpolates as numpy does (a cut one ulp off moves the values equal to it
 * into the next bin), and exact in every engine, approximate ones included.
 */
export function orderStatisticsSql(
  dialect: SqlDialect,
  side: SideColumn,
  ranks: readonly number[],
): string {
  return [
    'SELECT finite_value FROM (',
    `  SELECT finite_value, ROW_NUMBER() OVER (ORDER BY finite_value) - 1 AS value_rank FROM (${finiteValues(dialect, side)}) AS side_values`,
    ') AS ranked_values',
    `WHERE value_rank IN (${ranks.join(', ')})`,
    'ORDER BY value_rank',
  ].join('\n');
}

/** A side's distinct finite values and the cells holding each (`cell_count`). */
function finiteCounts(dialect: SqlDialect, side: SideColumn): string {
  return `SELECT finite_value, COUNT(*) AS cell_count FROM (${finiteValues(dialect, side)}) AS side_values GROUP BY finite_value`;
}
