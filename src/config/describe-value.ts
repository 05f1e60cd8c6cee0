/** Values and kinds of value in words, for messages such as "expected a list, got the number 3". */

const kinds: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (key: value pairs)',
  record: 'an object (key: value pairs)',
  null: 'an empty value',
  enum: 'one of the allowed values',
  literal: 'the one allowed value',
};

/** What zod expected (`int`, `array`, …) in words. */
export function describeKind(expected: string): string {
  return kinds[expected] ?? `a value of type ${expected}`;
}

/** What the file holds, in words: `the number 90`, `the string "yes"`, `a list of 2 entries`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    return value.length === 1 ? 'a list of 1 entry' : `a list of ${value.length} entries`;
  }
  switch (typeof value) {
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `\`${value}\``;
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}
