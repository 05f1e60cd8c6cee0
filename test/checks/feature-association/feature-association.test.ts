import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { featureAssociation } from '../../../src/checks/feature-association/feature-association.ts';
import { featureAssociationConfig } from '../../../src/checks/feature-association/feature-association-config.ts';
import {
  associationPart,
  importancePart,
} from '../../../src/checks/feature-association/feature-association-outcome.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { fixtureText } from '../../drift/drift-fixtures.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';
import { assertClose } from '../../statistics/fixture-samples.ts';

const penguins = fixtureText('penguins.csv');
const files: Record<string, string> = {
  'data/penguins.csv': penguins,
  'data/importance.csv':
    'feature,importance\nflipper_length_mm,0.41\nbeak_length_mm,0.35\nbeak_depth_mm,0.2\nisland,0.035\nsex,0.005\n',
  'data/importance-bad.csv': 'feature,importance\nflipper_length_mm,0.41\nsex,n/a\n',
};

async function run(config: Record<string, unknown>) {
  const outcome = await featureAssociation.run(featureAssociationConfig.parse(config), {
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

function associations(outcome: Extract<CheckOutcome, { kind: 'ran' }>) {
  const table = outcome.details[0]!;
  assert.ok(table.type === 'table');
  return Object.fromEntries(
    table.rows.map((row) => [row[0], { measure: row[2], value: row[3] as number }]),
  );
}

describe('feature association (Data 2)', () => {
  it('fails when no feature is left to assess, instead of passing on nothing', async () => {
    const outcome = await run({
      data: 'data/penguins.csv',
      label: 'species',
      features: ['island'],
      ignore: ['island'],
    });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['features:none-assessed', 'fail']],
    );
  });

  it('species label: η for measurements, Cramér’s V for island and sex; sex is flagged', async () => {
    const outcome = await run({ data: 'data/penguins.csv', label: 'species' });
    const found = associations(outcome);
    // eta(<col> by species) = sqrt(sum(n_g*(mean_g-mean)**2)/sum((y-mean)**2)) with numpy
    // (pandas groupby on the rows with both values) → 0.8821728382519646, 0.8413139288696166,
    // 0.8244750833497091, 0.8183348664745757
    assertClose(found.flipper_length_mm!.value, 0.8821728382519646, 1e-9);
    assertClose(found.beak_length_mm!.value, 0.8413139288696166, 1e-9);
    assertClose(found.beak_depth_mm!.value, 0.8244750833497091, 1e-9);
    assertClose(found.body_mass_g!.value, 0.8183348664745757, 1e-9);
    assert.equal(found.body_mass_g!.measure, 'η (correlation ratio)');
    // stats.contingency.association(species × island, method="cramer") → 0.6598431008795325
    assertClose(found.island!.value, 0.6598431008795325, 1e-9);
    // stats.contingency.association(species × sex, method="cramer") → 0.0120817001245789
    assertClose(found.sex!.value, 0.0120817001245789, 1e-9);
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['feature:sex', 'warn']],
    );
    assert.match(
      outcome.findings[0]!.message,
      /^sex: Cramér's V with species is 0\.01208 over 333 rows, below the floor 0\.05/,
    );
    const measure = outcome.findings[0]!.measure!;
    assert.deepEqual(
      { ...measure, value: undefined },
      {
        figure: "Cramér's V with species",
        value: undefined,
        bound: { comparator: '>=', limit: 0.05 },
      },
    );
    assertClose(measure.value as number, 0.0120817001245789, 1e-12);
    assert.deepEqual(outcome.findings[0]!.location, {
      path: 'data/penguins.csv',
      column: 'sex',
      feature: 'sex',
    });
    assert.match(outcome.findings[0]!.fix!, /^Drop sex, or justify it/);
    assert.deepEqual(outcome.figures[1]!.bound, { comparator: '==', limit: 0 });
    assert.equal(outcome.summary, '1 of 6 features have an association with species below 0.05');
  });

  it('a value beside its floor never contradicts it through rounding', () => {
    const part = associationPart(
      {
        path: 'data/train.csv',
        label: 'churn',
        badRows: { count: 0, firstLine: undefined },
        associations: [
          { feature: 'plan', kind: 'categorical', measure: 'cramers_v', value: 0.049994, n: 900 },
          { feature: 'region', kind: 'categorical', measure: 'cramers_v', value: 0.050004, n: 900 },
        ],
      },
      0.05,
      'warn',
    );
    assert.deepEqual(
      part.findings.map((f) => f.message),
      ["plan: Cramér's V with churn is 0.04999 over 900 rows, below the floor 0.05"],
    );
    const table = part.details[0]!;
    assert.ok(table.type === 'table');
    assert.deepEqual(
      table.rows.map((row) => [row[0], row[3], row[5]]),
      [
        ['plan', 0.049994, 'below 0.05'],
        ['region', 0.050004, 'ok'],
      ],
    );
    assert.deepEqual(part.figures[2], { name: 'weakest feature', value: 'plan (0.04999)' });
    const importance = importancePart(
      [
        { feature: 'a', importance: 0.0099996, line: 2 },
        { feature: 'b', importance: 0.9900004, line: 3 },
      ],
      'data/importance.csv',
      {
        file: 'data/importance.csv',
        feature_column: 'feature',
        importance_column: 'importance',
        normalize: true,
        floor: 0.01,
      },
      'warn',
    );
    assert.deepEqual(
      importance.findings.map((f) => [f.message, f.location]),
      [
        [
          'a: share of total importance 0.0099996 is below the floor 0.01 (data/importance.csv)',
          { path: 'data/importance.csv', line: 2, feature: 'a' },
        ],
      ],
    );
  });

  it('puts a tiny association in its table as a number, not NaN', () => {
    const part = associationPart(
      {
        path: 'data/train.csv',
        label: 'churn',
        badRows: { count: 0, firstLine: undefined },
        associations: [
          { feature: 'plan', kind: 'categorical', measure: 'cramers_v', value: 1.2e-7, n: 900 },
        ],
      },
      0.05,
      'warn',
    );
    const table = part.details[0]!;
    assert.ok(table.type === 'table');
    assert.deepEqual(table.rows[0], [
      'plan',
      'categorical',
      "Cramér's V",
      1.2e-7,
      900,
      'below 0.05',
    ]);
  });

  it('a two-class label uses the point-biserial r; a numeric label Pearson', async () => {
    const bySex = associations(await run({ data: 'data/penguins.csv', label: 'sex' }));
    assert.equal(bySex.body_mass_g!.measure, '|point-biserial r|');
    // abs(stats.pointbiserialr(sex == MALE, body_mass_g).statistic) → 0.4249869909039955
    assertClose(bySex.body_mass_g!.value, 0.4249869909039955, 1e-9);
    const byMass = associations(
      await run({
        data: 'data/penguins.csv',
        label: 'body_mass_g',
        features: ['flipper_length_mm', 'island'],
      }),
    );
    // stats.pearsonr(body_mass_g, flipper_length_mm) → 0.8712017673060114
    assert.equal(byMass.flipper_length_mm!.measure, '|Pearson r|');
    assertClose(byMass.flipper_length_mm!.value, 0.8712017673060114, 1e-9);
    // eta(body_mass_g by island) → 0.6273573224256876
    assertClose(byMass.island!.value, 0.6273573224256876, 1e-9);
  });

  it('an importance file flags features under the floor (share of the total)', async () => {
    const outcome = await run({
      importance: { file: 'data/importance.csv', floor: 0.01 },
      severity: 'fail',
    });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['importance:sex', 'fail']],
    );
    assert.match(
      outcome.findings[0]!.message,
      /^sex: share of total importance 0\.005 is below the floor 0\.01/,
    );
    await assert.rejects(
      run({ importance: { file: 'data/importance-bad.csv' } }),
      /data\/importance-bad\.csv:3: importance "n\/a" of "sex" is not a finite number/,
    );
  });

  it('a constant feature carries no information; a missing label is named', async () => {
    files['data/constant.csv'] = 'x,k,y\n1,5,a\n2,5,b\n3,5,a\n4,5,b\n';
    const outcome = await run({ data: 'data/constant.csv', label: 'y' });
    const k = outcome.findings.find((f) => f.id === 'feature:k');
    assert.match(k!.message, /constant \(or a single group\)/);
    await assert.rejects(
      run({ data: 'data/constant.csv', label: 'target' }),
      /has no column "target" \(the label\)/,
    );
  });

  it('the config needs data with a label, or an importance file', () => {
    assert.match(
      JSON.stringify(featureAssociationConfig.safeParse({}).error?.issues),
      /give data and label/,
    );
    assert.match(
      JSON.stringify(featureAssociationConfig.safeParse({ data: 'd.csv' }).error?.issues),
      /data and label go together/,
    );
  });
});
