import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'vitest';
import { fileScanner } from '../../src/io/file-scanner.ts';
import type { ClosableSqlConnection } from '../../src/io/sql/duckdb-connection.ts';
import { type Budgets, verdictOf } from '../../src/table-schema/error-budget.ts';
import { validateQuerySource } from '../../src/table-schema/query-validation.ts';
import { parseRowRule } from '../../src/table-schema/row-rule.ts';
import { parseTableSchema, type TableSchema } from '../../src/table-schema/table-schema.ts';
import type { ValidationResult } from '../../src/table-schema/validate-table.ts';
import { validateTableFile } from '../../src/table-schema/validate-table-file.ts';
import type { OpenedQuerySource } from '../../src/workspace/sql-source.ts';
import { copyCsvToPostgres, withRealEngines } from '../mocks/sql-engines.ts';

const fixturePath = (fixture: string) =>
  fileURLToPath(new URL(`../fixtures/${fixture}`, import.meta.url));

function schemaOf(name: string): TableSchema {
  const path = `table-schema/query/${name}.schema.json`;
  return parseTableSchema(readFileSync(fixturePath(path), 'utf8'), path);
}

/** Each case: a real data file, a schema some of its rows break, and rules over its fields. */
const cases = [
  {
    data: 'statistics/penguins.csv',
    schema: 'penguins',
    rules: [
      'beak_length_mm * 2 < flipper_length_mm / 3 + 30',
      'species in ["Adelie", "Gentoo"] or sex == null',
      'not (island == "Dream" and body_mass_g % 100 != 0)',
    ],
  },
  {
    data: 'statistics/weather-seattle-2012.csv',
    schema: 'weather',
    rules: [
      'temp_max >= temp_min + 5',
      'date >= "2012-06-01" or precipitation == 0',
      '-temp_min < 3 and wind != null',
    ],
  },
  {
    data: 'statistics/weather-new-york-2012.csv',
    schema: 'weather',
    rules: ['temp_max - temp_min <= 12', 'weather != "sun" or precipitation < 0.5'],
  },
  {
    data: 'statistics/cars-1970-1975.csv',
    schema: 'cars',
    rules: ['horsepower < weight_in_lbs / 20', 'origin == "USA" or cylinders <= 4'],
  },
  {
    data: 'statistics/cars-1976-1982.csv',
    schema: 'cars',
    rules: ['miles_per_gallon * cylinders > 100'],
  },
  {
    data: 'table-schema/query/mixed.csv',
    schema: 'mixed',
    rules: ['count < 5 or flag == true', 'day < "2012-03-02"', 'label != "alpha"'],
  },
] as const;

const dataFiles: string[] = [...new Set(cases.map((c) => c.data))];

function rulesOf(schema: TableSchema, rules: readonly string[]) {
  return rules.map((rule, index) => parseRowRule(rule, String(index), schema.fields));
}

async function fileResult(data: string, schema: TableSchema, rules: readonly string[]) {
  const scanner = fileScanner();
  return validateTableFile((options) => scanner(fixturePath(data), options), schema, {
    maxExamples: 3,
    rules: rulesOf(schema, rules),
  });
}

async function queryResult(
  source: OpenedQuerySource,
  schema: TableSchema,
  rules: readonly string[],
): Promise<ValidationResult> {
  const validated = await validateQuerySource(source, schema, {
    maxExamples: 3,
    rules: rulesOf(schema, rules),
  });
  assert.equal(validated.kind, 'validated');
  return (validated as Extract<typeof validated, { kind: 'validated' }>).result;
}

/** What must agree: every count, the rows with errors per column, the rules' counts, verdicts. */
function figures(result: ValidationResult) {
  return {
    rows: result.rows,
    valid: result.valid,
    missingColumns: result.missingColumns,
    unexpectedColumns: result.unexpectedColumns,
    errorCount: result.errorCount,
    counts: result.counts.map((c) => [c.column, c.kind, c.count, c.examples.length]),
    invalidRows: result.invalidRows,
    rules: result.rules.map((r) => [r.label, r.count, r.examples.length, r.missingFields]),
    verdicts: budgetCases.map((budgets) => verdictOf(result, budgets)),
  };
}

const budgetCases: Budgets[] = [
  {},
  { maxInvalidShare: 0.05 },
  { maxInvalidShare: 0.5 },
  { maxInvalidShare: 0.95 },
  { maxInvalidShare: 0.01, fields: { temp_min: 1, beak_depth_mm: 1 }, rules: { '0': 0.3 } },
];

let duck: ClosableSqlConnection;
let pg: ClosableSqlConnection;

withRealEngines(async (engines) => {
  ({ duck, pg } = engines);
  for (const [index, data] of dataFiles.entries()) {
    await copyCsvToPostgres(pg, `data_${index}`, fixturePath(data));
  }
}, 60_000);

function sources(data: string): OpenedQuerySource[] {
  const table = `data_${dataFiles.indexOf(data)}`;
  return [
    {
      connection: duck,
      relation: `read_csv('${fixturePath(data)}')`,
      label: `duckdb:${data}`,
      engineId: 'duckdb',
    },
    { connection: pg, relation: table, label: `postgres:${table}`, engineId: 'postgres' },
  ];
}

describe('validation of a query source equals the file validation', () => {
  for (const { data, schema: name, rules } of cases) {
    test(`${data} against ${name}.schema.json, in DuckDB and PostgreSQL`, async () => {
      const schema = schemaOf(name);
      const expected = figures(await fileResult(data, schema, rules));
      assert.ok(expected.errorCount > 0, 'the schema is broken by some rows');
      assert.ok(
        expected.rules.some((rule) => (rule[1] as number) > 0),
        'some rule is broken',
      );
      for (const source of sources(data)) {
        const actual = figures(await queryResult(source, schema, rules));
        assert.deepEqual(actual, expected, source.label);
      }
    });
  }
});

describe('the rows a query source names', () => {
  test('examples carry the primary key, the cell and the message', async () => {
    const schema = schemaOf('weather');
    const [source] = sources('statistics/weather-seattle-2012.csv');
    const result = await queryResult(source!, schema, ['temp_max >= temp_min + 5']);
    const minimum = result.counts.find((c) => c.column === 'date' && c.kind === 'minimum')!;
    assert.equal(minimum.count, 31);
    assert.deepEqual(minimum.examples[0], {
      key: 'date = 2012-01-01',
      column: 'date',
      kind: 'minimum',
      value: '2012-01-01',
      message: '2012-01-01 is below the minimum 2012-02-01',
    });
    // The key sorts as the file's rows do, so the first rows breaking the rule are the file's.
    const file = await fileResult('statistics/weather-seattle-2012.csv', schema, [
      'temp_max >= temp_min + 5',
    ]);
    assert.deepEqual(
      result.rules[0]!.examples.map((e) => e.values),
      file.rules[0]!.examples.map((e) => e.values),
    );
    assert.equal(result.rules[0]!.examples[0]?.key, 'date = 2012-01-03');
  });

  test('without a primary key, a row is named by the broken value', async () => {
    const schema = schemaOf('cars');
    const [, source] = sources('statistics/cars-1970-1975.csv');
    const result = await queryResult(source!, schema, []);
    const cylinders = result.counts.find((c) => c.column === 'cylinders')!;
    assert.deepEqual(
      cylinders.examples.map((e) => [e.key, e.value]),
      [
        ['cylinders = 3', '3'],
        ['cylinders = 3', '3'],
      ],
    );
  });
});

describe('row rules the engine cannot run', () => {
  test('a datetime field in a rule is "not supported on this engine", and nothing runs', async () => {
    const schema = parseTableSchema(
      JSON.stringify({
        fields: [
          { name: 'date', type: 'datetime' },
          { name: 'temp_max', type: 'number' },
        ],
      }),
      'schema.json',
    );
    const [source] = sources('statistics/weather-seattle-2012.csv');
    const validated = await validateQuerySource(source!, schema, {
      maxExamples: 3,
      rules: [
        parseRowRule('temp_max < 40', 'hot', schema.fields),
        parseRowRule('date > "2012-01-01"', 'late', schema.fields),
      ],
    });
    assert.equal(validated.kind, 'unsupported');
    const [unsupported] = (validated as Extract<typeof validated, { kind: 'unsupported' }>).rules;
    assert.equal(unsupported?.label, 'late');
    assert.match(
      unsupported!.message,
      /not supported on this engine \(duckdb\).*datetime field "date"/,
    );
    assert.match(unsupported!.fix, /Validate a data file instead/);
  });
});
