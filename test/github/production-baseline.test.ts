import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { ArtifactsUnavailableError } from '../../src/github/artifact-store.ts';
import { createGitHubClient } from '../../src/github/github-client.ts';
import {
  baselineArtifactFiles,
  baselineArtifactName,
  baselinePath,
  fetchProductionBaseline,
} from '../../src/github/production-baseline.ts';
import { FakeGitHubActions } from '../mocks/fake-github-actions.ts';
import { FakeGitHubServer } from '../mocks/fake-github-server.ts';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const mainSha = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
const name = baselineArtifactName('default');
const metrics = '{"roc_auc": 0.91, "log_loss": 0.28}\n';
const predictions = 'id,label,score\np001,1,0.82\n';

describe('production baseline across runs (REST over HTTP, artifact transfer in memory)', () => {
  let server: FakeGitHubServer;
  let actions: FakeGitHubActions;
  const fetch = (wanted = ['metrics/eval.json'], store = actions.store(0)) =>
    fetchProductionBaseline({
      client: createGitHubClient({
        token: 'ghs_baseline',
        apiUrl: server.apiUrl,
        sleep: async () => {},
      }),
      store,
      repo,
      workflow: 'mlgate.yml',
      branch: 'master',
      artifactName: name,
      wanted,
    });
  const record = async (runId: number, files: { path: string; text: string }[]) => {
    actions.seedRun({ id: runId, headSha: mainSha });
    await actions.store(runId).upload(
      name,
      baselineArtifactFiles({
        files,
        sha: mainSha,
        ref: 'refs/heads/master',
        runId,
        createdAt: '2026-06-14T08:00:00Z',
      }),
      {},
    );
  };

  beforeAll(async () => {
    server = await new FakeGitHubServer().start();
    actions = new FakeGitHubActions(server);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('takes the files from the latest successful push run on the base branch that has the artifact', async () => {
    await record(501, [{ path: 'metrics/eval.json', text: '{"roc_auc": 0.5}' }]);
    await record(502, [
      { path: 'metrics/eval.json', text: metrics },
      { path: 'predictions/holdout.csv', text: predictions },
    ]);
    // Newer, but failed (the gate blocked on main) or on another branch or a PR: never the baseline.
    actions.seedRun({ id: 503, headSha: mainSha, conclusion: 'failure' });
    actions.seedRun({ id: 504, headSha: mainSha, headBranch: 'dev' });
    actions.seedRun({ id: 505, headSha: mainSha, event: 'pull_request' });
    for (const runId of [503, 504, 505]) {
      actions.seedArtifact({ runId, name, files: { 'mlgate-baseline.json': '{}' } });
    }
    // A run without the artifact (e.g. the mlgate job was skipped) is passed over.
    actions.seedRun({ id: 506, headSha: mainSha });

    const found = await fetch(['metrics/eval.json', 'predictions/holdout.csv']);
    assert.deepEqual(found.production, {
      source: 'artifact',
      files: ['metrics/eval.json', 'predictions/holdout.csv'],
      artifact: {
        name,
        runId: 502,
        runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/502',
        sha: mainSha,
        createdAt: '2026-06-14T08:00:00Z',
      },
    });
    assert.equal(found.files.get('metrics/eval.json'), metrics);
    assert.equal(found.files.get('predictions/holdout.csv'), predictions);
    const list = server.requests.find((r) => r.path.endsWith('/actions/workflows/mlgate.yml/runs'));
    assert.equal(list?.query.get('branch'), 'master');
    assert.equal(list?.query.get('event'), 'push');
    assert.equal(list?.query.get('status'), 'success');
  });

  it('says which wanted files the artifact lacks (they come from git)', async () => {
    await record(510, [{ path: 'metrics/eval.json', text: metrics }]);
    const found = await fetch(['metrics/eval.json', 'metrics/slices.json']);
    assert.equal(found.production.source, 'artifact');
    assert.deepEqual(found.production.files, ['metrics/eval.json']);
    assert.equal(
      found.production.note,
      'not in the artifact, so read from git at the base commit: metrics/slices.json',
    );
  });

  it('falls back to git at the base commit, saying why: no run, no artifact, expired', async () => {
    const none = await fetch();
    assert.deepEqual(none, {
      production: {
        source: 'base-ref',
        files: [],
        note: 'no successful push run of this workflow on `master` yet',
      },
      files: new Map(),
    });

    actions.seedRun({ id: 520, headSha: mainSha });
    assert.match(
      (await fetch()).production.note!,
      /^none of the last 1 successful push runs on `master` uploaded `mlgate-baseline-default`/,
    );

    actions.seedArtifact({ runId: 520, name, files: {}, expired: true });
    const expired = await fetch();
    assert.equal(expired.production.source, 'base-ref');
    assert.match(expired.production.note!, /of run 520 has expired \(raise `retention-days`/);
  });

  it('falls back on GitHub Enterprise Server', async () => {
    await record(530, [{ path: 'metrics/eval.json', text: metrics }]);
    const ghes = {
      ...actions.store(0),
      downloadArchive: async () => {
        throw new ArtifactsUnavailableError(
          'GitHub Enterprise Server does not support the artifact client',
        );
      },
    };
    const found = await fetch(['metrics/eval.json'], ghes);
    assert.equal(found.production.source, 'base-ref');
    assert.match(found.production.note!, /^GitHub Enterprise Server does not support/);
  });

  it('falls back when GitHub keeps failing', async () => {
    server.failNext({ kind: 'server-error', status: 503 }, {}, 10);
    const found = await fetch();
    assert.match(
      found.production.note!,
      /^looking up the baseline artifact failed: GitHub API GET .* 503/,
    );
  });

  it('refuses an artifact whose file does not match its manifest', async () => {
    actions.seedRun({ id: 540, headSha: mainSha });
    const files = baselineArtifactFiles({
      files: [{ path: 'metrics/eval.json', text: metrics }],
      sha: mainSha,
      ref: 'refs/heads/master',
      runId: 540,
      createdAt: '2026-06-14T08:00:00Z',
    });
    actions.seedArtifact({
      runId: 540,
      name,
      files: {
        [files[0]!.path]: files[0]!.content,
        'files/metrics/eval.json': '{"roc_auc": 0.99}',
      },
    });
    const found = await fetch();
    assert.equal(found.production.source, 'base-ref');
    assert.match(
      found.production.note!,
      /unusable: metrics\/eval.json does not match the SHA-256 in its manifest/,
    );
  });

  it('normalises baseline paths and refuses those leaving the repository', () => {
    assert.equal(baselinePath('./metrics//eval.json'), 'metrics/eval.json');
    assert.equal(baselinePath('metrics\\eval.json'), 'metrics/eval.json');
    assert.equal(baselinePath('../secrets.txt'), undefined);
    assert.equal(baselinePath('/etc/passwd'), undefined);
    assert.equal(baselinePath(' '), undefined);
  });
});
