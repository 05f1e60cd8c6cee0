import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  seedCause,
  seedEvidence,
  seedFix,
  seedHints,
} from '../../../src/checks/reproducibility/seed-evidence.ts';

const texts = (files: Record<string, string>) => new Map(Object.entries(files));

test('seeds from the command line, the config and the code, each with where it is', () => {
  const evidence = seedEvidence({
    commands: ['python train.py --seed 7 --epochs 3', 'python eval.py --random-state=1'],
    configTexts: texts({ 'params.yaml': 'train:\n  seed: 42\n  lr: 0.1\n' }),
    codeTexts: texts({
      'train.py': 'import numpy as np\nrng = np.random.default_rng()\nnp.random.seed(42)\n',
    }),
    unread: 0,
  });
  assert.deepEqual(evidence, {
    seeds: [
      'the command: --seed 7',
      'the command: --random-state 1',
      'params.yaml: train.seed = 42',
      'train.py:3: np.random.seed(42)',
    ],
    unseeded: ['train.py:2: np.random.default_rng()'],
    searched: ['params.yaml', 'train.py'],
    unread: 0,
  });
});

test('runs that reproduce say which seeds were found and nothing about missing ones', () => {
  const none = seedEvidence({
    commands: ['python train.py'],
    configTexts: texts({}),
    codeTexts: texts({ 'train.py': 'print("hello")\n' }),
    unread: 0,
  });
  assert.deepEqual(seedHints(none, false), []);
  assert.deepEqual(seedHints(none, true), ['No seed found in train.py.']);
  const seeded = { ...none, seeds: ['train.py:3: np.random.seed(42)'] };
  assert.deepEqual(seedHints(seeded, false), ['Seeds set: train.py:3: np.random.seed(42).']);
});

test('the fix names the missing seed, the unseeded call, or where seeds do not reach', () => {
  const none = {
    seeds: [],
    unseeded: [],
    searched: ['params.yaml', 'train.py', 'features.py', 'split.py', 'eval.py'],
    unread: 2,
  };
  assert.equal(
    seedFix(none),
    'No seed in params.yaml, train.py, features.py, split.py and 1 more (2 more code files not read): set random_state=… on estimators and splits, np.random.seed(…), torch.manual_seed(…) or set_seed(…) in training, so that every output is the same in every run, or give the outputs a tolerance in `checks.reproducibility.outputs`.',
  );
  assert.equal(
    seedCause({ ...none, searched: ['train.py', 'params.yaml'] }),
    'no seed found in train.py or params.yaml',
  );
  assert.equal(seedCause({ ...none, searched: [] }), 'no seed found');
  const unseeded = { ...none, unseeded: ['split.py:4: random_state=None'] };
  assert.match(
    seedFix(unseeded),
    /^Give a seed to what draws a new random state every run \(split\.py:4: random_state=None\)/,
  );
  const seeded = { ...none, seeds: ['params.yaml: seed = 1'] };
  assert.match(
    seedFix(seeded),
    /^Seeds are set \(params\.yaml: seed = 1\) yet the runs differ: look where they do not reach \(threads/,
  );
  assert.equal(
    seedCause(seeded),
    'seeds are set (params.yaml: seed = 1), so something they do not reach varies',
  );
});
