import assert from 'node:assert/strict';
import { test } from 'vitest';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { demoteFailingTypes, inferTableSchema } from '../../src/table-schema/infer-table-schema.ts';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';
import { validateTableFile } from '../../src/table-schema/validate-table-file.ts';
import { fixtureText, profileText } from '../mocks/profile-fixtures.ts';

const options = { enumLimit: 20, missingValues: [''] };

test('cars.jsonl: types, required where nothing is missing, ranges, enums for few categories', async () => {
  const profile = await profileText(fixtureText('profile/cars.jsonl'), 'cars.jsonl');
  const schema = inferTableSchema(profile, options);
  const field = (name: string) => schema.fields.find((f) => f.name === name)!;
  assert.deepEqual(field('Miles_per_Gallon'), {
    name: 'Miles_per_Gallon',
    type: 'number',
    constraints: { minimum: 9, maximum: 46.6 },
  });
  assert.deepEqual(field('Cylinders'), {
    name: 'Cylinders',
    type: 'integer',
    constraints: { required: true, minimum: 3, maximum: 8 },
  });
  assert.deepEqual(field('Origin').constraints, {
    required: true,
    enum: ['Europe', 'Japan', 'USA'],
  });
  assert.deepEqual(field('Year'), {
    name: 'Year',
    type: 'date',
    constraints: { required: true, minimum: '1970-01-01', maximum: '1982-01-01' },
  });
  assert.deepEqual(field('Name'), {
    name: 'Name',
    type: 'string',
    constraints: { required: true },
  });
  // The inferred schema is a valid Table Schema and passes on its own data.
  const parsed = parseTableSchema(JSON.stringify(schema), 'inferred.json');
  const result = await validateTableFile(
    async (o) => scanTableText(fixtureText('profile/cars.jsonl'), 'cars.jsonl', o),
    parsed,
    { maxExamples: 1 },
  );
  assert.equal(result.valid, true);
});

test('identifiers are unique; high-cardinality text gets no enum; all-missing columns are plain strings', async () => {
  const rows = Array.from({ length: 30 }, (_, i) => `id-${i},word${i % 25},`);
  const schema = inferTableSchema(
    await profileText(['id,word,empty', ...rows].join('\n')),
    options,
  );
  assert.deepEqual(
    schema.fields.map((f) => [f.name, f.type, f.constraints]),
    [
      ['id', 'string', { required: true, unique: true }],
      ['word', 'string', { required: true }],
      ['empty', 'string', undefined],
    ],
  );
});

test('types the file itself breaks are loosened: 3.0 in an integer column', async () => {
  const text = 'n,flag\n1,true\n3.0,TRUE\n2,tRuE\n';
  const schema = inferTableSchema(await profileText(text), options);
  assert.equal(schema.fields[0]!.type, 'integer');
  assert.equal(schema.fields[1]!.type, 'boolean');
  const check = () =>
    validateTableFile(
      async (o) => scanTableText(text, 'data.csv', o),
      parseTableSchema(JSON.stringify(schema), 's'),
      {
        maxExamples: 1,
      },
    );
  assert.deepEqual(demoteFailingTypes(schema, await check()), ['n', 'flag']);
  assert.equal(schema.fields[0]!.type, 'number');
  assert.deepEqual(schema.fields[1], {
    name: 'flag',
    type: 'string',
    constraints: { required: true },
  });
  assert.equal((await check()).valid, true);
});
