/**
 * Keys that reach an object's prototype: `__proto__`, `constructor`,
 * `prototype`. JSON.parse keeps `"__proto__"` as an own property, and a later
 * spread, Object.assign or schema copy of that object can turn it into a
 * prototype change (prototype pollution). No mlgate report has such a key, so
 * publish mode refuses a report that has one anywhere instead of relying on
 * every later step to be careful. Cost: one pass over the parsed JSON, with an
 * explicit stack, so a deeply nested document can't overflow the call stack.
 */

const prototypeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first such key in document order, as zod writes paths (`checks.0.__proto__`). */
export function findPrototypeKey(json: unknown): string | undefined {
  const stack: { value: unknown; path: string; key?: string | number }[] = [
    { value: json, path: '' },
  ];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path, key } = next;
    if (typeof key === 'string' && prototypeKeys.has(key)) return path;
    if (typeof value !== 'object' || value === null) continue;
    const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    // Pushed last to first, so the first child is looked at first.
    for (const child of keys.reverse()) {
      stack.push({
        value: (value as Record<string | number, unknown>)[child],
        path: path === '' ? String(child) : `${path}.${child}`,
        key: child,
      });
    }
  }
  return undefined;
}
