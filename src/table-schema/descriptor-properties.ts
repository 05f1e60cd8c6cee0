/**
 * Which properties the Frictionless Table Schema specs define on a schema, a
 * field and a field's `constraints` (v1: https://specs.frictionlessdata.io/table-schema/,
 * v2: https://datapackage.org/standard/table-schema/), and what mlgate makes
 * of a key it does not know. The specs let a schema and a field carry any
 * further property (`$comment`, `skos:exactMatch`, `unit`…), so such keys are
 * kept and ignored; but a key that looks like a mistyped or misplaced property
 * mlgate acts on would silently check nothing, so it is an error with a
 * "did you mean". Inside `constraints` the specs define every key, so any
 * other key is an error.
 */
import { didYouMean } from '../model/did-you-mean.ts';

export type DescriptorLevel = 'schema' | 'field' | 'constraints';

export const constraintKeys = [
  'required',
  'unique',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'jsonSchema',
] as const;

/** Properties that change what is read or checked: a near-miss of one is a mistake worth stopping for. */
const actedOn: Record<DescriptorLevel, readonly string[]> = {
  schema: ['fields', 'missingValues', 'primaryKey', 'foreignKeys', 'uniqueKeys', 'fieldsMatch'],
  field: [
    'name',
    'type',
    'format',
    'constraints',
    'trueValues',
    'falseValues',
    'missingValues',
    'categories',
    'decimalChar',
    'groupChar',
    'bareNumber',
  ],
  constraints: constraintKeys,
};

/** Properties the specs define that only describe (or belong to types mlgate refuses anyway). */
const descriptive: Record<DescriptorLevel, readonly string[]> = {
  schema: ['$schema', 'name', 'title', 'description'],
  field: [
    'title',
    'description',
    'example',
    'rdfType',
    'categoriesOrdered',
    'delimiter',
    'itemType',
  ],
  constraints: [],
};

/** Why a key of a descriptor is an error, or undefined when it is defined or harmless custom metadata. */
export function unknownPropertyProblem(level: DescriptorLevel, key: string): string | undefined {
  if (actedOn[level].includes(key) || descriptive[level].includes(key)) return undefined;
  if (level === 'field' && (constraintKeys as readonly string[]).includes(key))
    return `\`${key}\` is a constraint and is ignored here: move it into the field's \`constraints\``;
  const near = didYouMean(key, actedOn[level]);
  if (near !== undefined) return `unknown property; did you mean \`${near}\`?`;
  if (level === 'field') {
    const constraint = didYouMean(key, constraintKeys);
    if (constraint !== undefined)
      return `unknown property; did you mean \`${constraint}\`, inside the field's \`constraints\`?`;
  }
  if (level === 'constraints')
    return `not a Table Schema constraint; use one of ${constraintKeys.join(', ')}`;
  return undefined;
}

/**
 * Properties the specs define that mlgate accepts but does not check: the data
 * is validated without them, so whoever shows the result should say so.
 */
const uncheckedProperties = {
  schema: {
    foreignKeys: {
      message: 'foreign keys are not checked: mlgate validates one file at a time',
      fix: 'check references with `frictionless validate` on the whole data package',
    },
    uniqueKeys: {
      message: 'unique keys are not checked',
      fix: 'use `constraints.unique` for one field, or `primaryKey` for a combination of required fields',
    },
    fieldsMatch: {
      message:
        'fieldsMatch is not applied: a missing field is always an error and extra columns follow `unexpected_columns`',
      fix: 'set `checks.schema_validation.unexpected_columns` to say how extra columns count',
    },
  },
  constraints: {
    exclusiveMinimum: {
      message: 'exclusiveMinimum is not checked',
      fix: 'use `minimum` (for an integer field, exclusiveMinimum n is minimum n + 1)',
    },
    exclusiveMaximum: {
      message: 'exclusiveMaximum is not checked',
      fix: 'use `maximum` (for an integer field, exclusiveMaximum n is maximum n - 1)',
    },
  },
} as const satisfies Record<
  'schema' | 'constraints',
  Record<string, { message: string; fix: string }>
>;

interface Unchecked {
  path: (string | number)[];
  message: string;
  fix: string;
}

/** The properties of a parsed schema that validation goes without, with why and what instead. */
export function uncheckedIn(json: {
  fields: readonly { constraints?: object | undefined }[];
}): Unchecked[] {
  const found = (object: object, table: Record<string, { message: string; fix: string }>) =>
    Object.entries(table).filter(([key]) => key in object);
  return [
    ...found(json, uncheckedProperties.schema).map(([key, why]) => ({ path: [key], ...why })),
    ...json.fields.flatMap((field, index) =>
      found(field.constraints ?? {}, uncheckedProperties.constraints).map(([key, why]) => ({
        path: ['fields', index, 'constraints', key],
        ...why,
      })),
    ),
  ];
}
