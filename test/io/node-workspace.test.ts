import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { FileScanScheduler } from '../../src/io/file-scan-scheduler.ts';
import { nodeWorkspace } from '../../src/io/node-workspace.ts';
import { tempGitRepository } from '../mocks/temp-git-repository.ts';

describe('nodeWorkspace', () => {
  const repository = tempGitRepository({ 'data/a.csv': 'x\n1\n', 'model.json': '{"v":1}\n' });
  const first = repository.commit('first');
  repository.write({ 'model.json': '{"v":2}\n' });
  repository.commit('second');
  const outside = mkdtempSync(path.join(os.tmpdir(), 'mlgate-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'token');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(repository.root, 'link.txt'));
  // A folder link out of the repository: `docs-out/secret.txt` escapes through its parent.
  symlinkSync(outside, path.join(repository.root, 'docs-out'));
  // Links that stay inside, and one that leads nowhere.
  mkdirSync(path.join(repository.root, 'docs'));
  symlinkSync('../model.json', path.join(repository.root, 'docs/model-link.json'));
  symlinkSync(path.join(repository.root, 'gone.md'), path.join(repository.root, 'dangling.md'));
  afterAll(() => repository.remove());
  const workspace = nodeWorkspace(repository.root);

  it('scans and reads tables under the scheduler it was given', async () => {
    class CountingScheduler extends FileScanScheduler {
      tracked = 0;
      override track<T>(scan: () => Promise<T>): Promise<T> {
        this.tracked++;
        return super.track(scan);
      }
    }
    const scans = new CountingScheduler();
    const counted = nodeWorkspace(repository.root, undefined, scans);
    const scan = await counted.scanTable('data/a.csv', 'checks.x.file', { otherColumns: 'number' });
    assert.equal(scan.rowCount, 1);
    assert.equal((await counted.readTable('data/a.csv', 'checks.x.file')).rowCount, 1);
    assert.equal(scans.tracked, 2);
  });

  it('reads files inside the repository', async () => {
    assert.equal(await workspace.readText('data/a.csv', 'checks.x.file'), 'x\n1\n');
    assert.equal((await workspace.readTable('data/a.csv', 'checks.x.file')).rowCount, 1);
  });

  for (const [name, outsidePath, message] of [
    [
      'a parent-directory escape',
      '../etc/passwd',
      /checks\.x\.file: "\.\.\/etc\/passwd" points outside the repository/,
    ],
    [
      'an absolute path',
      '/etc/passwd',
      /checks\.x\.file: "\/etc\/passwd" is an absolute path; write it relative/,
    ],
    [
      'a symlink to a file outside',
      'link.txt',
      /checks\.x\.file: "link\.txt" is a link to a file outside the repository/,
    ],
  ] as const) {
    it(`refuses ${name}, naming the key`, async () => {
      await assert.rejects(workspace.readText(outsidePath, 'checks.x.file'), message);
    });
  }

  it("applies the reads' link rule to exists: a link inside is there, a link leading outside is refused", async () => {
    assert.equal(await workspace.exists('model.json', 'attestations'), true);
    assert.equal(await workspace.exists('docs/model-link.json', 'attestations'), true);
    assert.equal(await workspace.exists('missing.md', 'attestations'), false);
    assert.equal(await workspace.exists('dangling.md', 'attestations'), false);
    for (const link of ['link.txt', 'docs-out/secret.txt']) {
      await assert.rejects(
        workspace.exists(link, 'attestations'),
        new RegExp(`attestations: "${link}" is a link to a file outside the repository`),
      );
    }
  });

  it('says which file is missing and where it looked', async () => {
    await assert.rejects(
      workspace.readText('data/missing.csv', 'checks.x.file'),
      /checks\.x\.file: file not found: data\/missing\.csv \(looked in .*\); check the path or commit the file/,
    );
  });

  it('reads a file as it was at a revision, and null where it did not exist', async () => {
    assert.equal(await workspace.readTextAtRevision(first, 'model.json', 'k'), '{"v":1}\n');
    assert.equal(await workspace.readTextAtRevision(first, 'data/none.csv', 'k'), null);
    await assert.rejects(
      workspace.readTextAtRevision('0123456789abcdef0123456789abcdef01234567', 'model.json', 'k'),
      /^Error: k: git does not have commit 0123456789abcdef0123456789abcdef01234567.*fetch-depth: 0/,
    );
  });

  it('gives the commit time of the last change to a file, and null for an untracked one', async () => {
    const time = await workspace.commitTimeOf('model.json', 'k');
    assert.ok(time instanceof Date && Math.abs(Date.now() - time.getTime()) < 10 * 60_000);
    writeFileSync(path.join(repository.root, 'new.txt'), 'n');
    assert.equal(await workspace.commitTimeOf('new.txt', 'k'), null);
  });
});
