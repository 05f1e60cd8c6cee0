import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { schemaValidation } from '../../../src/checks/schema-validation/schema-validation.ts';
import { schemaValidationConfig } from '../../../src/checks/schema-validation/schema-validation-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';
import { fixtureText } from '../../mocks/profile-fixtures.ts';

const schema = JSON.stringify(
  {
    fields: [
      { name: 'date', type: 'date', constraints: { required: true, unique: true } },
      { name: 'precipitation', type: 'number', constraints: { required: true, minimum: 0 } },
      { name: 'temp_max', type: 'number', constraints: { minimum: -20, maximum: 45 } },
      { name: 'temp_min', type: 'number' },
      { name: 'wind', type: 'number', constraints: { minimum: 0 } },
      {
        name: 'weather',
        constraints: { required: true, enum: ['drizzle', 'fog', 'rain', 'snow', 'sun'] },
      },
    ],
  },
  null,
  2,
);

const serving = [
  'date,precipitation,temp_max,temp_min,wind,weather,request_id',
  '2016-01-01,0.0,10.0,2.0,3.0,rain,r1',
  '2016-02-30,0.0,10.0,2.0,3.0,rain,r2',
  '2016-01-03,0.0,51.5,2.0,3.0,hail,r3',
  '2016-01-04,0.0,49.0,2.0,3.0,sun,r4',
].join('\n');

const files = {
  'schema.json': schema,
  'data/train.csv': fixtureText('profile/seattle-weather.csv'),
  'data/serving.csv': serving,
  'data/short.csv': 'date,weather\n2016-01-01,rain\n',
};

async function run(config: Record<string, unknown>) {
  const outcome = await schemaValidation.run(schemaValidationConfig.parse(config), {
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

describe('schema validation (Data 1, Monitor 2)', () => {
  it('passes the real training data', async () => {
    const outcome = await run({ schema: 'schema.json', training: 'data/train.csv' });
    assert.deepEqual(outcome.findings, []);
    assert.match(outcome.summary, /training \(1461 rows\) match schema\.json/);
    // The gated figures lead, with their bounds; the row count follows.
    assert.deepEqual(outcome.figures, [
      { name: 'cell errors', value: 0, threshold: '= 0', bound: { comparator: '==', limit: 0 } },
      {
        name: 'missing columns',
        value: 0,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
      { name: 'training rows validated', value: 1461 },
    ]);
  });

  it('fails the serving sample: one finding per column and kind, counts then first rows in the details', async () => {
    const outcome = await run({
      schema: 'schema.json',
      training: 'data/train.csv',
      serving: 'data/serving.csv',
    });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [
        ['serving:unexpected:request_id', 'warn'],
        ['serving:date:type', 'fail'],
        ['serving:temp_max:maximum', 'fail'],
        ['serving:weather:enum', 'fail'],
      ],
    );
    const maximum = outcome.findings.find((f) => f.id === 'serving:temp_max:maximum')!;
    assert.match(
      maximum.message,
      /2 maximum error\(s\) in 4 rows; first at line 4: 51\.5 is above the maximum 45/,
    );
    assert.deepEqual(maximum.location, { path: 'data/serving.csv', column: 'temp_max', line: 4 });
    assert.deepEqual(maximum.measure, {
      figure: 'temp_max cells above maximum',
      value: 2,
      bound: { comparator: '==', limit: 0 },
      reference: { label: 'maximum', value: 45 },
    });
    assert.equal(maximum.cause, 'constraint:temp_max:maximum');
    assert.equal(
      maximum.fix,
      'Fix the temp_max cells above maximum in data/serving.csv (first at line 4), or the field "temp_max" in schema.json if the data is right.',
    );
    const type = outcome.findings.find((f) => f.id === 'serving:date:type');
    assert.deepEqual(type?.measure, {
      figure: 'date cells not of its type',
      value: 1,
      bound: { comparator: '==', limit: 0 },
      reference: { label: 'type', value: 'date' },
    });
    assert.deepEqual(type?.location, { path: 'data/serving.csv', column: 'date', line: 3 });
    assert.deepEqual(outcome.figures[0], {
      name: 'cell errors',
      value: 4,
      threshold: '= 0',
      bound: { comparator: '==', limit: 0 },
    });
    const counts = outcome.details.find(
      (d) => d.type === 'table' && d.title === 'Errors per column and kind',
    );
    assert.ok(counts && counts.type === 'table');
    assert.deepEqual(counts.rows, [
      ['data/serving.csv', 'date', 'type', 1],
      ['data/serving.csv', 'temp_max', 'maximum', 2],
      ['data/serving.csv', 'weather', 'enum', 1],
    ]);
    const typeRows = outcome.details.find((d) => d.title === 'First rows with type errors');
    assert.ok(typeRows && typeRows.type === 'table');
    assert.deepEqual(typeRows.rows[0]!.slice(0, 5), [
      'data/serving.csv',
      2,
      3,
      'date',
      '2016-02-30',
    ]);
    assert.match(
      outcome.summary,
      /serving: 4 cell error\(s\) in 3 column\(s\), 1 unexpected column\(s\)/,
    );
  });

  it('gives a constraint broken in training and serving data one cause, counting its cells', async () => {
    // A schema whose temp_max maximum is too tight for Seattle's summers.
    files['schema.json'] = schema.replace('"maximum": 45', '"maximum": 30');
    const outcome = await run({
      schema: 'schema.json',
      training: 'data/train.csv',
      serving: 'data/serving.csv',
    }).finally(() => {
      files['schema.json'] = schema;
    });
    const maximum = outcome.findings.filter((f) => f.id.endsWith(':temp_max:maximum'));
    // pandas: (pd.read_csv('seattle-weather.csv').temp_max > 30).sum() → 53, the first 33.9 on line 218
    assert.deepEqual(
      maximum.map((f) => [f.id, f.measure?.value, f.location, f.cause]),
      [
        [
          'training:temp_max:maximum',
          53,
          { path: 'data/train.csv', column: 'temp_max', line: 218 },
          'constraint:temp_max:maximum',
        ],
        [
          'serving:temp_max:maximum',
          2,
          { path: 'data/serving.csv', column: 'temp_max', line: 4 },
          'constraint:temp_max:maximum',
        ],
      ],
    );
    assert.match(maximum[0]?.message ?? '', /first at line 218: 33\.9 is above the maximum 30/);
  });

  it('missing columns fail; unexpected columns can be ignored or fail', async () => {
    const outcome = await run({ schema: 'schema.json', serving: 'data/short.csv' });
    assert.deepEqual(
      outcome.findings.map((f) => f.id),
      [
        'serving:missing:precipitation',
        'serving:missing:temp_max',
        'serving:missing:temp_min',
        'serving:missing:wind',
      ],
    );
    assert.deepEqual(outcome.findings[0]?.location, {
      path: 'data/short.csv',
      column: 'precipitation',
    });
    assert.equal(
      outcome.findings[0]?.fix,
      'Add the column "precipitation" to data/short.csv, or remove its field from schema.json.',
    );
    const ignored = await run({
      schema: 'schema.json',
      serving: 'data/serving.csv',
      unexpected_columns: 'ignore',
    });
    assert.ok(!ignored.findings.some((f) => f.id.includes('unexpected')));
    const strict = await run({
      schema: 'schema.json',
      serving: 'data/serving.csv',
      unexpected_columns: 'fail',
    });
    assert.equal(
      strict.findings.find((f) => f.id === 'serving:unexpected:request_id')!.severity,
      'fail',
    );
    assert.match(
      strict.findings.find((f) => f.id === 'serving:unexpected:request_id')?.fix ?? '',
      /`checks\.schema_validation\.unexpected_columns`/,
    );
  });

  it('bad config and a bad schema are errors naming the key and the fix', async () => {
    assert.throws(
      () => schemaValidationConfig.parse({ schema: 'schema.json' }),
      /name the data to validate/,
    );
    await assert.rejects(
      run({ schema: 'schema.json', training: { path: 'data/train.csv', missing_values: ['NA'] } }),
      /checks\.schema_validation\.training\.missing_values: .* move them to "missingValues" in schema\.json/,
    );
    files['schema.json'] = '{"fields": [{"name": "a", "type": "float"}]}';
    await assert.rejects(
      run({ schema: 'schema.json', training: 'data/train.csv' }),
      /schema\.json:1: `fields\[0\]\.type`: unknown type "float"/,
    );
    files['schema.json'] = schema;
  });
});
