/**
 * Data 1 ("feature expectations are captured in a schema") and Monitor 2
 * (serving data is checked against it): validates the training file and a
 * serving sample against the committed Frictionless Table Schema. Each column
 * and error kind of each file is a finding of its own, so one can be waived
 * without hiding the others; the report gives counts per column and kind, then
 * the first rows of each kind.
 */
import type { TableFile } from '../../config-fields/shared-schemas.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { DetailBlock, Figure, Finding } from '../../model/check.ts';
import { parseTableSchema } from '../../table-schema/table-schema.ts';
import { errorKinds, type ValidationResult } from '../../table-schema/validate-table.ts';
import { validateTableFile } from '../../table-schema/validate-table-file.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { type SchemaValidationConfig, schemaValidationConfig } from './schema-validation-config.ts';

type Role = 'training' | 'serving';

export const schemaValidation: CheckDefinition<typeof schemaValidationConfig> = {
  id: 'schema_validation',
  title: 'Training and serving data match the schema',
  rubric: ['data-1', 'monitor-2'],
  config: schemaValidationConfig,
  async run(config, { workspace }) {
    const schemaKey = 'checks.schema_validation.schema';
    const schema = parseTableSchema(
      await workspace.readText(config.schema, schemaKey),
      config.schema,
    );
    const validated: { role: Role; path: string; result: ValidationResult }[] = [];
    for (const role of ['training', 'serving'] as const) {
      const file: TableFile | undefined = config[role];
      if (file === undefined) continue;
      const { path, options } = tableFileOptions(file);
      const key = `checks.schema_validation.${role}`;
      if (options.missingValues) {
        throw new Error(
          `${key}.missing_values: for schema validation, missing values come from the schema; move them to "missingValues" in ${config.schema}`,
        );
      }
      const result = await validateTableFile(
        (scan) => workspace.scanTable(path, key, scan),
        schema,
        {
          maxExamples: config.max_examples,
          read: { format: options.format, delimiter: options.delimiter },
        },
      );
      validated.push({ role, path, result });
    }

    const findings = validated.flatMap(({ role, path, result }) =>
      findingsOf(role, path, result, config),
    );
    const cellErrors = validated.reduce((sum, v) => sum + v.result.errorCount, 0);
    const figures: Figure[] = [
      ...validated.map(({ role, result }) => ({
        name: `${role} rows validated`,
        value: result.rows,
      })),
      { name: 'cell errors', value: cellErrors, threshold: '= 0' },
      {
        name: 'missing columns',
        value: validated.reduce((sum, v) => sum + v.result.missingColumns.length, 0),
        threshold: '= 0',
      },
    ];
    const failing = validated.filter((v) => !v.result.valid);
    const summary =
      failing.length === 0
        ? `${validated.map((v) => `${v.role} (${v.result.rows} rows)`).join(' and ')} match ${config.schema}`
        : failing
            .map(({ role, result }) => {
              const parts = [
                result.errorCount > 0
                  ? `${result.errorCount} cell error(s) in ${new Set(result.counts.map((c) => c.column)).size} column(s)`
                  : '',
                result.missingColumns.length > 0
                  ? `${result.missingColumns.length} missing column(s)`
                  : '',
                result.unexpectedColumns.length > 0
                  ? `${result.unexpectedColumns.length} unexpected column(s)`
                  : '',
                result.badRows.count > 0 ? `${result.badRows.count} bad row(s)` : '',
              ].filter(Boolean);
              return `${role}: ${parts.join(', ')}`;
            })
            .join('; ');
    return { kind: 'ran', summary, figures, findings, details: detailsOf(validated) };
  },
};

function findingsOf(
  role: Role,
  path: string,
  result: ValidationResult,
  config: SchemaValidationConfig,
): Finding[] {
  const findings: Finding[] = [];
  for (const column of result.missingColumns) {
    findings.push({
      id: `${role}:missing:${column}`,
      severity: 'fail',
      message: `${path} has no column "${column}", which ${config.schema} defines`,
      location: { path, column },
    });
  }
  if (config.unexpected_columns !== 'ignore') {
    for (const column of result.unexpectedColumns) {
      findings.push({
        id: `${role}:unexpected:${column}`,
        severity: config.unexpected_columns,
        message: `${path} has a column "${column}" that ${config.schema} does not define; add it to the schema or drop it`,
        location: { path, column },
      });
    }
  }
  if (result.badRows.count > 0) {
    const first = result.badRows.examples[0];
    findings.push({
      id: `${role}:bad-rows`,
      severity: 'fail',
      message: `${path}: ${result.badRows.count} row(s) cannot be split into the header's columns${first ? `; first at row ${first.row}: ${first.problem}` : ''}`,
      location: { path, ...(first?.line === undefined ? {} : { line: first.line }) },
    });
  }
  for (const count of result.counts) {
    const first = count.examples[0];
    findings.push({
      id: `${role}:${count.column}:${count.kind}`,
      severity: 'fail',
      message: `${path}, column ${count.column}: ${count.count} ${count.kind} error(s) in ${result.rows} rows${first ? `; first at row ${first.row}: ${first.message}` : ''}`,
      location: {
        path,
        column: count.column,
        ...(first?.line === undefined ? {} : { line: first.line }),
      },
    });
  }
  return findings;
}

function detailsOf(
  validated: { role: Role; path: string; result: ValidationResult }[],
): DetailBlock[] {
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
