import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { mlgate } from './mlgate-in-process.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/table-schema-infer');
const train = path.join(fixtures, 'seattle-train.csv');
const heldOut = path.join(fixtures, 'seattle-held-out.csv');

async function inferThenValidate(options: string[]) {
  const schema = path.join(await mkdtemp(path.join(tmpdir(), 'mlgate-schema-')), 'schema.json');
  const inferred = await mlgate(['schema', 'infer', train, '-o', schema, ...options]);
  assert.equal(inferred.code, 0, inferred.err);
  const fields: { name: string; constraints?: object }[] = JSON.parse(
    await readFile(schema, 'utf8'),
  ).fields;
  const validated = await mlgate(['validate', '--schema', schema, heldOut]);
  return { fields, validated };
}

test('the seattle held-out split validates with the default margin and fails with --range-margin 0', async () => {
  const widened = await inferThenValidate([]);
  assert.deepEqual(widened.fields.find((f) => f.name === 'temp_max')?.constraints, {
    required: true,
    minimum: -6,
    maximum: 40,
  });
  assert.equal(widened.validated.code, 0);
  assert.match(widened.validated.out, /VALID — 292 rows/);

  const observed = await inferThenValidate(['--range-margin', '0']);
  assert.equal(observed.validated.code, 1);
  assert.match(observed.validated.out, /INVALID — 292 rows; 2 cell error\(s\)/);
  assert.match(observed.validated.out, /temp_min \[minimum\]: -7\.1 is below the minimum -6\.6/);
  assert.match(observed.validated.out, /wind \[maximum\]: 9\.5 is above the maximum 8\.8/);
});

test('--no-ranges writes no minimum or maximum; the enums and required stay', async () => {
  const { fields, validated } = await inferThenValidate(['--no-ranges']);
  assert.deepEqual(
    fields.map((f) => f.constraints),
    [
      { required: true },
      { required: true },
      { required: true },
      { required: true },
      { required: true },
      { required: true, enum: ['drizzle', 'fog', 'rain', 'sun', 'snow'].sort() },
    ],
  );
  assert.equal(validated.code, 0);
});

test('a bad margin, or a margin with --no-ranges, is a usage error (exit 2)', async () => {
  for (const margin of ['-0.1', 'ten', '', 'Infinity']) {
    const run = await mlgate(['schema', 'infer', train, `--range-margin=${margin}`]);
    assert.equal(run.code, 2, margin);
    assert.match(run.err, /--range-margin must be a number ≥ 0 .*e\.g\. 0\.1/);
  }
  const both = await mlgate(['schema', 'infer', train, '--no-ranges', '--range-margin', '0.2']);
  assert.equal(both.code, 2);
  assert.match(both.err, /--no-ranges writes no minimum or maximum; drop --range-margin/);
});

test('help names the margin, its default and --no-ranges', async () => {
  const help = await mlgate(['schema', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /\[--range-margin 0\.1 \| --no-ranges\]/);
  assert.match(help.out, /--no-ranges +write no minimum or maximum/);
});
