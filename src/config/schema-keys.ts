/**
 * The keys a zod object schema accepts at a given path, so that an unknown key
 * can be answered with "did you mean …".
 */
import { type AnySchema, alternativesOf, defOf, schemasAt } from './schema-at-path.ts';

export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const option of schemasAt(schema, path).flatMap(alternativesOf)) {
    for (const key of Object.keys(defOf(option).shape ?? {})) keys.add(key);
  }
  return [...keys];
}
