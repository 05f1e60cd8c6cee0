import assert from 'node:assert/strict';
import { test } from 'vitest';
import { driftBetweenScans } from '../../src/drift/compare-datasets.ts';
import { driftDetails, formatStatistic } from '../../src/drift/drift-details.ts';
import { defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { csv, scanFixture, scanText } from './drift-fixtures.ts';

test('one row per compared feature, worst first, with the picture, test, effects and rule', () => {
  const result = driftBetweenScans(
    scanFixture('weather-seattle-2012.csv'),
    scanFixture('weather-new-york-2012.csv'),
    defaultDriftRules,
  );
  const [table, skipped] = driftDetails(result);
  assert.ok(table?.type === 'table');
  assert.deepEqual(table.header, [
    'Feature',
    'Kind',
    'Reference → current',
    'Test',
    'Effect',
    'Drifts when',
    'Status',
  ]);
  assert.deepEqual(
    table.rows.map((row) => row[0]),
    ['wind', 'temp_min', 'temp_max', 'precipitation', 'weather'],
  );
  assert.deepEqual(table.rows[0], [
    'wind',
    'numeric',
    '▄▃▄▃▃▄▃▄▃▃ → ▁▁▂▂▂▃▃▅▅█',
    'KS D=0.358, p=1.61e-20',
    'W/σ=0.992, W=1.44, PSI=0.826, JS=0.366',
    'p ≤ 0.05 and W/σ ≥ 0.1',
    'drifted',
  ]);
  assert.equal(table.rows[4]![5], 'p ≤ 0.05 and JS ≥ 0.1');
  assert.ok(skipped?.type === 'list');
  assert.deepEqual(skipped.items, [
    'date: skipped — dates and times move with time, so their drift is expected; set a method for this feature to compare it anyway',
  ]);
});

test('category changes and notes are listed; many categories pool into one last bar', () => {
  const letters = 'abcdefghijklmnop'.split('');
  const reference = scanText(
    csv({ code: [...letters, ...letters], x: [1, 1, 1] }),
    'reference.csv',
  );
  const current = scanText(csv({ code: ['a', 'b', 'z', 'z'], x: [2, 2, 2] }), 'current.csv');
  const blocks = driftDetails(driftBetweenScans(reference, current, defaultDriftRules));
  const table = blocks[0]!;
  assert.ok(table.type === 'table');
  const code = table.rows.find((row) => row[0] === 'code')!;
  // 12 categories and one pooled bar for the remaining 5 (incl. the new "z").
  assert.equal(String(code[2]).split(' → ')[0]!.length, 13);
  const changes = blocks.find((b) => b.title === 'Category changes');
  assert.ok(changes?.type === 'list');
  assert.match(changes.items[0]!, /^code: new in current data: "z"$/);
  assert.match(changes.items[1]!, /^code: gone from current data: "c", "d", .* and 4 more$/);
  const notes = blocks.find((b) => b.title === 'Notes');
  assert.ok(notes?.type === 'list');
  assert.match(
    notes.items.join('\n'),
    /x: the reference is constant \(1\) and current data differs/,
  );
});

test('statistics are shown with three significant digits, tiny ones in exponent form', () => {
  assert.deepEqual([0, 0.12345, 123456, 0.000123, 2.5e-300, 1234567].map(formatStatistic), [
    '0',
    '0.123',
    '1.23e+5',
    '1.23e-4',
    '2.50e-300',
    '1.23e+6',
  ]);
});
