import assert from 'node:assert/strict';
import { describe, test } from 'vitest';
import type { ScanNumericColumn, TableScan, TableScanOptions } from '../../src/data/table-scan.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { FileScanScheduler } from '../../src/io/file-scan-scheduler.ts';
import { scanTableFile } from '../../src/io/scan-table.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';
import { parseRowRule } from '../../src/table-schema/row-rule.ts';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';
import {
  scanOptionsFor,
  type ValidationResult,
  validateScan,
} from '../../src/table-schema/validate-table.ts';
import { validateTableFile } from '../../src/table-schema/validate-table-file.ts';
import { fixtureText } from '../mocks/profile-fixtures.ts';

const weatherSchema = parseTableSchema(
  JSON.stringify({
    fields: [
      {
        name: 'date',
        type: 'date',
        constraints: { required: true, unique: true, minimum: '2012-01-01' },
      },
      { name: 'precipitation', type: 'number', constraints: { required: true, minimum: 0 } },
      { name: 'temp_max', type: 'number', constraints: { maximum: 40 } },
      { name: 'temp_min', type: 'number' },
      { name: 'wind', type: 'number', constraints: { minimum: 0, maximum: 20 } },
      {
        name: 'weather',
        type: 'string',
        constraints: { required: true, enum: ['drizzle', 'fog', 'rain', 'snow', 'sun'] },
      },
    ],
  }),
  'weather.schema.json',
);

async function validate(
  text: string,
  schema = weatherSchema,
  source = 'serving.csv',
  maxExamples = 5,
) {
  return validateTableFile(async (options) => scanTableText(text, source, options), schema, {
    maxExamples,
  });
}

const count = (result: ValidationResult, column: string, kind: string) =>
  result.counts.find((c) => c.column === column && c.kind === kind)?.count ?? 0;

test('the real seattle-weather file is valid against its schema', async () => {
  const result = await validate(
    fixtureText('profile/seattle-weather.csv'),
    weatherSchema,
    'seattle-weather.csv',
  );
  assert.equal(result.valid, true);
  assert.equal(result.rows, 1461);
  assert.equal(result.errorCount, 0);
  assert.deepEqual(result.counts, []);
});

test('NaN in a ranged number field is a range error, not a pass', async () => {
  const rows = fixtureText('profile/seattle-weather.csv').trimEnd().split('\n').slice(0, 3);
  const serving = [...rows, '2016-01-02,NaN,10.0,2.0,nan,rain'].join('\n');
  const result = await validate(serving);
  assert.equal(result.valid, false);
  assert.equal(count(result, 'precipitation', 'minimum'), 1);
  assert.equal(count(result, 'wind', 'minimum'), 1);
});

test('every kind of cell error, with row, line, value and exact counts', async () => {
  const rows = fixtureText('profile/seattle-weather.csv').trimEnd().split('\n').slice(0, 6);
  const serving = [
    ...rows,
    '2014-02-30,0.0,10.0,2.0,3.0,rain', // impossible date → type
    '2016-01-02,"12,8",15.6C,1.0,3.0,hail', // number written with a comma, a unit; unknown category
    '2016-01-03,-1,41,2.0,25,', // below minimum, above maximum twice, missing required
    '2012-01-01,0.0,10.0,2.0,3.0,sun', // duplicate date
  ].join('\n');
  const result = await validate(serving);
  assert.equal(result.valid, false);
  assert.equal(count(result, 'date', 'type'), 1);
  assert.equal(count(result, 'date', 'unique'), 1);
  assert.equal(count(result, 'precipitation', 'type'), 1);
  assert.equal(count(result, 'precipitation', 'minimum'), 1);
  assert.equal(count(result, 'temp_max', 'type'), 1);
  assert.equal(count(result, 'temp_max', 'maximum'), 1);
  assert.equal(count(result, 'wind', 'maximum'), 1);
  assert.equal(count(result, 'weather', 'enum'), 1);
  assert.equal(count(result, 'weather', 'required'), 1);
  assert.equal(result.errorCount, 9);

  const dateType = result.counts.find((c) => c.column === 'date' && c.kind === 'type')!
    .examples[0]!;
  assert.deepEqual(
    { row: dateType.row, line: dateType.line, value: dateType.value },
    { row: 6, line: 7, value: '2014-02-30' },
  );
  const temp = result.counts.find((c) => c.column === 'temp_max' && c.kind === 'type')!
    .examples[0]!;
  assert.equal(temp.value, '15.6C');
  const unique = result.counts.find((c) => c.kind === 'unique')!.examples[0]!;
  assert.equal(unique.row, 9);
  assert.match(unique.message, /2012-01-01 already appears in the field \(data row 1\)/);
  const wind = result.counts.find((c) => c.column === 'wind')!.examples[0]!;
  assert.equal(wind.message, '25 is above the maximum 20');
  // Counts come in schema order, then kind order.
  assert.deepEqual(
    result.counts.map((c) => `${c.column}:${c.kind}`),
    [
      'date:type',
      'date:unique',
      'precipitation:type',
      'precipitation:minimum',
      'temp_max:type',
      'temp_max:maximum',
      'wind:maximum',
      'weather:required',
      'weather:enum',
    ],
  );
});

test('missing and unexpected columns; ragged rows', async () => {
  const result = await validate(
    'date,precipitation,weather,extra\n2012-01-01,0,rain,x\n2012-01-02,1\n',
  );
  assert.deepEqual(result.missingColumns, ['temp_max', 'temp_min', 'wind']);
  assert.deepEqual(result.unexpectedColumns, ['extra']);
  assert.equal(result.badRows.count, 1);
  assert.equal(result.badRows.examples[0]!.line, 3);
  assert.equal(result.valid, false);
  assert.equal(result.errorCount, 0);
});

test('a JSONL file without a key the schema defines: a missing column, the rest still validated', async () => {
  const result = await validate(
    '{"date": "2012-01-01", "precipitation": -1, "weather": "rain"}\n',
    weatherSchema,
    'serving.jsonl',
  );
  assert.deepEqual(result.missingColumns, ['temp_max', 'temp_min', 'wind']);
  assert.equal(count(result, 'precipitation', 'minimum'), 1);
  await assert.rejects(validate('a,b\n"1,2\n', weatherSchema), /quoted field/);
});

test('strings: pattern, length, enum; custom booleans; missingValues; many errors counted, few listed', async () => {
  const schema = parseTableSchema(
    JSON.stringify({
      fields: [
        { name: 'code', constraints: { pattern: '[A-Z]{2}[0-9]+', maxLength: 4 } },
        {
          name: 'ok',
          type: 'boolean',
          trueValues: ['yes'],
          falseValues: ['no'],
          constraints: { required: true },
        },
        { name: 'n', type: 'integer', constraints: { enum: [1, 2] } },
      ],
      missingValues: ['', 'NA'],
    }),
    's.json',
  );
  const lines = ['code,ok,n', 'AB1,yes,1', 'ab1,no,2', 'AB1234,maybe,3', 'NA,NA,1.5'];
  for (let i = 0; i < 30; i++) lines.push('AB12,yes,7');
  const result = await validate(lines.join('\n'), schema, 'codes.csv', 3);
  assert.equal(count(result, 'code', 'pattern'), 1);
  assert.equal(count(result, 'code', 'length'), 1);
  assert.equal(count(result, 'ok', 'type'), 1);
  assert.equal(count(result, 'ok', 'required'), 1);
  assert.equal(count(result, 'n', 'type'), 1);
  assert.equal(count(result, 'n', 'enum'), 31);
  const enumErrors = result.counts.find((c) => c.column === 'n' && c.kind === 'enum')!;
  assert.equal(enumErrors.examples.length, 3);
  assert.match(
    result.counts.find((c) => c.kind === 'length')!.examples[0]!.message,
    /6 characters, more than maxLength 4/,
  );
});

test('primary keys: single and composite', async () => {
  const single = parseTableSchema(
    JSON.stringify({ fields: [{ name: 'id', type: 'integer' }], primaryKey: 'id' }),
    'k.json',
  );
  const r1 = await validate('id\n1\n2\n1\n\n3\n2', single);
  assert.equal(count(r1, 'id', 'unique'), 2);
  const composite = parseTableSchema(
    JSON.stringify({
      fields: [{ name: 'a', type: 'integer' }, { name: 'b' }],
      primaryKey: ['a', 'b'],
    }),
    'k.json',
  );
  const r2 = await validate('a,b\n1,x\n1,y\n1,x\n2,\n', composite);
  assert.equal(count(r2, 'a + b', 'unique'), 1);
  assert.equal(count(r2, 'b', 'required'), 1);
  assert.match(
    r2.counts.find((c) => c.kind === 'unique')!.examples[0]!.message,
    /\(1, x\) already appears in data row 1/,
  );
});

test('invalid rows are counted once per column however many kinds a cell breaks', async () => {
  const schema = parseTableSchema(
    JSON.stringify({
      fields: [
        { name: 'code', constraints: { enum: ['ab', 'cd'], pattern: '[a-z]+', maxLength: 2 } },
        { name: 'n', type: 'integer', constraints: { minimum: 0 } },
      ],
    }),
    's.json',
  );
  // Row 1 breaks enum, pattern and maxLength; row 2 only enum; n: a type error and a minimum.
  const result = await validate('code,n\nABC,1\nef,x\ncd,-1\nab,2\n', schema);
  assert.equal(result.errorCount, 4 + 2);
  assert.deepEqual(result.invalidRows, [
    { column: 'code', rows: 2 },
    { column: 'n', rows: 2 },
  ]);
  assert.equal(result.valid, false);
});

test('row rules run on every row; a violation keeps its row, line and values', async () => {
  const rules = [
    parseRowRule('temp_max >= temp_min', 'order', weatherSchema.fields),
    parseRowRule('weather != "snow" or temp_min <= 2', 'snow', weatherSchema.fields),
  ];
  const text = [
    'date,precipitation,temp_max,temp_min,wind,weather',
    '2016-01-01,0,10,2,3,rain',
    '2016-01-02,0,1,4,3,snow',
    '2016-01-03,0,,4,3,sun',
  ].join('\n');
  const result = await validateTableFile(
    async (options) => scanTableText(text, 'serving.csv', options),
    weatherSchema,
    { maxExamples: 5, rules },
  );
  assert.equal(result.valid, false);
  assert.deepEqual(
    result.rules.map((r) => [r.label, r.count]),
    [
      ['order', 1],
      ['snow', 1],
    ],
  );
  // The missing temp_max of row 3 leaves `temp_max >= temp_min` unknown: not a violation.
  assert.deepEqual(result.rules[0]!.examples, [
    { row: 2, line: 3, values: { temp_max: 1, temp_min: 4 } },
  ]);
  assert.deepEqual(result.rules[1]!.examples[0]!.values, { weather: 'snow', temp_min: 4 });
});

describe('numeric fields checked by the scan, keeping no rows, give what their rows give', () => {
  const schema = parseTableSchema(
    JSON.stringify({
      fields: [
        { name: 'id', type: 'integer', constraints: { required: true, minimum: 1 } },
        { name: 'x', type: 'number', constraints: { minimum: -1, maximum: 1, enum: [0, 0.5, 2] } },
        { name: 'flag', type: 'boolean', constraints: { required: true, enum: [true] } },
        {
          name: 'day',
          type: 'date',
          constraints: { minimum: '2024-01-05', maximum: '2024-01-20' },
        },
        { name: 'seen', type: 'datetime', constraints: { maximum: '2024-06-01T00:00:00Z' } },
        { name: 'ranked', type: 'number', constraints: { unique: true, maximum: 50 } },
        { name: 'low', type: 'number' },
        { name: 'high', type: 'number', constraints: { minimum: 0 } },
        { name: 'label', constraints: { enum: ['a', 'b'] } },
      ],
    }),
    'checked.schema.json',
  );
  const rules = [parseRowRule('high >= low', 'order', schema.fields)];
  // Every kind of error in every numeric type, bad cells and a ragged row among them.
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const header = 'id,x,flag,day,seen,ranked,low,high,label';
  const lines = Array.from({ length: 1500 }, (_, i) => {
    if (i % 401 === 7) return `${i},0.5`; // ragged
    return [
      pick([String(i), String(i), '', '0', '-3', 'x']),
      pick(['0', '0.5', '2', '-2', '0.25', 'NaN', '', 'y']),
      pick(['true', 'true', 'false', '', '1', 'maybe']),
      `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      pick(['2024-05-01T10:00:00Z', '2024-07-01T00:00:00Z', '', 'later']),
      pick([String(i), String(i % 70), '', 'NaN']),
      pick(['1', '5', '']),
      pick(['2', '3', '-1', '']),
      pick(['a', 'b', 'c', '']),
    ].join(',');
  });
  const text = `${header}\n${lines.join('\n')}\n`;
  const jsonl = `${lines
    .filter((line) => line.split(',').length === 9)
    .map((line) => {
      const cells = line.split(',');
      return JSON.stringify(Object.fromEntries(header.split(',').map((k, c) => [k, cells[c]])));
    })
    .join('\n')}\n`;

  for (const [source, data] of [
    ['checked.csv', text],
    ['checked.jsonl', jsonl],
  ] as const) {
    test(source, async () => {
      const scans: TableScan[] = [];
      const checked = await validateTableFile(
        async (options) => {
          const scan = scanTableText(data, source, options);
          scans.push(scan);
          return scan;
        },
        schema,
        { maxExamples: 4, rules },
      );
      // The numeric fields no other check reads kept no rows: the scan checked their cells.
      const scan = scans[0]!;
      for (const name of ['id', 'x', 'flag', 'day', 'seen']) {
        const column = scan.column(name) as ScanNumericColumn;
        assert.ok(column.checked, name);
        assert.equal(column.values.length, 0, name);
      }
      for (const name of ['ranked', 'low', 'high']) {
        assert.equal((scan.column(name) as ScanNumericColumn).checked, undefined, name);
      }
      const byRows = validateScan(
        scanTableText(data, source, {
          ...scanOptionsFor(schema),
          badCellsPerColumn: 4,
          badRowsKept: 4,
        }),
        schema,
        { maxExamples: 4, rules },
      );
      assert.deepEqual(checked, byRows);
      assert.ok(checked.errorCount > 1000, 'every kind of error is there');
      assert.deepEqual([...new Set(checked.counts.map((c) => c.kind))].sort(), [
        'enum',
        'maximum',
        'minimum',
        'required',
        'type',
        'unique',
      ]);
    });
  }
});

test('a Parquet file: the scan checks its numeric cells as the rows would', async () => {
  const parquet = 'test/fixtures/io/seattle-weather-30.parquet';
  const schema = parseTableSchema(
    JSON.stringify({
      fields: [
        { name: 'date', type: 'date', constraints: { minimum: '2012-01-10' } },
        { name: 'precipitation', type: 'number', constraints: { required: true, minimum: 1 } },
        { name: 'temp_max', type: 'number', constraints: { maximum: 10 } },
        { name: 'temp_min', type: 'number' },
        { name: 'wind', type: 'number', constraints: { enum: [4.7, 4.5] } },
        { name: 'weather', constraints: { enum: ['rain', 'sun'] } },
      ],
    }),
    'weather.schema.json',
  );
  const scans = new FileScanScheduler();
  const scan = (options: TableScanOptions) =>
    scanTableFile(parquet, 'weather.parquet', options, scans);
  const checked = await validateTableFile(scan, schema, { maxExamples: 3 });
  const byRows = validateScan(
    await scan({ ...scanOptionsFor(schema), badCellsPerColumn: 3, badRowsKept: 3 }),
    schema,
    { maxExamples: 3 },
  );
  assert.deepEqual(checked, byRows);
  // Counted in the same rows of seattle-weather-30.csv by Python's csv module
  // (`sum(float(v) < 1 for v in precipitation if v != '')` and so on).
  assert.deepEqual(
    checked.counts.map((c) => `${c.column}:${c.kind}:${c.count}`),
    [
      'date:minimum:9',
      'precipitation:required:1',
      'precipitation:minimum:10',
      'temp_max:maximum:4',
      'wind:enum:25',
      'weather:enum:9',
    ],
  );
});
