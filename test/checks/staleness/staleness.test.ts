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
    // rvalue² 0.9811760819043917; −30·slope = 0.019223925540651533; (0.86 − intercept)/slope = 77.13653732051716
    const lost = outcome.figures.find((f) => f.name === 'roc_auc lost per 30 days')
      ?.value as number;
    const interval = outcome.figures.find((f) => f.name === 'recommended retraining interval')
      ?.value as number;
    assert.ok(Math.abs(lost - 0.019223925540651533) < 1e-12, String(lost));
    assert.ok(Math.abs(interval - 77.13653732051716) < 1e-9, String(interval));
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['model:age', 'fail']],
    );
    assert.match(
      outcome.findings[0]!.message,
      /^model is 114 days old \(last commit of models\/model\.pkl: 2026-08-01T12:00:00Z\), over the limit of 77\.1 days; retrain$/,
    );
    const chart = outcome.details.find((d) => d.type === 'mermaid');
    assert.ok(chart?.type === 'mermaid');
    assert.equal(
      chart.source,
      [
        'xychart-beta',
        '  title "roc_auc by model age: observed, fitted, floor"',
        '  x-axis "model age (days)" ["0", "7", "14", "30", "45", "60", "90"]',
        '  y-axis "roc_auc" 0.8452 --> 0.9153',
        '  line [0.9085, 0.908, 0.899, 0.89, 0.881, 0.872, 0.851]',
        '  line [0.9094, 0.9049, 0.9005, 0.8902, 0.8806, 0.871, 0.8518]',
        '  line [0.86, 0.86, 0.86, 0.86, 0.86, 0.86, 0.86]',
      ].join('\n'),
    );
    const text = outcome.details.find((d) => d.type === 'text');
    assert.ok(text?.type === 'text');
    assert.match(
      text.text,
      /R² 0\.981\); it crosses the floor 0\.86 at 77\.1 days: retrain at least that often\.$/,
    );
  });

  it('says when a fresh model is already below the floor, or there is no decay', async () => {
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
    const improving = 'age_days,log_loss\n0,0.40\n30,0.39\n60,0.38\n';
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
