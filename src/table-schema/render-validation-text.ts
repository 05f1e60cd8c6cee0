/**
 * The terminal report of a validation: verdict (valid, within budget or
 * invalid), columns, counts per column and kind with each column's share of
 * invalid rows against its budget, row rules, first errors; and, once per
 * schema, the properties validation does not check.
 */

import { percentsBeside } from '../model/bound.ts';
import { type Budgets, budgetUse, columnUses, ruleBudget, verdictOf } from './error-budget.ts';
import type { RowPlace } from './row-place.ts';
import { valuesWords } from './row-rules-scan.ts';
import type { UncheckedProperty } from './table-schema.ts';
import type { ValidationResult } from './validate-table.ts';

export function renderValidationText(result: ValidationResult, budgets: Budgets = {}): string {
  const lines: string[] = [];
  const problems = [
    result.errorCount > 0 ? `${result.errorCount} cell error(s)` : '',
    result.missingColumns.length > 0
      ? `missing column(s): ${result.missingColumns.join(', ')}`
      : '',
    result.unexpectedColumns.length > 0
      ? `unexpected column(s): ${result.unexpectedColumns.join(', ')}`
      : '',
    result.badRows.count > 0
      ? `${result.badRows.count} row(s) not split into the header's columns`
      : '',
    ...result.rules
      .filter((rule) => rule.count > 0)
      .map((rule) => `${rule.count} row(s) breaking ${rule.rule}`),
  ].filter(Boolean);
  const verdict = verdictOf(result, budgets).toUpperCase();
  lines.push(
    `${result.source}: ${verdict} — ${result.rows} rows${problems.length > 0 ? `; ${problems.join('; ')}` : ''}`,
  );
  for (const bad of result.badRows.examples) {
    lines.push(`  ${where(result.source, bad)}: ${bad.problem}`);
  }
  if (result.counts.length > 0) lines.push(...cellErrorLines(result, budgets));
  if (result.rules.length > 0) lines.push(...ruleLines(result, budgets));
  return `${lines.join('\n')}\n`;
}

function cellErrorLines(result: ValidationResult, budgets: Budgets): string[] {
  const lines: string[] = [];
  const uses = columnUses(result, budgets);
  const columnWidth = Math.max(6, ...result.counts.map((c) => c.column.length));
  lines.push('', `  ${'column'.padEnd(columnWidth)}  ${'kind'.padEnd(8)}  count`);
  for (const c of result.counts)
    lines.push(`  ${c.column.padEnd(columnWidth)}  ${c.kind.padEnd(8)}  ${c.count}`);
  // Without a budget every error fails; shares would only repeat the counts.
  if (budgets.maxInvalidShare !== undefined)
    lines.push('', '  invalid rows per column (share / budget):');
  for (const [column, use] of budgets.maxInvalidShare === undefined ? [] : uses) {
    lines.push(
      `  ${column.padEnd(columnWidth)}  ${use.invalid} (${percentsBeside(use.share, use.budget).join(' / ')}) ${use.within ? 'within budget' : 'over budget'}`,
    );
  }
  lines.push('', '  first errors:');
  for (const c of result.counts) {
    for (const e of c.examples)
      lines.push(`  ${where(result.source, e)}, ${e.column} [${e.kind}]: ${e.message}`);
    if (c.count > c.examples.length)
      lines.push(`  … ${c.count - c.examples.length} more ${c.kind} error(s) in ${c.column}`);
  }
  return lines;
}

function ruleLines(result: ValidationResult, budgets: Budgets): string[] {
  const budgeted = budgets.maxInvalidShare !== undefined;
  const lines = ['', `  row rules (rows breaking it${budgeted ? ', share / budget' : ''}):`];
  for (const rule of result.rules) {
    if (rule.missingFields.length > 0) {
      lines.push(
        `  ${rule.rule}: not checked, the file has no column ${rule.missingFields.join(', ')}`,
      );
      continue;
    }
    const use = budgetUse(rule.count, result.rows, ruleBudget(budgets, rule.label));
    lines.push(
      `  ${rule.rule}: ${rule.count}${budgeted ? ` (${percentsBeside(use.share, use.budget).join(' / ')})${rule.count === 0 ? '' : use.within ? ' within budget' : ' over budget'}` : ''}`,
    );
    for (const e of rule.examples)
      lines.push(`    ${where(result.source, e)}: ${valuesWords(e.values)}`);
    if (rule.count > rule.examples.length)
      lines.push(`    … ${rule.count - rule.examples.length} more row(s)`);
  }
  return lines;
}

/** The schema properties validation went without, one line each; empty when there are none. */
export function renderUncheckedText(unchecked: readonly UncheckedProperty[]): string {
  return unchecked
    .map(
      (entry) =>
        `warning: ${entry.file}${entry.line ? `:${entry.line}` : ''}: \`${entry.key}\`: ${entry.message}; ${entry.fix}\n`,
    )
    .join('');
}

function where(source: string, place: RowPlace): string {
  if (place.key !== undefined) return `${source} (${place.key})`;
  return place.line === undefined
    ? `${source} row ${place.row}`
    : `${source}:${place.line} (row ${place.row})`;
}
