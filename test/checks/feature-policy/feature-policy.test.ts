import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { columnNameWords } from '../../../src/checks/feature-policy/column-name-words.ts';
import { featurePolicy } from '../../../src/checks/feature-policy/feature-policy.ts';
import { featurePolicyConfig } from '../../../src/checks/feature-policy/feature-policy-config.ts';
import { findProtectedAttributes } from '../../../src/checks/feature-policy/find-protected-attributes.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const files = {
  'data/penguins.csv': readFileSync(
    new URL('../../fixtures/feature-policy/penguins.csv', import.meta.url),
    'utf8',
  ),
  'data/serving.jsonl':
    '{"id": 1, "legacy_crm_score": 0.2, "applicantAge": 41, "page_views": 3, "car_color": "red"}\n',
};

async function run(config: Record<string, unknown>) {
  const outcome = await featurePolicy.run(featurePolicyConfig.parse(config), {
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

describe('feature policy (Data 4)', () => {
  it('flags the protected attribute Sex in the real penguins data, with the reason', async () => {
    const outcome = await run({ files: ['data/penguins.csv'], presets: ['protected_attributes'] });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['feature:Sex', 'fail']],
    );
    const [sex] = outcome.findings;
    assert.match(sex!.message, /sex\/gender is a protected attribute/);
    assert.deepEqual(sex!.location, { path: 'data/penguins.csv', column: 'Sex', feature: 'Sex' });
    assert.deepEqual(sex!.measure, {
      figure: 'rules that forbid the column',
      value: 1,
      bound: { comparator: '==', limit: 0 },
    });
    assert.equal(
      sex!.fix,
      'Drop "Sex" from the features, or list it under checks.feature_policy.allow after review.',
    );
    assert.deepEqual(outcome.figures[1]!.bound, { comparator: '==', limit: 0 });
    assert.deepEqual(outcome.figures[0], { name: 'columns checked', value: 7 });
  });

  it('names and patterns from config, across files; allow and ignore', async () => {
    const outcome = await run({
      files: ['data/penguins.csv', 'data/serving.jsonl'],
      presets: ['protected_attributes'],
      rules: [
        {
          pattern: '^legacy_',
          reason: 'deprecated source: the legacy CRM export was retired in 2025',
        },
        { name: 'body mass (g)', reason: 'costly to collect', severity: 'warn' },
      ],
      allow: ['Sex'],
      ignore_columns: ['id'],
    });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [
        ['feature:Body Mass (g)', 'warn'],
        ['feature:legacy_crm_score', 'fail'],
        ['feature:applicantAge', 'fail'],
      ],
    );
    const table = outcome.details[0]!;
    assert.ok(table.type === 'table');
    assert.ok(table.rows.some((row) => row[0] === 'Sex' && row[4] === 'allowed'));
    assert.ok(!table.rows.some((row) => row[0] === 'page_views' || row[0] === 'car_color'));
  });

  it('splits names at case changes, digits and separators', () => {
    assert.deepEqual(columnNameWords('applicantGender2'), ['applicant', 'gender', '2']);
    assert.deepEqual(columnNameWords('HTTPStatus.code-x'), ['http', 'status', 'code', 'x']);
    assert.deepEqual(columnNameWords('AGE31X'), ['age', '31', 'x']);
    assert.deepEqual(columnNameWords('Beak Length (mm)'), ['beak', 'length', 'mm']);
    assert.deepEqual(columnNameWords('AGEGROUP'), ['agegroup']);
  });

  it('whole words and glued qualifiers, not words that merely contain a term', () => {
    const terms = (name: string) =>
      findProtectedAttributes(name).map((m) => `${m.category.id}:${m.term}`);
    assert.deepEqual(terms('applicant_age'), ['age:age']);
    assert.deepEqual(terms('MaritalStatus'), ['marital_status:marital']);
    assert.deepEqual(terms('EVERMARRIEDFLAG'), ['marital_status:married']);
    assert.deepEqual(terms('RACEETHNICITY'), ['race_ethnicity:race', 'race_ethnicity:ethnicity']);
    assert.deepEqual(terms('dateofbirth'), ['age:date_of_birth']);
    // The longest phrase wins: a senior citizen is an age, a credit union no union.
    assert.deepEqual(terms('SeniorCitizen'), ['age:senior_citizen']);
    assert.deepEqual(terms('credit_union_member'), []);
    for (const name of ['average_usage', 'page_views', 'manage', 'bandage', 'trace', 'agent_id'])
      assert.deepEqual(terms(name), [], name);
  });

  it('config errors say how to fix them', () => {
    assert.throws(
      () => featurePolicyConfig.parse({ files: ['a.csv'] }),
      /at least one rule or preset/,
    );
    assert.throws(
      () => featurePolicyConfig.parse({ files: ['a.csv'], rules: [{ pattern: '(', reason: 'x' }] }),
      /not a valid regular expression/,
    );
    assert.throws(
      () =>
        featurePolicyConfig.parse({
          files: ['a.csv'],
          rules: [{ name: 'a', pattern: 'b', reason: 'x' }],
        }),
      /either `name`.*or `pattern`/,
    );
    assert.throws(
      () => featurePolicyConfig.parse({ files: ['a.csv'], rules: [{ name: 'a' }] }),
      /reason/,
    );
  });
});
