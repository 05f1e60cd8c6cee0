import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { modelQuality } from '../../../src/checks/model-quality/model-quality.ts';
import { modelQualityConfig } from '../../../src/checks/model-quality/model-quality-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import type { RunEvent } from '../../../src/model/run-event.ts';
import { fixtureText } from '../../metrics/fixture-table.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

type Ran = Extract<CheckOutcome, { kind: 'ran' }>;

/** penguins-sex.csv with one of its score columns as `score`. */
function predictions(
  scoreColumn: 'score' | 'score_production',
  transform = (s: number, _i: number) => s,
) {
  const [header, ...rows] = fixtureText('model/penguins-sex.csv').trim().split('\n');
  const names = header!.split(',');
  const at = (name: string) => names.indexOf(name);
  return [
    'id,sex,score',
    ...rows.map((row, i) => {
      const cells = row.split(',');
      return `${cells[at('id')]},${cells[at('sex')]},${transform(Number(cells[at(scoreColumn)]), i)}`;
    }),
  ].join('\n');
}

const pr: RunEvent = {
  name: 'pull_request',
  baseSha: 'base0000000000000000000000000000000000aa',
  pullRequest: {
    number: 7,
    headSha: 'head',
    baseSha: 'base0000000000000000000000000000000000aa',
    baseRef: 'main',
    headRef: 'feature',
    fromFork: false,
  },
};

async function run(
  config: Record<string, unknown>,
  options: { head: Record<string, string>; base?: Record<string, string>; event?: RunEvent },
): Promise<Ran> {
  const outcome = await modelQuality.run(modelQualityConfig.parse(config), {
    workspace: memoryWorkspace({
      files: options.head,
      revisions: options.base ? { [pr.baseSha!]: options.base } : {},
    }),
    event: options.event ?? pr,
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Ran;
}

const binary = {
  predictions: 'eval/predictions.csv',
  task: 'binary',
  label_column: 'sex',
  score_column: 'score',
  positive_label: 'MALE',
  id_column: 'id',
};
const metricsTable = (outcome: Ran) => {
  const table = outcome.details[0];
  assert.ok(table?.type === 'table');
  return table;
};

describe('model_quality (Infra 4, Monitor 7)', () => {
  it('passes a better candidate, with the delta interval of a paired bootstrap that Python reproduces', async () => {
    const outcome = await run(
      {
        ...binary,
        thresholds: {
          roc_auc: { red: { min: 0.8, change_absolute: -0.005 } },
          log_loss: { amber: { change_relative: 0.05 } },
        },
        bootstrap: { seed: 7 },
      },
      {
        head: { 'eval/predictions.csv': predictions('score') },
        base: { 'eval/predictions.csv': predictions('score_production') },
      },
    );
    assert.deepEqual(outcome.findings, []);
    assert.equal(outcome.summary, '2 pass');
    const table = metricsTable(outcome);
    assert.deepEqual(table.header, [
      'metric',
      'candidate',
      'production',
      'Δ vs production [95% CI]',
      'threshold',
      'level',
    ]);
    // Candidate and production ROC AUC: sklearn.metrics.roc_auc_score (reference-metrics.py): 0.9472537053182215 and
    // 0.7929380993897124; interval from reference-bootstrap.py (mulberry32(7), 1000 resamples): [0.0897, 0.2248]
    assert.deepEqual(table.rows[0], [
      'roc_auc',
      '0.9473',
      '0.7929',
      '+0.1543 [+0.0897, +0.2248]',
      'fail: ≥ 0.8, Δ ≥ −0.005',
      'pass',
    ]);
    assert.equal(table.rows.length, 8);
    assert.match(
      table.note ?? '',
      /Production: eval\/predictions\.csv at base commit base00000000\./,
    );
    assert.match(
      table.note ?? '',
      /167 rows they share by id; intervals from a paired bootstrap \(1000 resamples, seed 7, 95% percentile\)/,
    );
  });

  it('fails a worse candidate whose drop the interval confirms', async () => {
    const outcome = await run(
      {
        ...binary,
        thresholds: { roc_auc: { red: { change_absolute: -0.005 } } },
        bootstrap: { seed: 7 },
      },
      {
        head: { 'eval/predictions.csv': predictions('score_production') },
        base: { 'eval/predictions.csv': predictions('score') },
      },
    );
    assert.equal(outcome.findings.length, 1);
    const [finding] = outcome.findings;
    assert.equal(finding?.id, 'metric:roc_auc');
    assert.equal(finding?.severity, 'fail');
    assert.match(
      finding?.message ?? '',
      /^roc_auc fails: Δ −0\.1543 vs production 0\.9473, allowed Δ ≥ −0\.005 \(95% interval of Δ: \[−0\.2248, −0\.0897\]\)$/,
    );
    assert.equal(outcome.summary, 'fail: roc_auc');
    // sklearn.metrics.roc_auc_score (reference-metrics.py): candidate 0.7929380993897124, production 0.9472537053182215
    const measure = finding?.measure;
    assert.equal(measure?.figure, 'Δ roc_auc');
    assert.ok(Math.abs(Number(measure?.value) - (0.7929380993897124 - 0.9472537053182215)) < 1e-12);
    assert.deepEqual(measure?.bound, { comparator: '>=', limit: -0.005 });
    assert.equal(measure?.reference?.label, 'production');
    assert.ok(Math.abs(Number(measure?.reference?.value) - 0.9472537053182215) < 1e-12);
    assert.deepEqual(finding?.location, { path: 'eval/predictions.csv' });
    assert.equal(
      finding?.fix,
      'Improve the model so that Δ roc_auc ≥ −0.005 on eval/predictions.csv, or change `checks.model_quality.thresholds.roc_auc.red.change_absolute` if the bound is wrong.',
    );
    // A change bound has no bound on the metric itself: the figure carries the threshold text only.
    const [figure] = outcome.figures;
    assert.deepEqual(
      [figure?.name, figure?.threshold, figure?.bound],
      ['roc_auc', 'Δ ≥ −0.005', undefined],
    );
    assert.ok(Math.abs(Number(figure?.value) - 0.7929380993897124) < 1e-12);
  });

  it('demotes an unconfirmed drop to a warning, unless configured to block on any drop', async () => {
    // Production: the candidate with 12 rows' scores pulled towards 0.5; a small AUC drop within noise.
    const noisy = predictions('score', (s, i) => (i % 14 === 0 ? 0.5 + (s - 0.5) * 0.2 : s));
    const files = {
      head: { 'eval/predictions.csv': noisy },
      base: { 'eval/predictions.csv': predictions('score') },
    };
    const config = { ...binary, thresholds: { roc_auc: { red: { change_absolute: -0.001 } } } };
    const lenient = await run(config, files);
    assert.equal(lenient.findings[0]?.severity, 'warn');
    assert.match(
      lenient.findings[0]?.message ?? '',
      /but the bootstrap interval does not confirm the drop/,
    );
    const strict = await run({ ...config, block_only_significant_changes: false }, files);
    assert.equal(strict.findings[0]?.severity, 'fail');
  });

  it('applies absolute floors without production, and says why there is none', async () => {
    const head = { 'eval/predictions.csv': predictions('score') };
    const local = await run(
      {
        ...binary,
        thresholds: { roc_auc: { red: { min: 0.95 } }, brier: { amber: { max: 0.05 } } },
      },
      { head, event: { name: 'local' } },
    );
    assert.deepEqual(
      local.findings.map((f) => [f.id, f.severity, f.message]),
      [
        ['metric:roc_auc', 'fail', 'roc_auc fails: 0.9473 is below the floor 0.95'],
        ['metric:brier', 'warn', 'brier warns: 0.0882 is above the ceiling 0.05 (`amber` bound)'],
      ],
    );
    // No production, so no reference; brier_score_loss (reference-metrics.py) is 0.0882 to 4 places.
    const floor = local.findings[0]?.measure;
    assert.deepEqual(
      [floor?.figure, floor?.bound, floor?.reference],
      ['roc_auc', { comparator: '>=', limit: 0.95 }, undefined],
    );
    assert.ok(Math.abs(Number(floor?.value) - 0.9472537053182215) < 1e-12);
    assert.equal(local.findings[1]?.measure?.bound?.comparator, '<=');
    assert.match(
      local.findings[1]?.fix ?? '',
      /`checks\.model_quality\.thresholds\.brier\.amber\.max`/,
    );
    assert.deepEqual(
      local.figures.map((f) => [f.name, f.bound]),
      [
        ['roc_auc', { comparator: '>=', limit: 0.95 }],
        ['brier', { comparator: '<=', limit: 0.05 }],
      ],
    );
    assert.match(
      local.summary,
      /no production to compare with \(not a pull request; pass --base <revision> to compare with production\)/,
    );
    const newModel = await run(
      { ...binary, thresholds: { roc_auc: { red: { change_absolute: 0 } } } },
      { head, base: {} },
    );
    assert.deepEqual(newModel.findings, []);
    assert.match(
      newModel.summary,
      /eval\/predictions\.csv did not exist at base commit base00000000, so this model is new/,
    );
  });

  it('fails closed when a gated metric is undefined, a finding apart from its failing level', async () => {
    const oneClass = 'id,sex,score\na,MALE,0.9\nb,MALE,0.4\n';
    const outcome = await run(
      { ...binary, thresholds: { roc_auc: { red: { min: 0.8 } } } },
      { head: { 'eval/predictions.csv': oneClass }, event: { name: 'local' } },
    );
    assert.deepEqual(outcome.findings[0], {
      id: 'metric:roc_auc:undefined',
      severity: 'fail',
      message:
        'roc_auc is undefined (only one class among the labels (all positive); ROC AUC needs both), so its threshold cannot be checked',
      location: { path: 'eval/predictions.csv' },
      measure: { figure: 'roc_auc', value: null },
      cause: 'candidate-undefined:roc_auc',
      fix: 'Fix eval/predictions.csv so that roc_auc can be computed (only one class among the labels (all positive); ROC AUC needs both).',
    });
  });

  it('compares nested metrics files (DVC) with the base commit', async () => {
    const outcome = await run(
      {
        metrics_file: 'metrics.json',
        thresholds: {
          'test.auc': { red: { change_absolute: -0.01 } },
          'test.latency_ms': { direction: 'lower_is_better', amber: { change_relative: 0.1 } },
        },
      },
      {
        head: { 'metrics.json': '{"test": {"auc": 0.90, "latency_ms": 130}}' },
        base: { 'metrics.json': '{"test": {"auc": 0.93, "latency_ms": 100}}' },
      },
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity, f.message]),
      [
        [
          'metric:test.auc',
          'fail',
          'test.auc fails: Δ −0.03 vs production 0.93, allowed Δ ≥ −0.01',
        ],
        [
          'metric:test.latency_ms',
          'warn',
          'test.latency_ms warns: Δ +30% vs production 100, allowed Δ ≤ +10% (`amber` bound)',
        ],
      ],
    );
    assert.deepEqual(outcome.findings[1]?.measure, {
      figure: 'relative Δ test.latency_ms',
      value: 0.3,
      bound: { comparator: '<=', limit: 0.1 },
      reference: { label: 'production', value: 100 },
    });
    assert.deepEqual(outcome.findings[1]?.location, { path: 'metrics.json' });
    const renamed = await run(
      {
        metrics_file: 'eval/metrics.yaml',
        production: { base_path: 'metrics.json' },
        thresholds: { 'test.auc': { red: { change_absolute: -0.01 } } },
      },
      {
        head: { 'eval/metrics.yaml': 'test:\n  auc: 0.95\n' },
        base: { 'metrics.json': '{"test": {"auc": 0.93}}' },
      },
    );
    assert.deepEqual(renamed.findings, []);
    assert.match(
      metricsTable(renamed).note ?? '',
      /Production: metrics\.json at base commit base00000000\./,
    );
    await assert.rejects(
      run(
        { metrics_file: 'metrics.json', thresholds: { f1: { red: { min: 0.5 } } } },
        { head: { 'metrics.json': '{"test": {"auc": 0.9}}' }, event: { name: 'local' } },
      ),
      /metrics\.json: no metric "f1"; the file has "test\.auc"/,
    );
  });

  it('warns when production lacks a metric, instead of skipping its change bound', async () => {
    const outcome = await run(
      { metrics_file: 'metrics.json', thresholds: { auc: { red: { change_absolute: -0.01 } } } },
      { head: { 'metrics.json': '{"auc": 0.5}' }, base: { 'metrics.json': '{"f1": 0.9}' } },
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['production:auc', 'warn']],
    );
    assert.deepEqual(outcome.findings[0]?.location, { path: 'metrics.json' });
    assert.deepEqual(outcome.findings[0]?.measure, { figure: 'auc of production', value: null });
  });

  it('warns when no recent version in the history reports a gated metric', async () => {
    const history = '{"version": "v1", "metrics": {"accuracy": 0.9}}\n';
    const outcome = await run(
      {
        ...binary,
        thresholds: { roc_auc: { red: { min: 0.9 } } },
        history: { path: 'metrics/history.jsonl', last: 3, max_drop_from_best: { roc_auc: 0.01 } },
      },
      {
        head: { 'eval/predictions.csv': predictions('score'), 'metrics/history.jsonl': history },
        event: { name: 'local' },
      },
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['history:roc_auc:no-history', 'warn']],
    );
    assert.deepEqual(outcome.findings[0]?.measure, {
      figure: 'versions reporting roc_auc',
      value: 0,
      bound: { comparator: '>', limit: 0 },
    });
    assert.deepEqual(outcome.findings[0]?.location, { path: 'metrics/history.jsonl' });
  });

  it('catches a slow leak against the best of the last N accepted versions', async () => {
    const history = [
      '{"version": "v1", "metrics": {"roc_auc": 0.99}}',
      '{"version": "v2", "metrics": {"roc_auc": 0.962}}',
      '{"version": "v3", "metrics": {"roc_auc": 0.958}}',
      '{"version": "v4", "metrics": {"roc_auc": 0.953}}',
      '',
    ].join('\n');
    const outcome = await run(
      {
        ...binary,
        thresholds: { roc_auc: { red: { min: 0.9 } } },
        history: { path: 'metrics/history.jsonl', last: 3, max_drop_from_best: { roc_auc: 0.01 } },
      },
      {
        head: { 'eval/predictions.csv': predictions('score'), 'metrics/history.jsonl': history },
        event: { name: 'local' },
      },
    );
    assert.deepEqual(
      outcome.findings.map((f) => f.id),
      ['history:roc_auc'],
    );
    assert.match(
      outcome.findings[0]?.message ?? '',
      /^roc_auc 0\.9473 is 0\.0147 worse than the best of the last 3 accepted versions \(0\.962, version v2\); at most 0\.01 is allowed/,
    );
    const table = outcome.details[1];
    assert.ok(table?.type === 'table');
    assert.deepEqual(table.rows, [
      ['roc_auc', '0.962 (version v2)', '0.9473', '−0.0147', 0.01, 'fail'],
    ]);
    // roc_auc_score 0.9472537053182215 (reference-metrics.py) against v2's 0.962
    const measure = outcome.findings[0]?.measure;
    assert.equal(measure?.figure, 'roc_auc drop from best');
    assert.ok(Math.abs(Number(measure?.value) - (0.962 - 0.9472537053182215)) < 1e-12);
    assert.deepEqual(measure?.bound, { comparator: '<=', limit: 0.01 });
    assert.deepEqual(measure?.reference, { label: 'best recent (version v2)', value: 0.962 });
    assert.match(
      outcome.findings[0]?.fix ?? '',
      /`checks\.model_quality\.history\.max_drop_from_best\.roc_auc`/,
    );
  });

  it('shows a majority-class baseline beside the candidate', async () => {
    const outcome = await run(
      {
        ...binary,
        thresholds: { roc_auc: { red: { min: 0.8 } } },
        baseline: { rule: 'majority_class' },
      },
      { head: { 'eval/predictions.csv': predictions('score') }, event: { name: 'local' } },
    );
    const table = metricsTable(outcome);
    assert.equal(table.header[2], 'baseline');
    assert.equal(table.rows[0]?.[2], '0.5');
  });

  it('gives the same report on every run (seeded bootstrap)', async () => {
    const files = {
      head: { 'eval/predictions.csv': predictions('score') },
      base: { 'eval/predictions.csv': predictions('score_production') },
    };
    const config = { ...binary, thresholds: { f1: { red: { change_absolute: 0 } } } };
    assert.deepEqual(await run(config, files), await run(config, files));
  });

  it('compares regression models with a named production file and other column names', async () => {
    const mass = fixtureText('model/penguins-mass.csv');
    const outcome = await run(
      {
        predictions: 'eval/mass.csv',
        task: 'regression',
        label_column: 'body_mass_g',
        prediction_column: 'predicted',
        id_column: 'id',
        production: {
          predictions: 'eval/production.csv',
          prediction_column: 'predicted_production',
        },
        thresholds: { mae: { red: { change_relative: 0.02 } }, r2: { amber: { min: 0.8 } } },
      },
      { head: { 'eval/mass.csv': mass, 'eval/production.csv': mass }, event: { name: 'local' } },
    );
    // sklearn.metrics.mean_absolute_error: candidate 308.5547243568793, production 517.6719577309108;
    // r2_score: candidate 0.7660814631083224 (below the amber floor 0.8)
    const table = metricsTable(outcome);
    assert.deepEqual(table.rows[0]?.slice(0, 3), ['mae', '308.5547', '517.672']);
    assert.match(String(table.rows[0]?.[3]), /^−209\.1172 \[−\d+\.\d+, −\d+\.\d+\]$/);
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['metric:r2', 'warn']],
    );
    assert.match(table.note ?? '', /Production: eval\/production\.csv\./);
  });
});
