/**
 * schema_validation's results as a check outcome: the findings of each file,
 * the gated figures (cell errors, missing columns) before the row counts, a
 * summary per failing file, and the details: column problems, rows that
 * cannot be split, counts per column and kind, then the first rows of each kind.
 */
import type { CheckOutcome, DetailBlock, Figure } from '../../model/check.ts';
import { placeCells } from '../../table-schema/row-place.ts';
import { valuesWords } from '../../table-schema/row-rules-scan.ts';
import type { TableSchema } from '../../table-schema/table-schema.ts';
import { errorKinds, type ValidationResult } from '../../table-schema/validate-table.ts';
import { ruleFindings } from './rule-findings.ts';
import { schemaFindings, type Validated } from './schema-findings.ts';
import type { SchemaValidationConfig } from './schema-validation-config.ts';
import { uncheckedFindings } from './unchecked-findings.ts';

export function schemaValidationOutcome(
  config: SchemaValidationConfig,
  schema: TableSchema,
  validated: readonly Validated[],
): CheckOutcome {
  const sum = (pick: (result: ValidationResult) => number) =>
    validated.reduce((total, v) => total + pick(v.result), 0);
  const budgeted =
    config.max_invalid_share !== undefined ||
    Object.keys(config.fields ?? {}).length > 0 ||
    (config.row_rules ?? []).some((rule) => rule.max_invalid_share !== undefined);
  // Under a budget, errors are allowed; the findings weigh each against its budget.
  const gated = (name: string, value: number): Figure =>
    budgeted ? { name, value, threshold: 'within budget' } : zero(name, value);
  const figures: Figure[] = [
    gated(
      'cell errors',
      sum((result) => result.errorCount),
    ),
    ...(config.row_rules?.length
      ? [
          gated(
            'rule violations',
            sum((r) => r.rules.reduce((n, rule) => n + rule.count, 0)),
          ),
        ]
      : []),
    zero(
      'missing columns',
      sum((result) => result.missingColumns.length),
    ),
    ...validated.map(({ role, result }) => ({
      name: `${role} rows validated`,
      value: result.rows,
    })),
  ];
  return {
    kind: 'ran',
    summary: summaryOf(config, validated),
    figures,
    findings: [
      ...validated.flatMap((v) => [
        ...schemaFindings(v, config, schema),
        ...ruleFindings(v, config),
      ]),
      ...uncheckedFindings(schema),
    ],
    details: detailsOf(validated),
  };
}

function zero(name: string, value: number): Figure {
  return { name, value, threshold: '= 0', bound: { comparator: '==', limit: 0 } };
}

function summaryOf(config: SchemaValidationConfig, validated: readonly Validated[]): string {
  const failing = validated.filter((v) => !v.result.valid);
  if (failing.length === 0) {
    return `${validated.map((v) => `${v.role} (${v.result.rows} rows)`).join(' and ')} match ${config.schema}`;
  }
  return failing
    .map(({ role, result }) => {
      const parts = [
        result.errorCount > 0
          ? `${result.errorCount} cell error(s) in ${new Set(result.counts.map((c) => c.column)).size} column(s)`
          : '',
        result.missingColumns.length > 0 ? `${result.missingColumns.length} missing column(s)` : '',
        result.unexpectedColumns.length > 0
          ? `${result.unexpectedColumns.length} unexpected column(s)`
          : '',
        result.badRows.count > 0 ? `${result.badRows.count} bad row(s)` : '',
        ...result.rules
          .filter((rule) => rule.count > 0)
          .map((rule) => `${rule.count} row(s) breaking \`${rule.rule}\``),
        ...result.rules
          .filter((rule) => rule.missingFields.length > 0)
          .map((rule) => `\`${rule.rule}\` not checked`),
      ].filter(Boolean);
      return `${role}: ${parts.join(', ')}`;
    })
    .join('; ');
}

function detailsOf(validated: readonly Validated[]): DetailBlock[] {
  const details: DetailBlock[] = [];
  const counts = validated.flatMap(({ path, result }) =>
    result.counts.map((c) => [path, c.column, c.kind, c.count]),
  );
  const columnProblems = validated.flatMap(({ path, result }) => [
    ...result.missingColumns.map((column) => [path, column, 'missing column']),
    ...result.unexpectedColumns.map((column) => [path, column, 'unexpected column']),
  ]);
  if (columnProblems.length > 0) {
    details.push({
      type: 'table',
      title: 'Columns',
      header: ['file', 'column', 'problem'],
      rows: columnProblems,
    });
  }
  const badRows = validated.flatMap(({ path, result }) =>
    result.badRows.examples.map((b) => [path, b.row, b.line ?? null, b.problem]),
  );
  if (badRows.length > 0) {
    details.push({
      type: 'table',
      title: 'Rows that cannot be split into columns',
      header: ['file', 'row', 'line', 'problem'],
      rows: badRows,
    });
  }
  if (counts.length > 0) {
    details.push({
      type: 'table',
      title: 'Errors per column and kind',
      header: ['file', 'column', 'kind', 'count'],
      rows: counts,
    });
  }
  details.push(...ruleDetails(validated));
  for (const kind of errorKinds) {
    const rows = validated.flatMap(({ path, result }) =>
      result.counts
        .filter((c) => c.kind === kind)
        .flatMap((c) =>
          c.examples.map((e) => [path, ...placeCells(e), e.column, e.value, e.message]),
        ),
    );
    if (rows.length === 0) continue;
    details.push({
      type: 'table',
      title: `First rows with ${kind} errors`,
      header: ['file', 'row', 'line', 'column', 'value', 'problem'],
      rows,
    });
  }
  return details;
}

function ruleDetails(validated: readonly Validated[]): DetailBlock[] {
  const rules = validated.flatMap(({ path, result }) =>
    result.rules.map((r) => [path, r.label, r.rule, r.missingFields.length > 0 ? null : r.count]),
  );
  if (rules.length === 0) return [];
  const details: DetailBlock[] = [
    {
      type: 'table',
      title: 'Row rules',
      header: ['file', 'rule', 'expression', 'rows breaking it'],
      rows: rules,
    },
  ];
  const examples = validated.flatMap(({ path, result }) =>
    result.rules.flatMap((r) =>
      r.examples.map((e) => [path, ...placeCells(e), r.label, valuesWords(e.values)]),
    ),
  );
  if (examples.length > 0) {
    details.push({
      type: 'table',
      title: 'First rows breaking row rules',
      header: ['file', 'row', 'line', 'rule', 'values'],
      rows: examples,
    });
  }
  return details;
}
