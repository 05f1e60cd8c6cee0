/**
 * Validates a scanned table against a Table Schema: missing and unexpected
 * columns, rows that cannot be split into columns, and per cell the errors
 * type, required, minimum, maximum, enum, pattern, length (minLength,
 * maxLength) and unique (also for the primary key). Every error is counted
 * exactly per column and kind; the first `maxExamples` of each are listed with
 * data row, file line and the offending value.
 * Texts are checked once per distinct text (the scan dictionary-encodes them),
 * numbers by CellChecker (src/data/cell-checks.ts): during the scan, which
 * then keeps no rows of them (validationScanOptions), or in one pass over
 * their typed array when another check needs their rows; uniqueness sorts the
 * column and tracks rows only for values that repeat. Cost: O(n) per column
 * plus a sort for unique columns. Row rules (row-rules-scan.ts) then run on
 * every row. The rows with an error are counted per column too, for error budgets.
 */
import {
  CellChecker,
  type CellCheckResults,
  type CellChecks,
  type CellViolation,
  cellCheckKinds,
} from '../data/cell-checks.ts';
import {
  CELL_MISSING,
  CELL_PRESENT,
  type ScanCategoryColumn,
  type ScanColumn,
  type ScanKind,
  type ScanNumericColumn,
  type TableScan,
  type TableScanOptions,
} from '../data/table-scan.ts';
import { sortNumbersInPlace } from '../statistics/sort-numbers.ts';
import { defaultFalseValues, defaultTrueValues } from './boolean-values.ts';
import type { RowPlace } from './row-place.ts';
import type { RowRule } from './row-rule.ts';
import { checkRowRules, type RuleResult } from './row-rules-scan.ts';
import type { SchemaField, TableSchema } from './table-schema.ts';

export const errorKinds = [
  'type',
  'required',
  'minimum',
  'maximum',
  'enum',
  'pattern',
  'length',
  'unique',
] as const;
export type ErrorKind = (typeof errorKinds)[number];

/** In a file, its data row and line; in an SQL source, the key that names the row (row-place.ts). */
export type CellError = RowPlace & {
  column: string;
  kind: ErrorKind;
  /** The offending cell as text; null when it is missing. */
  value: string | null;
  message: string;
};

export interface ErrorCount {
  column: string;
  kind: ErrorKind;
  count: number;
  /** The first errors of this column and kind, in row order. */
  examples: CellError[];
}

export interface ValidationResult {
  source: string;
  /** Data rows read (rows that could not be split into columns are not among them). */
  rows: number;
  valid: boolean;
  /** Schema fields the file lacks. */
  missingColumns: string[];
  /** File columns the schema does not define. */
  unexpectedColumns: string[];
  badRows: {
    count: number;
    examples: { row: number; line: number | undefined; problem: string }[];
  };
  /** Cell errors in all. */
  errorCount: number;
  /** Per column and kind, in schema field order, only where there are errors. */
  counts: ErrorCount[];
  /** Per column with errors, the data rows with at least one (a row counts once however many kinds). */
  invalidRows: { column: string; rows: number }[];
  /** Per row rule, in the order given. */
  rules: RuleResult[];
}

/** How to scan a file for this schema: each field's type, texts for strings. */
export function scanOptionsFor(
  schema: TableSchema,
  present: (name: string) => boolean = () => true,
): TableScanOptions {
  const columns: Record<string, ScanKind> = {};
  for (const field of schema.fields)
    if (present(field.name)) columns[field.name] = scanKindOf(field);
  return { columns, otherColumns: 'skip', missingValues: schema.missingValues };
}

/**
 * How to scan a file to validate it: scanOptionsFor, and the numeric fields
 * whose errors are all cell by cell checked by the scan as it reads them
 * (src/data/cell-checks.ts), so their rows are never kept. A unique field,
 * a field of the primary key and a field a row rule reads are validated from
 * their rows.
 */
export function validationScanOptions(
  schema: TableSchema,
  options: { maxExamples: number; rules?: readonly RowRule[] },
  present: (name: string) => boolean = () => true,
): TableScanOptions {
  const scan = scanOptionsFor(schema, present);
  const byRows = new Set([...schema.primaryKey, ...(options.rules ?? []).flatMap((r) => r.fields)]);
  const cellChecks: Record<string, CellChecks> = {};
  for (const field of schema.fields) {
    if (!present(field.name) || byRows.has(field.name) || field.constraints.unique) continue;
    if (scanKindOf(field) === 'category') continue;
    // Outside the primary key, `required` is the field's own (validateScan adds the key's).
    cellChecks[field.name] = cellChecksOf(field, field.constraints.required, options.maxExamples);
  }
  return { ...scan, cellChecks };
}

/** A numeric field's cell constraints, as CellChecker checks them. */
function cellChecksOf(field: SchemaField, required: boolean, examples: number): CellChecks {
  const c = field.constraints;
  return {
    required,
    minimum: c.minimum,
    maximum: c.maximum,
    // Booleans are read as 1 and 0; a text cannot equal a number, and stays out of the set.
    allowed: c.enum?.flatMap((v) => (typeof v === 'string' ? [] : [Number(v)])),
    examples,
  };
}

function scanKindOf(field: SchemaField): ScanKind {
  switch (field.type) {
    case 'string':
      return 'category';
    case 'boolean':
      return sameValues(field.trueValues, defaultTrueValues) &&
        sameValues(field.falseValues, defaultFalseValues)
        ? 'boolean'
        : 'category';
    default:
      return field.type;
  }
}

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

export function validateScan(
  scan: TableScan,
  schema: TableSchema,
  options: { maxExamples: number; missingColumns?: readonly string[]; rules?: readonly RowRule[] },
): ValidationResult {
  const defined = new Set(schema.fields.map((f) => f.name));
  const present = new Set(scan.columnNames);
  const missingColumns = [
    ...(options.missingColumns ?? schema.fields.map((f) => f.name).filter((n) => !present.has(n))),
  ];
  const collector = new ErrorCollector(scan, options.maxExamples);
  const primaryKey = new Set(schema.primaryKey);
  for (const field of schema.fields) {
    const column = scan.column(field.name);
    if (!column) continue;
    const required = field.constraints.required || primaryKey.has(field.name);
    const unique =
      field.constraints.unique || (schema.primaryKey.length === 1 && primaryKey.has(field.name));
    if (column.kind === 'category') validateTexts(column, field, required, unique, collector);
    else validateNumbers(column, field, required, unique, collector, scan);
  }
  if (schema.primaryKey.length > 1) validateCompositeKey(scan, schema.primaryKey, collector);
  // A composite key's repeats come after the fields (a one-field key is that field).
  const columnOrder = schema.fields
    .map((f) => f.name)
    .concat(schema.primaryKey.length > 1 ? [schema.primaryKey.join(' + ')] : []);
  const counts = collector.results(columnOrder);
  const errorCount = counts.reduce((sum, c) => sum + c.count, 0);
  const unexpectedColumns = scan.columnNames.filter((name) => !defined.has(name));
  const rules = checkRowRules(scan, schema, options.rules ?? [], options.maxExamples);
  return {
    source: scan.source,
    rows: scan.rowCount,
    valid:
      errorCount === 0 &&
      missingColumns.length === 0 &&
      unexpectedColumns.length === 0 &&
      scan.badRowCount === 0 &&
      rules.every((rule) => rule.count === 0 && rule.missingFields.length === 0),
    missingColumns,
    unexpectedColumns,
    badRows: {
      count: scan.badRowCount,
      examples: scan.badRows
        .slice(0, options.maxExamples)
        .map((b) => ({ row: b.row, line: b.line, problem: b.problem })),
    },
    errorCount,
    counts,
    invalidRows: collector.invalidRows(columnOrder),
    rules,
  };
}

class ErrorCollector {
  private readonly byKey = new Map<string, ErrorCount>();
  /** Per column, a mark per row with an error (made when first needed), and how many rows have one. */
  private readonly rowsOf = new Map<string, { marked: Uint8Array | null; count: number }>();
  private readonly scan: TableScan;
  readonly maxExamples: number;

  constructor(scan: TableScan, maxExamples: number) {
    this.scan = scan;
    this.maxExamples = maxExamples;
  }

  /** The 1-based data row of a row index, for messages. */
  rowOf(index: number): number {
    return this.scan.dataRowOf(index);
  }

  add(column: string, kind: ErrorKind, index: number, value: string | null, message: string): void {
    const entry = this.entry(column, kind);
    entry.count++;
    this.markRow(column, index);
    if (entry.examples.length < this.maxExamples) {
      entry.examples.push({
        row: this.scan.dataRowOf(index),
        line: this.scan.lineOf(index),
        column,
        kind,
        value,
        message,
      });
    }
  }

  /**
   * Counts errors found elsewhere (e.g. by the scan), with examples already
   * located. They are the type errors of numeric columns, cells no other kind
   * can flag, so their rows are counted without marks.
   */
  addCounted(column: string, kind: ErrorKind, count: number, examples: CellError[]): void {
    const entry = this.entry(column, kind);
    entry.count += count;
    this.rows(column).count += count;
    entry.examples.push(...examples.slice(0, this.maxExamples - entry.examples.length));
  }

  private entry(column: string, kind: ErrorKind): ErrorCount {
    const key = `${column}\u0000${kind}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { column, kind, count: 0, examples: [] };
      this.byKey.set(key, entry);
    }
    return entry;
  }

  /**
   * Adds a numeric column's cell errors as CellChecker found them, each
   * described by `describe`. Their rows are counted here when the scan
   * checked the cells (`count rows`: no other check reads that column), or
   * were marked one by one (`rows marked`).
   */
  addChecked(
    column: string,
    results: CellCheckResults,
    describe: (violation: CellViolation) => { value: string | null; message: string },
    rows: 'count rows' | 'rows marked',
  ): void {
    results.counts.forEach((count, kind) => {
      if (count > 0) this.entry(column, cellCheckKinds[kind]!).count += count;
    });
    for (const violation of results.examples) {
      const { value, message } = describe(violation);
      this.entry(column, violation.kind).examples.push({
        row: this.scan.dataRowOf(violation.row),
        line: this.scan.lineOf(violation.row),
        column,
        kind: violation.kind,
        value,
        message,
      });
    }
    if (rows === 'count rows' && results.cells > 0) this.rows(column).count += results.cells;
  }

  private rows(column: string): { marked: Uint8Array | null; count: number } {
    let rows = this.rowsOf.get(column);
    if (!rows) {
      rows = { marked: null, count: 0 };
      this.rowsOf.set(column, rows);
    }
    return rows;
  }

  markRow(column: string, index: number): void {
    const rows = this.rows(column);
    rows.marked ??= new Uint8Array(this.scan.rowCount);
    if (rows.marked[index]) return;
    rows.marked[index] = 1;
    rows.count++;
  }

  invalidRows(columnOrder: readonly string[]): { column: string; rows: number }[] {
    const position = positions(columnOrder);
    return [...this.rowsOf.entries()]
      .filter(([, rows]) => rows.count > 0)
      .sort(([a], [b]) => (position.get(a) ?? -1) - (position.get(b) ?? -1))
      .map(([column, rows]) => ({ column, rows: rows.count }));
  }

  results(columnOrder: readonly string[]): ErrorCount[] {
    const position = positions(columnOrder);
    const rank = (e: ErrorCount) =>
      (position.get(e.column) ?? -1) * errorKinds.length + errorKinds.indexOf(e.kind);
    return [...this.byKey.values()].filter((e) => e.count > 0).sort((a, b) => rank(a) - rank(b));
  }
}

/** Each column's index, looked up in O(1): a wide table has tens of thousands of columns. */
function positions(columnOrder: readonly string[]): Map<string, number> {
  return new Map(columnOrder.map((name, index) => [name, index]));
}

function validateNumbers(
  column: ScanNumericColumn,
  field: SchemaField,
  required: boolean,
  unique: boolean,
  errors: ErrorCollector,
  scan: TableScan,
): void {
  const name = field.name;
  const show = displayOf(field);
  if (column.badCount > 0) {
    const examples = scan.badCells
      .filter((cell) => cell.column === name)
      .map((cell) => ({
        row: cell.row,
        line: cell.line,
        column: name,
        kind: 'type' as const,
        value: cell.value,
        message: `${JSON.stringify(cell.value)} is not ${typeWords[field.type]}`,
      }));
    errors.addCounted(name, 'type', column.badCount, examples);
  }
  const describe = (violation: CellViolation) => describeViolation(violation, field, show);
  if (column.checked) errors.addChecked(name, column.checked, describe, 'count rows');
  else {
    // The same checks the scan makes (CellChecker), on the column's rows; each row with an
    // error is marked, so that a row also flagged as a repeat (unique) counts once.
    const checker = new CellChecker(cellChecksOf(field, required, errors.maxExamples));
    const { values, status } = column;
    for (let i = 0; i < values.length; i++) {
      const state = status[i];
      const broken =
        state === CELL_MISSING
          ? checker.missing(i)
          : state === CELL_PRESENT && checker.present(i, values[i]!);
      if (broken) errors.markRow(name, i);
    }
    errors.addChecked(name, checker.finish(), describe, 'rows marked');
  }
  if (unique) validateUniqueNumbers(column, name, show, errors);
}

/** A numeric cell's error as validation lists it: its value as text, and what is wrong. */
function describeViolation(
  { kind, value }: CellViolation,
  field: SchemaField,
  show: (value: number) => string,
): { value: string | null; message: string } {
  const c = field.constraints;
  if (kind === 'required') {
    return { value: null, message: 'the value is missing but the field is required' };
  }
  if (kind !== 'enum' && Number.isNaN(value)) {
    return { value: 'NaN', message: "NaN is not within the field's range" };
  }
  const shown = show(value);
  if (kind === 'minimum') {
    return { value: shown, message: `${shown} is below the minimum ${show(c.minimum ?? 0)}` };
  }
  if (kind === 'maximum') {
    return { value: shown, message: `${shown} is above the maximum ${show(c.maximum ?? 0)}` };
  }
  const allowed = (c.enum ?? []).map((v) => show(Number(v))).join(', ');
  return { value: shown, message: `${shown} is not one of ${allowed}` };
}

function validateUniqueNumbers(
  column: ScanNumericColumn,
  name: string,
  show: (value: number) => string,
  errors: ErrorCollector,
): void {
  const { values, status } = column;
  const present = new Float64Array(column.presentCount);
  let length = 0;
  for (let i = 0; i < values.length; i++) {
    if (status[i] === CELL_PRESENT && !Number.isNaN(values[i]!)) present[length++] = values[i]!;
  }
  const sorted = sortNumbersInPlace(present.subarray(0, length));
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
  if (repeated.size === 0) return;
  const firstRow = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    if (status[i] !== CELL_PRESENT) continue;
    const value = values[i]!;
    if (!repeated.has(value)) continue;
    const first = firstRow.get(value);
    if (first === undefined) firstRow.set(value, i);
    else
      errors.add(
        name,
        'unique',
        i,
        show(value),
        `${show(value)} already appears in the field (data row ${errors.rowOf(first)}); values must be unique`,
      );
  }
}

function validateTexts(
  column: ScanCategoryColumn,
  field: SchemaField,
  required: boolean,
  unique: boolean,
  errors: ErrorCollector,
): void {
  const name = field.name;
  const c = field.constraints;
  // Check each distinct text once; rows then look their problems up by code.
  const problems: { kind: ErrorKind; message: string }[][] = column.dictionary.map((text) => {
    const found: { kind: ErrorKind; message: string }[] = [];
    if (field.type === 'boolean') {
      const isTrue = field.trueValues.includes(text);
      if (!isTrue && !field.falseValues.includes(text)) {
        found.push({
          kind: 'type',
          message: `${JSON.stringify(text)} is not a boolean (true values: ${field.trueValues.join(', ')}; false values: ${field.falseValues.join(', ')})`,
        });
      } else if (c.enum && !c.enum.includes(isTrue)) {
        found.push({ kind: 'enum', message: `${text} is not one of ${c.enum.join(', ')}` });
      }
      return found;
    }
    if (c.enum && !c.enum.includes(text)) {
      found.push({
        kind: 'enum',
        message: `${JSON.stringify(text)} is not one of ${c.enum.map((v) => JSON.stringify(v)).join(', ')}`,
      });
    }
    if (c.pattern && !c.pattern.test(text)) {
      found.push({
        kind: 'pattern',
        message: `${JSON.stringify(text)} does not match the pattern ${c.patternSource}`,
      });
    }
    if (c.minLength !== undefined || c.maxLength !== undefined) {
      const length = [...text].length;
      if (c.minLength !== undefined && length < c.minLength) {
        found.push({
          kind: 'length',
          message: `${JSON.stringify(text)} has ${length} characters, fewer than minLength ${c.minLength}`,
        });
      } else if (c.maxLength !== undefined && length > c.maxLength) {
        found.push({
          kind: 'length',
          message: `${JSON.stringify(text)} has ${length} characters, more than maxLength ${c.maxLength}`,
        });
      }
    }
    return found;
  });
  const anyProblem = problems.some((p) => p.length > 0);
  const seen = unique ? new Uint8Array(column.dictionary.length) : undefined;
  const firstRow = unique ? new Int32Array(column.dictionary.length) : undefined;
  const repeats = unique && column.counts.some((count) => count > 1);
  if (!anyProblem && !required && !repeats) return;
  const { codes } = column;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < 0) {
      if (required)
        errors.add(name, 'required', i, null, 'the value is missing but the field is required');
      continue;
    }
    const text = column.dictionary[code]!;
    for (const problem of problems[code]!) errors.add(name, problem.kind, i, text, problem.message);
    if (repeats) {
      if (seen![code]) {
        errors.add(
          name,
          'unique',
          i,
          text,
          `${JSON.stringify(text)} already appears in the field (data row ${errors.rowOf(firstRow![code]!)}); values must be unique`,
        );
      } else {
        seen![code] = 1;
        firstRow![code] = i;
      }
    }
  }
}

function validateCompositeKey(
  scan: TableScan,
  key: readonly string[],
  errors: ErrorCollector,
): void {
  const columns = key
    .map((name) => scan.column(name))
    .filter((c): c is ScanColumn => c !== undefined);
  if (columns.length !== key.length) return;
  const label = key.join(' + ');
  const firstRow = new Map<string, number>();
  for (let i = 0; i < scan.rowCount; i++) {
    const parts: string[] = [];
    let complete = true;
    for (const column of columns) {
      if (column.kind === 'category') {
        const code = column.codes[i]!;
        if (code < 0) complete = false;
        else parts.push(column.dictionary[code]!);
      } else if (column.status[i] === CELL_PRESENT) parts.push(String(column.values[i]));
      else complete = false;
    }
    if (!complete) continue;
    const joined = JSON.stringify(parts);
    const first = firstRow.get(joined);
    if (first === undefined) firstRow.set(joined, i);
    else
      errors.add(
        label,
        'unique',
        i,
        parts.join(', '),
        `the primary key (${label}) = (${parts.join(', ')}) already appears in data row ${errors.rowOf(first)}`,
      );
  }
}

export const typeWords: Record<SchemaField['type'], string> = {
  number: 'a number',
  integer: 'an integer',
  string: 'a string',
  boolean: 'a boolean (true/false/1/0)',
  date: 'a date written YYYY-MM-DD that exists on the calendar',
  datetime: 'an ISO 8601 datetime',
};

function displayOf(field: SchemaField): (value: number) => string {
  if (field.type === 'date') return (ms) => new Date(ms).toISOString().slice(0, 10);
  if (field.type === 'datetime') return (ms) => new Date(ms).toISOString();
  if (field.type === 'boolean') return (v) => (v === 1 ? 'true' : 'false');
  return (v) => String(v);
}
