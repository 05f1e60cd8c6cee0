/**
 * Frictionless Table Schema (v1 https://specs.frictionlessdata.io/table-schema/,
 * v2 https://datapackage.org/standard/table-schema/), the part mlgate
 * validates: field types number, integer, string, boolean, date, datetime;
 * constraints required, unique, minimum, maximum, enum (or v2 `categories`),
 * pattern, minLength, maxLength; `missingValues`; `primaryKey`. A schema file
 * is checked with zod, then for meaning (a primary key that names no field,
 * a pattern that does not compile, minimum above maximum), and every problem
 * names the file, line and key with the fix. Other properties are handled as
 * descriptor-properties.ts says: metadata kept, near-misses refused.
 */
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { joinPath, lineOfPath } from '../formats/document-locations.ts';
import { parseIsoDate, parseIsoDatetime } from '../formats/parse-date.ts';
import { JsonFileError, parseJsonFile } from '../formats/parse-json-file.ts';
import { errorMessage } from '../model/error-message.ts';
import { defaultFalseValues, defaultTrueValues } from './boolean-values.ts';
import {
  type DescriptorLevel,
  uncheckedIn,
  unknownPropertyProblem,
} from './descriptor-properties.ts';

export const fieldTypes = ['number', 'integer', 'string', 'boolean', 'date', 'datetime'] as const;
export type FieldType = (typeof fieldTypes)[number];

const frictionlessTypes = [
  'object',
  'array',
  'list',
  'time',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A descriptor that keeps properties beyond `shape`, except the ones descriptor-properties.ts refuses. */
function descriptor<Shape extends z.core.$ZodLooseShape>(level: DescriptorLevel, shape: Shape) {
  return z.looseObject(shape).superRefine(
    (value, ctx) => {
      for (const key of Object.keys(value)) {
        const problem = unknownPropertyProblem(level, key);
        if (problem !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: problem });
      }
    },
    // Also when a sibling property is invalid: a typo is reported with the other problems.
    {
      when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value),
    },
  );
}

/** v2 lets a list of values be written as `{value, label}` objects; a label only describes its value. */
const valuesOrLabelled = <Item extends z.ZodType>(item: Item, error: string) =>
  z.union([z.array(item), z.array(z.object({ value: item }).loose())], { error });

const bound = z.union([z.number(), z.string()]);

const constraints = descriptor('constraints', {
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  minimum: bound.optional(),
  maximum: bound.optional(),
  exclusiveMinimum: bound.optional(),
  exclusiveMaximum: bound.optional(),
  enum: z.array(scalar).min(1, { error: 'an enum lists at least one value' }).optional(),
  pattern: z.string().optional(),
  minLength: z.int().min(0).optional(),
  maxLength: z.int().min(0).optional(),
  jsonSchema: z.record(z.string(), z.unknown()).optional(),
});

/** A property that changes how cells are read, accepted only at the value mlgate reads by. */
const readsAs = <Value extends string | boolean>(value: Value, error: string) =>
  z.literal(value, { error }).optional();

/** A property that changes how cells are read in a way mlgate does not. */
const refused = (error: string) => z.never({ error }).optional();

const field = descriptor('field', {
  name: z.string().min(1, { error: 'a field needs a non-empty name: the column header' }),
  type: z
    .string()
    .refine((type) => (fieldTypes as readonly string[]).includes(type), {
      error: (issue) =>
        frictionlessTypes.includes(String(issue.input))
          ? `mlgate does not validate type "${issue.input}"; use one of ${fieldTypes.join(', ')} (a "string" field accepts any text)`
          : `unknown type "${issue.input}"; Table Schema types mlgate validates: ${fieldTypes.join(', ')}`,
    })
    .optional(),
  format: readsAs(
    'default',
    'mlgate reads only the default format (ISO 8601 dates, plain numbers); remove "format"',
  ),
  decimalChar: readsAs(
    '.',
    'mlgate reads numbers with "." as the decimal point; remove "decimalChar" or write the data with "."',
  ),
  groupChar: refused(
    'mlgate reads numbers without group separators (1000, not 1,000); remove "groupChar" or write the data without them',
  ),
  bareNumber: readsAs(
    true,
    'mlgate reads bare numbers only (no "%", currency or units around them); remove "bareNumber"',
  ),
  missingValues: refused(
    `mlgate applies the schema's missingValues to every field; move these to the schema's "missingValues"`,
  ),
  constraints: constraints.optional(),
  categories: valuesOrLabelled(
    scalar,
    'categories is a list of values, or of {"value": …, "label": …}',
  ).optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
});

const tableSchemaJson = descriptor('schema', {
  fields: z
    .array(field, { error: 'a Table Schema has "fields": a list of {"name": …, "type": …}' })
    .min(1, { error: 'list at least one field' }),
  missingValues: valuesOrLabelled(
    z.string(),
    'missingValues is a list of texts, e.g. ["", "NA"], or of {"value": …, "label": …}',
  ).optional(),
  primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
});

type TableSchemaJson = z.infer<typeof tableSchemaJson>;

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
  /** Properties the specs define that mlgate accepted without checking them (foreignKeys…). */
  unchecked: readonly UncheckedProperty[];
}

/** A property validation goes without, where it is and what to do; shaped like mlgate's other errors. */
export interface UncheckedProperty {
  file: string;
  line?: number;
  /** Dotted key path, e.g. `fields[2].constraints.exclusiveMinimum`. */
  key: string;
  message: string;
  fix: string;
}

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Parses and checks a Table Schema file's text; throws a JsonFileError naming file, line and key. */
export function parseTableSchema(text: string, source: string): TableSchema {
  const json = parseJsonFile(text, source, tableSchemaJson, (data) =>
    data !== null && typeof data === 'object' && 'fields' in data
      ? undefined
      : 'not a Table Schema: it needs "fields", a list of {"name": …, "type": …}; create one with `mlgate schema infer DATA -o schema.json`',
  );
  const lineOf = keyLines(text);
  const problems: string[] = [];
  const problem: Report = (path, message) => {
    const line = lineOf(path);
    problems.push(`${source}${line ? `:${line}` : ''}: \`${joinPath(path)}\`: ${message}`);
  };
  const names = new Set<string>();
  const fields = json.fields.map((raw, index): SchemaField => {
    if (names.has(raw.name))
      problem(['fields', index, 'name'], `field "${raw.name}" is defined twice`);
    names.add(raw.name);
    return parseField(raw, (path, message) => problem(['fields', index, ...path], message));
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
  return {
    fields,
    missingValues: json.missingValues?.map((entry) =>
      typeof entry === 'string' ? entry : entry.value,
    ) ?? [''],
    primaryKey,
    unchecked: uncheckedIn(json)
      .map(({ path, message, fix }) => ({
        file: source,
        line: lineOf(path),
        key: joinPath(path),
        message,
        fix,
      }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

type FieldJson = TableSchemaJson['fields'][number];

function parseField(raw: FieldJson, problem: Report): SchemaField {
  const type = (raw.type ?? 'string') as FieldType;
  const c = raw.constraints ?? {};
  const at = (key: string) => ['constraints', key];
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
  const trueValues = raw.trueValues ?? defaultTrueValues;
  const falseValues = raw.falseValues ?? defaultFalseValues;
  return {
    name: raw.name,
    type,
    constraints: {
      required: c.required ?? false,
      unique: c.unique ?? false,
      minimum,
      maximum,
      enum: parseEnum(raw, type, trueValues, falseValues, problem),
      pattern: compilePattern(c.pattern, (message) => problem(at('pattern'), message)),
      patternSource: c.pattern,
      minLength: c.minLength,
      maxLength: c.maxLength,
    },
    trueValues,
    falseValues,
  };
}

/** Anchored: the whole cell must match. */
function compilePattern(
  source: string | undefined,
  problem: (message: string) => void,
): RegExp | undefined {
  if (source === undefined) return undefined;
  try {
    return new RegExp(`^(?:${source})$`, 'u');
  } catch (error) {
    problem(`not a valid regular expression (${errorMessage(error)})`);
    return undefined;
  }
}

/** The enum constraint, or else v2 `categories`: both say which values a cell may hold. */
function parseEnum(
  raw: FieldJson,
  type: FieldType,
  trueValues: readonly string[],
  falseValues: readonly string[],
  problem: Report,
): FieldConstraints['enum'] {
  const listed = raw.constraints?.enum;
  const [values, path] =
    listed !== undefined
      ? [listed, ['constraints', 'enum']]
      : [
          raw.categories?.map((entry) => (typeof entry === 'object' ? entry.value : entry)),
          ['categories'],
        ];
  return values?.map((value, i) => {
    const parsed = parseEnumValue(type, value, trueValues, falseValues);
    if (parsed === undefined)
      problem([...path, i], `${JSON.stringify(value)} is not a valid ${type}`);
    return parsed ?? String(value);
  });
}

/** The line of a key path in the schema's text; the text is parsed again only when asked. */
function keyLines(text: string): (path: Path) => number | undefined {
  let located: { document: ReturnType<typeof parseDocument>; counter: LineCounter } | undefined;
  return (path) => {
    if (located === undefined) {
      const counter = new LineCounter();
      located = { document: parseDocument(text, { lineCounter: counter }), counter };
    }
    return lineOfPath(located.document, located.counter, path);
  };
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
