/**
 * Runs row rules (row-rule.ts) over a scanned table: each rule on every row,
 * counting the rows that make it false and keeping the first `maxExamples`
 * with their data row, file line and the values the rule read. A rule whose
 * fields the file lacks is not run; its result says which are missing.
 * Cost: O(rows × rule size) per rule.
 */
import { CELL_PRESENT, type ScanColumn, type TableScan } from '../data/table-scan.ts';
import type { RowPlace } from './row-place.ts';
import type { RowRule } from './row-rule.ts';
import { evaluateRule, type RuleValue } from './row-rule-evaluator.ts';
import type { SchemaField, TableSchema } from './table-schema.ts';

/** In a file, its data row and line; in an SQL source, the key that names the row (row-place.ts). */
export type RuleViolation = RowPlace & {
  /** The fields the rule read on that row, as the rule saw them. */
  values: Record<string, RuleValue>;
};

export interface RuleResult {
  label: string;
  rule: string;
  /** The fields it reads. */
  fields: string[];
  /** Rows that make the rule false (a row where it is unknown, for a missing cell, is not one). */
  count: number;
  examples: RuleViolation[];
  /** Fields the rule reads that the file lacks; the rule was not run. */
  missingFields: string[];
}

export function checkRowRules(
  scan: TableScan,
  schema: TableSchema,
  rules: readonly RowRule[],
  maxExamples: number,
): RuleResult[] {
  return rules.map((rule) => {
    const result: RuleResult = {
      label: rule.label,
      rule: rule.source,
      fields: rule.fields,
      count: 0,
      examples: [],
      missingFields: rule.fields.filter((name) => !scan.column(name)),
    };
    if (result.missingFields.length > 0) return result;
    const readers = new Map(
      rule.fields.map((name) => [
        name,
        cellReader(scan.column(name)!, schema.fields.find((f) => f.name === name)!),
      ]),
    );
    let row = 0;
    const field = (name: string) => readers.get(name)!(row);
    for (; row < scan.rowCount; row++) {
      if (evaluateRule(rule.node, field) !== false) continue;
      result.count++;
      if (result.examples.length < maxExamples) {
        result.examples.push({
          row: scan.dataRowOf(row),
          line: scan.lineOf(row),
          values: Object.fromEntries(rule.fields.map((name) => [name, field(name)])),
        });
      }
    }
    return result;
  });
}

/** A cell as a rule sees it: null when missing or unreadable, dates as ISO text. */
function cellReader(column: ScanColumn, field: SchemaField): (row: number) => RuleValue {
  if (column.kind === 'category') {
    const { codes, dictionary } = column;
    if (field.type !== 'boolean')
      return (row) => (codes[row]! < 0 ? null : dictionary[codes[row]!]!);
    const truth = dictionary.map((text) =>
      field.trueValues.includes(text) ? true : field.falseValues.includes(text) ? false : null,
    );
    return (row) => (codes[row]! < 0 ? null : truth[codes[row]!]!);
  }
  const { values, status } = column;
  const present = (row: number) => status[row] === CELL_PRESENT;
  switch (column.kind) {
    case 'boolean':
      return (row) => (present(row) ? values[row] === 1 : null);
    case 'date':
      return (row) => (present(row) ? new Date(values[row]!).toISOString().slice(0, 10) : null);
    case 'datetime':
      return (row) => (present(row) ? new Date(values[row]!).toISOString() : null);
    default:
      return (row) => (present(row) ? values[row]! : null);
  }
}

/** A violation's values in words: "temp_max = 5, temp_min = 7.2, weather = missing". */
export function valuesWords(values: RuleViolation['values']): string {
  return Object.entries(values)
    .map(([name, value]) => `${name} = ${value === null ? 'missing' : JSON.stringify(value)}`)
    .join(', ');
}
