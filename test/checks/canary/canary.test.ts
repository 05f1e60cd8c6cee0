import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, test } from 'vitest';
import { canary } from '../../../src/checks/canary/canary.ts';
import { canaryConfig } from '../../../src/checks/canary/canary-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
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
