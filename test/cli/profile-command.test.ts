import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-usage-error.ts';
import { profileCommand } from '../../src/cli/profile-command.ts';
import { parseProfileJson } from '../../src/profile/profile-json-schema.ts';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/profile', name);

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await profileCommand(
    argv,
    (text) => {
      out += text;
    },
    (text) => {
      err += text;
    },
  );
  return { code, out, err };
}

test('profiles a file to JSON with an overview on stdout, and merges profiles', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-profile-'));
  const output = path.join(dir, 'weather.json');
  const first = await run([fixture('seattle-weather.csv'), '-o', output]);
  assert.equal(first.code, 0);
  assert.match(first.out, /1461 rows, 6 columns/);
  assert.match(first.out, /weather\s+categorical\s+1461\s+0\s+5/);
  const profile = parseProfileJson(await readFile(output, 'utf8'), output);
  assert.equal(profile.rowCount, 1461);

  const whole = path.join(dir, 'twice.json');
  const merged = await run(['--merge', output, output, '-o', whole]);
  assert.equal(merged.code, 0);
  assert.equal(parseProfileJson(await readFile(whole, 'utf8'), whole).rowCount, 2922);

  const stdout = await run([fixture('cars.jsonl')]);
  assert.equal(JSON.parse(stdout.out).rowCount, 406);
});

test('ragged rows: listed with line and row, exit 1 unless --allow-bad-rows', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-profile-'));
  const file = path.join(dir, 'ragged.csv');
  await writeFile(file, 'a,b\n1,2\n3\n4,5\n');
  const refused = await run([file]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /ragged\.csv:3 \(row 2\)/);
  assert.match(refused.err, /--allow-bad-rows/);
  const allowed = await run([file, '--allow-bad-rows']);
  assert.equal(allowed.code, 0);
  const profile = JSON.parse(allowed.out);
  assert.equal(profile.rowCount, 2);
  assert.equal(profile.sources[0].badRows, 1);
});

test('usage errors name the problem', async () => {
  await assert.rejects(
    run([]),
    (e: Error) => e instanceof CliUsageError && /name at least one file/.test(e.message),
  );
  await assert.rejects(
    run(['x.csv', '--sketch-size', '0']),
    /--sketch-size must be a whole number ≥ 1/,
  );
  await assert.rejects(run(['x.csv', '--bogus']), /Unknown option '--bogus'/);
  await assert.rejects(run([fixture('nope.csv')]), CliUsageError);
  await assert.rejects(run(['--merge', fixture('seattle-weather.csv')]), /not JSON/);
});
