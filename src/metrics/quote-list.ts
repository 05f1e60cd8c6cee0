/** `"a", "b", "c"` for messages, shortened when long. */
export function quoteList(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).map((v) => `"${v}"`);
  return values.length > max
    ? `${shown.join(', ')}, … (${values.length} in all)`
    : shown.join(', ');
}
