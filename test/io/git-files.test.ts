import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterAll, test } from 'vitest';
import { listChangedFiles } from '../../src/io/git-changed-files.ts';
import { gitFileDigest } from '../../src/io/git-file-digest.ts';
import { listTrackedFiles } from '../../src/io/git-tracked-files.ts';
import { tempGitRepository } from '../mocks/temp-git-repository.ts';

const repo = tempGitRepository({
  'requirements.txt': 'numpy==1.26.4\n',
  'models/model.bin': Buffer.from([0, 1, 2, 255]),
  'src/train.py': 'print(1)\n',
  'docs/a b.md': 'spaces\n',
});
const base = repo.commit('base');
repo.write({ 'requirements.txt': 'numpy==2.0.0\n', 'src/features.py': 'x = 1\n' });
repo.git('rm', '--quiet', 'docs/a b.md');
repo.git('mv', 'src/train.py', 'src/fit.py');
const head = repo.commit('head');
afterAll(() => repo.remove());

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

test('lists tracked files now and at a revision, names with spaces intact', async () => {
  assert.deepEqual(await listTrackedFiles(repo.root), [
    'models/model.bin',
    'requirements.txt',
    'src/features.py',
    'src/fit.py',
  ]);
  assert.deepEqual(await listTrackedFiles(repo.root, base), [
    'docs/a b.md',
    'models/model.bin',
    'requirements.txt',
    'src/train.py',
  ]);
});

test('lists a PR diff with renames split into a deletion and an addition', async () => {
  const changed = await listChangedFiles(repo.root, base, head);
  assert.deepEqual(
    changed.sort((a, b) => a.path.localeCompare(b.path)),
    [
      { path: 'docs/a b.md', status: 'deleted' },
      { path: 'requirements.txt', status: 'modified' },
      { path: 'src/features.py', status: 'added' },
      { path: 'src/fit.py', status: 'added' },
      { path: 'src/train.py', status: 'deleted' },
    ],
  );
});

test('hashes a file at a revision with SHA-256 of its bytes; null when absent; a tree id for a directory', async () => {
  const digest = await gitFileDigest(repo.root, base, 'models/model.bin');
  assert.deepEqual(digest, {
    kind: 'file',
    sha256: sha256(Buffer.from([0, 1, 2, 255])),
    bytes: 4,
    gitObject: repo.git('rev-parse', `${base}:models/model.bin`),
  });
  assert.equal(await gitFileDigest(repo.root, head, 'src/train.py'), null);
  assert.deepEqual(await gitFileDigest(repo.root, base, 'models'), {
    kind: 'directory',
    gitObject: repo.git('rev-parse', `${base}:models`),
  });
});

test('an unknown revision is an error that says to fetch the history', async () => {
  await assert.rejects(
    listChangedFiles(repo.root, '0123456789abcdef0123456789abcdef01234567'),
    /fetch-depth: 0/,
  );
  await assert.rejects(gitFileDigest(repo.root, 'no-such-branch', 'x'), /fetch-depth: 0/);
});
