/**
 * Drift between two query sources in one SQL engine (same `engineId`), computed
 * where the data lives: mlgate sends aggregate SQL and receives aggregates
 * only, so the transfer is fixed per feature, whatever the rows. Roles come
 * as for files (compare-datasets.ts kindRole): each column's SQL type gives
 * its kind, a text column's present and distinct counts tell a category from
 * an identifier or free text. Numeric features are compared in the engine
 * (numeric-in-engine.ts), categorical ones from per-category counts
 * (categorical-in-engine.ts). A feature whose current type does not match its
 * reference role, and dates compared as numbers, are compared from both
 * sides' value counts by the file code (scan-query-source.ts). The decisions
 * and the result are the file path's (decide-drift.ts, driftResultOf).
 */

import { columnCountsSql, type SideColumn } from '../sql/drift-queries.ts';
import type { OpenedQuerySource } from '../workspace/sql-source.ts';
import { type CountedSide, categoricalInEngine } from './categorical-in-engine.ts';
import {
  computeFeature,
  driftResultOf,
  kindRole,
  leftOut,
  referenceFromScan,
  type SkipReasons,
  skippedFeature,
} from './compare-datasets.ts';
import type { ComputedFeature } from './decide-drift.ts';
import type { DriftResult, UnreadableCells } from './drift-result.ts';
import type { DriftRules } from './drift-rules.ts';
import { numericInEngine } from './numeric-in-engine.ts';
import { type QueryColumn, queryColumns, scanQuerySource } from './scan-query-source.ts';

/** A column with its present cells and, for text, its distinct values. */
interface CountedColumn extends QueryColumn {
  present: number;
  distinct: number;
}

interface Described {
  rows: number;
  columns: CountedColumn[];
}

export async function driftInEngine(
  reference: OpenedQuerySource,
  current: OpenedQuerySource,
  rules: DriftRules,
  skip: SkipReasons = new Map(),
): Promise<DriftResult> {
  const referenceColumns = await describe(reference);
  const currentColumns = await describe(current);
  const inCurrent = new Map(currentColumns.columns.map((column) => [column.name, column]));
  const sides = { reference, current, referenceColumns, currentColumns };
  const byCounts = valueCountComparer(reference, current, rules, skip);
  const computed: ComputedFeature[] = [];
  for (const column of referenceColumns.columns) {
    const currentColumn = inCurrent.get(column.name);
    if (currentColumn === undefined) continue;
    const plan = planOf(column, currentColumn, rules, skip);
    computed.push(
      plan.kind === 'decided'
        ? plan.feature
        : plan.kind === 'counts'
          ? await byCounts.compare(column.name)
          : await featureInEngine(plan.kind, column, currentColumn, sides),
    );
  }
  return driftResultOf(
    {
      reference: { path: reference.label, kind: 'rows', rows: referenceColumns.rows },
      current: { path: current.label, kind: 'rows', rows: currentColumns.rows },
    },
    {
      reference: referenceColumns.columns.map(({ name }) => name),
      current: currentColumns.columns.map(({ name }) => name),
    },
    computed,
    rules,
    (isReadable) => [...byCounts.unreadable.values()].filter((entry) => isReadable(entry.column)),
  );
}

/** How a shared column is compared: left out, in the engine, or from value counts. */
type Plan =
  | { kind: 'decided'; feature: ComputedFeature }
  | { kind: 'numeric' | 'categorical' }
  | { kind: 'counts' };

function planOf(
  column: CountedColumn,
  currentColumn: CountedColumn,
  rules: DriftRules,
  skip: SkipReasons,
): Plan {
  const { name } = column;
  const left = leftOut(name, rules, skip);
  if (left) return { kind: 'decided', feature: left };
  const role = kindRole(name, column.kind, rules, () => ({
    distinct: column.distinct,
    count: column.present,
  }));
  if (role.role === 'skip') {
    return { kind: 'decided', feature: skippedFeature(name, 'skipped', role.reason) };
  }
  const currentKind = currentColumn.kind;
  if (role.role === 'numeric') {
    const numbers = currentKind === 'number' || currentKind === 'integer';
    return numbers && !role.time ? { kind: 'numeric' } : { kind: 'counts' };
  }
  const categories = currentKind === 'category' || currentKind === 'boolean';
  return categories ? { kind: 'categorical' } : { kind: 'counts' };
}

interface EngineSides {
  reference: OpenedQuerySource;
  current: OpenedQuerySource;
  referenceColumns: Described;
  currentColumns: Described;
}

/** One shared column's figures, computed in the engine. */
async function featureInEngine(
  kind: 'numeric' | 'categorical',
  column: CountedColumn,
  currentColumn: CountedColumn,
  sides: EngineSides,
): Promise<ComputedFeature> {
  const { name } = column;
  const connection = sides.reference.connection;
  const referenceSide: SideColumn = { relation: sides.reference.relation, column: name };
  const currentSide: SideColumn = { relation: sides.current.relation, column: name };
  if (kind === 'numeric') {
    return {
      kind: 'numeric',
      ...(await numericInEngine(name, connection, referenceSide, currentSide)),
    };
  }
  const counted = (side: SideColumn, described: Described, at: CountedColumn): CountedSide => ({
    ...side,
    present: at.present,
    missing: described.rows - at.present,
  });
  return {
    kind: 'categorical',
    ...(await categoricalInEngine(
      name,
      connection,
      counted(referenceSide, sides.referenceColumns, column),
      counted(currentSide, sides.currentColumns, currentColumn),
    )),
  };
}

/**
 * Compares one feature by the file code from both sides' value counts (dates
 * compared as numbers, a current type that does not match the reference's
 * role): each side's one column counted by the engine (scan-query-source.ts).
 */
function valueCountComparer(
  reference: OpenedQuerySource,
  current: OpenedQuerySource,
  rules: DriftRules,
  skip: SkipReasons,
) {
  const unreadable = new Map<string, UnreadableCells>();
  return {
    /** Cells of current text columns the reference holds as numbers that are not numbers. */
    unreadable,
    async compare(name: string): Promise<ComputedFeature> {
      const only = new Set([name]);
      const referenceScan = await scanQuerySource(reference, only);
      const currentScan = await scanQuerySource(current, only);
      const summary = referenceFromScan(referenceScan, rules, skip);
      return computeFeature(name, summary, currentScan, {
        rules,
        skip,
        textUnreadable: unreadable,
      });
    },
  };
}

/** The source's columns with their kinds, rows, present cells and (text) distinct values. */
async function describe(source: OpenedQuerySource): Promise<Described> {
  const columns = await queryColumns(source);
  const sql = columnCountsSql(
    source.connection.dialect,
    source.relation,
    columns.map(({ name, kind }) => ({ name, distinct: kind === 'category' })),
  );
  const { columns: names, rows } = await source.connection.query(sql);
  const cells = new Map(names.map((column, i) => [column.name, Number(rows[0]?.[i] ?? 0)]));
  return {
    rows: cells.get('row_count') ?? 0,
    columns: columns.map((column, i) => ({
      ...column,
      present: cells.get(`present_${i}`) ?? 0,
      distinct: cells.get(`distinct_${i}`) ?? 0,
    })),
  };
}
