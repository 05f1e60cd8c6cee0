/**
 * Frictionless Table Schema v1 (https://specs.frictionlessdata.io/table-schema/),
 * the subset mlgate validates: field types number, integer, string, boolean,
 * date, datetime; constraints required, unique, minimum, maximum, enum,
 * pattern, minLength, maxLength; `missingValues`; `primaryKey`. A schema file
 * is checked with zod, then for meaning (a primary key that names no field,
 * a pattern that does not compile, minimum above maximum), and every problem
 * names the file, line and key with the fix.
 */
import { z } from 'zod';
import { joinPath } from '../formats/document-locations.ts';
import { parseIsoDate, parseIsoDatetime } from '../formats/parse-date.ts';
import { JsonFileError, parseJsonFile } from '../formats/parse-json-file.ts';
import { errorMessage } from '../model/error-message.ts';

export const fieldTypes = ['number', 'integer', 'string', 'boolean', 'date', 'datetime'] as const;
export type FieldType = (typeof fieldTypes)[number];

const frictionlessTypes = [
  'object',
  'array',
  'time',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const constraints = z.strictObject({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  minimum: z.union([z.number(), z.string()]).optional(),
  maximum: z.union([z.number(), z.string()]).optional(),
  enum: z.array(scalar).min(1, { error: 'an enum lists at least one value' }).optional(),
  pattern: z.string().optional(),
  minLength: z.int().min(0).optional(),
  maxLength: z.int().min(0).optional(),
});

const field = z.strictObject({
  name: z.string().min(1, { error: 'a field needs a non-empty name: the column header' }),
  title: z.string().optional(),
  description: z.string().optional(),
  example: z.unknown().optional(),
  type: z
    .string()
    .refine((type) => (fieldTypes as readonly string[]).includes(type), {
      error: (issue) =>
        frictionlessTypes.includes(String(issue.input))
          ? `mlgate does not validate type "${issue.input}"; use one of ${fieldTypes.join(', ')} (a "string" field accepts any text)`
          : `unknown type "${issue.input}"; Table Schema types mlgate validates: ${fieldTypes.join(', ')}`,
    })
    .optional(),
  format: z
    .literal('default', {
      error:
        'mlgate reads only the default format (ISO 8601 dates, plain numbers); remove "format"',
    })
    .optional(),
  constraints: constraints.optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
});

const tableSchemaJson = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  fields: z
    .array(field, { error: 'a Table Schema has "fields": a list of {"name": …, "type": …}' })
    .min(1, { error: 'list at least one field' }),
  missingValues: z
    .array(z.string(), { error: 'missingValues is a list of texts, e.g. ["", "NA"]' })
    .optional(),
  primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
});

export interface FieldConstraints {
  required: boolean;
  unique: boolean;
  /** Numbers; for date and datetime fields, epoch milliseconds. */
  minimum: number | undefined;
  maximum: number | undefined;
  /** Enum values: texts for string fields, numbers (epoch ms for dates) or booleans otherwise. */
  enum: readonly (string | number | boolean)[] | undefined;
  /** Anchored: the whole cell must match. */
  pattern: RegExp | undefined;
  patternSource: string | undefined;
  minLength: number | undefined;
  maxLength: number | undefined;
}

export interface SchemaField {
  name: string;
  type: FieldType;
  constraints: FieldConstraints;
  trueValues: readonly string[];
  falseValues: readonly string[];
}

export interface TableSchema {
  fields: readonly SchemaField[];
  missingValues: readonly string[];
  primaryKey: readonly string[];
}

export const defaultTrueValues = ['true', 'True', 'TRUE', '1'];
export const defaultFalseValues = ['false', 'False', 'FALSE', '0'];

/** Parses and checks a Table Schema file's text; throws a JsonFileError naming file, line and key. */
export function parseTableSchema(text: string, source: string): TableSchema {
  const json = parseJsonFile(text, source, tableSchemaJson, (data) =>
    data !== null && typeof data === 'object' && 'fields' in data
      ? undefined
      : 'not a Table Schema: it needs "fields", a list of {"name": …, "type": …}; create one with `mlgate schema infer DATA -o schema.json`',
  );
  const problems: string[] = [];
  const problem = (path: (string | number)[], message: string) =>
    problems.push(`${source}: \`${joinPath(path)}\`: ${message}`);
  const names = new Set<string>();
  const fields = json.fields.map((raw, index): SchemaField => {
    if (names.has(raw.name))
      problem(['fields', index, 'name'], `field "${raw.name}" is defined twice`);
    names.add(raw.name);
    const type = (raw.type ?? 'string') as FieldType;
    const c = raw.constraints ?? {};
    const at = (key: string) => ['fields', index, 'constraints', key];
    const bound = (key: 'minimum' | 'maximum') => {
      const value = c[key];
      if (value === undefined) return undefined;
      const parsed = parseBound(type, value);
      if (parsed === undefined) problem(at(key), boundHint(type, value));
      return parsed;
    };
    const minimum = bound('minimum');
    const maximum = bound('maximum');
    if (minimum !== undefined && maximum !== undefined && minimum > maximum) {
      problem(
        at('minimum'),
        `minimum ${c.minimum} is above maximum ${c.maximum}; no value could pass`,
      );
    }
    if (
      (c.minLength !== undefined || c.maxLength !== undefined || c.pattern !== undefined) &&
      type !== 'string'
    ) {
      problem(
        at(c.pattern !== undefined ? 'pattern' : 'minLength'),
        'pattern, minLength and maxLength apply to string fields only',
      );
    }
    if (c.minLength !== undefined && c.maxLength !== undefined && c.minLength > c.maxLength) {
      problem(at('minLength'), `minLength ${c.minLength} is above maxLength ${c.maxLength}`);
    }
    let pattern: RegExp | undefined;
    if (c.pattern !== undefined) {
      try {
        pattern = new RegExp(`^(?:${c.pattern})$`, 'u');
      } catch (error) {
        problem(at('pattern'), `not a valid regular expression (${errorMessage(error)})`);
      }
    }
    const trueValues = raw.trueValues ?? defaultTrueValues;
    const falseValues = raw.falseValues ?? defaultFalseValues;
    const enumValues = c.enum?.map((value, i) => {
      const parsed = parseEnumValue(type, value, trueValues, falseValues);
      if (parsed === undefined)
        problem([...at('enum'), i], `${JSON.stringify(value)} is not a valid ${type}`);
      return parsed ?? String(value);
    });
    return {
      name: raw.name,
      type,
      constraints: {
        required: c.required ?? false,
        unique: c.unique ?? false,
        minimum,
        maximum,
        enum: enumValues,
        pattern,
        patternSource: c.pattern,
        minLength: c.minLength,
        maxLength: c.maxLength,
      },
      trueValues,
      falseValues,
    };
  });
  const primaryKey = json.primaryKey === undefined ? [] : [json.primaryKey].flat();
  primaryKey.forEach((name, i) => {
    if (!names.has(name)) {
      problem(
        typeof json.primaryKey === 'string' ? ['primaryKey'] : ['primaryKey', i],
        `"${name}" is not a field; the fields are ${[...names].join(', ')}`,
      );
    }
  });
  if (problems.length > 0) throw new JsonFileError(source, problems);
  return { fields, missingValues: json.missingValues ?? [''], primaryKey };
}

function parseBound(type: FieldType, value: number | string): number | undefined {
  if (type === 'number' || type === 'integer') {
    const number = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(number) && value !== '' ? number : undefined;
  }
  if (type === 'date' && typeof value === 'string') return parseIsoDate(value);
  if (type === 'datetime' && typeof value === 'string')
    return parseIsoDatetime(value) ?? parseIsoDate(value);
  return undefined;
}

function boundHint(type: FieldType, value: unknown): string {
  if (type === 'number' || type === 'integer') return `${JSON.stringify(value)} is not a number`;
  if (type === 'date')
    return `${JSON.stringify(value)} is not a date written YYYY-MM-DD that exists`;
  if (type === 'datetime')
    return `${JSON.stringify(value)} is not an ISO 8601 datetime, e.g. "2024-01-31T12:00:00Z"`;
  return `minimum and maximum apply to number, integer, date and datetime fields, not ${type}`;
}

function parseEnumValue(
  type: FieldType,
  value: string | number | boolean,
  trueValues: readonly string[],
  falseValues: readonly string[],
): string | number | boolean | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : String(value);
    case 'number':
    case 'integer': {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : Number.NaN;
      if (!Number.isFinite(number) || (type === 'integer' && !Number.isInteger(number)))
        return undefined;
      return number;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (trueValues.includes(String(value))) return true;
      if (falseValues.includes(String(value))) return false;
      return undefined;
    case 'date':
      return typeof value === 'string' ? parseIsoDate(value) : undefined;
    case 'datetime':
      return typeof value === 'string'
        ? (parseIsoDatetime(value) ?? parseIsoDate(value))
        : undefined;
  }
}
