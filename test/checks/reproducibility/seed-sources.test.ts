import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  codeFilesToSearch,
  maxCodeFiles,
  scriptsInCommand,
} from '../../../src/checks/reproducibility/seed-sources.ts';

test('the scripts a command line names, relative to its working directory', () => {
  assert.deepEqual(scriptsInCommand({ command: 'python train.py --config params.yaml' }), [
    'train.py',
  ]);
  assert.deepEqual(
    scriptsInCommand({
      command: 'pip install -r requirements.txt && python -m src.train --out=model.pkl',
      workingDirectory: 'ml',
    }),
    ['ml/src/train.py', 'ml/src/train/__main__.py'],
  );
  assert.deepEqual(
    scriptsInCommand({ command: 'Rscript "fit.R"; node ../tools/x.mjs', workingDirectory: 'r' }),
    ['r/fit.R', 'tools/x.mjs'],
  );
  assert.deepEqual(scriptsInCommand({ command: 'node /opt/x.mjs; python ../up.py' }), []);
});

test('tracked code only: named scripts first, then code the inputs match, capped', () => {
  const tracked = ['README.md', 'src/features.py', 'src/model.py', 'train.py', 'data/a.csv'];
  assert.deepEqual(
    codeFilesToSearch(
      [{ command: 'python train.py && python missing.py' }],
      ['src/**/*.py', 'data/'],
      tracked,
    ),
    { files: ['train.py', 'src/features.py', 'src/model.py'], skipped: 0 },
  );
  const many = Array.from({ length: maxCodeFiles + 3 }, (_, i) => `pkg/m${i}.py`);
  const capped = codeFilesToSearch([], ['pkg'], many);
  assert.equal(capped.files.length, maxCodeFiles);
  assert.equal(capped.skipped, 3);
});
