import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { canary } from '../../../src/checks/canary/canary.ts';
import { canaryConfig } from '../../../src/checks/canary/canary-config.ts';
import { createPipeline } from '../../../src/checks/pipeline/pipeline.ts';
import { pipelineSteps } from '../../../src/checks/pipeline/pipeline-step.ts';
import { withStepOutputs } from '../../../src/checks/pipeline/step-output-workspace.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { itRejectsEachConfig } from '../../mocks/config-error-cases.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { fixtureRepository } from '../../mocks/fixture-repository.ts';

const repo = fixtureRepository(path.join(import.meta.dirname, '../../fixtures/infra/training'), {
  '.gitignore': 'out/\n',
});
// Training ran earlier in the workflow: the model and its own predictions are on disk.
execFileSync(process.execPath, ['train.mjs', '--seed', '7'], { cwd: repo.root });
afterAll(() => repo.remove());

const base = {
  command: 'node serve.mjs data/sample.csv out/canary.csv',
  output: 'out/canary.csv',
  sample: 'data/sample.csv',
  id_column: 'id',
  columns: { id: 'integer', prediction: 'number' },
  ranges: { prediction: { min: 5, max: 50 } },
  training_predictions: { path: 'out/predictions.csv' },
};

async function run(overrides: Record<string, unknown> = {}): Promise<CheckOutcome> {
  return canary.run(canaryConfig.parse({ ...base, ...overrides }), {
    workspace: diskWorkspace(repo.root),
    event: { name: 'pull_request' },
    now: new Date('2026-11-01T00:00:00Z'),
  });
}

function ran(outcome: CheckOutcome) {
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') throw new Error('unreachable');
  return outcome;
}

test('the serving code loads the model and agrees with training on every sample id', async () => {
  const outcome = ran(await run());
  assert.deepEqual(outcome.findings, []);
  assert.deepEqual(
    outcome.figures.map((f) => [f.name, f.value, f.threshold]),
    [
      ['rows', 10, '= 10'],
      ['agreement prediction', 1, '≥ 1'],
    ],
  );
  assert.match(
    outcome.summary,
    /^the serving code loaded the model and predicted 10 rows in (under 1|\d+) s; output checks passed$/,
  );
});

test('train/serve skew in the serving code is caught by the agreement test', async () => {
  const outcome = ran(await run({ command: `${base.command} --skew` }));
  assert.deepEqual(
    outcome.findings.map((f) => f.id),
    ['range:prediction', 'agreement:prediction'],
  );
  assert.match(
    outcome.findings[1]!.message,
    /^prediction disagrees with the training side's prediction on 10 of 10 rows beyond ≤ abs 0\.000001 \(id 1: /,
  );
  assert.deepEqual(outcome.findings[1]?.measure, {
    figure: 'agreement prediction',
    value: 0,
    bound: { comparator: '>=', limit: 1 },
  });
  // The first disagreeing row, id 1, is on line 2 of the canary output.
  assert.deepEqual(outcome.findings[1]?.location, {
    path: 'out/canary.csv',
    column: 'prediction',
    line: 2,
  });
  assert.match(
    outcome.findings[1]?.fix ?? '',
    /`checks\.canary\.tolerance` or `checks\.canary\.min_agreement`/,
  );
  assert.deepEqual(outcome.figures[1]?.bound, { comparator: '>=', limit: 1 });
});

test('a NaN prediction is named by id', async () => {
  const outcome = ran(await run({ command: `${base.command} --nan` }));
  assert.deepEqual(outcome.findings.map((f) => [f.id, f.message]).slice(0, 1), [
    ['nan:prediction', 'prediction: 1 of 10 rows NaN (id 2)'],
  ]);
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'rows NaN',
    value: 1,
    bound: { comparator: '==', limit: 0 },
  });
  assert.deepEqual(outcome.findings[0]?.location, {
    path: 'out/canary.csv',
    column: 'prediction',
    line: 3,
  });
  assert.equal(outcome.figures.find((f) => f.name === 'agreement prediction')?.value, 0.9);
});

test('a wrong row count, a missing column and an out-of-range value fail', async () => {
  const outcome = ran(
    await run({
      expected_rows: 12,
      sample: undefined,
      columns: { id: 'integer', prediction: 'number', label: 'string' },
      ranges: { prediction: { min: 12 } },
      training_predictions: undefined,
    }),
  );
  assert.deepEqual(
    outcome.findings.map((f) => f.id),
    ['row-count', 'range:prediction', 'schema:label'],
  );
  assert.equal(
    outcome.findings[1]?.message,
    'prediction: 4 of 10 rows outside [12, ∞] (id 6, id 7, id 8, id 9)',
  );
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'rows',
    value: 10,
    bound: { comparator: '==', limit: 12 },
  });
  assert.match(outcome.findings[1]?.fix ?? '', /widen `checks\.canary\.ranges\.prediction`/);
  assert.equal(
    outcome.findings[2]?.fix,
    'Make the serving code write a column `label`, or remove it from `checks.canary.columns`.',
  );
});

test('a command that fails, or that leaves the old output in place, fails the canary', async () => {
  const crashed = ran(await run({ command: 'node serve.mjs data/missing.csv out/canary.csv' }));
  assert.deepEqual(
    crashed.findings.map((f) => f.id),
    ['command'],
  );
  assert.deepEqual(crashed.findings[0]?.measure, {
    figure: 'exit code',
    value: 1,
    bound: { comparator: '==', limit: 0 },
  });
  const log = crashed.details.find((block) => block.type === 'code');
  assert.match(log?.type === 'code' ? log.text : '', /ENOENT/);
  const idle = ran(await run({ command: 'echo "model server up"' }));
  assert.equal(
    idle.findings[0]?.message,
    'out/canary.csv is untouched since before the run: the canary command did not write it',
  );
  // The log tail, without the runner-only path of the full log.
  assert.deepEqual(idle.details, [
    { type: 'code', title: 'Canary log (last lines)', text: 'model server up' },
  ]);
});

test('a deterministic serving command that rewrites the same bytes passes on a re-run', async () => {
  const first = ran(await run());
  assert.deepEqual(first.findings, []);
  const again = ran(await run());
  assert.deepEqual(again.findings, []);
});

describe('step: the canary is the `serve` step, run after `train` in the steps’ copy', () => {
  // Nothing has trained in this repository: the model and both predictions come from the steps' run.
  const fresh = fixtureRepository(path.join(import.meta.dirname, '../../fixtures/infra/training'), {
    '.gitignore': 'out/\n',
  });
  afterAll(() => fresh.remove());
  const serveCommand = 'node serve.mjs data/sample.csv out/canary.csv';
  const steps = {
    train: {
      command: 'node train.mjs --seed 7',
      outputs: ['out/model.json', 'out/predictions.csv'],
    },
    serve: {
      command: serveCommand,
      needs: ['train'],
      inputs: ['data/sample.csv'],
      outputs: ['out/canary.csv'],
    },
  };
  const stepBase = {
    step: 'serve',
    sample: 'data/sample.csv',
    id_column: 'id',
    columns: { id: 'integer', prediction: 'number' },
    ranges: { prediction: { min: 5, max: 50 } },
    training_predictions: { path: { step: 'train', file: 'out/predictions.csv' } },
  };

  async function runStep(
    overrides: Record<string, unknown> = {},
    stepOverrides: Record<string, Record<string, unknown>> = {},
  ): Promise<CheckOutcome> {
    const workspace = diskWorkspace(fresh.root);
    const pipeline = createPipeline(
      workspace,
      pipelineSteps.parse({
        train: { ...steps.train, ...stepOverrides.train },
        serve: { ...steps.serve, ...stepOverrides.serve },
      }),
    );
    try {
      return await canary.run(canaryConfig.parse({ ...stepBase, ...overrides }), {
        // As the engine gives it: `{step, file}` inputs are read from the steps' run.
        workspace: withStepOutputs(workspace, pipeline),
        pipeline,
        event: { name: 'pull_request' },
        now: new Date('2026-11-01T00:00:00Z'),
      });
    } finally {
      await pipeline.dispose();
    }
  }

  test('reads the step’s only table output and names the step in the summary', async () => {
    const outcome = ran(await runStep());
    assert.deepEqual(outcome.findings, []);
    assert.deepEqual(
      outcome.figures.map((f) => [f.name, f.value]),
      [
        ['rows', 10],
        ['agreement prediction', 1],
      ],
    );
    assert.match(
      outcome.summary,
      /^step `serve` \(`node serve\.mjs data\/sample\.csv out\/canary\.csv`\) loaded the model and predicted 10 rows in (under 1|\d+) s; output checks passed$/,
    );
  });

  test('skew in the serving step is caught against the train step’s predictions', async () => {
    const outcome = ran(await runStep({}, { serve: { command: `${serveCommand} --skew` } }));
    assert.deepEqual(
      outcome.findings.map((f) => f.id),
      ['range:prediction', 'agreement:prediction'],
    );
    assert.deepEqual(outcome.findings[1]?.location, {
      path: 'out/canary.csv',
      column: 'prediction',
      line: 2,
    });
  });

  test('a step it needs that fails is the finding, with that step’s log', async () => {
    const outcome = ran(await runStep({}, { train: { command: 'echo "no GPU"; exit 4' } }));
    assert.deepEqual(
      outcome.findings.map((f) => [f.message, f.fix]),
      [
        [
          'step `train` (`echo "no GPU"; exit 4`) ended with exit code 4, so step `serve` did not run',
          'Fix `steps.train.command` so that it exits 0 in a fresh copy of the repository (its log is below).',
        ],
      ],
    );
    assert.deepEqual(outcome.details, [
      { type: 'code', title: 'Log of the failed step (last lines)', text: 'no GPU' },
    ]);
  });

  test('a serving step that fails, or writes nothing, fails the canary naming the step', async () => {
    const crashed = ran(
      await runStep({}, { serve: { command: 'node serve.mjs data/missing.csv out/canary.csv' } }),
    );
    assert.equal(
      crashed.findings[0]?.message,
      'step `serve` (`node serve.mjs data/missing.csv out/canary.csv`) ended with exit code 1: the serving code could not load the model or predict',
    );
    assert.equal(
      crashed.findings[0]?.fix,
      'Fix the serving code or the model so that `steps.serve.command` loads it, predicts and exits 0 (its log is below).',
    );
    const idle = ran(await runStep({}, { serve: { command: 'echo "model server up"' } }));
    assert.deepEqual(
      idle.findings.map((f) => [f.message, f.fix]),
      [
        [
          'step `serve` (`echo "model server up"`) did not write out/canary.csv',
          'Make `steps.serve.command` write its predictions to out/canary.csv, or correct `steps.serve.outputs` and `checks.canary.output`.',
        ],
      ],
    );
  });

  test('an output the step does not declare, or no single table output, is an error', async () => {
    await assert.rejects(runStep({ output: 'out/other.csv' }), {
      message:
        'checks.canary.output: out/other.csv is not an output of step "serve"; add it to `steps.serve.outputs`, or name one of: out/canary.csv',
    });
    await assert.rejects(
      runStep({}, { serve: { outputs: ['out/canary.csv', 'out/canary-debug.jsonl'] } }),
      {
        message:
          'checks.canary.output is not set and step "serve" declares 2 table outputs (out/canary.csv, out/canary-debug.jsonl); set `checks.canary.output` to the predictions file the step writes, and declare it in `steps.serve.outputs`',
      },
    );
  });
});

describe('config', () => {
  itRejectsEachConfig([
    {
      name: 'a canary without a command or a step',
      yaml: 'checks:\n  canary: {output: out/canary.csv, columns: {score: probability}}\n',
      expected: /`checks\.canary`: no command to run: neither `command` nor `step` is given/,
    },
    {
      name: 'a canary command without its output',
      yaml: 'checks:\n  canary: {command: python serve.py, columns: {score: probability}}\n',
      expected:
        /`checks\.canary\.output`: the canary command needs `output`: the predictions file it writes/,
    },
    {
      name: 'a canary step and a command',
      yaml: 'steps: {serve: {command: python serve.py, outputs: [out/canary.csv]}}\nchecks:\n  canary: {step: serve, command: python serve.py, columns: {score: probability}}\n',
      expected: /`checks\.canary\.step`: `command` and `step` are both given/,
    },
  ]);
});
