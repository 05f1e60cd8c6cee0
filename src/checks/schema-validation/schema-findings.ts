/**
 * The findings of one validated file: a missing or unexpected column, rows
 * that cannot be split into columns, and one finding per column and broken
 * constraint (`<role>:<column>:<kind>`), so one can be waived without hiding
 * the others. A constraint broken in training and in serving data is one
 * cause; its measure is the count of cells that break it (bound: == 0), its
 * location the first of them. Under an error budget the measure is the share
 * of rows with an error in the column (bound: <= the budget), and a column
 * within its budget warns.
 */
import type { Finding, FindingLocation, Measure } from '../../model/check.ts';
import { type BudgetUse, columnUses } from '../../table-schema/error-budget.ts';
import { placeWords, type RowPlace } from '../../table-schema/row-place.ts';
import type { TableSchema } from '../../table-schema/table-schema.ts';
import type { ErrorCount, ValidationResult } from '../../table-schema/validate-table.ts';
import { budgetsOf, budgetWords, hasBudget, severityOf, shareMeasure } from './check-budgets.ts';
import { brokenCells, constraintReference } from './constraint-words.ts';
import type { SchemaValidationConfig } from './schema-validation-config.ts';

export type Role = 'training' | 'serving';

export interface Validated {
  role: Role;
  path: string;
  result: ValidationResult;
}

const key = 'checks.schema_validation';

export function schemaFindings(
  { role, path, result }: Validated,
  config: SchemaValidationConfig,
  schema: TableSchema,
): Finding[] {
  const findings: Finding[] = result.missingColumns.map((column) => ({
    id: `${role}:missing:${column}`,
    severity: 'fail',
    message: `${path} has no column "${column}", which ${config.schema} defines`,
    location: { path, column },
    cause: `missing:${column}`,
    fix: `Add the column "${column}" to ${path}, or remove its field from ${config.schema}.`,
  }));
  if (config.unexpected_columns !== 'ignore') {
    for (const column of result.unexpectedColumns) {
      findings.push({
        id: `${role}:unexpected:${column}`,
        severity: config.unexpected_columns,
        message: `${path} has a column "${column}" that ${config.schema} does not define; add it to the schema or drop it`,
        location: { path, column },
        fix: `Add a field "${column}" to ${config.schema} or drop the column from ${path}, or set \`${key}.unexpected_columns\` to ignore.`,
      });
    }
  }
  if (result.badRows.count > 0) findings.push(badRows(role, path, result));
  const uses = columnUses(result, budgetsOf(config));
  for (const count of result.counts) {
    const field = schema.fields.find((f) => f.name === count.column);
    const reference = constraintReference(field, count.kind);
    const budgeted = hasBudget(config, config.fields?.[count.column]?.max_invalid_share);
    const use = budgeted ? uses.get(count.column) : undefined;
    findings.push(brokenConstraint({ role, path, result, count, config, reference, use }));
  }
  return findings;
}

/**
 * Where the first broken row is: its line in a text file, else its data row
 * (Parquet), or in an SQL source the key that names it.
 */
export function rowAt(first: RowPlace | undefined): Partial<FindingLocation> {
  if (!first) return {};
  if (first.key !== undefined) return { key: first.key };
  return first.line === undefined ? { row: first.row } : { line: first.line };
}

function badRows(role: Role, path: string, result: ValidationResult): Finding {
  const first = result.badRows.examples[0];
  return {
    id: `${role}:bad-rows`,
    severity: 'fail',
    message: `${path}: ${result.badRows.count} row(s) cannot be split into the header's columns${first ? `; first at ${placeWords(first)}: ${first.problem}` : ''}`,
    location: { path, ...rowAt(first) },
    measure: {
      figure: 'rows that cannot be split into columns',
      value: result.badRows.count,
      bound: { comparator: '==', limit: 0 },
    },
    fix: `Fix the rows of ${path} so that each has the header's columns (quote separators inside values).`,
  };
}

interface BrokenConstraint {
  role: Role;
  path: string;
  result: ValidationResult;
  count: ErrorCount;
  config: SchemaValidationConfig;
  reference: Measure['reference'];
  /** The column's rows against its budget, when one is set. */
  use: BudgetUse | undefined;
}

function brokenConstraint({
  role,
  path,
  result,
  count,
  config,
  reference,
  use,
}: BrokenConstraint): Finding {
  const first = count.examples[0];
  const cells = brokenCells(count.column, count.kind);
  const budget = use
    ? `; rows with an error in ${count.column}: ${budgetWords(use, result.rows)}`
    : '';
  return {
    id: `${role}:${count.column}:${count.kind}`,
    severity: severityOf(use),
    message: `${path}, column ${count.column}: ${count.count} ${count.kind} error(s) in ${result.rows} rows${budget}${first ? `; first at ${placeWords(first)}: ${first.message}` : ''}`,
    location: { path, column: count.column, ...rowAt(first) },
    measure: use
      ? shareMeasure(`${count.column} invalid share`, use, reference)
      : {
          figure: cells,
          value: count.count,
          bound: { comparator: '==', limit: 0 },
          ...(reference ? { reference } : {}),
        },
    cause: `constraint:${count.column}:${count.kind}`,
    fix: `Fix the ${cells} in ${path}${first ? ` (first at ${placeWords(first)})` : ''}, or the field "${count.column}" in ${config.schema}${use ? ` or its budget (\`${key}.fields.${count.column}.max_invalid_share\`)` : ''} if the data is right.`,
  };
}
