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

test('an error budget and row rules on the real seattle-weather file', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-validate-'));
  const schema = path.join(dir, 'schema.json');
  await writeFile(
    schema,
    JSON.stringify(
      {
        fields: [
          { name: 'date', type: 'date' },
          { name: 'precipitation', type: 'number', constraints: { exclusiveMinimum: -1 } },
          { name: 'temp_max', type: 'number', constraints: { maximum: 30 } },
          { name: 'temp_min', type: 'number' },
          { name: 'wind', type: 'number' },
          { name: 'weather' },
        ],
      },
      null,
      2,
    ),
  );
  let stderr = '';
  const run = (args: string[]) =>
    capture((out) =>
      validateCommand(['--schema', schema, weather, ...args], out, (text) => {
        stderr += text;
      }),
    );
  // pandas: d = pd.read_csv('test/fixtures/profile/seattle-weather.csv');
  // (d.temp_max > 30).sum() = 53 of 1461 (3.63 %);
  // ((d.weather == 'rain') & ~(d.precipitation > 0)).sum() = 44 (3.01 %), the first on line 8.
  const rule = ['--rule', 'weather != "rain" or precipitation > 0'];
  const strict = await run(rule);
  assert.equal(strict.code, 1);
  assert.match(strict.out, /INVALID — 1461 rows; 53 cell error\(s\); 44 row\(s\) breaking/);
  assert.match(strict.out, /weather != "rain" or precipitation > 0: 44\n/);
  assert.match(strict.out, /seattle-weather\.csv:8 \(row 7\): weather = "rain", precipitation = 0/);
  assert.match(
    stderr,
    /warning: .*schema\.json:\d+: `fields\[1\]\.constraints\.exclusiveMinimum`: exclusiveMinimum is not checked/,
  );

  const within = await run([...rule, '--max-invalid-share', '0.04']);
  assert.equal(within.code, 0);
  assert.match(within.out, /WITHIN BUDGET — 1461 rows/);
  assert.match(within.out, /temp_max\s+53 \(3\.628 % \/ 4 %\) within budget/);
  assert.match(within.out, /precipitation > 0: 44 \(3\.012 % \/ 4 %\) within budget/);

  const over = await run([...rule, '--max-invalid-share', '0.035', '--format', 'json']);
  assert.equal(over.code, 1);
  const report = JSON.parse(over.out);
  assert.equal(report.passed, false);
  assert.equal(report.files[0].verdict, 'invalid');
  assert.deepEqual(report.files[0].invalidRows, [{ column: 'temp_max', rows: 53 }]);
  assert.equal(report.files[0].rules[0].count, 44);
  assert.deepEqual(
    report.unchecked.map((u: { key: string }) => u.key),
    ['fields[1].constraints.exclusiveMinimum'],
  );

  await assert.rejects(
    run(['--rule', 'temp_max >=']),
    (e: Error) =>
      e instanceof CliUsageError && /--rule "temp_max >=": cannot parse the rule/.test(e.message),
  );
  await assert.rejects(run(['--rule', 'tmax > 0']), /"tmax", which is not a field of the schema/);
  await assert.rejects(run(['--max-invalid-share', '5']), /between 0 and 1/);
});
