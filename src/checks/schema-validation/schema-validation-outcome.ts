/**
 * schema_validation's results as a check outcome: the findings of each file,
 * the gated figures (cell errors, missing columns) before the row counts, a
 * summary per failing file, and the details: column problems, rows that
 * cannot be split, counts per column and kind, then the first rows of each kind.
 */
import type { CheckOutcome, DetailBlock, Figure } from '../../model/check.ts';
import type { TableSchema } from '../../table-schema/table-schema.ts';
import { errorKinds, type ValidationResult } from '../../table-schema/validate-table.ts';
import { schemaFindings, type Validated } from './schema-findings.ts';
import type { SchemaValidationConfig } from './schema-validation-config.ts';

export function schemaValidationOutcome(
  config: SchemaValidationConfig,
  schema: TableSchema,
  validated: readonly Validated[],
): CheckOutcome {
  const sum = (pick: (result: ValidationResult) => number) =>
    validated.reduce((total, v) => total + pick(v.result), 0);
  const figures: Figure[] = [
    {
      name: 'cell errors',
      value: sum((result) => result.errorCount),
      threshold: '= 0',
      bound: { comparator: '==', limit: 0 },
    },
    {
      name: 'missing columns',
      value: sum((result) => result.missingColumns.length),
      threshold: '= 0',
      bound: { comparator: '==', limit: 0 },
    },
    ...validated.map(({ role, result }) => ({
      name: `${role} rows validated`,
      value: result.rows,
    })),
  ];
  return {
    kind: 'ran',
    summary: summaryOf(config, validated),
    figures,
    findings: validated.flatMap((v) => schemaFindings(v, config, schema)),
    details: detailsOf(validated),
  };
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
  for (const kind of errorKinds) {
    const rows = validated.flatMap(({ path, result }) =>
      result.counts
        .filter((c) => c.kind === kind)
        .flatMap((c) =>
          c.examples.map((e) => [path, e.row, e.line ?? null, e.column, e.value, e.message]),
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
