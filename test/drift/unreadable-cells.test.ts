import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { FeatureSummary } from '../../src/drift/drift-result.ts';
import {
  describeUnreadable,
  holdsNonNumbers,
  summaryWithUnreadable,
  unreadableEntry,
  unreadableInScan,
} from '../../src/drift/unreadable-cells.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { csv, scanText } from './drift-fixtures.ts';

const where = { role: 'current', path: 'c.csv', column: 'x', expected: 'number' } as const;

test('a share above max_unreadable_share fails; at or below it, any unreadable cell warns', () => {
  const entry = (count: number, cells: number, maxShare: number) =>
    unreadableEntry(where, { count, cells }, [], maxShare).verdict;
  // The default, 0: any unreadable cell fails.
  assert.equal(entry(1, 100_000, 0), 'fail');
  assert.equal(entry(1, 100, 0.01), 'warn');
  assert.equal(entry(2, 100, 0.01), 'fail');
  assert.equal(entry(100, 100, 1), 'warn');
});

test('the summary takes the worse of the features and the cells, and keeps the features apart', () => {
  const features: FeatureSummary = {
    verdict: 'pass',
    tested: 2,
    drifted: 0,
    uncertain: 0,
    share: 0,
    warnShare: 0,
    failShare: 0.5,
    message: '0 of 2 tested features drifted (0%); fails from 50%',
  };
  const warn = unreadableEntry(where, { count: 1, cells: 100 }, [], 0.05);
  const fail = unreadableEntry({ ...where, column: 'y' }, { count: 9, cells: 100 }, [], 0.05);
  assert.deepEqual(summaryWithUnreadable(features, [], 0.05), {
    ...features,
    driftVerdict: 'pass',
    unreadableCells: 0,
    unreadableVerdict: 'pass',
  });
  const warned = summaryWithUnreadable(features, [warn], 0.05);
  assert.deepEqual([warned.verdict, warned.driftVerdict], ['warn', 'pass']);
  assert.equal(
    warned.message,
    '0 of 2 tested features drifted (0%); fails from 50%; 1 cell(s) in 1 file column(s) could not be read (more than 5% of a column fails, fewer warn)',
  );
  const failed = summaryWithUnreadable({ ...features, verdict: 'warn' }, [warn, fail], 0);
  assert.deepEqual(
    [failed.verdict, failed.driftVerdict, failed.unreadableVerdict, failed.unreadableCells],
    ['fail', 'warn', 'fail', 10],
  );
  assert.match(failed.message, /could not be read \(any fails\)$/);
});

test('a typed scan gives each column its count, share and first cells; text columns have none', () => {
  const text = csv({
    temp: ['1', '0x10', '3', '15.6C', '', '1_000', '12,5', '7', '8', '9', '10'],
    sky: ['a', 'b'],
  }).replace('12,5', '"12,5"');
  const scan = scanTableText(text, 'c.csv', { columns: { temp: 'number', sky: 'category' } });
  const [temp, ...others] = unreadableInScan('current', scan, ['temp', 'sky'], 0);
  assert.deepEqual(others, []);
  assert.deepEqual(temp, {
    role: 'current',
    path: 'c.csv',
    column: 'temp',
    expected: 'number',
    count: 4,
    cells: 10,
    share: 0.4,
    verdict: 'fail',
    // The first five at most; these four are all.
    examples: [
      { row: 2, line: 3, value: '0x10' },
      { row: 4, line: 5, value: '15.6C' },
      { row: 6, line: 7, value: '1_000' },
      { row: 7, line: 8, value: '12,5' },
    ],
  });
  assert.equal(
    describeUnreadable(temp!),
    'c.csv, column "temp": 4 of 10 cell(s) (40%) are not a number: line 3 (row 2) "0x10"; line 5 (row 4) "15.6C"; line 7 (row 6) "1_000"; 1 more',
  );
});

test('a column inference read as text holds non-numbers only when one of its texts is not a number', () => {
  const scan = scanText(csv({ a: ['1', 'nan', 'inf'], b: ['1', '2', '1e3 '], c: ['1', 'x'] }));
  assert.deepEqual(
    ['a', 'b', 'c'].map((name) => holdsNonNumbers(scan.column(name)!)),
    [false, false, true],
  );
});
