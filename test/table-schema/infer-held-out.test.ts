/**
 * A schema inferred from a training split must pass the held-out split of the
 * same data. Real public data: slices of vega-datasets' seattle-weather.csv and
 * penguins.json (test/fixtures/table-schema-infer/README.md). Each test infers
 * from the training part and validates the held-out part.
 */
import assert from 'node:assert/strict';
import { test } from 'vitest';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import {
  type InferOptions,
  inferTableSchema,
  type TableSchemaJson,
} from '../../src/table-schema/infer-table-schema.ts';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';
import { validateTableFile } from '../../src/table-schema/validate-table-file.ts';
import { fixtureText, profileText } from '../mocks/profile-fixtures.ts';

const defaults = { enumLimit: 20, missingValues: [''] };

async function infer(train: string, ranges: InferOptions['ranges']) {
  const path = `table-schema-infer/${train}`;
  return inferTableSchema(await profileText(fixtureText(path), path), { ...defaults, ranges });
}

/** `column kind count` of each error count of the held-out file. */
async function errors(schema: TableSchemaJson, heldOut: string): Promise<string[]> {
  const text = fixtureText(`table-schema-infer/${heldOut}`);
  const result = await validateTableFile(
    async (options) => scanTableText(text, heldOut, options),
    parseTableSchema(JSON.stringify(schema), 'inferred.json'),
    { maxExamples: 1 },
  );
  return result.counts.map((c) => `${c.column} ${c.kind} ${c.count}`);
}

const constraintsOf = (schema: TableSchemaJson, name: string) =>
  schema.fields.find((f) => f.name === name)?.constraints;

test('numeric range: seattle 80/20 split, held-out passes with margin 0.1, fails at 0 on temp_min and wind', async () => {
  const widened = await infer('seattle-train.csv', { margin: 0.1 });
  assert.deepEqual(constraintsOf(widened, 'temp_min'), {
    required: true,
    minimum: -10,
    maximum: 21,
  });
  assert.deepEqual(constraintsOf(widened, 'wind'), { required: true, minimum: 0, maximum: 9.7 });
  assert.deepEqual(await errors(widened, 'seattle-held-out.csv'), []);

  // The training file's hard limits: -6.6 and 8.8; the held-out part has -7.1 and 9.5.
  const observed = await infer('seattle-train.csv', { margin: 0 });
  assert.deepEqual(constraintsOf(observed, 'wind'), { required: true, minimum: 0.4, maximum: 8.8 });
  assert.deepEqual(await errors(observed, 'seattle-held-out.csv'), [
    'temp_min minimum 1',
    'wind maximum 1',
  ]);
});

test('integer range: penguins 80/20 split, whole bounds; held-out passes with margin 0.1, fails at 0', async () => {
  const widened = await infer('penguins-train.csv', { margin: 0.1 });
  const mass = widened.fields.find((f) => f.name === 'Body Mass (g)');
  assert.deepEqual(mass, {
    name: 'Body Mass (g)',
    type: 'integer',
    constraints: { minimum: 2300, maximum: 6400 },
  });
  assert.deepEqual(constraintsOf(widened, 'Flipper Length (mm)'), { minimum: 166, maximum: 237 });
  assert.deepEqual(await errors(widened, 'penguins-held-out.csv'), []);

  // The heaviest training penguin weighs 6050 g; one held-out penguin weighs 6300 g.
  const observed = await infer('penguins-train.csv', { margin: 0 });
  assert.deepEqual(await errors(observed, 'penguins-held-out.csv'), ['Body Mass (g) maximum 1']);
});

test('enum with a value seen once: none is written, so an unseen value in held-out data passes', async () => {
  // November 2012 saw fog once; December brought 5 days of snow, never seen in November.
  const schema = await infer('seattle-2012-11.csv', { margin: 0.1 });
  assert.deepEqual(constraintsOf(schema, 'weather'), { required: true });
  const weatherErrors = async (s: TableSchemaJson) =>
    (await errors(s, 'seattle-2012-12.csv')).filter((e) => e.startsWith('weather'));
  assert.deepEqual(await weatherErrors(schema), []);

  // An enum of the values November saw would reject those 5 days.
  const weather = schema.fields.find((f) => f.name === 'weather')!;
  weather.constraints = { required: true, enum: ['drizzle', 'fog', 'rain', 'sun'] };
  assert.deepEqual(await weatherErrors(schema), ['weather enum 5']);

  // Penguins' Sex holds a "." once in training (a data-entry slip): no enum either,
  // while Species and Island, each value seen at least twice, get theirs.
  const penguins = await infer('penguins-train.csv', { margin: 0.1 });
  assert.equal(constraintsOf(penguins, 'Sex'), undefined);
  assert.deepEqual(constraintsOf(penguins, 'Island'), {
    required: true,
    enum: ['Biscoe', 'Dream', 'Torgersen'],
  });
});

test('--no-ranges: a month held out after the training month passes only without ranges', async () => {
  const none = await infer('seattle-2012-11.csv', 'omit');
  for (const field of none.fields) {
    assert.equal(field.constraints?.minimum, undefined, field.name);
    assert.equal(field.constraints?.maximum, undefined, field.name);
  }
  assert.deepEqual(await errors(none, 'seattle-2012-12.csv'), []);

  // Dates move on, and December is colder than November, beyond any margin.
  const widened = await infer('seattle-2012-11.csv', { margin: 0.1 });
  assert.deepEqual(constraintsOf(widened, 'date'), {
    required: true,
    minimum: '2012-10-29',
    maximum: '2012-12-03',
  });
  assert.deepEqual(await errors(widened, 'seattle-2012-12.csv'), [
    'date maximum 28',
    'temp_max minimum 7',
    'wind maximum 1',
  ]);
  const observed = await infer('seattle-2012-11.csv', { margin: 0 });
  assert.deepEqual(await errors(observed, 'seattle-2012-12.csv'), [
    'date maximum 31',
    'temp_max minimum 18',
    'temp_min minimum 2',
    'wind maximum 3',
  ]);
});
