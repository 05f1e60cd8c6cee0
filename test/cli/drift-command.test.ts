import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-usage-error.ts';
import { driftCommand } from '../../src/cli/drift-command.ts';
import { profileCommand } from '../../src/cli/profile-command.ts';
import type { DriftResult } from '../../src/drift/drift-result.ts';
import { fixtureText, unreadableNumberTokens, withCell } from '../drift/drift-fixtures.ts';
import { mlgate } from './mlgate-in-process.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/statistics');
const early = path.join(fixtures, 'cars-1970-1975.csv');
const late = path.join(fixtures, 'cars-1976-1982.csv');
const seattle = path.join(fixtures, 'weather-seattle-2012.csv');

async function drift(args: string[]) {
  let out = '';
  let err = '';
  const code = await driftCommand(
    args,
    (text) => {
      out += text;
    },
    (text) => {
      err += text;
    },
  );
  return { code, out, err };
}

test('exit 1 with the drift table when most features drift; JSON carries every figure', async () => {
  const markdown = await drift(['--reference', early, '--current', late]);
  assert.equal(markdown.code, 1);
  assert.match(
    markdown.out,
    /^## Drift: .*cars-1976-1982\.csv vs .*cars-1970-1975\.csv\n\n\*\*FAIL\*\* — 7 of 7 tested features drifted/,
  );
  assert.match(
    markdown.out,
    // The gated statistic against its level, then reference and current in cells of their own.
    /\| miles\\_per\\_gallon \| W\/σ \| 1\.292 \| ≥ 0\.1 \| 2\.913×10⁻¹⁴ \| fail \| [▁-█]+ \| [▁-█]+ \|/,
  );
  const json = await drift(['--reference', early, '--current', late, '--format', 'json']);
  assert.equal(json.code, 1);
  const result = JSON.parse(json.out) as DriftResult;
  assert.equal(result.format, 'mlgate-drift');
  assert.equal(result.features.length, 7);
  const mpg = result.features.find((f) => f.name === 'miles_per_gallon');
  assert.ok(mpg?.kind === 'numeric');
  // stats.ks_2samp(cars early miles_per_gallon, cars late miles_per_gallon) → (0.406033781033781, 4.16133799413949e-15)
  assert.equal(mpg.ks?.pValue, 4.16133799413949e-15);
});

test('exit 0 for data against itself and when drift stays below the fail share', async () => {
  assert.equal((await drift(['--reference', seattle, '--current', seattle])).code, 0);
  // At q = 1e-10 only miles per gallon (adjusted p = 2.9e-14) drifts: 1 of 7 is below the 50% fail share.
  const strict = await drift(['--reference', early, '--current', late, '--significance', '1e-10']);
  assert.equal(strict.code, 0);
  assert.match(strict.out, /\*\*WARN\*\* — 1 of 7 tested features drifted \(14\.3%\)/);
});

test('a profile (*.json) stands in for the reference rows', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-drift-'));
  const profile = path.join(dir, 'early.profile.json');
  assert.equal(
    await profileCommand(
      [early, '-o', profile],
      () => {},
      () => {},
    ),
    0,
  );
  const result = JSON.parse(
    (await drift(['--reference', profile, '--current', late, '--format', 'json'])).out,
  );
  assert.equal(result.reference.kind, 'profile');
  assert.equal(result.summary.drifted, 7);
});

test('exit 2: bad arguments, unreadable files, and ragged rows unless allowed', async () => {
  await assert.rejects(drift(['--reference', early]), CliUsageError);
  await assert.rejects(
    drift(['--reference', early, '--current', late, '--format', 'xml']),
    /markdown or json/,
  );
  await assert.rejects(
    drift(['--reference', early, '--current', '/nonexistent.csv']),
    CliUsageError,
  );
  await assert.rejects(
    drift(['--reference', early, '--current', late, '--fail-share', '2']),
    /between 0 and 1/,
  );
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-drift-'));
  const ragged = path.join(dir, 'ragged.csv');
  await writeFile(ragged, 'origin,horsepower\nUSA,130\nJapan\nEurope,88\n');
  const refused = await drift(['--reference', early, '--current', ragged]);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /ragged\.csv:3 \(row 2\): .*\n.*--allow-bad-rows/);
  assert.notEqual(
    (await drift(['--reference', early, '--current', ragged, '--allow-bad-rows'])).code,
    2,
  );
});

test('value tables built on worker threads give the figures built in this thread', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-drift-'));
  const reference = path.join(dir, 'reference.csv');
  const current = path.join(dir, 'current.csv');
  // `code` is text in the reference but only numbers in current data: compared as categories,
  // so current's number column must stay in this thread.
  const rows = (shift: number, codes: string[]) =>
    [
      'a,b,code',
      ...Array.from(
        { length: 400 },
        (_, i) => `${(i % 37) + shift},${(i * 7) % 101}.5,${codes[i % codes.length]}`,
      ),
    ].join('\n');
  await writeFile(reference, rows(0, ['1', '2', 'x']));
  await writeFile(current, rows(3, ['1', '2']));
  const json = await drift(['--reference', reference, '--current', current, '--format', 'json']);
  const result = JSON.parse(json.out) as DriftResult;
  const { driftBetweenScans } = await import('../mocks/drift-between-scans.ts');
  const { defaultDriftRules } = await import('../../src/drift/drift-rules.ts');
  const { fileScanner } = await import('../../src/io/file-scanner.ts');
  const scanFile = fileScanner();
  const inThread = driftBetweenScans(
    await scanFile(reference, { otherColumns: 'auto', threads: 1 }),
    await scanFile(current, { otherColumns: 'auto', threads: 1 }),
    defaultDriftRules,
  );
  assert.deepEqual(result, JSON.parse(JSON.stringify(inThread)));
  const code = result.features.find((f) => f.name === 'code');
  assert.ok(code?.kind === 'categorical');
  assert.deepEqual(
    code.categories.map((c) => [c.value, c.reference, c.current]),
    [
      ['1', 134, 200],
      ['2', 133, 200],
      ['x', 133, 0],
    ],
  );
});

test('large files: the worker that read one compares about half the numeric features, to the same result', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-drift-'));
  const [reference, current] = ['reference.csv', 'current.csv'].map((name) => path.join(dir, name));
  // Over 8 MB each, so each file is read on a thread of its own; `wide` and `fine` have
  // hundreds of thousands of distinct values, so they are the features worth sending.
  const rows = (shift: number) =>
    [
      'wide,fine,few',
      ...Array.from(
        { length: 600_000 },
        (_, i) =>
          `${((i * 7919) % 600_011) + shift},${(((i * 104_729) % 599_993) / 1000).toFixed(3)},${i % 9}`,
      ),
    ].join('\n');
  await writeFile(reference!, rows(0));
  await writeFile(current!, rows(50));
  const json = await drift(['--reference', reference!, '--current', current!, '--format', 'json']);
  const { driftBetweenScans } = await import('../mocks/drift-between-scans.ts');
  const { defaultDriftRules } = await import('../../src/drift/drift-rules.ts');
  const { fileScanner } = await import('../../src/io/file-scanner.ts');
  const scanFile = fileScanner();
  const options = { otherColumns: 'auto', threads: 1, layout: 'distribution' } as const;
  const inThread = driftBetweenScans(
    await scanFile(reference!, options),
    await scanFile(current!, options),
    defaultDriftRules,
  );
  assert.deepEqual(JSON.parse(json.out), JSON.parse(JSON.stringify(inThread)));
}, 30_000);

/** Seattle 2012 with one temp_max cell on line 11 (row 10) replaced by `written`. */
async function seattleWith(dir: string, name: string, written: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, withCell(fixtureText('weather-seattle-2012.csv'), 11, 'temp_max', written));
  return file;
}

test('a number drift cannot read fails the comparison, located by file, line, row and column', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-drift-'));
  for (const [i, token] of unreadableNumberTokens.entries()) {
    const current = await seattleWith(dir, `current-${i}.csv`, token.written);
    const { code, out, err } = await drift(['--reference', seattle, '--current', current]);
    assert.equal(code, 1, token.value);
    assert.ok(
      err.includes(
        `${current}:11 (row 10), column "temp_max": ${JSON.stringify(token.value)} is not a number\n`,
      ),
      err,
    );
    assert.match(err, /mlgate drift: 1 cell\(s\) could not be read .*\(fail: /);
    assert.match(
      out,
      /\*\*FAIL\*\* — 0 of 5 tested features drifted \(0%\); fails from 50%; 1 cell\(s\) in 1 file column\(s\) could not be read \(any fails\)/,
    );
    assert.match(
      out,
      /- fail: .*current-\d\.csv, column "temp\\_max": 1 of 366 cell\(s\) \(0\.273%\) are not a number: line 11 \(row 10\) /,
    );
  }
});

test('--max-unreadable-share: within it the cells warn (exit 0); JSON lists them with the rule', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-drift-'));
  const current = await seattleWith(dir, 'current.csv', '15.6C');
  const schema = path.join(dir, 'schema.json');
  await writeFile(
    schema,
    JSON.stringify({
      fields: [
        { name: 'date', type: 'date' },
        { name: 'temp_max', type: 'number' },
        { name: 'weather', type: 'string' },
      ],
    }),
  );
  // With a schema the scan itself marks the cell; without one current data is read again as numbers.
  for (const extra of [[], ['--schema', schema]]) {
    const args = ['--reference', seattle, '--current', current, '--format', 'json', ...extra];
    const warned = await drift([...args, '--max-unreadable-share', '0.01']);
    assert.equal(warned.code, 0);
    const result = JSON.parse(warned.out) as DriftResult;
    assert.deepEqual(result.unreadable, [
      {
        role: 'current',
        path: current,
        column: 'temp_max',
        expected: 'number',
        count: 1,
        cells: 366,
        share: 1 / 366,
        verdict: 'warn',
        examples: [{ row: 10, line: 11, value: '15.6C' }],
      },
    ]);
    assert.equal(result.rules.maxUnreadableShare, 0.01);
    assert.deepEqual(
      [result.summary.verdict, result.summary.driftVerdict, result.summary.unreadableVerdict],
      ['warn', 'pass', 'warn'],
    );
    assert.equal(result.summary.unreadableCells, 1);
    const failed = await drift(args);
    assert.equal(failed.code, 1);
    assert.equal((JSON.parse(failed.out) as DriftResult).unreadable[0]!.verdict, 'fail');
  }
  await assert.rejects(
    drift(['--reference', seattle, '--current', current, '--max-unreadable-share', '2']),
    /--max-unreadable-share is a number between 0 and 1/,
  );
});

test('mlgate run: the drift check fails on a cell it cannot read, and warns within the share', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'mlgate-run-drift-'));
  await writeFile(path.join(root, 'reference.csv'), fixtureText('weather-seattle-2012.csv'));
  await seattleWith(root, 'current.csv', '1_000');
  const config = (extra: string) =>
    [
      'version: 1',
      'gate:',
      '  minimum_score: 0',
      'checks:',
      '  drift:',
      '    reference: reference.csv',
      '    current: current.csv',
      extra,
      '',
    ].join('\n');
  const gate = async (extra: string) => {
    await writeFile(path.join(root, 'mlgate.yml'), config(extra));
    return mlgate(['run', '-C', root, '--config', path.join(root, 'mlgate.yml'), '--quiet']);
  };
  const blocked = await gate('');
  assert.equal(blocked.code, 1, blocked.err);
  assert.match(blocked.err, /BLOCKED/);
  // The blocking reason: the share against its bound, at the first cell.
  assert.match(
    blocked.err,
    /- `drift`: unreadable cells share 0\.002732 > 0 — current\.csv line 11, column `temp_max`/,
  );
  const warned = await gate('    max_unreadable_share: 0.01');
  assert.equal(warned.code, 0, warned.err);
  assert.match(warned.err, /PASSED/);
});

test('Parquet: cells that are not of the schema type are located by row (Parquet has no lines)', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-drift-'));
  const schema = path.join(dir, 'schema.json');
  // Seattle's precipitation holds decimals (10.9 on row 2): declared integer, 18 of its 29 present cells are not.
  await writeFile(schema, JSON.stringify({ fields: [{ name: 'precipitation', type: 'integer' }] }));
  const parquet = path.join(import.meta.dirname, '../fixtures/io/seattle-weather-30.parquet');
  const args = ['--reference', parquet, '--current', parquet, '--schema', schema];
  const { code, out, err } = await drift([...args, '--format', 'json']);
  assert.equal(code, 1);
  assert.ok(
    err.startsWith(`${parquet} (row 2), column "precipitation": "10.9" is not an integer\n`),
    err,
  );
  const result = JSON.parse(out) as DriftResult;
  assert.deepEqual(
    result.unreadable.map((u) => [u.role, u.count, u.cells, u.examples[0]]),
    [
      ['reference', 18, 29, { row: 2, line: null, value: '10.9' }],
      ['current', 18, 29, { row: 2, line: null, value: '10.9' }],
    ],
  );
});
