import assert from 'node:assert/strict';
import { existsSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, test } from 'vitest';
import { copyWorkspace } from '../../src/io/workspace-copy.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';
import { tempGitRepository } from '../mocks/temp-git-repository.ts';

const repo = tempGitRepository({
  '.gitignore': 'data/\nnode_modules/\n',
  'train.py': 'print(1)\n',
  'data/train.csv': 'x\n1\n',
  'data/other.csv': 'x\n2\n',
  'node_modules/big/index.js': '//\n',
});
repo.commit('init');
repo.write({ 'notes.txt': 'untracked, not ignored\n' });
symlinkSync('train.py', path.join(repo.root, 'link.py'));
afterAll(() => repo.remove());

test('copies tracked and unignored files plus declared inputs, and nothing else', async () => {
  const copy = await copyWorkspace(
    repo.root,
    { key: 'checks.reproducibility.inputs', include: ['data/train.csv'] },
    (root) => ({ ...memoryWorkspace(), root }),
  );
  try {
    assert.notEqual(copy.root, repo.root);
    assert.equal(readFileSync(path.join(copy.root, 'train.py'), 'utf8'), 'print(1)\n');
    assert.equal(
      readFileSync(path.join(copy.root, 'notes.txt'), 'utf8'),
      'untracked, not ignored\n',
    );
    assert.equal(readFileSync(path.join(copy.root, 'data/train.csv'), 'utf8'), 'x\n1\n');
    assert.equal(readlinkSync(path.join(copy.root, 'link.py')), 'train.py');
    assert.equal(existsSync(path.join(copy.root, 'data/other.csv')), false);
    assert.equal(existsSync(path.join(copy.root, 'node_modules')), false);
    assert.equal(existsSync(path.join(copy.root, '.git')), false);
    assert.match(copy.description, /^4 files git tracks or does not ignore plus data\/train\.csv/);
  } finally {
    await copy.dispose();
  }
  assert.equal(existsSync(copy.root), false);
});

test('a missing or escaping input is an error naming the key', async () => {
  const open = (root: string) => ({ ...memoryWorkspace(), root });
  await assert.rejects(
    copyWorkspace(
      repo.root,
      { key: 'checks.reproducibility.inputs', include: ['data/nope.csv'] },
      open,
    ),
    /checks\.reproducibility\.inputs: input "data\/nope\.csv" does not exist/,
  );
  await assert.rejects(
    copyWorkspace(repo.root, { key: 'k', include: ['../etc/passwd'] }, open),
    /k: input "\.\.\/etc\/passwd" is not a path inside the repository/,
  );
});
