/**
 * How a broken schema constraint reads in a finding's measure: the cells it
 * counts ("body_mass_g cells above maximum") and the schema's limit they are
 * compared with (maximum 7500), dates shown as dates rather than the epoch
 * milliseconds the schema is parsed to.
 */
import type { Measure } from '../../model/check.ts';
import type { SchemaField } from '../../table-schema/table-schema.ts';
import type { ErrorKind } from '../../table-schema/validate-table.ts';

const cellWords: Record<ErrorKind, string> = {
  type: 'not of its type',
  required: 'missing (required)',
  minimum: 'below minimum',
  maximum: 'above maximum',
  enum: 'not in its enum',
  pattern: 'not matching its pattern',
  length: 'of a length out of bounds',
  unique: 'duplicated (unique)',
};

export function brokenCells(column: string, kind: ErrorKind): string {
  return `${column} cells ${cellWords[kind]}`;
}

/** The schema's side of the comparison, where it is one value. */
export function constraintReference(
  field: SchemaField | undefined,
  kind: ErrorKind,
): Measure['reference'] | undefined {
  if (!field) return undefined;
  const c = field.constraints;
  if (kind === 'type') return { label: 'type', value: field.type };
  if (kind === 'pattern' && c.patternSource !== undefined)
    return { label: 'pattern', value: c.patternSource };
  const limit = kind === 'minimum' ? c.minimum : kind === 'maximum' ? c.maximum : undefined;
  if (limit === undefined) return undefined;
  return { label: kind, value: shown(field, limit) };
}

function shown(field: SchemaField, value: number): number | string {
  if (field.type === 'date') return new Date(value).toISOString().slice(0, 10);
  if (field.type === 'datetime') return new Date(value).toISOString();
  return value;
}
