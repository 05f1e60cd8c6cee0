/**
 * Error budgets, row rules and unchecked schema properties on real public
 * data: test/fixtures/profile/seattle-weather.csv (vega-datasets, 1,461 days).
 * Expected counts come from pandas 1.5.3, with
 *   d = pd.read_csv('test/fixtures/profile/seattle-weather.csv')
 * and the expression named at each number.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { schemaValidation } from '../../../src/checks/schema-validation/schema-validation.ts';
import { schemaValidationConfig } from '../../../src/checks/schema-validation/schema-validation-config.ts';
import type { CheckOutcome, Finding } from '../../../src/model/check.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';
import { fixtureText } from '../../mocks/profile-fixtures.ts';

const fields = [
  { name: 'date', type: 'date', constraints: { required: true, unique: true } },
  { name: 'precipitation', type: 'number', constraints: { minimum: 0 } },
  // 53 days above 30 °C: ((d.temp_max > 30).sum(), 53 / 1461 = 0.036277; the first
  // is d[d.temp_max > 30].index[0] = 216, data row 217, line 218 (2012-08-04, 33.9).
  { name: 'temp_max', type: 'number', constraints: { maximum: 30 } },
  { name: 'temp_min', type: 'number' },
  // 24 days of wind above 7: (d.wind > 7).sum(), 24 / 1461 = 0.016427; first at data row 21.
  { name: 'wind', type: 'number', constraints: { maximum: 7 } },
  { name: 'weather', constraints: { enum: ['drizzle', 'fog', 'rain', 'snow', 'sun'] } },
];

const files = {
  'schema.json': JSON.stringify({ fields }, null, 2),
  'wind-free.json': JSON.stringify(
    {
      fields: fields.map((f) => (f.name === 'wind' ? { name: 'wind', type: 'number' } : f)),
    },
    null,
    2,
  ),
  'unchecked.json': JSON.stringify(
    {
      fields: [
        ...fields.filter((f) => f.name !== 'precipitation'),
        { name: 'precipitation', type: 'number', constraints: { exclusiveMinimum: -1 } },
      ],
      foreignKeys: [{ fields: 'weather', reference: { resource: 'kinds', fields: 'name' } }],
    },
    null,
    2,
  ),
  'data/weather.csv': fixtureText('profile/seattle-weather.csv'),
  'data/short.csv': 'date,weather\n2016-01-01,rain\n',
};

async function run(config: Record<string, unknown>) {
  const outcome = await schemaValidation.run(
    schemaValidationConfig.parse({
      schema: 'schema.json',
      training: 'data/weather.csv',
      ...config,
    }),
    {
      workspace: memoryWorkspace({ files }),
      event: { name: 'local' },
      now: new Date('2026-12-01T00:00:00Z'),
    },
  );
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

const byId = (findings: readonly Finding[], id: string) => {
  const found = findings.find((f) => f.id === id);
  assert.ok(found, `no finding ${id} among ${findings.map((f) => f.id).join(', ')}`);
  return found;
};

// Rain with no precipitation: ((d.weather == 'rain') & ~(d.precipitation > 0)).sum() = 44,
// 44 / 1461 = 0.030116; the first is index 6 (2012-01-07), data row 7, line 8.
const rainRule = { name: 'rain-has-precipitation', rule: 'weather != "rain" or precipitation > 0' };

describe('schema validation: error budgets', () => {
  it('warns when a field breaks its constraint within its own budget', async () => {
    const outcome = await run({
      schema: 'wind-free.json',
      fields: { temp_max: { max_invalid_share: 0.05 } },
    });
    const finding = byId(outcome.findings, 'training:temp_max:maximum');
    assert.equal(finding.severity, 'warn');
    assert.deepEqual(finding.measure, {
      figure: 'temp_max invalid share',
      value: 53 / 1461,
      bound: { comparator: '<=', limit: 0.05 },
      reference: { label: 'maximum', value: 30 },
    });
    assert.deepEqual(finding.location, { path: 'data/weather.csv', column: 'temp_max', line: 218 });
    assert.match(finding.message, /53 of 1461 rows \(3\.628 %\) within the budget of 5 %/);
    assert.equal(outcome.findings.length, 1);
  });

  it('fails when a field is above the check-wide budget, and warns for one within it', async () => {
    const outcome = await run({ max_invalid_share: 0.03 });
    const temp = byId(outcome.findings, 'training:temp_max:maximum');
    assert.equal(temp.severity, 'fail');
    assert.deepEqual(temp.measure?.bound, { comparator: '<=', limit: 0.03 });
    assert.equal(temp.measure?.value, 53 / 1461);
    assert.match(temp.message, /53 of 1461 rows \(3\.628 %\) above the budget of 3 %/);
    const wind = byId(outcome.findings, 'training:wind:maximum');
    assert.equal(wind.severity, 'warn');
    assert.equal(wind.measure?.value, 24 / 1461);
    assert.equal(wind.location?.line, 22);
    // Budgets allow errors, so the count is no longer gated by itself.
    assert.deepEqual(outcome.figures[0], {
      name: 'cell errors',
      value: 53 + 24,
      threshold: 'within budget',
    });
  });

  it('a field budget overrides the check-wide one', async () => {
    const outcome = await run({
      max_invalid_share: 0.01,
      fields: { temp_max: { max_invalid_share: 0.04 } },
    });
    assert.equal(byId(outcome.findings, 'training:temp_max:maximum').severity, 'warn');
    assert.equal(byId(outcome.findings, 'training:wind:maximum').severity, 'fail');
  });

  it('without a budget every error fails and is measured as a count', async () => {
    const outcome = await run({});
    const temp = byId(outcome.findings, 'training:temp_max:maximum');
    assert.equal(temp.severity, 'fail');
    assert.deepEqual(temp.measure?.bound, { comparator: '==', limit: 0 });
    assert.equal(temp.measure?.value, 53);
  });

  it('refuses a budget for a field the schema lacks, and a share outside [0, 1]', async () => {
    await assert.rejects(
      run({ fields: { temp_maximum: { max_invalid_share: 0.1 } } }),
      /checks\.schema_validation\.fields\.temp_maximum: "temp_maximum" is not a field of schema\.json/,
    );
    assert.throws(
      () =>
        schemaValidationConfig.parse({ schema: 's.json', training: 'a.csv', max_invalid_share: 5 }),
      /share of rows between 0 and 1/,
    );
  });
});

describe('schema validation: row rules', () => {
  it('a rule the data meets adds nothing: temp_max >= temp_min holds on every day', async () => {
    // (d.temp_max < d.temp_min).sum() = 0
    const outcome = await run({
      schema: 'wind-free.json',
      fields: { temp_max: { max_invalid_share: 0.05 } },
      row_rules: [{ rule: 'temp_max >= temp_min' }],
    });
    assert.deepEqual(
      outcome.findings.map((f) => f.id),
      ['training:temp_max:maximum'],
    );
  });

  it('fails on the rows that break a rule, located at the first', async () => {
    const outcome = await run({ schema: 'wind-free.json', row_rules: [rainRule] });
    const finding = byId(outcome.findings, 'training:rule:rain-has-precipitation');
    assert.equal(finding.severity, 'fail');
    assert.deepEqual(finding.measure, {
      figure: 'rows where `weather != "rain" or precipitation > 0` is false',
      value: 44,
      bound: { comparator: '==', limit: 0 },
    });
    assert.deepEqual(finding.location, { path: 'data/weather.csv', column: 'weather', line: 8 });
    assert.equal(finding.cause, 'rule:rain-has-precipitation');
    assert.match(finding.message, /44 of 1461 rows break the row rule/);
    assert.match(finding.message, /first at line 8: weather = "rain", precipitation = 0/);
    assert.match(finding.fix ?? '', /checks\.schema_validation\.row_rules\[0\]/);
    const examples = outcome.details.find(
      (d) => d.type === 'table' && d.title === 'First rows breaking row rules',
    );
    assert.equal(examples?.type === 'table' ? examples.rows.length : 0, 5);
  });

  it('an unnamed rule is named by its index; arithmetic works on numbers', async () => {
    // ((d.temp_max - d.temp_min) > 15).sum() = 76
    const outcome = await run({
      schema: 'wind-free.json',
      fields: { temp_max: { max_invalid_share: 0.05 } },
      row_rules: [{ rule: 'temp_max >= temp_min' }, { rule: 'temp_max - temp_min <= 15' }],
    });
    assert.equal(byId(outcome.findings, 'training:rule:1').measure?.value, 76);
  });

  it('a rule within its budget warns with the share against the budget', async () => {
    const outcome = await run({
      schema: 'wind-free.json',
      fields: { temp_max: { max_invalid_share: 0.05 } },
      row_rules: [{ ...rainRule, max_invalid_share: 0.05 }],
    });
    const finding = byId(outcome.findings, 'training:rule:rain-has-precipitation');
    assert.equal(finding.severity, 'warn');
    assert.deepEqual(finding.measure, {
      figure: 'share of rows where `weather != "rain" or precipitation > 0` is false',
      value: 44 / 1461,
      bound: { comparator: '<=', limit: 0.05 },
    });
    // Above the check-wide budget of 3 %, the same rule fails.
    const over = await run({
      schema: 'wind-free.json',
      max_invalid_share: 0.03,
      row_rules: [rainRule],
    });
    assert.equal(byId(over.findings, 'training:rule:rain-has-precipitation').severity, 'fail');
  });

  it('a rule that does not parse is a config error naming its key and position', async () => {
    await assert.rejects(
      run({ row_rules: [{ rule: 'temp_max >= ' }] }),
      /checks\.schema_validation\.row_rules\[0\]\.rule "temp_max >= ": cannot parse the rule: Expected expression after >= at the end\. Write the rule as an expression/,
    );
  });

  it('a rule naming a column the schema lacks is a config error naming the column', async () => {
    await assert.rejects(
      run({ row_rules: [{ rule: 'temp_maximum >= temp_min' }] }),
      /row_rules\[0\]\.rule "temp_maximum >= temp_min": the rule names "temp_maximum", which is not a field of the schema; the fields are date, precipitation/,
    );
  });

  it('a rule over a column the file lacks cannot run and fails', async () => {
    const outcome = await run({
      training: 'data/short.csv',
      row_rules: [{ rule: 'temp_max >= temp_min' }],
    });
    const finding = byId(outcome.findings, 'training:rule:0');
    assert.equal(finding.severity, 'fail');
    assert.equal(finding.cause, 'missing:temp_max');
    assert.match(
      finding.message,
      /cannot be checked: the file has no column "temp_max", "temp_min"/,
    );
  });

  it('refuses two rules with one name', () => {
    assert.throws(
      () =>
        schemaValidationConfig.parse({
          schema: 's.json',
          training: 'a.csv',
          row_rules: [rainRule, rainRule],
        }),
      /two row_rules share a name/,
    );
  });
});

describe('schema validation: unchecked schema properties', () => {
  it('warns once per property the schema has that validation does not check', async () => {
    const outcome = await run({
      schema: 'unchecked.json',
      fields: { temp_max: { max_invalid_share: 0.05 }, wind: { max_invalid_share: 0.05 } },
    });
    const unchecked = outcome.findings.filter((f) => f.id.startsWith('schema:'));
    assert.deepEqual(
      unchecked.map((f) => [f.id, f.severity, f.location?.path]),
      [
        ['schema:unchecked:fields[5].constraints.exclusiveMinimum', 'warn', 'unchecked.json'],
        ['schema:unchecked:foreignKeys', 'warn', 'unchecked.json'],
      ],
    );
    assert.match(
      unchecked[0]!.message,
      /^unchecked\.json:\d+: `fields\[5\]\.constraints\.exclusiveMinimum`: exclusiveMinimum is not checked/,
    );
    assert.match(unchecked[0]!.fix ?? '', /^Use `minimum`/);
  });
});
