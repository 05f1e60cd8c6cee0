// Real Table Schemas from public projects (test/fixtures/table-schema/README.md names each
// source, path and commit): their metadata and custom properties are accepted, and the only
// refusals are the things mlgate cannot read, each with its line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';
import { validateTableFile } from '../../src/table-schema/validate-table-file.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/table-schema/${name}`, import.meta.url), 'utf8');

function problemsOf(text: string, source: string): readonly string[] {
  try {
    parseTableSchema(text, source);
  } catch (error) {
    return (error as { problems: readonly string[] }).problems;
  }
  return [];
}

/** camtrap-dp's datetime pattern is ISO 8601 written for strptime; lines stay where they were. */
const withDefaultFormat = (text: string) =>
  text.replaceAll('"format": "%Y-%m-%dT%H:%M:%S%z"', '"format": "default"');

describe('real Frictionless Table Schemas', () => {
  it('a v2 schema with `$schema` and field titles (frictionless-r) is read', () => {
    const name = 'frictionless-r-schema-custom.schema.json';
    const schema = parseTableSchema(fixture(name), name);
    assert.deepEqual(
      schema.fields.map(({ name, type }) => [name, type]),
      [
        ['col_1', 'number'],
        ['col_2', 'string'],
      ],
    );
  });

  it('a camtrap-dp schema with descriptions, examples and `format: default` is read', () => {
    const name = 'camtrap-dp-locations.schema.json';
    const schema = parseTableSchema(fixture(name), name);
    assert.equal(schema.fields.length, 8);
    assert.deepEqual(schema.missingValues, ['', 'NaN', 'nan']);
    const longitude = schema.fields[1]!;
    assert.deepEqual([longitude.constraints.minimum, longitude.constraints.maximum], [-180, 180]);
    assert.deepEqual(schema.unchecked, []);
  });

  it('camtrap-dp media (title, description, skos:* and example on every field, foreignKeys)', () => {
    const name = 'camtrap-dp-media.schema.json';
    const text = fixture(name);
    // Line numbers from `grep -n '"format"\|"any"\|foreignKeys' camtrap-dp-media.schema.json`.
    assert.deepEqual(problemsOf(text, name), [
      `${name}:46: \`fields[3].format\`: mlgate reads only the default format (ISO 8601 dates, plain numbers); remove "format"`,
      `${name}:96: \`fields[8].type\`: mlgate does not validate type "any"; use one of number, integer, string, boolean, date, datetime (a "string" field accepts any text)`,
    ]);
    const schema = parseTableSchema(
      withDefaultFormat(text).replace('"type": "any"', '"type": "string"'),
      name,
    );
    assert.deepEqual(schema.primaryKey, ['mediaID']);
    assert.deepEqual(schema.missingValues, ['', 'NA', 'NaN', 'nan']);
    const filePath = schema.fields.find((field) => field.name === 'filePath')!;
    assert.ok(filePath.constraints.pattern!.test('https://multimedia.agouti.eu/assets/6d65/file'));
    assert.ok(!filePath.constraints.pattern!.test('../secret.jpg'));
    assert.deepEqual(
      schema.unchecked.map(({ key, line }) => [key, line]),
      [['foreignKeys', 126]],
    );
  });

  it('frictionless-r v2 observations: `{value, label}` missingValues and categories', () => {
    const name = 'frictionless-r-v2-observations.schema.json';
    const text = fixture(name);
    assert.deepEqual(problemsOf(text, name), [
      `${name}:21: \`fields[2].format\`: mlgate reads only the default format (ISO 8601 dates, plain numbers); remove "format"`,
    ]);
    const schema = parseTableSchema(withDefaultFormat(text), name);
    assert.deepEqual(schema.missingValues, ['', 'NA', 'NaN']);
    assert.deepEqual(schema.primaryKey, ['observation_id']);
    const lifeStage = schema.fields.find((field) => field.name === 'life_stage')!;
    assert.deepEqual(lifeStage.constraints.enum, [
      'adult',
      'subadult',
      'juvenile',
      'offspring',
      'unknown',
    ]);
    assert.deepEqual(
      schema.unchecked.map(({ key, line }) => [key, line]),
      [['foreignKeys', 82]],
    );
  });

  it('a file validates against the v2 schema: categories and missingValues labels apply', async () => {
    const name = 'frictionless-r-v2-observations.schema.json';
    const schema = parseTableSchema(withDefaultFormat(fixture(name)), name);
    const csv = [
      'observation_id,deployment_id,timestamp,scientific_name,count,life_stage,comments',
      'o1,d1,2020-09-28T00:13:07Z,Vulpes vulpes,1,adult,NA',
      'o2,d1,2020-09-28T15:59:17Z,NA,NA,NA,',
      'o3,d2,2020-09-28T17:00:00Z,Ardea,0,elder,',
    ].join('\n');
    const result = await validateTableFile(
      async (options) => scanTableText(csv, 'observations.csv', options),
      schema,
      { maxExamples: 5 },
    );
    assert.deepEqual(
      result.counts.map(({ column, kind, examples }) => [column, kind, examples.map((e) => e.row)]),
      [
        ['count', 'minimum', [3]],
        ['life_stage', 'enum', [3]],
      ],
      '"NA" is missing (a labelled missing value), "elder" is not a category, 0 is below minimum 1',
    );
  });
});
