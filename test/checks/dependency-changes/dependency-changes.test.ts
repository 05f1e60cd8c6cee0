import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, test } from 'vitest';
import { dependencyChanges } from '../../../src/checks/dependency-changes/dependency-changes.ts';
import { dependencyChangesConfig } from '../../../src/checks/dependency-changes/dependency-changes-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { tempGitRepository } from '../../mocks/temp-git-repository.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/infra/dependencies');
function files(directory: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(directory, relative))) {
      const child = path.join(relative, name);
      if (statSync(path.join(directory, child)).isDirectory()) walk(child);
      else out[child] = readFileSync(path.join(directory, child));
    }
  };
  walk('');
  return out;
}

const repo = tempGitRepository({ ...files(path.join(fixtures, 'before')), 'README.md': 'x\n' });
const base = repo.commit('before');
repo.write({ ...files(path.join(fixtures, 'after')), 'README.md': 'y\n' });
repo.commit('after');
afterAll(() => repo.remove());

async function run(config: unknown): Promise<CheckOutcome> {
  return dependencyChanges.run(dependencyChangesConfig.parse(config), {
    workspace: diskWorkspace(repo.root),
    event: { name: 'pull_request', baseSha: base },
    now: new Date('2026-11-01T00:00:00Z'),
  });
}

function tables(outcome: CheckOutcome): Record<string, Array<Array<unknown>>> {
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') return {};
  return Object.fromEntries(
    outcome.details.flatMap((block) =>
      block.type === 'table' ? [[block.title ?? '', block.rows]] : [],
    ),
  );
}

test('lists every change in every dependency file, with major bumps marked', async () => {
  const outcome = await run({});
  assert.deepEqual(tables(outcome), {
    'Pipfile.lock': [
      ['black', 'upgraded', '23.12.1', '24.8.0', '⚠ major'],
      ['joblib', 'upgraded', '1.3.2', '1.4.2', ''],
    ],
    'environment.yml': [
      ['numpy', 'changed', '=1.26.4', '=1.26.4=py311h64a7726_0', ''],
      ['pip:evidently', 'added', '—', 'any version', 'not pinned'],
      ['pip:mlflow', 'upgraded', '2.9.2', '2.16.0', ''],
    ],
    'poetry.lock': [
      ['numpy', 'upgraded', '1.26.4', '2.0.2', '⚠ major'],
      ['scipy', 'upgraded', '1.11.4', '1.14.1', ''],
    ],
    'pyproject.toml': [
      ['pydantic', 'changed', '>=1.10,<2', '>=2.5,<3', 'not pinned'],
      ['pytest', 'upgraded', '7.4.4', '8.3.3', '⚠ major'],
      ['torch', 'upgraded', '2.1.2', '2.3.1', ''],
    ],
    'requirements.txt': [
      ['numpy', 'upgraded', '1.26.4', '2.0.2', '⚠ major'],
      ['pandas', 'upgraded', '2.1.4', '2.2.3', ''],
      ['requests', 'downgraded', '2.31.0', '2.30.0', ''],
      ['torch', 'changed', '>=2.0', '>=2.1', 'not pinned'],
      ['xgboost', 'added', '—', 'any version', 'not pinned'],
    ],
    'serving/package-lock.json': [
      ['debug', 'upgraded', '3.2.7', '4.4.3', '⚠ major'],
      ['left-pad', 'removed', '1.3.0', '—', ''],
      ['ms', 'upgraded', '2.1.2', '2.1.3', ''],
      ['semver', 'added', '—', '7.8.6', ''],
    ],
    'serving/package.json': [
      ['debug', 'changed', '^3.2.7', '^4.3.4', 'not pinned'],
      ['left-pad', 'removed', '1.3.0', '—', ''],
      ['ms', 'upgraded', '2.1.2', '2.1.3', ''],
      ['semver', 'added', '—', '^7.6.0', 'not pinned'],
    ],
    'uv.lock': [
      ['lightgbm', 'upgraded', '4.3.0', '4.5.0', ''],
      ['pyarrow', 'added', '—', '17.0.0', ''],
    ],
  });
  assert.equal(outcome.kind === 'ran' && outcome.findings.length, 0);
  assert.match(
    outcome.kind === 'ran' ? outcome.summary : '',
    /^25 dependency changes in 8 files: 13 upgraded, 1 downgraded, 5 added, 2 removed, 4 changed; major: /,
  );
});

test('fails on major bumps and on unpinned additions when configured', async () => {
  const outcome = await run({
    fail_on_major: true,
    fail_on_unpinned: true,
    files: ['requirements.txt'],
  });
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') return;
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.location?.line]),
    [
      ['major:requirements.txt:numpy', 3],
      ['unpinned:requirements.txt:torch', 6],
      ['unpinned:requirements.txt:xgboost', 7],
    ],
  );
  assert.equal(
    outcome.findings[0]?.message,
    'numpy jumps a major version in requirements.txt: 1.26.4 → 2.0.2',
  );
  assert.deepEqual(outcome.findings[0]?.measure, {
    figure: 'numpy version',
    value: '2.0.2',
    reference: { label: 'base', value: '1.26.4' },
  });
  assert.equal(
    outcome.findings[0]?.fix,
    "Keep `numpy` at 1.26.4's major version in requirements.txt, or move to 2.0.2 in a change that validates the model with it.",
  );
  // Both unpinned packages come from how requirements.txt is written: one cause.
  assert.deepEqual(
    outcome.findings.slice(1).map((f) => f.cause),
    ['unpinned:requirements.txt', 'unpinned:requirements.txt'],
  );
  assert.deepEqual(
    outcome.figures.map((f) => f.bound),
    [undefined, { comparator: '==', limit: 0 }, { comparator: '==', limit: 0 }],
  );
});

test('skips outside a pull request without a base revision', async () => {
  const outcome = await dependencyChanges.run(dependencyChangesConfig.parse({}), {
    workspace: diskWorkspace(repo.root),
    event: { name: 'push' },
    now: new Date(),
  });
  assert.equal(outcome.kind, 'skipped');
});
