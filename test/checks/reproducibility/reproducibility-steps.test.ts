import assert from 'node:assert/strict';
import { afterAll, test } from 'vitest';
import { createPipeline } from '../../../src/checks/pipeline/pipeline.ts';
import { pipelineSteps } from '../../../src/checks/pipeline/pipeline-step.ts';
import { reproducibility } from '../../../src/checks/reproducibility/reproducibility.ts';
import { reproducibilityConfig } from '../../../src/checks/reproducibility/reproducibility-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { type TempGitRepository, tempGitRepository } from '../../mocks/temp-git-repository.ts';

// Two trainings in Node, so the test needs nothing but `npm ci`: one draws its weight from
// Math.random (a new value every run), one computes it from the data (the same every run).
const scripts = {
  'prepare.mjs': `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('work', { recursive: true });
writeFileSync('work/features.csv', 'id,x\\n1,0.5\\n2,1.5\\n3,2.5\\n');
`,
  'train.mjs': `import { readFileSync, writeFileSync } from 'node:fs';
const rows = readFileSync('work/features.csv', 'utf8').trim().split('\\n').slice(1);
const weight = process.argv.includes('--fixed') ? 0.25 : Math.random();
const loss = rows.reduce((sum, row) => sum + Number(row.split(',')[1]) * weight, 0);
writeFileSync('metrics.json', JSON.stringify({ loss, rows: rows.length }));
writeFileSync('model.bin', \`weight=\${weight}\\n\`);
`,
  'fail-second.mjs': `import { existsSync, writeFileSync } from 'node:fs';
// Fails in every copy but the first: the marker lives outside the copy, in the repository.
const marker = process.env.MARKER;
if (existsSync(marker)) { console.error('second run: out of memory'); process.exit(7); }
writeFileSync(marker, 'ran');
writeFileSync('metrics.json', '{"loss": 1}');
`,
};
const repos: TempGitRepository[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

function repository(files: Record<string, string> = {}): TempGitRepository {
  const repo = tempGitRepository({ ...scripts, '.gitignore': 'work/\n', ...files });
  repo.commit('training');
  repos.push(repo);
  return repo;
}

async function run(
  repo: TempGitRepository,
  steps: unknown,
  config: unknown,
  cores = 2,
): Promise<CheckOutcome> {
  const workspace = { ...diskWorkspace(repo.root), cores };
  const pipeline = createPipeline(workspace, pipelineSteps.parse(steps));
  try {
    return await reproducibility.run(reproducibilityConfig.parse(config), {
      workspace,
      event: { name: 'pull_request' },
      now: new Date('2026-11-01T00:00:00Z'),
      pipeline,
    });
  } finally {
    await pipeline.dispose();
  }
}

function ran(outcome: CheckOutcome) {
  if (outcome.kind !== 'ran') throw new Error(`expected a run, got ${outcome.kind}`);
  return outcome;
}

function hints(outcome: Extract<CheckOutcome, { kind: 'ran' }>) {
  const block = outcome.details.find((d) => d.type === 'list' && d.title === 'Static hints');
  return block?.type === 'list' ? block.items : [];
}

const steps = (train: string) => ({
  prepare: { command: 'node prepare.mjs', outputs: ['work/features.csv'] },
  train: {
    command: train,
    needs: ['prepare'],
    inputs: ['*.mjs'],
    outputs: ['metrics.json', 'model.bin'],
  },
});

test('a step that trains from Math.random differs between runs, and the script line is named', async () => {
  const outcome = ran(await run(repository(), steps('node train.mjs'), { step: 'train', runs: 3 }));
  // The outputs default to the step's: metrics.json by meaning, model.bin by bytes.
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.measure?.figure]),
    [
      ['output:metrics.json', 'values that differ between runs'],
      ['output:model.bin', 'identical bytes across runs'],
    ],
  );
  assert.match(
    outcome.findings[0]?.message ?? '',
    /^metrics\.json differs between run 1 and run 2 \(run 3 differs from run 1 too\): 1 of 2 values differ; first `loss`: run 1 [\d.]+, run 2 [\d.]+$/,
  );
  assert.match(
    outcome.findings[1]?.message ?? '',
    /^model\.bin differs .*: the bytes differ \(\d+ bytes vs \d+ bytes\)$/,
  );
  assert.match(
    outcome.summary,
    /^3 runs of step train \(`node train\.mjs`\): 2 of 2 outputs differ \(metrics\.json, model\.bin\); drawn without a seed: train\.mjs:3: Math\.random\(\)$/,
  );
  assert.equal(
    outcome.findings[0]?.fix,
    'Give a seed to what draws a new random state every run (train.mjs:3: Math.random()): pass one (default_rng(42), random_state=42) or use a seeded generator, so that every output is the same in every run.',
  );
  // The scripts named by the commands come first, then the step inputs' code (`*.mjs`).
  assert.deepEqual(hints(outcome).slice(1), [
    'Drawn without a seed: train.mjs:3: Math.random().',
    'No seed found in prepare.mjs, train.mjs or fail-second.mjs.',
  ]);
  const runs = outcome.details.find((d) => d.type === 'list' && d.title === 'Runs');
  // Each run makes its own copy and runs prepare (what train needs) there first.
  assert.match(
    runs?.type === 'list' ? runs.items.join('\n') : '',
    /^Run 1: prepare exit code 0 in .*, train exit code 0 in .*\nRun 2: prepare .*\nRun 3: prepare /,
  );
});

test('a deterministic step reproduces, and nothing is said about missing seeds', async () => {
  const outcome = ran(await run(repository(), steps('node train.mjs --fixed'), { step: 'train' }));
  assert.deepEqual(outcome.findings, []);
  assert.equal(
    outcome.summary,
    '2 runs of step train (`node train.mjs --fixed`): all 2 outputs reproduce',
  );
  // train.mjs still mentions Math.random, but the runs agree: no seed hint at all.
  assert.deepEqual(hints(outcome).slice(1), []);
});

test('the config narrows the step outputs and a seed in the code is named when runs still differ', async () => {
  const repo = repository({
    'train.py': 'import numpy as np\nnp.random.seed(42)\n',
  });
  const outcome = ran(
    await run(
      repo,
      {
        ...steps('node train.mjs'),
        train: { ...steps('node train.mjs').train, inputs: ['**/*.py'] },
      },
      { step: 'train', outputs: ['metrics.json'] },
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => f.id),
    ['output:metrics.json'],
  );
  // train.mjs is named in the command and read first; train.py comes from the step's inputs.
  assert.match(outcome.summary, /; drawn without a seed: train\.mjs:3: Math\.random\(\)$/);
  assert.deepEqual(hints(outcome).slice(1), [
    'Seeds set: train.py:2: np.random.seed(42).',
    'Drawn without a seed: train.mjs:3: Math.random().',
  ]);
});

test('a step that fails in the second run is reported like a failed command, with its log', async () => {
  const repo = repository();
  const outcome = ran(
    await run(
      repo,
      {
        train: {
          command: `MARKER=${repo.root}/.marker node fail-second.mjs`,
          outputs: ['metrics.json'],
        },
      },
      { step: 'train' },
      1,
    ),
  );
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.message, f.fix]),
    [
      [
        'run:2',
        `run 2 of step train (\`MARKER=${repo.root}/.marker node fail-second.mjs\`) ended with exit code 7; see the log below`,
        'Fix step `train` so that it exits 0 in a fresh copy of the repository (files git does not track must be listed in `steps.train.inputs`).',
      ],
    ],
  );
  assert.equal(outcome.figures[0]?.value, 1);
  const log = outcome.details.find((d) => d.type === 'code');
  assert.match(log?.type === 'code' ? log.text : '', /second run: out of memory/);
});

test('an output the step leaves as committed is not a reproduced output', async () => {
  const repo = repository({ 'metrics.json': '{"loss": 0}' });
  const stale = ran(
    await run(
      repo,
      { train: { command: 'node prepare.mjs', outputs: ['metrics.json'] } },
      { step: 'train' },
    ),
  );
  assert.deepEqual(
    stale.findings.map((f) => [f.id, f.message, f.fix]),
    [
      [
        'output:metrics.json:missing',
        'metrics.json was not rewritten by run 1, run 2 (it is as committed); check the path in outputs or the training script',
        'Make the training write metrics.json in every run, or correct its path in `steps.train.outputs`.',
      ],
    ],
  );
});

test('a step the check names must be declared, and must declare outputs when the check lists none', async () => {
  await assert.rejects(
    run(repository(), {}, { step: 'train' }),
    /checks\.reproducibility\.step: no step named "train"/,
  );
  await assert.rejects(
    run(repository(), { train: { command: 'node train.mjs' } }, { step: 'train' }),
    /step "train" declares no outputs to compare; list them in `steps\.train\.outputs` or `checks\.reproducibility\.outputs`/,
  );
});
