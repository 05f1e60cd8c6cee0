/**
 * Writes a Frictionless Table Schema from the profile of a training file, for
 * a person to review and commit: a type per column, `required` where nothing
 * is missing, the observed range widened by a margin as minimum/maximum
 * (infer-range-slack.ts), an enum for text columns with few distinct values each
 * seen at least twice, `unique` for identifiers. `demoteFailingTypes`
 * then loosens any type the training file itself breaks (an integer column
 * written `3.0`, booleans spelled `yes`), so the schema passes on the data it
 * was inferred from.
 */
import type { ColumnProfile, TableProfile } from '../profile/profile-types.ts';
import { widenDateRange, widenNumberRange } from './infer-range-slack.ts';
import type { ValidationResult } from './validate-table.ts';

export interface TableSchemaJson {
  fields: FieldJson[];
  missingValues: string[];
  primaryKey?: string | string[];
}

export interface FieldJson {
  name: string;
  type: 'number' | 'integer' | 'string' | 'boolean' | 'date' | 'datetime';
  description?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    minimum?: number | string;
    maximum?: number | string;
    enum?: (string | number)[];
  };
}

export interface InferOptions {
  /** Text columns with at most this many distinct values, each seen at least twice, get an enum. */
  enumLimit: number;
  /** `omit`: no minimum/maximum; else the observed range widened by `margin` (0: as observed). */
  ranges: 'omit' | { margin: number };
  missingValues: readonly string[];
}

/**
 * A value seen once says the sample has not seen every value yet: the share of
 * rows holding a value seen once estimates the chance that the next row holds
 * a value never seen (Good 1953, the Good–Turing estimate), and an enum of the
 * seen values would reject that row.
 */
const enumMinCount = 2;

export function inferTableSchema(profile: TableProfile, options: InferOptions): TableSchemaJson {
  return {
    fields: profile.columns.map((c) => inferField(c, options)),
    missingValues: [...options.missingValues],
  };
}

function inferField(column: ColumnProfile, options: InferOptions): FieldJson {
  const constraints: NonNullable<FieldJson['constraints']> = {};
  if (column.missing === 0 && column.count > 0) constraints.required = true;
  const field: FieldJson = { name: column.name, type: 'string' };
  const numeric = column.numeric;
  const datetime = column.datetime;
  switch (column.kind) {
    case 'numeric':
      if (numeric) {
        const finiteOnly = numeric.nan + numeric.positiveInfinity + numeric.negativeInfinity === 0;
        field.type = numeric.integer && finiteOnly ? 'integer' : 'number';
        if (numeric.min !== null && numeric.max !== null && options.ranges !== 'omit') {
          const observed = { minimum: numeric.min, maximum: numeric.max };
          const integer = field.type === 'integer';
          Object.assign(constraints, widenNumberRange(observed, options.ranges.margin, integer));
        }
      }
      break;
    case 'boolean':
      field.type = 'boolean';
      break;
    case 'datetime':
      if (datetime) {
        field.type = datetime.dateOnly ? 'date' : 'datetime';
        if (datetime.min !== null && datetime.max !== null && options.ranges !== 'omit') {
          const observed = { minimum: datetime.min, maximum: datetime.max };
          const { minimum, maximum } = widenDateRange(observed, options.ranges.margin);
          constraints.minimum = isoText(minimum, datetime.dateOnly);
          constraints.maximum = isoText(maximum, datetime.dateOnly);
        }
      }
      break;
    case 'categorical': {
      const categories = column.categories;
      // Only when every cell is plain text: numbers or booleans among them would not match their canonical form.
      if (
        categories?.exact &&
        column.types.string === column.count &&
        categories.items.length <= options.enumLimit &&
        categories.items.every((item) => item.count >= enumMinCount)
      ) {
        constraints.enum = categories.items.map((item) => item.value).sort();
      }
      break;
    }
    case 'identifier':
      if (column.distinct.exact) constraints.unique = true;
      break;
    default:
      break;
  }
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/** `2014-02-28` for a date; `2014-02-28T13:45:00Z` (milliseconds only when not 0) for a datetime. */
function isoText(ms: number, dateOnly: boolean): string {
  const iso = new Date(ms).toISOString();
  return dateOnly ? iso.slice(0, iso.indexOf('T')) : iso.replace('.000Z', 'Z');
}

/**
 * Loosens the fields whose type the training file breaks: integer → number,
 * anything else → string (keeping required). Returns the names changed.
 */
export function demoteFailingTypes(schema: TableSchemaJson, result: ValidationResult): string[] {
  const failing = new Set(result.counts.filter((c) => c.kind === 'type').map((c) => c.column));
  const changed: string[] = [];
  for (const field of schema.fields) {
    if (!failing.has(field.name)) continue;
    changed.push(field.name);
    if (field.type === 'integer') {
      field.type = 'number';
      continue;
    }
    field.type = 'string';
    const required = field.constraints?.required;
    field.constraints = required ? { required } : undefined;
    if (!field.constraints) delete field.constraints;
  }
  return changed;
}
