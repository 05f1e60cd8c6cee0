/**
 * The zod schemas behind a path into mlgate.yml: what a value there is checked
 * against, for the keys an object there accepts and for the example an error
 * message shows. Walks through optional, default, union, record and array
 * wrappers the way a value at that path would.
 */
import type * as z from 'zod';

export type AnySchema = z.core.$ZodType;

/** The parts of a zod definition this walk reads; which ones are set depends on `type`. */
export interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  shape?: Record<string, AnySchema>;
  keyType?: AnySchema;
  valueType?: AnySchema;
  element?: AnySchema;
  defaultValue?: unknown;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

export function defOf(schema: AnySchema): SchemaDef {
  return schema._zod.def as unknown as SchemaDef;
}

/** Wrappers that check a value with their inner schema, adding nothing a message needs. */
const wrappers = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch']);

/** The schema without its wrappers: `z.number().optional().default(1)` → the number schema. */
export function unwrap(schema: AnySchema): AnySchema {
  const def = defOf(schema);
  if (wrappers.has(def.type) && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

/** The schema and each wrapper inside it, outermost first, where descriptions and examples sit. */
export function layersOf(schema: AnySchema): AnySchema[] {
  const def = defOf(schema);
  const inner = wrappers.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
  return inner ? [schema, ...layersOf(inner)] : [schema];
}

/** What a value may be: the unwrapped schema, or each alternative of a union, unwrapped. */
export function alternativesOf(schema: AnySchema): AnySchema[] {
  const base = unwrap(schema);
  const def = defOf(base);
  return def.type === 'union' && def.options ? def.options.flatMap(alternativesOf) : [base];
}

/** Every schema that may check the value at `path` (several where a union offers a choice). */
export function schemasAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  if (path.length === 0) return [schema];
  const [step, ...rest] = path;
  return alternativesOf(schema).flatMap((option) => {
    const def = defOf(option);
    switch (def.type) {
      case 'object': {
        const child = def.shape?.[String(step)];
        return child ? schemasAt(child, rest) : [];
      }
      case 'record':
        return def.valueType ? schemasAt(def.valueType, rest) : [];
      case 'array':
        return def.element ? schemasAt(def.element, rest) : [];
      default:
        return [];
    }
  });
}
