import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-usage-error.ts';
import { schemaCommand } from '../../src/cli/schema-command.ts';
import { validateCommand } from '../../src/cli/validate-command.ts';

const weather = path.join(import.meta.dirname, '../fixtures/profile/seattle-weather.csv');

async function capture(run: (out: (text: string) => void) => Promise<number>) {
  let out = '';
  const code = await run((text) => {
    out += text;
  });
  return { code, out };
}

test('schema infer → validate: the training file passes, a broken serving file fails with exit 1', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-validate-'));
  const schema = path.join(dir, 'schema.json');
  const inferred = await capture((out) =>
    schemaCommand(['infer', weather, '-o', schema], out, () => {}),
  );
  assert.equal(inferred.code, 0);
  assert.match(inferred.out, /review the ranges and enums/);
  assert.equal(JSON.parse(await readFile(schema, 'utf8')).fields.length, 6);

  const valid = await capture((out) => validateCommand(['--schema', schema, weather], out));
  assert.equal(valid.code, 0);
  assert.match(valid.out, /VALID — 1461 rows/);

  const serving = path.join(dir, 'serving.csv');
  await writeFile(
    serving,
    'date,precipitation,temp_max,temp_min,wind,weather,request_id\n2014-02-30,0,10,2,3,hail,r1\n',
  );
  const invalid = await capture((out) =>
    validateCommand(['--schema', schema, serving, '--format', 'json'], out),
  );
  assert.equal(invalid.code, 1);
  const report = JSON.parse(invalid.out);
  assert.equal(report.valid, false);
  assert.deepEqual(report.files[0].unexpectedColumns, ['request_id']);
  assert.deepEqual(
    report.files[0].counts.map((c: { column: string; kind: string }) => `${c.column}:${c.kind}`),
    ['date:type', 'weather:enum'],
  );
  assert.equal(report.files[0].counts[0].examples[0].value, '2014-02-30');
  assert.equal(report.files[0].counts[0].examples[0].line, 2);

  const text = await capture((out) => validateCommand(['--schema', schema, serving], out));
  assert.match(text.out, /INVALID — 1 rows; 2 cell error\(s\); unexpected column\(s\): request_id/);
  assert.match(text.out, /serving\.csv:2 \(row 1\), date \[type\]: "2014-02-30" is not a date/);
});

test('usage errors exit 2 through CliUsageError', async () => {
  await assert.rejects(validateCommand([weather]), /--schema is required/);
  await assert.rejects(validateCommand(['--schema', 's.json']), /name at least one data file/);
  await assert.rejects(
    validateCommand(['--schema', weather, weather]),
    (e: Error) => e instanceof CliUsageError && /not JSON/.test(e.message),
  );
  await assert.rejects(
    validateCommand(['--schema', 's.json', 'x.csv', '--format', 'csv']),
    /--input-format/,
  );
  await assert.rejects(schemaCommand(['guess', weather]), /unknown or missing action "guess"/);
  await assert.rejects(schemaCommand(['infer']), /exactly one training file/);
});
