import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { hyperparameterTuning } from '../../../src/checks/hyperparameter-tuning/hyperparameter-tuning.ts';
import { hyperparameterTuningConfig } from '../../../src/checks/hyperparameter-tuning/hyperparameter-tuning-config.ts';
import { formatConfigError } from '../../../src/config/format-config-error.ts';
import { parseConfig } from '../../../src/config/parse-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { fixtureText } from '../../metrics/fixture-table.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

type Ran = Extract<CheckOutcome, { kind: 'ran' }>;

// A real scikit-learn GridSearchCV log (make-tuning-log.py): 8 trials over C × class_weight, best C=10, balanced.
const sklearn = {
  trials: 'tuning/cv_results.csv',
  score_column: 'mean_test_score',
  direction: 'maximize',
  param_prefix: 'param_',
  chosen: 'models/params.json',
  min_trials: 8,
};

async function run(
  config: Record<string, unknown>,
  files: Record<string, string> = {},
): Promise<Ran> {
  const outcome = await hyperparameterTuning.run(hyperparameterTuningConfig.parse(config), {
    workspace: memoryWorkspace({
      files: {
        'tuning/cv_results.csv': fixtureText('model/penguins-tuning.csv'),
        'models/params.json': fixtureText('model/penguins-tuning-best.json'),
        ...files,
      },
    }),
    event: { name: 'local' },
    now: new Date(),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Ran;
}

describe('hyperparameter_tuning (Model 3)', () => {
  it('passes the best parameters of a real grid search', async () => {
    const outcome = await run(sklearn);
    assert.deepEqual(outcome.findings, []);
    const table = outcome.details[0];
    assert.ok(table?.type === 'table');
    assert.deepEqual(table.rows, [
      ['C', 4, '0.01 … 10', '10', '10'],
      ['class_weight', 2, '"(unset)", "balanced"', 'balanced', 'balanced'],
    ]);
    assert.equal(
      outcome.summary,
      '8 trials over 2 parameter(s); chosen score 0.97169 vs best 0.97169',
    );
  });
  it('fails parameters short of the best beyond the tolerance; None in the log is null in the file', async () => {
    // C=1.0 without class weights scored 0.971038707880813 (line 6), the best 0.9716903369534948 (line 9)
    const second = { 'models/params.json': '{"C": 1, "class_weight": null}' };
    const strict = await run(sklearn, second);
    assert.deepEqual(
      strict.findings.map((f) => f.id),
      ['chosen'],
    );
    assert.equal(
      strict.findings[0]!.message,
      "the chosen parameters score 0.971039 (tuning/cv_results.csv:6), 0.000652 short of the best trial's 0.97169 (tuning/cv_results.csv:9); tolerance 0",
    );
    const [chosen] = strict.findings;
    assert.deepEqual(chosen?.location, { path: 'models/params.json' });
    assert.equal(chosen?.measure?.figure, 'chosen score shortfall');
    assert.ok(
      Math.abs(Number(chosen?.measure?.value) - (0.9716903369534948 - 0.971038707880813)) < 1e-12,
    );
    assert.deepEqual(chosen?.measure?.bound, { comparator: '<=', limit: 0 });
    assert.deepEqual(chosen?.measure?.reference, {
      label: 'best trial (tuning/cv_results.csv:9)',
      value: 0.9716903369534948,
    });
    assert.equal(
      chosen?.fix,
      "Train with the best trial's parameters (tuning/cv_results.csv:9) and write them to models/params.json, or raise `checks.hyperparameter_tuning.tolerance` if the weaker choice is deliberate.",
    );
    // The broken figure leads, with its bound.
    assert.deepEqual(
      strict.figures.map((f) => [f.name, f.bound]),
      [
        ['chosen score shortfall', { comparator: '<=', limit: 0 }],
        ['completed trials', { comparator: '>=', limit: 8 }],
      ],
    );
    assert.deepEqual((await run({ ...sklearn, tolerance: 0.001 }, second)).findings, []);
  });
  it('fails parameters never tried, too few trials and a parameter held fixed', async () => {
    const optuna = [
      'number,value,params_lr,params_depth,state',
      '0,0.81,0.01,4,COMPLETE',
      '1,0.84,0.1,4,COMPLETE',
      '2,,0.3,4,FAIL',
      '3,0.79,0.001,4,PRUNED',
    ].join('\n');
    const outcome = await run(
      {
        trials: 'optuna.csv',
        score_column: 'value',
        direction: 'maximize',
        state_column: 'state',
        chosen: 'best.yaml',
        chosen_key: 'model.params',
      },
      { 'optuna.csv': optuna, 'best.yaml': 'model:\n  params:\n    lr: 0.05\n    depth: 4\n' },
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.message]),
      [
        ['trials', '2 completed trial(s) in optuna.csv, fewer than min_trials 20'],
        [
          'chosen:not-evaluated',
          'the chosen parameters (lr=0.05, depth=4) were never evaluated in optuna.csv; train with a tried combination or log the trial',
        ],
        [
          'param:depth',
          'depth was tried at 1 value(s) ("4"); tune it over at least 2, or fix it outside the search',
        ],
      ],
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.measure, f.location]),
      [
        [
          { figure: 'completed trials', value: 2, bound: { comparator: '>=', limit: 20 } },
          { path: 'optuna.csv' },
        ],
        [
          {
            figure: 'trials with the chosen parameters',
            value: 0,
            bound: { comparator: '>', limit: 0 },
          },
          { path: 'best.yaml' },
        ],
        [
          { figure: 'distinct values of depth', value: 1, bound: { comparator: '>=', limit: 2 } },
          { path: 'optuna.csv', column: 'params_depth' },
        ],
      ],
    );
    assert.match(outcome.findings[0]?.fix ?? '', /`checks\.hyperparameter_tuning\.min_trials`/);
  });
  it('names bad inputs', async () => {
    const cases: [Record<string, unknown>, Record<string, string>, RegExp][] = [
      [
        { ...sklearn, param_prefix: 'params_' },
        {},
        /checks\.hyperparameter_tuning\.param_prefix: no column of tuning\/cv_results\.csv starts with "params_"/,
      ],
      [
        sklearn,
        { 'models/params.json': '{"C": 1, "penalty": "l1"}' },
        /models\/params\.json: parameter "penalty" is not in the tuning log, which has "C", "class_weight"/,
      ],
      [
        sklearn,
        { 'tuning/cv_results.csv': 'param_C,mean_test_score\n1,0.9\n2,n/a\n' },
        /^Error: tuning\/cv_results\.csv:3: score "n\/a" in column "mean_test_score" is not a finite number/,
      ],
      [
        { ...sklearn, chosen_key: 'best' },
        {},
        /models\/params\.json: "best" is not an object of parameters/,
      ],
    ];
    for (const [config, files, expected] of cases)
      await assert.rejects(run(config, files), expected);
  });
  it('rejects bad config', () => {
    const head =
      'checks:\n  hyperparameter_tuning:\n    trials: t.csv\n    score_column: value\n    chosen: p.json\n';
    const cases: [string, RegExp][] = [
      [
        '    direction: up\n',
        /`checks\.hyperparameter_tuning\.direction`: direction is maximize or minimize/,
      ],
      [
        '    direction: maximize\n    param_prefix: p_\n    param_columns: [a]\n',
        /`checks\.hyperparameter_tuning\.param_columns`: give param_prefix or param_columns, not both/,
      ],
      [
        '    direction: maximize\n    min_values_per_param: 1\n',
        /`checks\.hyperparameter_tuning\.min_values_per_param`: a tuned parameter is tried at 2 or more values/,
      ],
      [
        '    direction: maximize\n    tolerance: -1\n',
        /`checks\.hyperparameter_tuning\.tolerance`: must be at least 0/,
      ],
    ];
    for (const [extra, expected] of cases) {
      const parsed = parseConfig(head + extra);
      const messages = parsed.ok ? [] : parsed.errors.map((e) => formatConfigError(e));
      assert.ok(
        messages.some((m) => expected.test(m)),
        `expected ${expected} among:\n${messages.join('\n')}`,
      );
    }
  });
});
