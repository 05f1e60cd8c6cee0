import assert from 'node:assert/strict';
import { test } from 'vitest';
import { defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { runDrift } from '../../src/drift/run-drift.ts';
import type { ScanFile } from '../../src/drift/scan-for-drift.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { profileTable } from '../../src/profile/profile-table.ts';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';
import { fixtureText, scanFixture, withCell } from './drift-fixtures.ts';

test('both files are read at once, and when both fail the reference is the one named', async () => {
  // The current file fails first, yet the reference's error is reported, whatever the timing.
  const failing = (message: string, delay: number) => () =>
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(message)), delay));
  await assert.rejects(
    runDrift(
      { kind: 'rows', path: 'train.csv', read: {}, scan: failing('train.csv: bad header', 30) },
      { path: 'serve.csv', read: {}, scan: failing('serve.csv: bad header', 0) },
      defaultDriftRules,
    ),
    /train\.csv: bad header/,
  );
});

/** A scan function over text in memory, as the check's workspace gives one over a file. */
function scanOf(text: string, source: string): ScanFile {
  return (options) => Promise.resolve(scanTableText(text, source, options));
}

test('a profile reference: current cells that are not numbers are read again, located', async () => {
  const seattle = fixtureText('weather-seattle-2012.csv');
  const profile = JSON.stringify(profileTable(scanFixture('weather-seattle-2012.csv')));
  const current = withCell(withCell(seattle, 11, 'wind', '0x10'), 12, 'wind', '1_000');
  const scans: string[] = [];
  const scan: ScanFile = (options) => {
    scans.push(JSON.stringify(options.columns ?? null));
    return scanOf(current, 'current.csv')(options);
  };
  const { result } = await runDrift(
    { kind: 'profile', path: 'reference.profile.json', text: profile },
    { path: 'current.csv', read: {}, scan },
    defaultDriftRules,
  );
  // The first scan infers wind as text; the second reads wind alone as numbers.
  assert.deepEqual(scans, ['null', '{"wind":"number"}']);
  assert.deepEqual(result.unreadable, [
    {
      role: 'current',
      path: 'current.csv',
      column: 'wind',
      expected: 'number',
      count: 2,
      cells: 366,
      share: 2 / 366,
      verdict: 'fail',
      examples: [
        { row: 10, line: 11, value: '0x10' },
        { row: 11, line: 12, value: '1_000' },
      ],
    },
  ]);
  assert.equal(result.summary.verdict, 'fail');
});

test('JSONL: a string where the schema says number is unreadable, located by its line', async () => {
  const lines = (temps: unknown[]) =>
    temps.map((temp, i) => JSON.stringify({ day: i + 1, temp })).join('\n');
  const schema = parseTableSchema(
    JSON.stringify({ fields: [{ name: 'temp', type: 'number' }] }),
    'schema.json',
  );
  const { result } = await runDrift(
    {
      kind: 'rows',
      path: 'train.jsonl',
      read: {},
      scan: scanOf(lines([1, 2, 3, 4]), 'train.jsonl'),
    },
    {
      path: 'serve.jsonl',
      read: {},
      scan: scanOf(lines([1, '15.6C', 3, 4, '1,000']), 'serve.jsonl'),
    },
    { ...defaultDriftRules, maxUnreadableShare: 0.5 },
    schema,
  );
  assert.deepEqual(result.unreadable, [
    {
      role: 'current',
      path: 'serve.jsonl',
      column: 'temp',
      expected: 'number',
      count: 2,
      cells: 5,
      share: 0.4,
      verdict: 'warn',
      examples: [
        { row: 2, line: 2, value: '15.6C' },
        { row: 5, line: 5, value: '1,000' },
      ],
    },
  ]);
  assert.deepEqual(
    [result.summary.verdict, result.summary.driftVerdict, result.summary.unreadableVerdict],
    ['warn', 'pass', 'warn'],
  );
});
