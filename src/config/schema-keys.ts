/**
 * The keys a zod object schema accepts at a given path, so that an unknown key
 * can be answered with "did you mean …". Walks through optional, default,
 * union, record and array wrappers the way a value at that path would.
 */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const object of objectsAt(schema, path)) {
    for (const key of Object.keys(object)) keys.add(key);
  }
  return [...keys];
}

function objectsAt(schema: AnySchema, path: readonly PropertyKey[]): Record<string, AnySchema>[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return objectsAt(def.innerType as AnySchema, path);
    case 'pipe':
      return objectsAt(def.in as AnySchema, path);
    case 'union':
      return (def.options as AnySchema[]).flatMap((option) => objectsAt(option, path));
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      if (path.length === 0) return [shape];
      const child = shape[String(path[0])];
      return child ? objectsAt(child, path.slice(1)) : [];
    }
    case 'record':
      return path.length === 0 ? [] : objectsAt(def.valueType as AnySchema, path.slice(1));
    case 'array':
      return path.length === 0 ? [] : objectsAt(def.element as AnySchema, path.slice(1));
    default:
      return [];
  }
}
