import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { baselineComparison } from '../../../src/checks/baseline-comparison/baseline-comparison.ts';
import { baselineComparisonConfig } from '../../../src/checks/baseline-comparison/baseline-comparison-config.ts';
import { fixtureText } from '../../metrics/fixture-table.ts';
import { runOnPenguins } from '../../mocks/penguin-predictions.ts';

const run = (config: Record<string, unknown>, extra: Record<string, string> = {}) =>
  runOnPenguins(baselineComparison, baselineComparisonConfig, config, extra);

const sex = {
  predictions: 'eval/sex.csv',
  task: 'binary',
  label_column: 'sex',
  score_column: 'score',
  positive_label: 'MALE',
  id_column: 'id',
};

describe('baseline_comparison (Model 5)', () => {
  it('passes a model that beats the majority class by the margins', async () => {
    const outcome = await run({
      ...sex,
      baseline: { rule: 'majority_class' },
      margins: { roc_auc: 0.1, log_loss: 0.1 },
    });
    assert.deepEqual(outcome.findings, []);
    const table = outcome.details[0];
    assert.ok(table?.type === 'table');
    // roc_auc_score: candidate 0.9472537053182215, DummyClassifier(strategy='prior') 0.5
    assert.equal(table.rows[0]?.[0], 'roc_auc');
    assert.equal(table.rows[0]?.[3]?.toString().split(' ')[0], '+0.4473');
    // log loss improves downwards: 0.686661059360699 − 0.2945598003057429
    assert.equal(table.rows[1]?.[3]?.toString().split(' ')[0], '+0.3921');
    assert.match(
      outcome.summary,
      /^beats the baseline \(rule majority_class \(fitted on the evaluation labels\)\)/,
    );
  });

  it('fails when a simpler model in another column is as good', async () => {
    // The one-feature production model as "baseline", the four-feature model as "candidate", swapped:
    const outcome = await run({
      ...sex,
      score_column: 'score_production',
      baseline: { score_column: 'score' },
      margins: { roc_auc: 0 },
      bootstrap: { seed: 7 },
    });
    assert.equal(outcome.findings.length, 1);
    assert.match(
      outcome.findings[0]?.message ?? '',
      // interval: reference-bootstrap.py (mulberry32(7)), negated: the roles are swapped
      /^roc_auc: the candidate \(0\.7929\) gains −0\.1543 over the baseline \(0\.9473\), less than the required 0; 95% interval \[−0\.2248, −0\.0897\]$/,
    );
    // roc_auc_score (reference-metrics.py): candidate 0.7929380993897124, baseline 0.9472537053182215
    const [finding] = outcome.findings;
    assert.equal(finding?.measure?.figure, 'roc_auc gain over baseline');
    assert.ok(
      Math.abs(Number(finding?.measure?.value) - (0.7929380993897124 - 0.9472537053182215)) < 1e-12,
    );
    assert.deepEqual(finding?.measure?.bound, { comparator: '>=', limit: 0 });
    assert.equal(finding?.measure?.reference?.label, 'baseline');
    assert.ok(Math.abs(Number(finding?.measure?.reference?.value) - 0.9472537053182215) < 1e-12);
    assert.deepEqual(finding?.location, { path: 'eval/sex.csv' });
    assert.equal(
      finding?.fix,
      'Improve the model until it beats the baseline (column score of eval/sex.csv) on roc_auc by at least 0, or change `checks.baseline_comparison.margins.roc_auc` if the margin is wrong.',
    );
    assert.deepEqual(outcome.figures[0]?.bound, { comparator: '>=', limit: 0 });
    const table = outcome.details[0];
    assert.ok(table?.type === 'table');
    assert.equal(table.rows[0]?.at(-1), 'fail: not better enough');
  });

  it('an undefined metric is a finding apart from falling short of the margin', async () => {
    const oneClass = 'id,sex,score,simple\na,MALE,0.9,0.6\nb,MALE,0.4,0.5\nc,MALE,0.8,0.7\n';
    const outcome = await run(
      {
        ...sex,
        predictions: 'eval/one-class.csv',
        baseline: { score_column: 'simple' },
        margins: { roc_auc: 0 },
      },
      { 'eval/one-class.csv': oneClass },
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['metric:roc_auc:undefined', 'fail']],
    );
    assert.deepEqual(outcome.findings[0]?.measure, {
      figure: 'roc_auc of the candidate',
      value: null,
    });
    assert.deepEqual(outcome.findings[0]?.location, { path: 'eval/one-class.csv' });
    assert.match(outcome.summary, /by the required margin on roc_auc$/);
  });

  it('pairs a baseline file by id, leaving out rows it lacks', async () => {
    const [header, ...rows] = fixtureText('model/penguins-mass.csv').trim().split('\n');
    const baselineFile = [header, ...rows.slice(0, 100).reverse()].join('\n');
    const outcome = await run(
      {
        predictions: 'eval/mass.csv',
        task: 'regression',
        label_column: 'body_mass_g',
        prediction_column: 'predicted',
        id_column: 'id',
        baseline: { predictions: 'eval/linear.csv', prediction_column: 'predicted_production' },
        margins: { mae: 50, r2: 0.2 },
      },
      { 'eval/linear.csv': baselineFile },
    );
    assert.deepEqual(outcome.findings, []);
    const table = outcome.details[0];
    assert.ok(table?.type === 'table');
    assert.match(
      table.note ?? '',
      /100 rows \(67 candidate rows without a baseline partner left out\)/,
    );
  });

  it('can demand that the interval clears the margin', async () => {
    const config = {
      ...sex,
      baseline: { score_column: 'score_production' },
      margins: { accuracy: 0.15 },
    };
    const pointOnly = await run(config);
    assert.deepEqual(pointOnly.findings, []);
    const significant = await run({ ...config, require_significant: true });
    assert.equal(significant.findings.length, 1);
    assert.match(
      significant.findings[0]?.message ?? '',
      /but the 95% interval \[\+0\.\d+, \+0\.\d+\] does not clear the required 0\.15/,
    );
    const measure = significant.findings[0]?.measure;
    assert.equal(measure?.figure, 'lower bound of the 95% interval of the accuracy gain');
    assert.ok(Number(measure?.value) < 0.15);
    assert.deepEqual(measure?.bound, { comparator: '>=', limit: 0.15 });
    assert.equal(measure?.reference?.label, 'estimated gain');
    assert.match(
      significant.findings[0]?.fix ?? '',
      /`checks\.baseline_comparison\.require_significant`/,
    );
  });

  it('refuses a baseline file whose rows cannot be paired', async () => {
    await assert.rejects(
      run(
        {
          ...sex,
          id_column: undefined,
          baseline: { predictions: 'eval/b.csv', score_column: 'score' },
          margins: { roc_auc: 0 },
        },
        { 'eval/b.csv': 'sex,score\nMALE,0.3\n' },
      ),
      /checks\.baseline_comparison\.baseline: eval\/b\.csv does not list the same labels in the same order as eval\/sex\.csv; set id_column/,
    );
  });
});
