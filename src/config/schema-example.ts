/**
 * What the schema itself says about a key, for error messages: an example
 * value and a description. Examples come from `.meta({examples})`, then a
 * default, an enum or literal, and are built up for objects (from their
 * required keys) and lists (from their element). Taking them from the schema,
 * not from message strings, keeps them valid: a test parses every declared
 * example with its schema.
 */
import * as z from 'zod';
import { type AnySchema, alternativesOf, defOf, layersOf, unwrap } from './schema-at-path.ts';

/** The kind of value an issue expected, as zod names it (`object`, `array`, `string`, `int`, …). */
export type ExpectedKind = string | undefined;

export function exampleOf(schema: AnySchema, kind?: ExpectedKind): unknown {
  for (const layer of layersOf(schema)) {
    const declared = declaredExample(layer, kind);
    if (declared !== undefined) return declared;
  }
  const base = unwrap(schema);
  const def = defOf(base);
  switch (def.type) {
    case 'literal':
    case 'enum':
      return allowedValues(base).find((value) => fits(value, kind));
    case 'union':
      return alternativesOf(base)
        .map((option) => exampleOf(option, kind))
        .find((example) => example !== undefined);
    case 'object':
      return kind === undefined || kind === 'object' ? objectExample(def.shape ?? {}) : undefined;
    case 'array': {
      if (kind !== undefined && kind !== 'array') return undefined;
      const element = def.element && exampleOf(def.element);
      return element === undefined ? undefined : [element];
    }
    default:
      return undefined;
  }
}

/** The values an enum or literal allows; none for other schemas. */
export function allowedValues(schema: AnySchema): unknown[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'literal') return def.values ?? [];
  return def.type === 'enum' ? Object.values(def.entries ?? {}) : [];
}

/** The first sentence of the key's description, lower-cased to go inside a sentence. */
export function descriptionOf(schema: AnySchema): string | undefined {
  const description = layersOf(schema)
    .map((layer) => z.globalRegistry.get(layer)?.description)
    .find((text) => text !== undefined);
  const sentence = description?.split(/(?<=\.)\s/)[0]?.replace(/\.$/, '');
  return sentence && /^[A-Z][a-z]/.test(sentence)
    ? sentence[0]!.toLowerCase() + sentence.slice(1)
    : sentence;
}

/** An example set on this layer, or its default when that shows something (not `{}` or `[]`). */
function declaredExample(layer: AnySchema, kind: ExpectedKind): unknown {
  const examples = z.globalRegistry.get(layer)?.examples;
  const fitting = Array.isArray(examples) ? examples.find((e) => fits(e, kind)) : undefined;
  if (fitting !== undefined) return fitting;
  const def = defOf(layer);
  if (def.type !== 'default' && def.type !== 'prefault') return undefined;
  const value = def.defaultValue;
  const empty = typeof value === 'object' && value !== null && Object.keys(value).length === 0;
  return !empty && fits(value, kind) ? value : undefined;
}

/** An object of the required keys with their examples; none when a required key has no example. */
function objectExample(shape: Record<string, AnySchema>): Record<string, unknown> | undefined {
  const example: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(shape)) {
    if (child._zod.optin !== undefined) continue;
    const value = exampleOf(child);
    if (value === undefined) return undefined;
    example[key] = value;
  }
  return Object.keys(example).length > 0 ? example : undefined;
}

/** Whether a value is of the kind an issue expected (any value when it expected nothing in particular). */
function fits(value: unknown, kind: ExpectedKind): boolean {
  if (value === undefined) return false;
  switch (kind) {
    case undefined:
      return true;
    case 'array':
      return Array.isArray(value);
    case 'object':
    case 'record':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'int':
      return Number.isInteger(value);
    default:
      return typeof value === kind;
  }
}
