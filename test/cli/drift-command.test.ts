import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-usage-error.ts';
import { driftCommand } from '../../src/cli/drift-command.ts';
import { profileCommand } from '../../src/cli/profile-command.ts';
import type { DriftResult } from '../../src/drift/drift-result.ts';

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
  const { driftBetweenScans } = await import('../../src/drift/compare-datasets.ts');
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
