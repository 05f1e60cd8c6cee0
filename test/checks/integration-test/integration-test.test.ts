import assert from 'node:assert/strict';
import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { integrationTest } from '../../../src/checks/integration-test/integration-test.ts';
import { integrationTestConfig } from '../../../src/checks/integration-test/integration-test-config.ts';
import { createPipeline } from '../../../src/checks/pipeline/pipeline.ts';
import { pipelineSteps } from '../../../src/checks/pipeline/pipeline-step.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { itRejectsEachConfig } from '../../mocks/config-error-cases.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { fixtureFiles } from '../../mocks/fixture-files.ts';
import { fixtureRepository } from '../../mocks/fixture-repository.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/infra');
const repo = fixtureRepository(path.join(fixtures, 'training'), {
  '.gitignore': 'data/\n',
  'out/stale.txt': 'committed long ago\n',
});
afterAll(() => repo.remove());
const context = { event: { name: 'pull_request' }, now: new Date('2026-11-01T00:00:00Z') };

function ran(outcome: CheckOutcome) {
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') throw new Error('unreachable');
  return outcome;
}

test('a pipeline command that runs end to end and writes its outputs passes', async () => {
  const outcome = ran(
    await integrationTest.run(
      integrationTestConfig.parse({
        pipeline: {
          command: 'node train.mjs --seed 7',
          inputs: ['data/train.csv'],
          outputs: ['out/model.json', 'out/predictions.csv'],
        },
      }),
      { ...context, workspace: diskWorkspace(repo.root) },
    ),
  );
  assert.deepEqual(outcome.findings, []);
  assert.match(outcome.summary, /^`node train\.mjs --seed 7` ran end to end in (under 1|\d+) s$/);
  const log = outcome.details.find((block) => block.type === 'code');
  assert.equal(log?.type === 'code' && log.text, 'trained on 40 rows: mse 3.4891, r2 0.8714');
  // The full log's path is on the runner: the title leaves it out.
  assert.equal(log?.title, 'Pipeline log (last lines)');
  assert.deepEqual(outcome.figures, [
    {
      name: 'pipeline exit code',
      value: 0,
      threshold: '= 0',
      bound: { comparator: '==', limit: 0 },
    },
  ]);
});

test('outputs that are missing, or only what git already had, fail', async () => {
  const outcome = ran(
    await integrationTest.run(
      integrationTestConfig.parse({
        pipeline: {
          command: 'node train.mjs --seed 7',
          inputs: ['data/train.csv'],
          outputs: ['out/model.onnx', 'out/stale.txt'],
        },
      }),
      { ...context, workspace: diskWorkspace(repo.root) },
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => f.message),
    [
      'out/model.onnx was not written by the pipeline run',
      'out/stale.txt is untouched since before the run: the pipeline run did not write it',
    ],
  );
  assert.deepEqual(outcome.findings[0]?.location, { path: 'out/model.onnx' });
  assert.equal(
    outcome.findings[0]?.fix,
    'Make the pipeline write out/model.onnx, or correct it in `checks.integration_test.pipeline.outputs`.',
  );
});

test('a pipeline that fails is a finding; without the input it cannot even read its data', async () => {
  const outcome = ran(
    await integrationTest.run(
      integrationTestConfig.parse({ pipeline: { command: 'node train.mjs --seed 7' } }),
      { ...context, workspace: diskWorkspace(repo.root) },
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => f.id),
    ['pipeline-run'],
  );
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'exit code',
    value: 1,
    bound: { comparator: '==', limit: 0 },
  });
  const log = outcome.details.find((block) => block.type === 'code');
  assert.match(log?.type === 'code' ? log.text : '', /ENOENT.*data\/train\.csv/);
});

test('a JUnit report of pipeline tests: the selected tests must run and pass', async () => {
  const workspace = memoryWorkspace({
    files: fixtureFiles(path.join(fixtures, 'tested-python-project')),
  });
  const passing = ran(
    await integrationTest.run(
      integrationTestConfig.parse({
        junit: ['reports/pytest-junit.xml'],
        tests: ['tests/test_model.py'],
        minimum_tests: 2,
      }),
      { ...context, workspace },
    ),
  );
  assert.deepEqual(passing.findings, []);
  assert.equal(passing.summary, '2 pipeline tests ran, 0 failed');
  const failing = ran(
    await integrationTest.run(
      integrationTestConfig.parse({ junit: ['reports/pytest-junit.xml'] }),
      {
        ...context,
        workspace,
      },
    ),
  );
  assert.deepEqual(
    failing.findings.map((f) => f.id),
    ['test:tests.test_features::test_unknown_plan_defaults_to_basic'],
  );
  assert.deepEqual(failing.findings[0]?.measure, {
    figure: 'failed tests in tests.test_features',
    value: 1,
    bound: { comparator: '==', limit: 0 },
  });
  assert.equal(failing.findings[0]?.cause, 'suite:tests.test_features');
  const tooFew = ran(
    await integrationTest.run(
      integrationTestConfig.parse({
        junit: ['reports/pytest-junit.xml'],
        tests: ['tests/test_e2e*.py'],
      }),
      { ...context, workspace },
    ),
  );
  assert.deepEqual(tooFew.findings[0]?.measure, {
    figure: 'pipeline tests run',
    value: 0,
    bound: { comparator: '>=', limit: 1 },
  });
  assert.match(tooFew.findings[0]?.fix ?? '', /or correct `checks\.integration_test\.tests`\.$/);
});

describe('pipeline.step: the pipeline is a step under `steps:`, run after the steps it needs', () => {
  const steps = {
    train: {
      command: 'node train.mjs --seed 7',
      inputs: ['data/train.csv'],
      outputs: ['out/model.json', 'out/predictions.csv'],
    },
    predict: {
      command: 'node serve.mjs data/sample.csv out/canary.csv',
      needs: ['train'],
      inputs: ['data/sample.csv'],
      outputs: ['out/canary.csv'],
    },
  };

  async function runStep(
    pipelineConfig: Record<string, unknown>,
    stepOverrides: Record<string, Record<string, unknown>> = {},
    eventName = 'pull_request',
  ): Promise<CheckOutcome> {
    const workspace = diskWorkspace(repo.root, { eventName, allowUntrustedCommands: false });
    const pipeline = createPipeline(
      workspace,
      pipelineSteps.parse({
        train: { ...steps.train, ...stepOverrides.train },
        predict: { ...steps.predict, ...stepOverrides.predict },
      }),
    );
    try {
      return await integrationTest.run(integrationTestConfig.parse({ pipeline: pipelineConfig }), {
        ...context,
        workspace,
        pipeline,
        event: { name: eventName },
      });
    } finally {
      await pipeline.dispose();
    }
  }

  test('runs the step and its needs, and judges every output they declare', async () => {
    const outcome = ran(await runStep({ step: 'predict' }));
    assert.deepEqual(outcome.findings, []);
    assert.match(
      outcome.summary,
      /^step `predict` \(`node serve\.mjs data\/sample\.csv out\/canary\.csv`\) ran end to end after train in (under 1|\d+) s$/,
    );
    const table = outcome.details.find((block) => block.type === 'table');
    assert.deepEqual(
      table?.type === 'table' &&
        table.rows.map(([path, state]) => [path, String(state).split(' (')[0]]),
      [
        ['out/model.json', 'written'],
        ['out/predictions.csv', 'written'],
        ['out/canary.csv', 'written'],
      ],
    );
    const log = outcome.details.find((block) => block.type === 'code');
    assert.deepEqual(log, {
      type: 'code',
      title: 'Log of step predict (last lines)',
      text: 'loaded model with 2 features; predicted 10 rows',
    });
  });

  test('`outputs` narrows what is judged; a file no step declares is an error', async () => {
    const outcome = ran(await runStep({ step: 'predict', outputs: ['out/canary.csv'] }));
    const table = outcome.details.find((block) => block.type === 'table');
    assert.deepEqual(table?.type === 'table' && table.rows.map(([path]) => path), [
      'out/canary.csv',
    ]);
    await assert.rejects(runStep({ step: 'predict', outputs: ['out/model.onnx'] }), {
      message:
        'checks.integration_test.pipeline.outputs: out/model.onnx is not an output of step `predict` (`node serve.mjs data/sample.csv out/canary.csv`) or of a step it needs; declare it in the `outputs` of the step under `steps:` that writes it, or remove it here',
    });
  });

  test('outputs a step declares but does not write fail, naming the step', async () => {
    const outcome = ran(
      await runStep(
        { step: 'predict' },
        { train: { outputs: ['out/model.json', 'out/model.onnx', 'out/stale.txt'] } },
      ),
    );
    assert.deepEqual(
      outcome.findings.map((f) => [f.message, f.fix]),
      [
        [
          'out/model.onnx was not written by the run of step `train`',
          'Make step `train` write out/model.onnx, or correct `steps.train.outputs`.',
        ],
        [
          'out/stale.txt is untouched since before the run: the run of step `train` did not write it',
          'Make step `train` write out/stale.txt, or correct `steps.train.outputs`.',
        ],
      ],
    );
  });

  test('a step it needs that fails is the failing pipeline, named with its command', async () => {
    const outcome = ran(await runStep({ step: 'predict' }, { train: { inputs: [] } }));
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.message, f.fix]),
      [
        [
          'pipeline-run',
          'step `train` (`node train.mjs --seed 7`) ended with exit code 1, so step `predict` did not run; see its log',
          'Fix the pipeline so that `steps.train.command` exits 0 in a fresh copy of the repository with only `steps.train.inputs` added.',
        ],
      ],
    );
    assert.deepEqual(outcome.findings[0]?.measure, {
      figure: 'exit code',
      value: 1,
      bound: { comparator: '==', limit: 0 },
    });
    const log = outcome.details.find((block) => block.type === 'code');
    assert.equal(log?.title, 'Log of step train (last lines)');
    assert.match(log?.type === 'code' ? log.text : '', /ENOENT.*data\/train\.csv/);
  });

  test('a step that hits its timeout ends the check in error; a refused one skips it', async () => {
    await assert.rejects(
      runStep(
        { step: 'predict' },
        { predict: { command: 'node -e "setTimeout(() => {}, 20000)"', timeout_minutes: 0.005 } },
      ),
      /^CommandTimeoutError: steps\.predict\.command did not finish within 0\.005 min/,
    );
    const refused = await runStep({ step: 'predict' }, {}, 'workflow_run');
    assert.equal(refused.kind, 'skipped');
  });

  itRejectsEachConfig([
    {
      name: 'inputs beside a pipeline step',
      yaml: 'steps: {predict: {command: node predict.mjs}}\nchecks:\n  integration_test:\n    pipeline: {step: predict, inputs: [data/train.csv]}\n',
      expected:
        /`checks\.integration_test\.pipeline\.inputs`: `inputs` is set beside `step`, but the step declares its own.*move it to `steps\.predict\.inputs`/s,
    },
    {
      name: 'a pipeline with both a command and a step',
      yaml: 'steps: {predict: {command: node predict.mjs}}\nchecks:\n  integration_test:\n    pipeline: {step: predict, command: make e2e}\n',
      expected: /`checks\.integration_test\.pipeline\.step`: `command` and `step` are both given/,
    },
  ]);
});
