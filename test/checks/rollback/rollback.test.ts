import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterAll, test } from 'vitest';
import { rollback } from '../../../src/checks/rollback/rollback.ts';
import { rollbackConfig } from '../../../src/checks/rollback/rollback-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { tempGitRepository } from '../../mocks/temp-git-repository.ts';

const production = Buffer.from([0x08, 0x07, 0x12, 0x04, 0x6f, 0x6e, 0x6e, 0x78, 0x00, 0xff]);
const sha = createHash('sha256').update(production).digest('hex');
const lfsOid = 'a'.repeat(64);
const repo = tempGitRepository({
  'models/model.onnx': production,
  'models/big.bin': `version https://git-lfs.github.com/spec/v1\noid sha256:${lfsOid}\nsize 734003200\n`,
  'saved_model/saved_model.pb': 'graph\n',
  'deploy/production.yaml': `path: models/model.onnx\nsha256: ${sha}\nversion: 12\n`,
  'deploy/stale.yaml': `path: models/model.onnx\nsha256: ${'ab'.repeat(32)}\n`,
  'deploy/numeric.yaml': `path: models/model.onnx\nsha256: ${'1'.repeat(64)}\n`,
  'deploy/remote.json': `{"uri": "s3://acme-models/churn/v12/model.onnx", "sha256": "${sha}", "version": "v12"}`,
});
const base = repo.commit('production v12');
repo.write({ 'models/model.onnx': Buffer.from('candidate v13'), 'models/new.onnx': 'x' });
repo.commit('candidate v13');
afterAll(() => repo.remove());
const short = base.slice(0, 12);

async function run(config: unknown, baseSha: string | null = base): Promise<CheckOutcome> {
  return rollback.run(rollbackConfig.parse(config), {
    workspace: diskWorkspace(repo.root),
    event: { name: 'pull_request', ...(baseSha ? { baseSha } : {}) },
    now: new Date('2026-11-01T00:00:00Z'),
  });
}

function ran(outcome: CheckOutcome) {
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') throw new Error('unreachable');
  return outcome;
}

test('the model in git at the base revision is the rollback target, with its SHA-256', async () => {
  const outcome = ran(await run({ artifact: 'models/model.onnx' }));
  assert.deepEqual(outcome.findings, []);
  assert.equal(
    outcome.summary,
    `rollback target: models/model.onnx at ${short} (sha256 ${sha.slice(0, 12)}…)`,
  );
  const notes = outcome.details[0];
  assert.deepEqual(notes?.type === 'list' && notes.items, [
    `models/model.onnx at ${short}: 10 bytes, sha256 ${sha}; restore with \`git checkout ${short} -- models/model.onnx\`.`,
    `This change replaces it (now sha256 ${createHash('sha256').update('candidate v13').digest('hex').slice(0, 12)}…).`,
  ]);
});

test('a model first added by this change has nothing to roll back to', async () => {
  const outcome = ran(await run({ artifact: 'models/new.onnx' }));
  assert.deepEqual(
    outcome.findings.map((f) => f.id),
    ['artifact:missing'],
  );
  assert.deepEqual(outcome.findings[0]?.location, { path: 'models/new.onnx' });
  assert.match(
    outcome.findings[0]?.fix ?? '',
    /^Point `checks\.rollback\.artifact` at the model production serves/,
  );
});

test('a Git LFS pointer records the object hash; a directory its tree id', async () => {
  const lfs = ran(await run({ artifact: 'models/big.bin' }));
  assert.equal(lfs.figures[1]?.value, true);
  assert.deepEqual(lfs.figures[1]?.bound, { comparator: '==', limit: true });
  assert.match(lfs.summary, new RegExp(`sha256 ${lfsOid.slice(0, 12)}`));
  const directory = ran(await run({ artifact: 'saved_model' }));
  assert.deepEqual(directory.findings, []);
  assert.equal(
    directory.summary.startsWith(`rollback target: saved_model at ${short} (git tree `),
    true,
  );
});

test('a manifest at the base revision must record the hash of the model it names', async () => {
  const good = ran(await run({ manifest: 'deploy/production.yaml' }));
  assert.deepEqual(good.findings, []);
  assert.equal(good.figures[0]?.value, `models/model.onnx at ${short} (version 12)`);
  const stale = ran(await run({ manifest: 'deploy/stale.yaml' }));
  assert.deepEqual(
    stale.findings.map((f) => f.id),
    ['manifest:hash-mismatch'],
  );
  // The model in git hashes to `sha`; the stale manifest records ab…ab.
  assert.deepEqual(stale.findings[0]?.measure, {
    figure: 'sha256 of models/model.onnx',
    value: sha,
    bound: { comparator: '==', limit: 'ab'.repeat(32) },
  });
  assert.equal(
    stale.findings[0]?.fix,
    'Record the sha256 of models/model.onnx in deploy/stale.yaml whenever the model changes.',
  );
  // YAML reads an unquoted all-digit hash as a number: the fix is to quote it.
  const numeric = ran(await run({ manifest: 'deploy/numeric.yaml' }));
  assert.match(numeric.findings[0]?.message ?? '', /was read as a number; write it in quotes/);
  const remote = ran(await run({ manifest: 'deploy/remote.json' }));
  assert.deepEqual(remote.findings, []);
  assert.equal(remote.figures[0]?.value, 's3://acme-models/churn/v12/model.onnx (version v12)');
});

test('a reference in the config needs a hash: its own, or a digest it pins', async () => {
  const pinned = ran(
    await run({ reference: { uri: `ghcr.io/acme/churn-model@sha256:${sha}` } }, null),
  );
  assert.deepEqual(pinned.findings, []);
  const unhashed = ran(
    await run({ reference: { uri: 'https://models.example.com/churn/v12.onnx' } }, null),
  );
  assert.deepEqual(
    unhashed.findings.map((f) => f.id),
    ['hash:missing'],
  );
  assert.deepEqual(unhashed.findings[0]?.measure, {
    figure: 'hash recorded',
    value: false,
    bound: { comparator: '==', limit: true },
  });
  const local = ran(await run({ reference: { uri: 'file:///tmp/model.onnx', sha256: sha } }, null));
  assert.deepEqual(
    local.findings.map((f) => f.id),
    ['reference:invalid'],
  );
});

test('without a base revision a path in git cannot be checked', async () => {
  const outcome = await run({ artifact: 'models/model.onnx' }, null);
  assert.equal(outcome.kind, 'skipped');
});

test('exactly one way to name production', () => {
  assert.throws(() => rollbackConfig.parse({}), /exactly one of/);
  assert.throws(() => rollbackConfig.parse({ artifact: 'a', manifest: 'b' }), /exactly one of/);
});
