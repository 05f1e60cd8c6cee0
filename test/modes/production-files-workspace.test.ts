import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { withProductionFiles } from '../../src/modes/production-files-workspace.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';

const base = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
const older = '0000000000000000000000000000000000000001';

describe('withProductionFiles', () => {
  const git = memoryWorkspace({
    files: { 'metrics/eval.json': '{"roc_auc": 0.93}' },
    revisions: {
      [base]: { 'metrics/eval.json': '{"roc_auc": 0.80}', 'requirements.txt': 'numpy==2.1.0' },
      [older]: { 'metrics/eval.json': '{"roc_auc": 0.70}' },
    },
  });
  const workspace = withProductionFiles(
    git,
    base,
    new Map([['metrics/eval.json', '{"roc_auc": 0.91}']]),
  );

  it("answers 'the file at the base commit' from the baseline, however the path is written", async () => {
    assert.equal(
      await workspace.readTextAtRevision(base, 'metrics/eval.json', 'k'),
      '{"roc_auc": 0.91}',
    );
    assert.equal(
      await workspace.readTextAtRevision(base, './metrics/eval.json', 'k'),
      '{"roc_auc": 0.91}',
    );
  });

  it('passes other files, other revisions and current files to git and the disk', async () => {
    assert.equal(await workspace.readTextAtRevision(base, 'requirements.txt', 'k'), 'numpy==2.1.0');
    assert.equal(
      await workspace.readTextAtRevision(older, 'metrics/eval.json', 'k'),
      '{"roc_auc": 0.70}',
    );
    assert.equal(await workspace.readText('metrics/eval.json', 'k'), '{"roc_auc": 0.93}');
    assert.equal(workspace.root, git.root);
  });

  it('is the workspace itself when the baseline has no files', () => {
    assert.equal(withProductionFiles(git, base, new Map()), git);
  });
});
