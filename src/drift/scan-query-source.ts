/**
 * A query source read for drift as a file is: each column's values counted by
 * the engine (GROUP BY value — aggregates, exact), and the counts laid out as
 * a scan in the `distribution` layout (src/data/table-scan.ts), so the very
 * code that compares files compares them and the figures equal a file's of
 * the same data. Used when the two sides cannot be compared inside one engine
 * (one side a file, or the sides in different engines). Its transfer grows
 * with the distinct values of each column (a float column of distinct values
 * travels whole); sides in one engine are compared there instead
 * (drift-in-engine.ts), where only fixed-size aggregates travel.
 *
 * Columns take the kind of their SQL type (numbers, integers, booleans,
 * dates, timestamps; anything else is text): an engine's column is typed, so
 * it has no unreadable cells.
 */
import type {
  ScanCategoryColumn,
  ScanColumn,
  ScanNumericColumn,
  TableScan,
} from '../data/table-scan.ts';
import { columnCountsSql, valueCountsSql } from '../sql/drift-queries.ts';
import { columnsProbeSql } from '../sql/query-source.ts';
import { momentsOf } from '../statistics/moments.ts';
import type { OpenedQuerySource, SqlColumnType, SqlValue } from '../workspace/sql-source.ts';

/** A column of a query source, with the scan kind of its SQL type. */
export interface QueryColumn {
  name: string;
  kind: ScanColumn['kind'];
}

const kindOfType: Record<SqlColumnType, ScanColumn['kind']> = {
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  text: 'category',
  other: 'category',
};

/** The source's columns, in order, with their kinds (one statement, no rows). */
export async function queryColumns(source: OpenedQuerySource): Promise<QueryColumn[]> {
  const { columns } = await source.connection.query(columnsProbeSql(source.relation));
  return columns.map((column) => ({ name: column.name, kind: kindOfType[column.type] }));
}

/** The source as a scan of counted values; `only`: just these columns (all by default). */
export async function scanQuerySource(
  source: OpenedQuerySource,
  only?: ReadonlySet<string>,
): Promise<TableScan> {
  const described = await queryColumns(source);
  const columns: ScanColumn[] = [];
  let rowCount = 0;
  for (const column of described.filter(({ name }) => !only || only.has(name))) {
    const { rows } = await source.connection.query(
      valueCountsSql(source.connection.dialect, { relation: source.relation, column: column.name }),
    );
    const counts = rows.map(([value, count]) => [value ?? null, Number(count)] as const);
    rowCount = counts.reduce((sum, [, count]) => sum + count, 0);
    columns.push(
      column.kind === 'category'
        ? categoryColumn(column.name, counts)
        : numericColumn(column.name, column.kind, counts),
    );
  }
  if (columns.length === 0) rowCount = await countRows(source);
  const byName = new Map(columns.map((column) => [column.name, column]));
  return {
    source: source.label,
    // Rows of an engine have no file lines to name, as Parquet's.
    format: 'parquet',
    layout: 'distribution',
    columnNames: described.map(({ name }) => name),
    rowCount,
    columns,
    column: (name) => byName.get(name),
    badCells: [],
    badRows: [],
    badRowCount: 0,
    dataRowOf: (index) => index + 1,
    lineOf: () => undefined,
  };
}

type Counted = readonly (readonly [SqlValue, number])[];

function numericColumn(
  name: string,
  kind: ScanNumericColumn['kind'],
  counts: Counted,
): ScanNumericColumn {
  const finite: [number, number][] = [];
  let missing = 0;
  let nan = 0;
  let positiveInfinity = 0;
  let negativeInfinity = 0;
  for (const [cell, count] of counts) {
    const value = typeof cell === 'boolean' ? Number(cell) : cell === null ? null : Number(cell);
    if (value === null) missing += count;
    else if (Number.isNaN(value)) nan += count;
    else if (value === Number.POSITIVE_INFINITY) positiveInfinity += count;
    else if (value === Number.NEGATIVE_INFINITY) negativeInfinity += count;
    // −0 and +0 are one group; written +0, as a scan counts them.
    else finite.push([value + 0, count]);
  }
  finite.sort((a, b) => a[0] - b[0]);
  const values = Float64Array.from(finite, ([value]) => value);
  const weights = Uint32Array.from(finite, ([, count]) => count);
  const present = counts.reduce((sum, [, count]) => sum + count, 0) - missing;
  return {
    name,
    kind,
    values: new Float64Array(0),
    status: new Uint8Array(0),
    presentCount: present,
    missingCount: missing,
    badCount: 0,
    counted: {
      values,
      weights,
      nan,
      positiveInfinity,
      negativeInfinity,
      moments: momentsOf(values, weights),
    },
  };
}

function categoryColumn(name: string, counts: Counted): ScanCategoryColumn {
  const present = counts.filter(([cell]) => cell !== null);
  const presentCount = present.reduce((sum, [, count]) => sum + count, 0);
  const missing = counts.reduce((sum, [cell, count]) => sum + (cell === null ? count : 0), 0);
  return {
    name,
    kind: 'category',
    codes: new Int32Array(0),
    dictionary: present.map(([cell]) => String(cell)),
    counts: Int32Array.from(present, ([, count]) => count),
    presentCount,
    missingCount: missing,
    badCount: 0,
  };
}

async function countRows(source: OpenedQuerySource): Promise<number> {
  const { rows } = await source.connection.query(
    columnCountsSql(source.connection.dialect, source.relation, []),
  );
  return Number(rows[0]?.[0] ?? 0);
}
