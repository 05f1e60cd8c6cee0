import assert from 'node:assert/strict';
import { test } from 'vitest';
import { driftDetails, formatStatistic } from '../../src/drift/drift-details.ts';
import type { NumericFeatureResult } from '../../src/drift/drift-result.ts';
import { defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { driftBetweenScans } from '../mocks/drift-between-scans.ts';
import { assertClose } from '../statistics/fixture-samples.ts';
import { csv, scanFixture, scanText } from './drift-fixtures.ts';

const seattleVsNewYork = () =>
  driftBetweenScans(
    scanFixture('weather-seattle-2012.csv'),
    scanFixture('weather-new-york-2012.csv'),
    defaultDriftRules,
  );

test('one row per feature: gated statistic, level, adjusted p, status word, and two picture cells', () => {
  const result = seattleVsNewYork();
  const [table, chart] = driftDetails(result);
  assert.ok(table?.type === 'table');
  assert.deepEqual(table.header, [
    'Feature',
    'Statistic',
    'Value',
    'Drifts at',
    'Adjusted p',
    'Status',
    'Reference',
    'Current',
  ]);
  // Every finding has its row: the report need not list them again.
  assert.equal(table.listsFindings, true);
  assert.deepEqual(
    table.rows.map((row) => row[0]),
    ['wind', 'temp_min', 'temp_max', 'precipitation', 'weather'],
  );
  const [name, statistic, value, level, p, status, reference, current] = table.rows[0]!;
  assert.deepEqual([name, statistic, level, status], ['wind', 'W/σ', '≥ 0.1', 'fail']);
  // Numbers stay numbers: the report formats them (and never breaks them at an exponent's hyphen).
  // stats.ks_2samp(seattle wind, new york wind) → p 3.227390911611173e-21; BH over 5 features ×5.
  assert.ok(typeof value === 'number' && typeof p === 'number');
  assertClose(value, 0.992, 1e-3);
  assertClose(p, 1.6136954558055865e-20, 1e-9);
  // Common equal-width bins over both sides' 1st–99th percentiles, each side's share per bin:
  //   lo = min(np.quantile(r, .01), np.quantile(c, .01)); hi = max(np.quantile(r, .99), np.quantile(c, .99))
  //   edges = np.linspace(lo, hi, 11)
  //   np.bincount(np.searchsorted(edges[1:-1], np.clip(v, lo, hi), side='left'), minlength=10)
  //   → seattle [85, 111, 71, 43, 36, 12, 4, 3, 1, 0], new york [12, 58, 76, 74, 69, 30, 22, 10, 6, 9]
  const wind = result.features[0] as NumericFeatureResult;
  assert.deepEqual(wind.histogram?.reference, [85, 111, 71, 43, 36, 12, 4, 3, 1, 0]);
  assert.deepEqual(wind.histogram?.current, [12, 58, 76, 74, 69, 30, 22, 10, 6, 9]);
  assertClose(wind.histogram!.edges[0]!, 1.265, 1e-12);
  assertClose(wind.histogram!.edges[10]!, 10.75, 1e-12);
  // The reference picture has a shape (decile bins would draw it flat), and neither cell can wrap.
  assert.deepEqual([reference, current], ['▆█▅▄▃▂▁▁▁▁', '▂▅▆▆▅▃▂▂▁▂']);
  const weather = table.rows[4]!;
  assert.deepEqual(weather.slice(1, 2).concat(weather.slice(3)), [
    'JS',
    '≥ 0.1',
    weather[4],
    'fail',
    'rain 52% · sun 32% · drizzle 8%',
    'rain 43% · sun 44% · drizzle 7%',
  ]);
  // The rule is stated once, in the note, not on every row.
  assert.match(table.note!, /adjusted p \(over 5 tested features\) ≤ 0\.05/);
  assert.ok(table.rows.every((row) => !row.some((cell) => /p ≤/.test(String(cell)))));
  // The worst numeric shift as a chart GitHub draws.
  assert.ok(chart?.type === 'mermaid');
  assert.match(chart.source, /^xychart-beta\n {2}title "wind"\n {2}x-axis \["1\.74", /);
  assert.match(chart.source, /\n {2}bar \[23\.2, 30\.3, 19\.4, .*\]\n {2}line \[3\.3, 15\.8, /);
});

test('skipped columns, category changes and notes are listed; a category picture names the largest shares', () => {
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
  // The three largest shares on either side, the same categories in both cells.
  assert.deepEqual(code.slice(-2), ['a 6% · b 6% · z 0%', 'a 25% · b 25% · z 50%']);
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
  // An infinite effect is text: JSON has no infinity.
  const x = table.rows.find((row) => row[0] === 'x')!;
  assert.equal(x[2], '∞');
});

test('skipped columns are listed under "Not compared"', () => {
  const blocks = driftDetails(seattleVsNewYork());
  // Charts of the two worst numeric shifts come before.
  assert.deepEqual(
    blocks.map((block) => block.type),
    ['table', 'mermaid', 'mermaid', 'list'],
  );
  const skipped = blocks.find((block) => block.title === 'Not compared');
  assert.ok(skipped?.type === 'list');
  assert.deepEqual(skipped.items, [
    'date: skipped — dates and times move with time, so their drift is expected; set a method for this feature to compare it anyway',
  ]);
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
