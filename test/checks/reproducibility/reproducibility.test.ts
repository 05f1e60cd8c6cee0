import assert from 'node:assert/strict';
import path from 'node:path';
import { afterAll, test } from 'vitest';
import { reproducibility } from '../../../src/checks/reproducibility/reproducibility.ts';
import { reproducibilityConfig } from '../../../src/checks/reproducibility/reproducibility-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { fixtureRepository } from '../../mocks/fixture-repository.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const fixture = path.join(import.meta.dirname, '../../fixtures/infra/training');
// data/ is ignored, as real training data usually is: it reaches the copies only as a declared input.
const repo = fixtureRepository(fixture, { '.gitignore': 'data/\nout/\n' });
afterAll(() => repo.remove());

const event = { name: 'pull_request' };
const now = new Date('2026-11-01T00:00:00Z');
const outputs = [
  'out/model.json',
  'out/metrics.json',
  { path: 'out/predictions.csv', id_column: 'id' },
];

async function run(config: unknown, eventName = 'pull_request'): Promise<CheckOutcome> {
  return reproducibility.run(reproducibilityConfig.parse(config), {
    workspace: diskWorkspace(repo.root, { eventName, allowUntrustedCommands: false }),
    event: { name: eventName },
    now,
  });
}

function ran(outcome: CheckOutcome) {
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') throw new Error('unreachable');
  return outcome;
}

test('a seeded training script reproduces byte for byte', async () => {
  const outcome = ran(
    await run({ command: 'node train.mjs --seed 7', inputs: ['data/train.csv'], outputs }),
  );
  assert.deepEqual(outcome.findings, []);
  assert.match(outcome.summary, /2 runs of `node train\.mjs --seed 7`: all 3 outputs reproduce$/);
  const table = outcome.details.find((block) => block.type === 'table');
  assert.deepEqual(table?.type === 'table' && table.rows.map((row) => row[2]), [
    'identical',
    'identical',
    'identical',
  ]);
  const hints = outcome.details.find(
    (block) => block.type === 'list' && block.title === 'Static hints',
  );
  assert.deepEqual(hints?.type === 'list' && hints.items, [
    'No lock file is tracked (poetry.lock, uv.lock, Pipfile.lock, package-lock.json, …): installs may differ between runs.',
    'requirements.txt: 1 of 3 dependencies not pinned (pandas).',
    'Seeds set: the command: --seed 7; params.yaml: training.seed = 7.',
  ]);
});

test('an unseeded script is caught: every output is named with how far it moved', async () => {
  const outcome = ran(
    await run({
      command: 'node train.mjs --no-seed',
      runs: 3,
      inputs: ['data/train.csv'],
      outputs,
    }),
  );
  assert.deepEqual(
    outcome.findings.map((finding) => finding.id),
    ['output:out/model.json', 'output:out/metrics.json', 'output:out/predictions.csv'],
  );
  const [model, metrics, predictions] = outcome.findings.map((finding) => finding.message);
  // The first differing value of each output, between run 1 and the first run unlike it.
  assert.match(
    model!,
    /^out\/model\.json differs between run 1 and run 2 \(run 3 differs from run 1 too\): 4 of 10 values differ; first `weights\.0`: run 1 -?\d[\d.]*, run 2 -?\d[\d.]*$/,
  );
  assert.match(metrics!, /: 3 of 4 values differ; first `train\.mse`: run 1 [\d.]+, run 2 [\d.]+$/);
  assert.match(
    predictions!,
    /: 40 of 40 rows differ; first at line 2 \(id 1\), column `prediction`: run 1 [\d.]+, run 2 [\d.]+$/,
  );
  assert.deepEqual(outcome.findings[2]?.location, {
    path: 'out/predictions.csv',
    line: 2,
    feature: 'prediction',
  });
  assert.equal(outcome.figures[0]?.value, 3);
  assert.deepEqual(outcome.figures[0]?.bound, { comparator: '==', limit: 0 });
  // params.yaml declares a seed the script ignores: the unseeded Math.random in the script is named.
  assert.match(
    outcome.summary,
    /^3 runs .*: 3 of 3 outputs differ \(.*\); drawn without a seed: train\.mjs:21: Math\.random$/,
  );
  // One unseeded script: the three findings are one cause.
  assert.deepEqual(
    outcome.findings.map((f) => f.cause),
    ['nondeterministic-training', 'nondeterministic-training', 'nondeterministic-training'],
  );
  assert.deepEqual(outcome.findings[2]?.measure, {
    figure: 'rows that differ between runs',
    value: 40,
    bound: { comparator: '==', limit: 0 },
  });
  assert.equal(
    outcome.findings[2]?.fix,
    'Give a seed to what draws a new random state every run (train.mjs:21: Math.random): pass one (default_rng(42), random_state=42) or use a seeded generator, so that every output is the same in every run.',
  );
  const hints = outcome.details.find(
    (block) => block.type === 'list' && block.title === 'Static hints',
  );
  assert.deepEqual(hints?.type === 'list' && hints.items.slice(2), [
    'Seeds set: params.yaml: training.seed = 7.',
    'Drawn without a seed: train.mjs:21: Math.random.',
  ]);
  const runs = outcome.details.find((block) => block.type === 'list' && block.title === 'Runs');
  // Whole seconds, so that an unchanged re-run writes the same lines.
  assert.match(
    runs?.type === 'list' ? (runs.items[0] ?? '') : '',
    /^Run 1: exit code 0 in (under 1|\d+) s; /,
  );
});

test('within a loose tolerance, and ignoring the timestamp, the same script passes on meaning', async () => {
  const outcome = ran(
    await run({
      command: 'node train.mjs --no-seed',
      inputs: ['data/train.csv'],
      outputs,
      tolerance: { relative: 0.5, absolute: 0.5 },
      ignore_keys: ['trained_at'],
    }),
  );
  assert.deepEqual(outcome.findings, []);
  const table = outcome.details.find((block) => block.type === 'table');
  assert.deepEqual(table?.type === 'table' && table.rows.map((row) => row[2]), [
    'equivalent',
    'equivalent',
    'equivalent',
  ]);
  assert.match(
    String(table?.type === 'table' && table.rows[2]?.[3]),
    /^bytes differ; all 40 rows within ≤ abs 0\.5 \+ rel 0\.5$/,
  );
  assert.match(outcome.summary, /3 equal within tolerance, not byte for byte/);
});

test('a failing run fails the check with its log', async () => {
  const outcome = ran(
    await run({
      command: 'echo "loading data"; node train.mjs --seed 7; exit 3',
      inputs: ['data/train.csv'],
      outputs,
    }),
  );
  assert.deepEqual(
    outcome.findings.map((f) => f.id),
    ['run:1'],
  );
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'exit code',
    value: 3,
    bound: { comparator: '==', limit: 0 },
  });
  assert.deepEqual(outcome.figures[0], {
    name: 'runs completed',
    value: 0,
    threshold: '= 2',
    bound: { comparator: '==', limit: 2 },
  });
  const log = outcome.details.find((block) => block.type === 'code');
  assert.match(log?.type === 'code' ? log.text : '', /^loading data\ntrained on 40 rows/);
  // The full log's path is on the runner, out of a reviewer's reach: the title leaves it out.
  assert.equal(log?.title, 'Run 1 log (last lines)');
});

test('an output missing from a run is named, apart from nondeterministic outputs', async () => {
  const outcome = ran(
    await run({
      command: 'node train.mjs --seed 7',
      inputs: ['data/train.csv'],
      outputs: ['out/model.pkl'],
    }),
  );
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.message]),
    [
      [
        'output:out/model.pkl:missing',
        'out/model.pkl was not written by run 1, run 2; check the path in outputs or the training script',
      ],
    ],
  );
  assert.equal(outcome.findings[0]?.cause, undefined);
  assert.equal(
    outcome.findings[0]?.fix,
    'Make the training write out/model.pkl in every run, or correct its path in `checks.reproducibility.outputs`.',
  );
});

test('a run past its timeout ends the check in error with the log tail', async () => {
  // 3 s, not less: the log must hold the echo, and a loaded CI machine can take a while to start a shell.
  await assert.rejects(
    run({ command: 'echo warming up; sleep 30', timeout_minutes: 0.05, outputs }),
    /checks\.reproducibility\.command \(run 1\) did not finish within 0\.05 min[\s\S]*warming up$/,
  );
});

test('on pull_request_target the command is not run and the check is skipped', async () => {
  const outcome = await run({ command: 'node train.mjs --seed 7', outputs }, 'pull_request_target');
  assert.equal(outcome.kind, 'skipped');
  assert.match(
    outcome.kind === 'skipped' ? outcome.reason : '',
    /allow-commands-on-privileged-events/,
  );
});

test('compares two runs the workflow already made, without running anything', async () => {
  const workspace = memoryWorkspace({
    files: {
      'runs/a/metrics.json': '{"auc": 0.9100, "loss": [0.5, 0.25]}',
      'runs/b/metrics.json': '{"auc": 0.9000, "loss": [0.5, 0.25]}',
      'runs/a/preds.csv': 'id,score,label\n1,0.5,yes\n2,0.25,no\n',
      'runs/b/preds.csv': 'id,score,label\n2,0.25,no\n1,0.5,yes\n',
    },
  });
  const outcome = ran(
    await reproducibility.run(
      reproducibilityConfig.parse({
        run_directories: ['runs/a', 'runs/b'],
        outputs: ['metrics.json', { path: 'preds.csv', id_column: 'id' }],
      }),
      { workspace, event, now },
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => f.message),
    [
      'metrics.json differs between runs/a and runs/b: 1 of 3 values differ; first `auc`: runs/a 0.91, runs/b 0.9',
    ],
  );
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'values that differ between runs',
    value: 1,
    bound: { comparator: '==', limit: 0 },
  });
  assert.match(
    outcome.summary,
    /^runs in runs\/a, runs\/b: 1 of 2 outputs differ \(metrics\.json\); no seed found$/,
  );
});

test('the config needs exactly one of step, command and run_directories', () => {
  assert.throws(() => reproducibilityConfig.parse({ outputs: ['m.json'] }), /give one of `step`/);
  assert.throws(
    () => reproducibilityConfig.parse({ command: 'x', step: 'train', outputs: ['m.json'] }),
    /give one of `step`/,
  );
  assert.throws(
    () => reproducibilityConfig.parse({ command: 'x' }),
    /list the files training writes/,
  );
  assert.throws(
    () => reproducibilityConfig.parse({ step: 'train', inputs: ['data/'] }),
    /steps\.<step>\.inputs/,
  );
  assert.throws(
    () => reproducibilityConfig.parse({ command: 'x', runs: 1, outputs: ['m.json'] }),
    /at least 2 runs/,
  );
});
