/**
 * Lines of entries in a JSON report, so a test from Jest or Mocha JSON is
 * located in the report like a JUnit <testcase>. A cursor walks forward
 * through the text: `skipToList` moves it past the next list under a key
 * (Mocha's "failures": [ …, not the "failures": 2 of its stats), `lineOf`
 * past the next `"key": "value"` pair and returns the line it starts on.
 * Lookups must come in document order. Jest writes one line (every entry is
 * on line 1); Mocha indents. Cost: O(length of the text) over lookups that
 * find their entry; one that does not scans the rest of the text.
 */
export interface JsonEntryLines {
  skipToList(key: string): void;
  lineOf(key: string, value: string): number;
}

export function jsonEntryLines(text: string): JsonEntryLines {
  let cursor = 0;
  let line = 1;
  const moveTo = (index: number) => {
    for (; cursor < index; cursor++) if (text.charCodeAt(cursor) === 10) line++;
  };
  /** Moves past the next `"key":` followed by `rest` and returns its line (the current one if none). */
  const find = (key: string, rest: string) => {
    const name = `"${key}":`;
    for (let at = text.indexOf(name, cursor); at >= 0; at = text.indexOf(name, at + 1)) {
      let valueAt = at + name.length;
      while (/\s/.test(text[valueAt] ?? '')) valueAt++;
      if (text.startsWith(rest, valueAt)) {
        moveTo(at);
        const start = line;
        moveTo(valueAt + rest.length);
        return start;
      }
    }
    return line;
  };
  return {
    skipToList: (key) => {
      find(key, '[');
    },
    lineOf: (key, value) => find(key, JSON.stringify(value)),
  };
}
