import assert from 'node:assert/strict';
import { test } from 'vitest';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { demoteFailingTypes, inferTableSchema } from '../../src/table-schema/infer-table-schema.ts';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';
import { validateTableFile } from '../../src/table-schema/validate-table-file.ts';
import { fixtureText, profileText } from '../mocks/profile-fixtures.ts';

const options = { enumLimit: 20, ranges: { margin: 0.1 }, missingValues: [''] };

test('cars.jsonl: types, required where nothing is missing, widened ranges, enums for few categories', async () => {
  const profile = await profileText(fixtureText('profile/cars.jsonl'), 'cars.jsonl');
  const schema = inferTableSchema(profile, options);
  const field = (name: string) => schema.fields.find((f) => f.name === name)!;
  assert.deepEqual(field('Miles_per_Gallon'), {
    name: 'Miles_per_Gallon',
    type: 'number',
    // 9..46.6 widened by 3.76 each side, to whole numbers (2 significant digits of the span 45.1)
    constraints: { minimum: 5, maximum: 51 },
  });
  assert.deepEqual(field('Cylinders'), {
    name: 'Cylinders',
    type: 'integer',
    constraints: { required: true, minimum: 2, maximum: 9 },
  });
  assert.deepEqual(field('Origin').constraints, {
    required: true,
    enum: ['Europe', 'Japan', 'USA'],
  });
  assert.deepEqual(field('Year'), {
    name: 'Year',
    type: 'date',
    // 1970-01-01..1982-01-01 (4383 days) widened by 438.3 days each side, to whole days
    constraints: { required: true, minimum: '1968-10-19', maximum: '1983-03-16' },
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

test('margin 0 writes the observed range; a datetime range is widened to whole days', async () => {
  const observed = inferTableSchema(
    await profileText(fixtureText('profile/cars.jsonl'), 'cars.jsonl'),
    { ...options, ranges: { margin: 0 } },
  );
  assert.deepEqual(observed.fields.find((f) => f.name === 'Miles_per_Gallon')!.constraints, {
    minimum: 9,
    maximum: 46.6,
  });
  const text = 'at\n2014-02-28T13:45:00Z\n2014-03-01T07:00:00Z\n';
  const schema = inferTableSchema(await profileText(text), options);
  assert.deepEqual(schema.fields[0], {
    name: 'at',
    type: 'datetime',
    constraints: {
      required: true,
      minimum: '2014-02-28T00:00:00Z',
      maximum: '2014-03-02T00:00:00Z',
    },
  });
});

test('enums only where every value was seen at least twice, and at most --enum-limit of them', async () => {
  const column = (values: string[]) => ['kind', ...values].join('\n');
  const enumOf = async (values: string[], enumLimit = 20) =>
    inferTableSchema(await profileText(column(values)), { ...options, enumLimit }).fields[0]!
      .constraints?.enum;
  const twice = ['a', 'b', 'c', 'a', 'b', 'c', 'a'];
  assert.deepEqual(await enumOf(twice), ['a', 'b', 'c']);
  assert.equal(await enumOf([...twice, 'd']), undefined);
  assert.equal(await enumOf(twice, 2), undefined);
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
