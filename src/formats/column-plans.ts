/**
 * Which columns of a file a scan reads, and as what kind: the columns the
 * settings name, then every other column as `otherColumns` (unless `skip`).
 * Also the plans of the second pass, which reads again as text the `auto`
 * columns whose first pass dropped a large dictionary.
 */
import type { CellChecks } from '../data/cell-checks.ts';
import type { ScanKind } from '../data/table-scan.ts';
import { TableReadError } from './table-read-error.ts';
import type { TableScanSettings } from './table-scan-settings.ts';

export interface ColumnPlan {
  name: string;
  /** Position of the column in each record. */
  index: number;
  kind: ScanKind;
  /** The cells' checks, for a numeric column scanned with them (TableScanOptions.cellChecks). */
  checks?: CellChecks;
}

type PlanSettings = Pick<TableScanSettings, 'source' | 'columns' | 'otherColumns'> &
  Partial<Pick<TableScanSettings, 'cellChecks'>>;

/** The plan of column `name` at `index`, read as `kind`. */
export function columnPlan(
  name: string,
  index: number,
  kind: ScanKind,
  settings: Partial<Pick<TableScanSettings, 'cellChecks'>>,
): ColumnPlan {
  const checked = settings.cellChecks ?? {};
  // Own keys only: a column named "constructor" has no checks unless given some.
  const checks = Object.hasOwn(checked, name) ? checked[name] : undefined;
  if (kind === 'category' || kind === 'auto' || checks === undefined) return { name, index, kind };
  return { name, index, kind, checks };
}

/** How the settings read column `name`: its own kind, else `otherColumns`. */
export function columnKind(name: string, settings: PlanSettings): ScanKind | 'skip' {
  return Object.hasOwn(settings.columns, name) ? settings.columns[name]! : settings.otherColumns;
}

/** The plans for a file with these columns; a requested column it lacks is an error naming it. */
export function planColumns(names: readonly string[], settings: PlanSettings): ColumnPlan[] {
  // A set, not names.includes: a wide table's schema names tens of thousands of columns.
  const present = new Set(names);
  for (const name of Object.keys(settings.columns)) {
    if (!present.has(name)) {
      throw new TableReadError(
        settings.source,
        undefined,
        `no column named "${name}"; the file has: ${names.join(', ')}`,
      );
    }
  }
  const plans: ColumnPlan[] = [];
  names.forEach((name, index) => {
    const kind = columnKind(name, settings);
    if (kind !== 'skip') plans.push(columnPlan(name, index, kind, settings));
  });
  return plans;
}

/** `auto` columns that fell back to text after their dictionary grew large: read again as text. */
export function textPassPlans(
  plans: readonly ColumnPlan[],
  needsTextPass: readonly boolean[],
): ColumnPlan[] {
  return plans
    .filter((_plan, c) => needsTextPass[c])
    .map((plan) => ({ ...plan, kind: 'category' as const }));
}
