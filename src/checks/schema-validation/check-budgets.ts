/**
 * The check's error budgets as validation reads them, and how a finding words
 * one: a finding within its budget warns, one above it fails, and its measure
 * is the share of rows found against the budget.
 */

import { percentsBeside } from '../../model/bound.ts';
import type { FindingSeverity, Measure } from '../../model/check.ts';
import type { Budgets, BudgetUse } from '../../table-schema/error-budget.ts';
import type { SchemaValidationConfig } from './schema-validation-config.ts';

export function budgetsOf(config: SchemaValidationConfig): Budgets {
  return {
    maxInvalidShare: config.max_invalid_share,
    fields: Object.fromEntries(
      Object.entries(config.fields ?? {}).map(([name, f]) => [name, f.max_invalid_share]),
    ),
    rules: Object.fromEntries(
      (config.row_rules ?? []).map((r, index) => [r.name ?? String(index), r.max_invalid_share]),
    ),
  };
}

/** Whether a budget was written for it, so the share, not the count, is what is gated. */
export function hasBudget(config: SchemaValidationConfig, own: number | undefined): boolean {
  return own !== undefined || config.max_invalid_share !== undefined;
}

export function severityOf(use: BudgetUse | undefined): FindingSeverity {
  return use?.within && use.invalid > 0 ? 'warn' : 'fail';
}

export function shareMeasure(
  figure: string,
  use: BudgetUse,
  reference?: Measure['reference'],
): Measure {
  return {
    figure,
    value: use.share,
    bound: { comparator: '<=', limit: use.budget },
    ...(reference ? { reference } : {}),
  };
}

/** "12 of 1461 rows (0.82 %), within the budget of 1 %". */
export function budgetWords(use: BudgetUse, rows: number): string {
  const [share, budget] = percentsBeside(use.share, use.budget);
  return `${use.invalid} of ${rows} rows (${share}) ${use.within ? 'within' : 'above'} the budget of ${budget}`;
}
