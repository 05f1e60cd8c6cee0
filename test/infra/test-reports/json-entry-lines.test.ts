import assert from 'node:assert/strict';
import { test } from 'vitest';
import { jsonEntryLines } from '../../../src/infra/test-reports/json-entry-lines.ts';

// Mocha's layout: the stats count a list's name before the list itself, and
// every test appears in "tests" before its own list.
const text = JSON.stringify(
  {
    stats: { failures: 2 },
    tests: [{ fullTitle: 'a "quoted" test' }, { fullTitle: 'b' }],
    failures: [{ fullTitle: 'a "quoted" test' }, { fullTitle: 'b' }, { fullTitle: 'b' }],
  },
  null,
  2,
);

// Lines (1-based) of the "fullTitle" entries inside the failures list, counted by hand from the text.
const textLines = text.split('\n');
const failuresAt = textLines.findIndex((line) => line.includes('"failures": ['));
const failureTitles = textLines
  .map((line, index) => (index > failuresAt && line.includes('"fullTitle"') ? index + 1 : 0))
  .filter((line) => line > 0);

test('entries are found in document order, inside the list skipped to', () => {
  assert.equal(failureTitles.length, 3);
  const lines = jsonEntryLines(text);
  lines.skipToList('failures');
  assert.equal(lines.lineOf('fullTitle', 'a "quoted" test'), failureTitles[0]);
  assert.equal(lines.lineOf('fullTitle', 'b'), failureTitles[1]);
  // The same title again is the next entry, not the one already found.
  assert.equal(lines.lineOf('fullTitle', 'b'), failureTitles[2]);
  // Not found: the line where the cursor stopped.
  assert.equal(lines.lineOf('fullTitle', 'missing'), failureTitles[2]);
});

test('a report on one line puts every entry on line 1', () => {
  const lines = jsonEntryLines(JSON.stringify({ testResults: [{ fullName: 'x' }] }));
  assert.equal(lines.lineOf('fullName', 'x'), 1);
});
