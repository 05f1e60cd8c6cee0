import assert from 'node:assert/strict';
import path from 'node:path';
import { afterAll, test } from 'vitest';
import { integrationTest } from '../../../src/checks/integration-test/integration-test.ts';
import { integrationTestConfig } from '../../../src/checks/integration-test/integration-test-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
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
