import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, it } from 'vitest';
import { outputSpec } from '../../src/infra/artifact-output.ts';
import { compareArtifact } from '../../src/infra/compare-artifact.ts';
import { metricKeyPattern } from '../../src/infra/compare-metrics.ts';
import type { Workspace } from '../../src/workspace/workspace.ts';
import { diskWorkspace } from '../mocks/disk-workspace.ts';
import { memoryWorkspace } from '../mocks/memory-workspace.ts';
import { tempGitRepository } from '../mocks/temp-git-repository.ts';

const tolerance = { absolute: 0, relative: 1e-9 };
const options = { ignoreKeys: [metricKeyPattern('*.seconds')], maxExamples: 5, key: 'k' };

function versions(path: string, committed: string, produced: string) {
  const version = (label: string, workspace: Workspace) => ({ label, workspace, path });
  return [
    version('committed', memoryWorkspace({ files: { [path]: committed } })),
    version('produced', memoryWorkspace({ files: { [path]: produced } })),
  ] as const;
}

describe('compareArtifact: two versions of one output, as its reader would compare them', () => {
  it('identical bytes are identical whatever the kind', async () => {
    const [a, b] = versions('model.bin', 'xyz', 'xyz');
    assert.deepEqual(await compareArtifact(outputSpec('model.bin', tolerance), a, b, options), {
      status: 'identical',
    });
  });

  it('metrics: the first differing key in file order, ignoring the ignored keys', async () => {
    const [a, b] = versions(
      'metrics.json',
      '{"rows": 120, "val": {"auc": 0.91, "seconds": 3}, "accuracy": 0.8}',
      '{"rows": 120, "val": {"auc": 0.88, "seconds": 9}, "accuracy": 0.7}',
    );
    assert.deepEqual(await compareArtifact(outputSpec('metrics.json', tolerance), a, b, options), {
      status: 'different',
      differing: 2,
      compared: 3,
      unit: 'values',
      firstDifference: { key: 'val.auc', first: 0.91, second: 0.88 },
    });
  });

  it('metrics within the tolerance are equivalent, not identical', async () => {
    const [a, b] = versions('m.yaml', 'auc: 0.9100000001\n', 'auc: 0.91\n');
    assert.deepEqual(await compareArtifact(outputSpec('m.yaml', tolerance), a, b, options), {
      status: 'equivalent',
      compared: 1,
      unit: 'values',
    });
  });

  it('tables: rows joined on the id; the first difference is the earliest line of the committed file', async () => {
    const [a, b] = versions(
      'p.csv',
      'id,score,label\na,0.1,0\nb,0.2,1\nc,0.3,1\n',
      'id,score,label\nc,0.3,0\nb,0.25,1\na,0.1,0\n',
    );
    const spec = outputSpec({ path: 'p.csv', id_column: 'id' }, tolerance);
    assert.deepEqual(await compareArtifact(spec, a, b, options), {
      status: 'different',
      differing: 1,
      compared: 3,
      unit: 'rows',
      firstDifference: { id: 'b', line: 3, column: 'score', first: '0.2', second: '0.25' },
    });
  });

  it('tables: a row only one version has is a difference too', async () => {
    const [a, b] = versions('p.csv', 'id,score\na,0.1\n', 'id,score\na,0.1\nz,0.9\n');
    const spec = outputSpec({ path: 'p.csv', id_column: 'id' }, tolerance);
    const result = await compareArtifact(spec, a, b, options);
    assert.equal(result.status, 'different');
    assert.deepEqual(result.status === 'different' && result.firstDifference, {
      id: 'z',
      first: undefined,
      second: 'z',
    });
  });

  it('a version that does not exist is missing, by its label', async () => {
    const [a] = versions('p.csv', 'id\n', 'id\n');
    const absent = { label: 'produced', workspace: memoryWorkspace(), path: 'p.csv' };
    assert.deepEqual(await compareArtifact(outputSpec('p.csv', tolerance), a, absent, options), {
      status: 'missing',
      versions: ['produced'],
    });
  });

  it('bytes: a compare command decides, given both paths; its last line says how they differ', async () => {
    const repo = tempGitRepository({
      'a/model.bin': 'weights 1 saved 09:00',
      'b/model.bin': 'weights 1 saved 10:00',
      'c/model.bin': 'weights 2 saved 10:00',
      // Equivalent when the weights match, whatever the timestamp.
      'same.mjs':
        "import { readFileSync } from 'node:fs';\nconst w = (p) => readFileSync(p, 'utf8').split(' saved')[0];\nconst [x, y] = [w(process.env.MLGATE_EXPECTED), w(process.env.MLGATE_ACTUAL)];\nif (x !== y) { console.log(`${x} vs ${y}`); process.exit(1); }\n",
    });
    try {
      const workspace = diskWorkspace(repo.root);
      const at = (label: string, dir: string) => ({ label, workspace, path: `${dir}/model.bin` });
      const spec = outputSpec({ path: 'model.bin', compare: 'node same.mjs' }, tolerance);
      assert.deepEqual(
        await compareArtifact(spec, at('committed', 'a'), at('produced', 'b'), options),
        {
          status: 'equivalent',
          compared: 1,
          unit: null,
        },
      );
      assert.deepEqual(
        await compareArtifact(spec, at('committed', 'a'), at('produced', 'c'), options),
        {
          status: 'different',
          differing: null,
          compared: null,
          unit: null,
          firstDifference: null,
          note: '`node same.mjs` says they differ: weights 1 vs weights 2',
        },
      );
    } finally {
      rmSync(repo.root, { recursive: true, force: true });
    }
  });

  it('bytes without a compare command: different, with both sizes', async () => {
    const [a, b] = versions('model.bin', 'abc', 'abcd');
    const result = await compareArtifact(outputSpec('model.bin', tolerance), a, b, options);
    assert.equal(result.status === 'different' && result.note, '3 bytes vs 4 bytes');
  });
});
