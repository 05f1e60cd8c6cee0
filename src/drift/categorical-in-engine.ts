/**
 * Every drift figure of one categorical feature whose two sides are in one
 * SQL engine: both sides' cells counted per category there (GROUP BY, the
 * categories most frequent on both sides together first), then the same
 * figures as for files (categorical-drift.ts). Past `categoryLimit`
 * categories the rest of each side is pooled as "(other)", and the notes say
 * so; the limit is ten times the most categories a profile calls categorical,
 * so ordinary data is never pooled.
 */
import { categoryCountsSql, type SideColumn } from '../sql/drift-queries.ts';
import type { SqlConnection } from '../workspace/sql-source.ts';
import {
  type CategoricalFigures,
  categoricalFigures,
  otherCategories,
} from './categorical-drift.ts';
import { categoricalSideFromCounts } from './categorical-side.ts';

export const categoryLimit = 10_000;

/** A side's column with its present and missing cells (counted when the columns were described). */
export interface CountedSide extends SideColumn {
  present: number;
  missing: number;
}

export async function categoricalInEngine(
  name: string,
  connection: SqlConnection,
  reference: CountedSide,
  current: CountedSide,
  limit = categoryLimit,
): Promise<CategoricalFigures> {
  const { rows } = await connection.query(
    categoryCountsSql(connection.dialect, reference, current, limit + 1),
  );
  const listed = rows.slice(0, limit);
  const referenceCounts = new Map<string, number>();
  const currentCounts = new Map<string, number>();
  for (const [category, referenceCount, currentCount] of listed) {
    const text = String(category);
    if (Number(referenceCount) > 0) referenceCounts.set(text, Number(referenceCount));
    if (Number(currentCount) > 0) currentCounts.set(text, Number(currentCount));
  }
  const pooled = rows.length > limit;
  if (pooled) {
    pool(referenceCounts, reference.present);
    pool(currentCounts, current.present);
  }
  const figures = categoricalFigures(
    name,
    categoricalSideFromCounts(referenceCounts, reference.present, reference.missing),
    categoricalSideFromCounts(currentCounts, current.present, current.missing),
  );
  if (pooled) {
    figures.result.notes.push(
      `more than ${limit} categories: the ${limit} most frequent on both sides together are compared, the rest of each side is pooled as "${otherCategories}"`,
    );
  }
  return figures;
}

/** The cells of the categories not listed, as one "(other)" category. */
function pool(counts: Map<string, number>, total: number): void {
  let listed = 0;
  for (const count of counts.values()) listed += count;
  if (total > listed) counts.set(otherCategories, total - listed);
}
