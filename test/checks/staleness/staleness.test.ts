import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { staleness } from '../../../src/checks/staleness/staleness.ts';
import { stalenessConfig } from '../../../src/checks/staleness/staleness-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { fixtureText } from '../../metrics/fixture-table.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

type Ran = Extract<CheckOutcome, { kind: 'ran' }>;
const now = new Date('2026-11-23T12:00:00Z');

async function run(
  config: Record<string, unknown>,
  files: Record<string, string>,
  commitTimes: Record<string, string> = {},
): Promise<Ran> {
  const outcome = await staleness.run(stalenessConfig.parse(config), {
    workspace: memoryWorkspace({ files, commitTimes }),
    event: { name: 'local' },
    now,
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Ran;
}

const decay = {
  evaluations: 'eval/decay.csv',
  metric_column: 'roc_auc',
  floor: 0.86,
};
const decayFile = { 'eval/decay.csv': fixtureText('model/decay-evaluations.csv') };

describe('staleness (Model 4, Monitor 4)', () => {
  it('ages the model from trained_at and the data from its newest timestamp', async () => {
    const outcome = await run(
      {
        model: { metadata: 'models/meta.yaml', trained_at_key: 'training.finished' },
        max_model_age_days: { warn: 30, fail: 90 },
        training_data: { path: 'data/train.csv', timestamp_column: 'ts' },
        max_data_age_days: { warn: 60, fail: 120 },
      },
      {
        'models/meta.yaml': 'training:\n  finished: 2026-10-10T12:00:00Z\n',
        'data/train.csv':
          'ts,x\n2026-05-01,1\n2026-07-26 12:00:00,2\n,3\n2026-06-01T00:00:00+02:00,4\n',
      },
    );
    // The newest timestamp is 2026-07-26T12:00Z (2026-06-01T00:00+02:00 is earlier): exactly 120 days, not over.
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity, f.message]),
      [
        [
          'model:age',
          'warn',
          'model is 44 days old (training.finished in models/meta.yaml: 2026-10-10T12:00:00Z), over the warning age of 30 days',
        ],
        [
          'data:age',
          'warn',
          'training data is 120 days old (newest ts in data/train.csv: 2026-07-26T12:00:00Z), over the warning age of 60 days',
        ],
      ],
    );
    assert.equal(outcome.summary, 'model 44 days old; training data 120 days old');
  });

  it('a time in the future is a finding apart from the age', async () => {
    const outcome = await run(
      { model: { metadata: 'models/meta.yaml' }, max_model_age_days: { warn: 30, fail: 90 } },
      { 'models/meta.yaml': 'trained_at: 2026-12-24T12:00:00Z\n' },
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['model:age:future', 'warn']],
    );
  });

  it('fits the decay as scipy.stats.linregress and limits the model age to the crossing', async () => {
    const outcome = await run({ model: { artifact: 'models/model.pkl' }, decay }, decayFile, {
      'models/model.pkl': '2026-08-01T12:00:00Z',
    });
    // r = scipy.stats.linregress(age_days, roc_auc): slope −0.0006407975180217178, intercept 0.909428901663777,
    // rvalue² 0.9811760819043917, pvalue 2.683006516519669e-07; −30·slope = 0.019223925540651533;
    // (0.86 − intercept)/slope = 77.13653732051716, Fieller 95 % interval 71.02…84.70
    // (test/fixtures/staleness/reference-values.py)
    const figure = (name: string) => outcome.figures.find((f) => f.name === name)?.value;
    const lost = figure('roc_auc lost per 30 days') as number;
    const interval = figure('recommended retraining interval') as number;
    assert.ok(Math.abs(lost - 0.019223925540651533) < 1e-12, String(lost));
    assert.ok(Math.abs(interval - 77.13653732051716) < 1e-9, String(interval));
    assert.equal(figure('retraining interval 95% CI'), '71 to 84.7');
    assert.equal(figure('roc_auc change per 30 days, 95% CI'), '−0.0216 to −0.0168');
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['model:age', 'fail']],
    );
    const [finding] = outcome.findings;
    assert.equal(
      finding?.message,
      'model is 114 days old (last commit of models/model.pkl: 2026-08-01T12:00:00Z), over the limit of 77.1 days, the age at which roc_auc crosses its floor 0.86 (95% CI 71 to 84.7 days); retrain',
    );
    assert.deepEqual(finding?.measure, {
      figure: 'model age',
      value: 114,
      bound: { comparator: '<=', limit: interval },
      unit: 'days',
      reference: { label: 'crossing of the roc_auc floor, 95% CI', value: '71 to 84.7 days' },
    });
    assert.match(
      finding?.fix ?? '',
      /^Retrain the model on recent data; .*decay\.limit_model_age: false\.$/,
    );
    assert.deepEqual(outcome.figures.find((f) => f.name === 'model age')?.bound, {
      comparator: '<=',
      limit: interval,
    });
    const chart = outcome.details.find((d) => d.type === 'mermaid');
    assert.ok(chart?.type === 'mermaid');
    // Band at age 0: intercept ∓ t975·√(s²(1/n + x̄²/Sxx)) = 0.90611…, 0.91275… (reference-values.py).
    assert.equal(
      chart.source,
      [
        'xychart-beta',
        '  title "roc_auc by model age: observed, fitted, 95% band of the fit, floor"',
        '  x-axis "model age (days)" ["0", "7", "14", "30", "45", "60", "90"]',
        '  y-axis "roc_auc" 0.8399 --> 0.9194',
        '  line [0.9085, 0.908, 0.899, 0.89, 0.881, 0.872, 0.851]',
        '  line [0.9094, 0.9049, 0.9005, 0.8902, 0.8806, 0.871, 0.8518]',
        '  line [0.9061, 0.902, 0.8978, 0.8879, 0.8781, 0.8677, 0.8465]',
        '  line [0.9127, 0.9079, 0.9031, 0.8925, 0.8831, 0.8742, 0.857]',
        '  line [0.86, 0.86, 0.86, 0.86, 0.86, 0.86, 0.86]',
      ].join('\n'),
    );
    const text = outcome.details.find((d) => d.type === 'text');
    assert.ok(text?.type === 'text');
    assert.match(
      text.text,
      /R² 0\.981\); roc_auc changes by −0\.0192 per 30 days \(95% CI −0\.0216 to −0\.0168\), p .* < 0\.05; it crosses the floor 0\.86 at 77\.1 days \(95% CI 71 to 84\.7, Fieller\): retrain at least that often\.$/,
    );
  });

  it('Seattle without a real decay: warns "no significant decay" with the interval and fails no model of any age', async () => {
    // test/fixtures/staleness/seattle-decay-none.csv (make-series.py): scipy.stats.linregress(age_days, roc_auc)
    // gives slope·30 −0.00099, 95 % CI −0.00376 to +0.00178 per 30 days, pvalue 0.47244634690259524.
    // The line would cross 0.8 at 2524 days, and its intercept 0.883 is below 0.9, while the
    // youngest month observed 0.947: neither may fail the model.
    const seattle = { 'e.csv': fixtureText('staleness/seattle-decay-none.csv') };
    for (const floor of [0.8, 0.9]) {
      for (const trained of [
        '2026-11-01T00:00:00Z',
        '2022-07-07T00:00:00Z',
        '1990-01-01T00:00:00Z',
      ]) {
        const outcome = await run(
          {
            model: { artifact: 'm.pkl' },
            decay: { evaluations: 'e.csv', metric_column: 'roc_auc', floor },
          },
          seattle,
          { 'm.pkl': trained },
        );
        assert.deepEqual(
          outcome.findings.map((f) => [f.id, f.severity]),
          [['decay:uncertain', 'warn']],
          `floor ${floor}, trained ${trained}`,
        );
        const [finding] = outcome.findings;
        assert.equal(
          finding?.message,
          'no significant decay: roc_auc changes by −0.00099 per 30 days (95% CI −0.00376 to +0.00178), p 0.4724 ≥ 0.05 over 36 evaluations, so the line could be noise; no retraining interval is derived and the fit does not limit the model age',
        );
        assert.equal(finding?.measure?.figure, 'decay p-value');
        assert.ok(Math.abs((finding?.measure?.value as number) - 0.47244634690259524) < 1e-11);
        assert.deepEqual(finding?.measure?.bound, { comparator: '<', limit: 0.05 });
        assert.match(finding?.fix ?? '', /max_model_age_days/);
        const figure = (name: string) => outcome.figures.find((f) => f.name === name)?.value;
        assert.equal(figure('recommended retraining interval'), null);
        assert.equal(figure('retraining interval 95% CI'), null);
        assert.equal(outcome.figures.find((f) => f.name === 'model age')?.bound, undefined);
      }
    }
  });

  it('Seattle with a made-up label drift: a significant decay still fails a model past the crossing', async () => {
    // test/fixtures/staleness/seattle-decay-label-drift.csv: scipy.stats.linregress gives slope·30 −0.00589
    // (95 % CI −0.00877 to −0.00301), pvalue 0.00020861491905140768; the 0.8 floor is crossed at
    // 479.8347946130297 days, Fieller 95 % interval 283.153153353006 to 643.9756881850439 (brentq in
    // test/fixtures/staleness/reference-values.py).
    const drift = { 'e.csv': fixtureText('staleness/seattle-decay-label-drift.csv') };
    const config = {
      model: { metadata: 'meta.json' },
      decay: { evaluations: 'e.csv', metric_column: 'roc_auc', floor: 0.8 },
    };
    const old = await run(config, {
      ...drift,
      'meta.json': '{"trained_at": "2025-03-23T12:00:00Z"}',
    });
    assert.deepEqual(
      old.findings.map((f) => [f.id, f.severity]),
      [['model:age', 'fail']],
    );
    assert.equal(
      old.findings[0]?.message,
      'model is 610 days old (trained_at in meta.json: 2025-03-23T12:00:00Z), over the limit of 479.8 days, the age at which roc_auc crosses its floor 0.8 (95% CI 283.2 to 644 days); retrain',
    );
    const limit = old.findings[0]?.measure?.bound?.limit as number;
    assert.ok(Math.abs(limit - 479.8347946130297) < 1e-9, String(limit));
    // Inside the crossing's interval but before the estimate: not failed on the extrapolation.
    const young = await run(config, {
      ...drift,
      'meta.json': '{"trained_at": "2025-09-23T12:00:00Z"}',
    });
    assert.deepEqual(young.findings, []);
    // limit_model_age: false reports the crossing without failing the model.
    const reported = await run(
      { ...config, decay: { ...config.decay, limit_model_age: false } },
      { ...drift, 'meta.json': '{"trained_at": "2025-03-23T12:00:00Z"}' },
    );
    assert.deepEqual(reported.findings, []);
  });

  it('too few evaluations only warn, whatever the fit says', async () => {
    const outcome = await run(
      { model: { artifact: 'm.pkl' }, decay: { ...decay, min_evaluations: 10 } },
      decayFile,
      { 'm.pkl': '2020-01-01T00:00:00Z' },
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['decay:too-few', 'warn']],
    );
    assert.match(
      outcome.findings[0]?.message ?? '',
      /^only 9 evaluations in eval\/decay\.csv, fewer than decay\.min_evaluations 10, to call a decay \(roc_auc changes by −0\.0192 per 30 days \(95% CI −0\.0216 to −0\.0168\), p .*\); no retraining interval is derived/,
    );
    assert.deepEqual(outcome.findings[0]?.measure?.bound, { comparator: '>=', limit: 10 });
  });

  it('judges a fresh model by its youngest evaluations, and an improving metric has no crossing', async () => {
    const below = await run(
      { model: { artifact: 'm.pkl' }, decay: { ...decay, floor: 0.95 } },
      decayFile,
      {
        'm.pkl': '2026-11-20T00:00:00Z',
      },
    );
    assert.deepEqual(
      below.findings.map((f) => f.id),
      ['decay:floor'],
    );
    // The two evaluations at age 0 are 0.912 and 0.905 (mean 0.9085).
    assert.equal(
      below.findings[0]?.message,
      'even the youngest evaluated model (age 0 days, 2 evaluations) is on the wrong side of the roc_auc floor 0.95: observed 0.9085',
    );
    assert.deepEqual(below.findings[0]?.measure?.bound, { comparator: '>=', limit: 0.95 });
    assert.equal(
      below.figures.find((f) => f.name === 'recommended retraining interval')?.value,
      null,
    );
    const improving =
      'age_days,log_loss\n0,0.40\n30,0.392\n60,0.381\n90,0.372\n120,0.36\n150,0.352\n';
    const flat = await run(
      {
        model: { artifact: 'm.pkl' },
        decay: { evaluations: 'e.csv', metric_column: 'log_loss', floor: 0.5 },
      },
      { 'e.csv': improving },
      { 'm.pkl': '2026-11-20T00:00:00Z' },
    );
    assert.deepEqual(flat.findings, []);
    assert.equal(
      flat.figures.find((f) => f.name === 'recommended retraining interval')?.value,
      null,
    );
    const text = flat.details.find((d) => d.type === 'text');
    assert.ok(text?.type === 'text');
    assert.match(
      text.text,
      /log_loss gets significantly better with age, so it does not cross the floor\.$/,
    );
  });

  it('names bad inputs: file, line, key', async () => {
    const cases: [Record<string, unknown>, Record<string, string>, RegExp][] = [
      [
        { model: { metadata: 'meta.json' }, max_model_age_days: { fail: 30 } },
        { 'meta.json': '{"trained_at": "last tuesday"}' },
        /^Error: meta\.json: "trained_at" is "last tuesday", not an ISO 8601 date or datetime/,
      ],
      [
        { model: { metadata: 'meta.json' }, max_model_age_days: { fail: 30 } },
        { 'meta.json': '{"version": 3}' },
        /meta\.json: no "trained_at"; write the training time there/,
      ],
      [
        { model: { artifact: 'm.pkl' }, max_model_age_days: { fail: 30 } },
        {},
        /checks\.staleness\.model\.artifact: git has no commit of m\.pkl/,
      ],
      [
        {
          training_data: { path: 't.csv', timestamp_column: 'ts' },
          max_data_age_days: { fail: 30 },
        },
        { 't.csv': 'ts\n2026-01-01\n2026-02-30\n' },
        /^Error: t\.csv:3: "2026-02-30" in column "ts" is not an ISO 8601 date or datetime/,
      ],
      [
        {
          model: { artifact: 'm.pkl' },
          decay: { evaluations: 'e.csv', metric_column: 'auc', floor: 0.8 },
        },
        { 'e.csv': 'age_days,auc\n0,0.9\n10,0.88\n' },
        /e\.csv: 2 distinct age\(s\); a decay fit needs evaluations at 3 or more ages/,
      ],
      [
        {
          model: { artifact: 'm.pkl' },
          decay: { evaluations: 'e.csv', metric_column: 'auc', floor: 0.8 },
        },
        { 'e.csv': 'age_days,auc\n0,0.9\nten,0.88\n' },
        /^Error: e\.csv:3: "ten" in column "age_days" is not a finite number/,
      ],
    ];
    for (const [config, files, expected] of cases) {
      await assert.rejects(run(config, files), expected);
    }
  });
});
