import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { fairness } from '../../../src/checks/fairness/fairness.ts';
import { fairnessConfig } from '../../../src/checks/fairness/fairness-config.ts';
import { penguinSex, runOnPenguins } from '../../mocks/penguin-predictions.ts';

const run = (config: Record<string, unknown>, extra: Record<string, string> = {}) =>
  runOnPenguins(fairness, fairnessConfig, config, extra);

const base = {
  ...penguinSex,
  features: 'data/features.csv',
};

describe('fairness (Model 7)', () => {
  it('computes group rates and disparities as the fairlearn definitions do, with pandas', async () => {
    const outcome = await run({
      ...base,
      protected_attributes: ['species', 'island'],
      max_false_positive_rate_difference: 0.1,
    });
    const [summary, species, island] = outcome.details;
    assert.ok(summary?.type === 'table' && species?.type === 'table' && island?.type === 'table');
    // p = score >= 0.5; df.groupby(species).p.mean() (selection), df[y == 1].groupby(...).p.mean() (TPR),
    // df[y == 0]... (FPR): Chinstrap 0.3939393939393939 / 0.8571428571428571 / 0.05263157894736842,
    // Gentoo 0.43103448275862066 / 0.8620689655172413 / 0, Adelie 0.4605263157894737 / 0.8709677419354839 / 0.17777777777777778
    assert.deepEqual(species.rows, [
      ['Chinstrap', 33, '0.3939', '0.8571', '0.0526', 'yes'],
      ['Gentoo', 58, '0.431', '0.8621', '0', 'yes'],
      ['Adelie', 76, '0.4605', '0.871', '0.1778', 'yes'],
    ]);
    // Over groups with >= 30 rows: species DPD 0.06658692185007975, EOD 0.01382488479262678,
    // FPR diff 0.17777777777777778, DIR 0.8554112554112554; island (Torgersen has 23 rows, left out):
    // DPD 0.06438870235038513, EOD 0.07499999999999996, FPR diff 0.04134366925064599, DIR 0.8593615185504746
    assert.deepEqual(summary.rows, [
      ['species', 3, '0.0666', '0.0138', '0.1778', '0.8554', 'fail'],
      ['island', 2, '0.0644', '0.075', '0.0413', '0.8594', 'pass'],
    ]);
    assert.equal(island.rows.at(-1)?.[0], 'Torgersen');
    assert.equal(island.rows.at(-1)?.[5], 'no (< 30 rows)');
    const disparity = outcome.findings.filter((f) => f.id.startsWith('attribute:'));
    assert.deepEqual(
      disparity.map((f) => f.id),
      ['attribute:species:false_positive_rate'],
    );
    assert.equal(
      disparity[0]?.message,
      'species: false positive rate difference 0.1778 exceeds 0.1; false positive rate 0 for species = Gentoo vs 0.1778 for species = Adelie',
    );
    // The group with the highest false positive rate (Adelie, 0.17777777777777778) is the one it harms.
    assert.deepEqual(disparity[0]?.location, {
      path: 'data/features.csv',
      column: 'species',
      slice: 'species = Adelie',
    });
    assert.deepEqual(disparity[0]?.measure, {
      figure: 'species: false positive rate difference',
      value: 0.17777777777777778,
      bound: { comparator: '<=', limit: 0.1 },
      reference: { label: 'false positive rate of species = Adelie', value: 0.17777777777777778 },
    });
    assert.equal(disparity[0]?.cause, 'species:falsePositiveRate');
    assert.match(disparity[0]?.fix ?? '', /`checks\.fairness\.max_false_positive_rate_difference`/);
    // Every figure carries its bound; none is over its limit here, so config order stays.
    assert.deepEqual(
      outcome.figures.map((f) => [f.name, f.bound]),
      [
        ['species: demographic parity difference', { comparator: '<=', limit: 0.1 }],
        ['species: equal opportunity difference', { comparator: '<=', limit: 0.1 }],
        ['species: disparate impact ratio', { comparator: '>=', limit: 0.8 }],
        ['island: demographic parity difference', { comparator: '<=', limit: 0.1 }],
        ['island: equal opportunity difference', { comparator: '<=', limit: 0.1 }],
        ['island: disparate impact ratio', { comparator: '>=', limit: 0.8 }],
      ],
    );
  });

  it('flags features that proxy a protected attribute (Cramér’s V, correlation ratio)', async () => {
    const outcome = await run({
      ...base,
      protected_attributes: ['species'],
      proxies: { max_association: 0.85 },
    });
    const proxies = outcome.details.at(-1);
    assert.ok(proxies?.type === 'table');
    // eta by species (numpy): flipper_length_mm 0.8881332921530408, beak_length_mm 0.8526806637221535,
    // body_mass_g 0.816377658698826, beak_depth_mm 0.8151727960008491; island:
    // scipy.stats.contingency.association(pd.crosstab(species, island), method='cramer') → 0.6366326262970908
    assert.deepEqual(
      proxies.rows.map((row) => row.slice(0, 4)),
      [
        ['flipper_length_mm', 'species', 'correlation ratio η', '0.8881'],
        ['beak_length_mm', 'species', 'correlation ratio η', '0.8527'],
        ['body_mass_g', 'species', 'correlation ratio η', '0.8164'],
        ['beak_depth_mm', 'species', 'correlation ratio η', '0.8152'],
        ['island', 'species', "Cramér's V", '0.6366'],
      ],
    );
    assert.deepEqual(
      outcome.findings.filter((f) => f.id.startsWith('proxy:')).map((f) => [f.id, f.severity]),
      [
        ['proxy:flipper_length_mm:species', 'warn'],
        ['proxy:beak_length_mm:species', 'warn'],
      ],
    );
    const [proxy] = outcome.findings;
    assert.deepEqual(proxy?.measure, {
      figure: 'correlation ratio η of flipper_length_mm with species',
      value: proxy?.measure?.value,
      bound: { comparator: '<=', limit: 0.85 },
    });
    assert.ok(Math.abs(Number(proxy?.measure?.value) - 0.8881332921530408) < 1e-12);
    assert.deepEqual(proxy?.location, {
      path: 'data/features.csv',
      column: 'flipper_length_mm',
      feature: 'flipper_length_mm',
    });
    assert.match(
      proxy?.fix ?? '',
      /^Drop or transform flipper_length_mm .*`checks\.fairness\.proxies\.max_association`/,
    );
    assert.equal(proxies.rows[0]?.[4], 'warn: possible proxy');
  });

  it('applies the four-fifths rule and demographic parity to a skewed classifier', async () => {
    // Group b is selected half as often as group a: DIR 0.5, DPD 0.4.
    const rows = ['id,y,p,g'];
    for (let i = 0; i < 40; i++) rows.push(`a${i},${i % 2},${i < 32 ? 1 : 0},a`);
    for (let i = 0; i < 40; i++) rows.push(`b${i},${i % 2},${i < 16 ? 1 : 0},b`);
    const outcome = await run(
      {
        predictions: 'p.csv',
        task: 'binary',
        label_column: 'y',
        prediction_column: 'p',
        protected_attributes: ['g'],
        proxies: { columns: [] },
      },
      { 'p.csv': rows.join('\n') },
    );
    assert.deepEqual(
      outcome.findings.map((f) => f.id),
      [
        'attribute:g:demographic_parity',
        'attribute:g:equal_opportunity',
        'attribute:g:disparate_impact',
      ],
    );
    assert.match(
      outcome.findings[2]!.message,
      /^g: disparate impact ratio 0\.5 is below 0\.8 \(four-fifths rule at 0\.8\); selection rate 0\.4 for g = b vs 0\.8 for g = a$/,
    );
    // Demographic parity and disparate impact read the same selection rates: one cause.
    // TPR: a 16 of 20 positives selected (0.8), b 8 of 20 (0.4), so the gap is 0.4 as well.
    assert.deepEqual(
      outcome.findings.map((f) => [f.cause, f.location?.slice, f.measure?.value, f.measure?.bound]),
      [
        ['g:selectionRate', 'g = b', 0.4, { comparator: '<=', limit: 0.1 }],
        ['g:truePositiveRate', 'g = b', 0.4, { comparator: '<=', limit: 0.1 }],
        ['g:selectionRate', 'g = b', 0.5, { comparator: '>=', limit: 0.8 }],
      ],
    );
    assert.deepEqual(outcome.findings[2]?.measure?.reference, {
      label: 'selection rate of g = a',
      value: 0.8,
    });
    // The figures over their limit come first.
    assert.deepEqual(
      outcome.figures.map((f) => f.name),
      [
        'g: demographic parity difference',
        'g: equal opportunity difference',
        'g: disparate impact ratio',
      ],
    );
  });

  it('warns when fewer than two groups are large enough', async () => {
    const outcome = await run({
      ...base,
      protected_attributes: ['island'],
      min_group_size: 70,
      proxies: { columns: [] },
    });
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['attribute:island:groups', 'warn']],
    );
    // island groups (pandas value_counts): Biscoe 79, Dream 65, Torgersen 23: one has >= 70 rows.
    assert.deepEqual(outcome.findings[0]?.measure, {
      figure: 'groups of island with at least 70 rows',
      value: 1,
      bound: { comparator: '>=', limit: 2 },
    });
    assert.equal(
      outcome.findings[0]?.fix,
      'Evaluate on more rows of each island group, or lower `checks.fairness.min_group_size`.',
    );
  });
});
