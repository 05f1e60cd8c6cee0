import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';

const schemaText = (value: unknown) => JSON.stringify(value, null, 2);

/** The problems a schema is refused with, one per line: `file:line: \`key\`: message`. */
function problemsOf(value: unknown): string[] {
  try {
    parseTableSchema(schemaText(value), 'schema.json');
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
  assert.fail('the schema was accepted');
}

/** The line of the first `"key":` in the pretty-printed schema, as an editor counts. */
function lineOfKey(value: unknown, key: string, occurrence = 0): number {
  const lines = schemaText(value).split('\n');
  const matches = lines.flatMap((line, i) => (line.includes(`"${key}":`) ? [i + 1] : []));
  return matches[occurrence]!;
}

describe('properties the specs allow beyond the ones mlgate checks', () => {
  const plain = {
    fields: [
      { name: 'id', type: 'integer', constraints: { required: true } },
      { name: 'temp', type: 'number', constraints: { minimum: -50, maximum: 60 } },
    ],
    primaryKey: ['id'],
  };
  const annotated = {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    $comment: 'exported from the warehouse',
    name: 'weather',
    title: 'Daily weather',
    description: 'One row per day',
    homepage: 'https://example.org',
    fields: [
      {
        name: 'id',
        type: 'integer',
        title: 'Row id',
        description: 'Counts from 1',
        example: 1,
        rdfType: 'https://schema.org/identifier',
        format: 'default',
        bareNumber: true,
        constraints: { required: true },
      },
      {
        name: 'temp',
        type: 'number',
        decimalChar: '.',
        unit: '°C',
        units: 'celsius',
        label: 'Temperature',
        'skos:exactMatch': 'http://example.org/temperature',
        'x-source': { sensor: 'A1' },
        constraints: { minimum: -50, maximum: 60 },
      },
    ],
    primaryKey: ['id'],
  };

  it('are kept and ignored: the schema reads as the same schema without them', () => {
    assert.deepEqual(
      parseTableSchema(schemaText(annotated), 'schema.json'),
      parseTableSchema(schemaText(plain), 'schema.json'),
    );
  });

  it('near-misses of properties mlgate acts on are refused with the line and the likely name', () => {
    const typos = {
      foreignkey: [],
      fields: [
        { name: 'a', type: 'number', constraints: { minimun: 0, requierd: true } },
        { name: 'b', tpye: 'integer', trueValue: ['yes'] },
        { name: 'c', enums: ['x', 'y'], minimun: 3 },
      ],
    };
    const problems = problemsOf(typos);
    const line = (key: string, occurrence = 0) => lineOfKey(typos, key, occurrence);
    assert.deepEqual(problems, [
      `schema.json:${line('minimun')}: \`fields[0].constraints.minimun\`: unknown property; did you mean \`minimum\`?`,
      `schema.json:${line('requierd')}: \`fields[0].constraints.requierd\`: unknown property; did you mean \`required\`?`,
      `schema.json:${line('tpye')}: \`fields[1].tpye\`: unknown property; did you mean \`type\`?`,
      `schema.json:${line('trueValue')}: \`fields[1].trueValue\`: unknown property; did you mean \`trueValues\`?`,
      `schema.json:${line('enums')}: \`fields[2].enums\`: unknown property; did you mean \`enum\`, inside the field's \`constraints\`?`,
      `schema.json:${line('minimun', 1)}: \`fields[2].minimun\`: unknown property; did you mean \`minimum\`, inside the field's \`constraints\`?`,
      `schema.json:${line('foreignkey')}: \`foreignkey\`: unknown property; did you mean \`foreignKeys\`?`,
    ]);
  });

  it('a constraint written on the field instead of in `constraints` is refused, not ignored', () => {
    assert.deepEqual(problemsOf({ fields: [{ name: 'a', type: 'integer', required: true }] }), [
      "schema.json:6: `fields[0].required`: `required` is a constraint and is ignored here: move it into the field's `constraints`",
    ]);
  });

  it('inside `constraints` every key must be a Table Schema constraint', () => {
    assert.deepEqual(problemsOf({ fields: [{ name: 'a', constraints: { nullable: false } }] }), [
      'schema.json:6: `fields[0].constraints.nullable`: not a Table Schema constraint; use one of required, unique, minimum, maximum, exclusiveMinimum, exclusiveMaximum, enum, pattern, minLength, maxLength, jsonSchema',
    ]);
  });

  it('a typo is listed with the other problems of the same descriptor', () => {
    const problems = problemsOf({
      fields: [{ name: 'a', type: 'year', constraints: { minimum: 'x', maximun: 3 } }],
    });
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /`fields\[0\]\.type`: mlgate does not validate type "year"/);
    assert.match(problems[1]!, /`fields\[0\]\.constraints\.maximun`: .*did you mean `maximum`/);
  });
});

describe('Table Schema v2 properties', () => {
  it('reads missingValues and categories written as {value, label}', () => {
    const schema = parseTableSchema(
      schemaText({
        fields: [
          { name: 'stage', type: 'string', categories: ['adult', 'juvenile'] },
          {
            name: 'grade',
            type: 'integer',
            categories: [
              { value: 1, label: 'low' },
              { value: 2, label: 'high' },
            ],
            categoriesOrdered: true,
          },
        ],
        missingValues: [
          { value: '', label: 'missing' },
          { value: 'NA', label: 'not applicable' },
        ],
      }),
      'schema.json',
    );
    assert.deepEqual(schema.missingValues, ['', 'NA']);
    assert.deepEqual(
      schema.fields.map((field) => field.constraints.enum),
      [
        ['adult', 'juvenile'],
        [1, 2],
      ],
      'categories restrict the values as an enum does',
    );
  });

  it('an enum constraint, when present, is what is checked', () => {
    const schema = parseTableSchema(
      schemaText({
        fields: [{ name: 's', categories: ['a', 'b', 'c'], constraints: { enum: ['a', 'b'] } }],
      }),
      'schema.json',
    );
    assert.deepEqual(schema.fields[0]!.constraints.enum, ['a', 'b']);
  });

  it('a category that is not a value of the field type is refused where it is', () => {
    assert.deepEqual(
      problemsOf({ fields: [{ name: 'n', type: 'integer', categories: [1, 'x'] }] }),
      ['schema.json:8: `fields[0].categories[1]`: "x" is not a valid integer'],
    );
  });

  it('properties that change how cells are read are refused unless at the value mlgate reads by', () => {
    const value = {
      fields: [
        { name: 'a', type: 'number', groupChar: ',' },
        { name: 'b', type: 'number', bareNumber: false },
        { name: 'c', type: 'number', missingValues: ['-'] },
        { name: 'd', type: 'string', format: 'email' },
      ],
    };
    const problems = problemsOf(value);
    const at = (key: string) => `schema.json:${lineOfKey(value, key)}: \`fields[`;
    assert.deepEqual(problems, [
      `${at('groupChar')}0].groupChar\`: mlgate reads numbers without group separators (1000, not 1,000); remove "groupChar" or write the data without them`,
      `${at('bareNumber')}1].bareNumber\`: mlgate reads bare numbers only (no "%", currency or units around them); remove "bareNumber"`,
      `${at('missingValues')}2].missingValues\`: mlgate applies the schema's missingValues to every field; move these to the schema's "missingValues"`,
      `${at('format')}3].format\`: mlgate reads only the default format (ISO 8601 dates, plain numbers); remove "format"`,
    ]);
  });

  it('lists the properties it accepts without checking, in file order, with their lines', () => {
    const value = {
      fields: [
        { name: 'id', type: 'integer', constraints: { exclusiveMinimum: 0 } },
        { name: 'parent', type: 'integer' },
      ],
      uniqueKeys: [['id', 'parent']],
      fieldsMatch: 'subset',
      foreignKeys: [{ fields: ['parent'], reference: { resource: '', fields: ['id'] } }],
    };
    const { unchecked } = parseTableSchema(schemaText(value), 'schema.json');
    assert.deepEqual(
      unchecked.map(({ key, line }) => ({ key, line })),
      [
        {
          key: 'fields[0].constraints.exclusiveMinimum',
          line: lineOfKey(value, 'exclusiveMinimum'),
        },
        { key: 'uniqueKeys', line: lineOfKey(value, 'uniqueKeys') },
        { key: 'fieldsMatch', line: lineOfKey(value, 'fieldsMatch') },
        { key: 'foreignKeys', line: lineOfKey(value, 'foreignKeys') },
      ],
    );
    assert.ok(
      unchecked.every(({ file, message, fix }) => file === 'schema.json' && message && fix),
    );
    assert.deepEqual(
      parseTableSchema(schemaText({ fields: [{ name: 'a' }] }), 's.json').unchecked,
      [],
    );
  });
});
