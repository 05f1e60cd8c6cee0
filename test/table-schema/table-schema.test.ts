import assert from 'node:assert/strict';
import { test } from 'vitest';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';

const schemaText = (value: unknown) => JSON.stringify(value, null, 2);

test('reads fields, constraints, missingValues and primaryKey', () => {
  const schema = parseTableSchema(
    schemaText({
      fields: [
        { name: 'id', type: 'integer' },
        {
          name: 'day',
          type: 'date',
          constraints: { minimum: '2012-01-01', maximum: '2015-12-31' },
        },
        {
          name: 'code',
          constraints: { pattern: '[A-Z]{2}\\d+', minLength: 3, enum: ['AB1', 'CD22'] },
        },
        {
          name: 'flag',
          type: 'boolean',
          trueValues: ['yes'],
          falseValues: ['no'],
          constraints: { enum: ['yes'] },
        },
      ],
      missingValues: ['', 'NA'],
      primaryKey: 'id',
    }),
    'schema.json',
  );
  assert.deepEqual(schema.primaryKey, ['id']);
  assert.deepEqual(schema.missingValues, ['', 'NA']);
  const [, day, code, flag] = schema.fields;
  assert.equal(day!.constraints.minimum, Date.UTC(2012, 0, 1));
  assert.equal(code!.type, 'string', 'a field without a type is a string, as Frictionless says');
  assert.ok(code!.constraints.pattern!.test('AB12'));
  assert.ok(!code!.constraints.pattern!.test('xAB12'), 'patterns match the whole cell');
  assert.deepEqual(flag!.constraints.enum, [true]);
  assert.deepEqual(
    parseTableSchema(schemaText({ fields: [{ name: 'a' }] }), 's.json').missingValues,
    [''],
  );
});

test('every problem names file, line, key and the fix', () => {
  const text = schemaText({
    fields: [
      { name: 'a', type: 'year' },
      { name: 'b', type: 'number', constraints: { minimum: 5, maximum: 1 } },
      { name: 'c', type: 'date', constraints: { minimum: '2014-02-30' } },
      { name: 'd', constraints: { pattern: '(' } },
      { name: 'e', type: 'integer', constraints: { enum: [1, 'x'] } },
      { name: 'b', type: 'string' },
    ],
    primaryKey: ['a', 'zz'],
  });
  assert.throws(
    () => parseTableSchema(text, 'schema.json'),
    (error: Error) => {
      assert.match(
        error.message,
        /schema\.json:5: `fields\[0\]\.type`: mlgate does not validate type "year"/,
      );
      return true;
    },
  );
  // The type error stops before the meaning checks; fix it and the rest are listed together.
  const fixed = text.replace('"year"', '"string"');
  assert.throws(
    () => parseTableSchema(fixed, 'schema.json'),
    (error: Error) => {
      const m = error.message;
      const minimumLine = fixed.split('\n').findIndex((line) => line.includes('"minimum": 5')) + 1;
      assert.ok(
        m.includes(
          `schema.json:${minimumLine}: \`fields[1].constraints.minimum\`: minimum 5 is above maximum 1`,
        ),
        'meaning problems carry the line of their key too',
      );
      assert.match(
        m,
        /`fields\[2\]\.constraints\.minimum`: "2014-02-30" is not a date written YYYY-MM-DD that exists/,
      );
      assert.match(m, /`fields\[3\]\.constraints\.pattern`: not a valid regular expression/);
      assert.match(m, /`fields\[4\]\.constraints\.enum\[1\]`: "x" is not a valid integer/);
      assert.match(m, /`fields\[5\]\.name`: field "b" is defined twice/);
      assert.match(m, /`primaryKey\[1\]`: "zz" is not a field/);
      return true;
    },
  );
});

test('other files and unsupported options are refused clearly', () => {
  assert.throws(
    () => parseTableSchema('{"name": "pkg"}', 'package.json'),
    /not a Table Schema: it needs "fields"/,
  );
  assert.throws(() => parseTableSchema('[1', 'x.json'), /x\.json: not JSON/);
  assert.throws(
    () =>
      parseTableSchema(
        schemaText({ fields: [{ name: 'a', type: 'number', decimalChar: ',' }] }),
        's.json',
      ),
    /s\.json:6: `fields\[0\]\.decimalChar`: mlgate reads numbers with "\." as the decimal point/,
  );
  assert.throws(
    () =>
      parseTableSchema(
        schemaText({ fields: [{ name: 'a', type: 'date', format: '%d/%m/%Y' }] }),
        's.json',
      ),
    /only the default format/,
  );
  assert.throws(
    () =>
      parseTableSchema(
        schemaText({ fields: [{ name: 'a', type: 'number', constraints: { pattern: '\\d' } }] }),
        's.json',
      ),
    /pattern, minLength and maxLength apply to string fields only/,
  );
});
