import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { slices } from '../../../src/checks/slices/slices.ts';
import { slicesConfig } from '../../../src/checks/slices/slices-config.ts';
import { fixtureText } from '../../metrics/fixture-table.ts';
import { penguinSex, runOnPenguins } from '../../mocks/penguin-predictions.ts';

const run = (config: Record<string, unknown>, extra: Record<string, string> = {}) =>
  runOnPenguins(slices, slicesConfig, config, extra);

const sex = {
  ...penguinSex,
};

describe('slices (Model 6)', () => {
  it('computes metrics per slice like scikit-learn per group, worst first', async () => {
    const outcome = await run({
      ...sex,
      features: 'data/features.csv',
      columns: ['island', 'species'],
      metrics: { roc_auc: { min: 0.9, max_gap: 0.04 } },
      min_slice_size: 30,
    });
    const table = outcome.details[0];
    assert.ok(table?.type === 'table');
    // roc_auc_score(g.y, g.score) per df.groupby(column), df = predictions joined with features on id:
    // Dream 0.8977777777777778 (61 rows), Adelie 0.9146953405017921 (76), Biscoe 0.9593023255813954 (83),
    // Chinstrap 0.9323308270676692 (33), Gentoo 0.9976218787158144 (58), Torgersen 0.9920634920634921 (23);
    // overall 0.9472537053182215
    assert.deepEqual(
      table.rows.map((row) => [row[0], row[1], row[2], row[3]]),
      [
        ['overall', 167, '0.9473', '—'],
        ['island = Dream', 61, '0.8978', '−0.0495'],
        ['species = Adelie', 76, '0.9147', '−0.0326'],
        ['species = Chinstrap', 33, '0.9323', '−0.0149'],
        ['island = Biscoe', 83, '0.9593', '+0.012'],
        ['species = Gentoo', 58, '0.9976', '+0.0504'],
        ['island = Torgersen', 23, '0.9921', '+0.0448'],
      ],
    );
    // Below the floor and too far from overall: two anomalies, each waivable on its own.
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity, f.message]),
      [
        [
          'slice:island=Dream:roc_auc',
          'fail',
          'island = Dream (61 rows): roc_auc 0.8978 is below the floor 0.9',
        ],
        [
          'slice:island=Dream:roc_auc:gap',
          'fail',
          'island = Dream (61 rows): roc_auc 0.8978 is 0.0495 worse than overall 0.9473 (max_gap 0.04)',
        ],
      ],
    );
    assert.match(outcome.summary, /^1 of 5 slice\(s\) miss the bounds/);
    // Both findings are the one weak slice: one cause, each with its measure against overall.
    const [floor, gap] = outcome.findings;
    const location = { path: 'data/features.csv', column: 'island', slice: 'island = Dream' };
    assert.deepEqual(floor?.location, location);
    assert.deepEqual(gap?.location, location);
    assert.deepEqual(
      [floor?.cause, gap?.cause],
      ['slice:island=Dream:roc_auc', 'slice:island=Dream:roc_auc'],
    );
    assert.equal(floor?.measure?.figure, 'roc_auc');
    assert.ok(Math.abs(Number(floor?.measure?.value) - 0.8977777777777778) < 1e-12);
    assert.deepEqual(floor?.measure?.bound, { comparator: '>=', limit: 0.9 });
    assert.equal(floor?.measure?.reference?.label, 'overall');
    assert.ok(Math.abs(Number(floor?.measure?.reference?.value) - 0.9472537053182215) < 1e-12);
    assert.equal(gap?.measure?.figure, 'roc_auc gap to overall');
    assert.ok(
      Math.abs(Number(gap?.measure?.value) - (0.9472537053182215 - 0.8977777777777778)) < 1e-12,
    );
    assert.deepEqual(gap?.measure?.bound, { comparator: '<=', limit: 0.04 });
    assert.equal(
      gap?.fix,
      'Improve the model on island = Dream (e.g. more or better training rows of it), or change `checks.slices.metrics.roc_auc.max_gap` if the bound is wrong.',
    );
    assert.match(floor?.fix ?? '', /`checks\.slices\.metrics\.roc_auc\.min`/);
    assert.deepEqual(
      [outcome.figures[0]?.name, outcome.figures[0]?.bound],
      ['largest roc_auc gap to overall', { comparator: '<=', limit: 0.04 }],
    );
    assert.equal(table.rows[1]?.at(-1), 'fail: misses the bounds');
    assert.equal(table.rows[3]?.at(-1), 'pass');
    assert.equal(table.rows.at(-1)?.at(-1), 'not gated (< 30 rows)');
  });

  it('bins a numeric column and reads slice columns from the predictions file', async () => {
    const [header, ...rows] = fixtureText('model/penguins-sex.csv').trim().split('\n');
    const features = fixtureText('model/penguins-features.csv').trim().split('\n').slice(1);
    const mass = new Map(features.map((line) => [line.split(',')[0], line.split(',')[6]]));
    const withMass = [
      `${header},body_mass_g`,
      ...rows.map((row) => `${row},${mass.get(row.split(',')[0])}`),
    ].join('\n');
    const outcome = await run(
      {
        ...sex,
        predictions: 'eval/with-mass.csv',
        columns: ['body_mass_g'],
        bins: { body_mass_g: [4500, 3500] },
        metrics: { accuracy: { max_gap: 0.05 } },
      },
      { 'eval/with-mass.csv': withMass },
    );
    const table = outcome.details[0];
    assert.ok(table?.type === 'table');
    // accuracy_score per pd.cut(body_mass_g, [-inf, 3500, 4500, inf], right=False): [3500, 4500) 74 rows
    // 0.8513513513513513, < 3500 39 rows 0.8974358974358975, ≥ 4500 54 rows 0.9259259259259259
    assert.deepEqual(
      table.rows.slice(1).map((row) => [row[0], row[1], row[2]]),
      [
        ['body_mass_g = [3500, 4500)', 74, '0.8514'],
        ['body_mass_g = < 3500', 39, '0.8974'],
        ['body_mass_g = ≥ 4500', 54, '0.9259'],
      ],
    );
    assert.deepEqual(outcome.findings, []);
  });

  it('treats an undefined slice metric as a warning and names unjoinable rows', async () => {
    const predictions = 'id,y,s,group\na,1,0.9,x\nb,0,0.2,x\nc,1,0.8,y\nd,1,0.7,y\n';
    const outcome = await run(
      {
        predictions: 'p.csv',
        task: 'binary',
        label_column: 'y',
        score_column: 's',
        columns: ['group'],
        metrics: { roc_auc: { min: 0.5 } },
        min_slice_size: 1,
      },
      { 'p.csv': predictions },
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['slice:group=y:roc_auc:undefined', 'warn']],
    );
    assert.deepEqual(outcome.findings[0]?.measure, { figure: 'roc_auc', value: null });
    assert.match(outcome.findings[0]?.fix ?? '', /`checks\.slices\.min_slice_size`/);
    await assert.rejects(
      run(
        { ...sex, features: 'f.csv', columns: ['island'], metrics: { accuracy: { min: 0.5 } } },
        { 'f.csv': 'id,island\np001,Torgersen\n' },
      ),
      /eval\/sex\.csv:3: id "p006" has no row in f\.csv; every scored row needs its features/,
    );
    await assert.rejects(
      run({
        ...sex,
        features: 'data/features.csv',
        columns: ['beak_length_mm'],
        metrics: { accuracy: { min: 0.5 } },
        max_slices_per_column: 20,
      }),
      /"beak_length_mm" has \d+ distinct values, more than max_slices_per_column \(20\); slice a categorical column or give bins/,
    );
  });
});
