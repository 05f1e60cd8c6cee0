/**
 * Error budgets (Great Expectations' `mostly`, turned around): the share of a
 * file's rows that may break one field's constraints, or one row rule, before
 * validation fails. A field or rule without a budget of its own takes the
 * file-wide default; without any, the budget is 0 (every error fails). Rows
 * that cannot be split into columns and missing columns are not budgeted:
 * they fail. Cost: O(columns + rules).
 */
import type { ValidationResult } from './validate-table.ts';

export interface Budgets {
  /** The default share of rows that may be invalid per field and per rule. */
  maxInvalidShare?: number | undefined;
  /** Per field name. */
  fields?: Readonly<Record<string, number | undefined>>;
  /** Per rule, by its label. */
  rules?: Readonly<Record<string, number | undefined>>;
}

/** One field's or rule's invalid rows against its budget. */
export interface BudgetUse {
  invalid: number;
  /** invalid / rows; 0 for a file without rows. */
  share: number;
  budget: number;
  within: boolean;
}

export function budgetUse(invalid: number, rows: number, budget: number): BudgetUse {
  const share = rows === 0 ? 0 : invalid / rows;
  return { invalid, share, budget, within: share <= budget };
}

export function fieldBudget(budgets: Budgets, column: string): number {
  return budgets.fields?.[column] ?? budgets.maxInvalidShare ?? 0;
}

export function ruleBudget(budgets: Budgets, label: string): number {
  return budgets.rules?.[label] ?? budgets.maxInvalidShare ?? 0;
}

/** The budget use of each column with errors. */
export function columnUses(result: ValidationResult, budgets: Budgets): Map<string, BudgetUse> {
  return new Map(
    result.invalidRows.map(({ column, rows }) => [
      column,
      budgetUse(rows, result.rows, fieldBudget(budgets, column)),
    ]),
  );
}

export type Verdict = 'valid' | 'within budget' | 'invalid';

/** valid: no error; within budget: errors, each field and rule within its budget. */
export function verdictOf(result: ValidationResult, budgets: Budgets): Verdict {
  if (result.valid) return 'valid';
  const structural =
    result.missingColumns.length > 0 ||
    result.unexpectedColumns.length > 0 ||
    result.badRows.count > 0 ||
    result.rules.some((rule) => rule.missingFields.length > 0);
  const columnsWithin = [...columnUses(result, budgets).values()].every((use) => use.within);
  const rulesWithin = result.rules.every(
    (rule) => budgetUse(rule.count, result.rows, ruleBudget(budgets, rule.label)).within,
  );
  return !structural && columnsWithin && rulesWithin ? 'within budget' : 'invalid';
}
