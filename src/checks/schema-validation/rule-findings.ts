/**
 * The findings of a file's row rules: one per rule the file breaks
 * (`<role>:rule:<name or index>`), located at the first row that breaks it,
 * measured as the count of such rows (bound == 0) or, under an error budget,
 * their share (bound <= the budget; within it the finding warns). A rule that
 * reads a column the file lacks cannot run and fails with that column's cause.
 */
import type { Finding } from '../../model/check.ts';
import { budgetUse, ruleBudget } from '../../table-schema/error-budget.ts';
import { placeWords } from '../../table-schema/row-place.ts';
import { type RuleResult, valuesWords } from '../../table-schema/row-rules-scan.ts';
import { budgetsOf, budgetWords, hasBudget, severityOf, shareMeasure } from './check-budgets.ts';
import { type Role, rowAt, type Validated } from './schema-findings.ts';
import type { SchemaValidationConfig } from './schema-validation-config.ts';

export function ruleFindings(
  { role, path, result }: Validated,
  config: SchemaValidationConfig,
): Finding[] {
  return result.rules.flatMap((rule, index): Finding[] => {
    if (rule.missingFields.length > 0) return [unrunnable(role, path, rule, index)];
    if (rule.count === 0) return [];
    const own = config.row_rules?.[index]?.max_invalid_share;
    const use = hasBudget(config, own)
      ? budgetUse(rule.count, result.rows, ruleBudget(budgetsOf(config), rule.label))
      : undefined;
    const first = rule.examples[0];
    const figure = `rows where \`${rule.rule}\` is false`;
    return [
      {
        id: `${role}:rule:${rule.label}`,
        severity: severityOf(use),
        message: `${path}: ${rule.count} of ${result.rows} rows break the row rule \`${rule.rule}\`${use ? ` (${budgetWords(use, result.rows)})` : ''}${first ? `; first at ${placeWords(first)}: ${valuesWords(first.values)}` : ''}`,
        location: { path, ...(rule.fields[0] ? { column: rule.fields[0] } : {}), ...rowAt(first) },
        measure: use
          ? shareMeasure(`share of ${figure}`, use)
          : { figure, value: rule.count, bound: { comparator: '==', limit: 0 } },
        cause: `rule:${rule.label}`,
        fix: `Fix the rows of ${path} where \`${rule.rule}\` is false${first ? ` (first at ${placeWords(first)})` : ''}, or the rule${use ? ' or its max_invalid_share' : ''} in \`${ruleKey(index)}\` if the data is right.`,
      },
    ];
  });
}

function unrunnable(role: Role, path: string, rule: RuleResult, index: number): Finding {
  const missing = rule.missingFields;
  return {
    id: `${role}:rule:${rule.label}`,
    severity: 'fail',
    message: `${path}: the row rule \`${rule.rule}\` cannot be checked: the file has no column ${missing.map((m) => `"${m}"`).join(', ')}`,
    location: { path, column: missing[0]! },
    cause: `missing:${missing[0]}`,
    fix: `Add the column "${missing[0]}" to ${path}, or remove the rule \`${ruleKey(index)}\`.`,
  };
}

function ruleKey(index: number): string {
  return `checks.schema_validation.row_rules[${index}]`;
}
