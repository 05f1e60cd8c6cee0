/**
 * The @actions/artifact-backed store, unchanged, against the fake GitHub
 * server's results service, blob storage and REST API over HTTP.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { ArtifactsUnavailableError } from '../../src/github/artifact-store.ts';
import { listZipEntries, readZipEntry } from '../../src/github/zip-entries.ts';
import { FakeGitHubActions } from '../mocks/fake-github-actions.ts';
import { FakeGitHubServer } from '../mocks/fake-github-server.ts';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const token = 'ghs_storeTestToken';
const runId = 700_001;

// @actions/github fixes its API base URL from GITHUB_API_URL when it is first loaded, so the
// environment the runner would give the action is set before the store's modules load.
const server = await new FakeGitHubServer({ pathPrefix: '/api/v3' }).start();
const temp = await mkdtemp(path.join(os.tmpdir(), 'mlgate-store-'));
process.env.ACTIONS_RUNTIME_TOKEN = FakeGitHubActions.runtimeToken(runId);
process.env.ACTIONS_RESULTS_URL = `${server.url}/`;
process.env.GITHUB_API_URL = server.apiUrl;
process.env.GITHUB_WORKSPACE = temp;
const { actionsArtifactStore } = await import('../../src/github/actions-artifact-store.ts');
const { diskArtifactStaging } = await import('../../src/io/artifact-staging.ts');

describe('actionsArtifactStore over HTTP', () => {
  let actions: FakeGitHubActions;
  const store = (serverUrl = 'https://github.com') =>
    actionsArtifactStore({ token, serverUrl, staging: diskArtifactStaging(temp) });

  beforeAll(() => {
    actions = new FakeGitHubActions(server);
  });
  afterAll(async () => {
    await server.close();
    await rm(temp, { recursive: true, force: true });
  });
  beforeEach(() => server.reset());

  it('uploads files as one zip in this run, and downloads that zip from another run', async () => {
    const uploaded = await store().upload(
      'mlgate-report-default',
      [
        { path: 'mlgate-report.json', content: '{"verdict": "blocked"}' },
        { path: 'profiles/train.json', content: new TextEncoder().encode('{"rows": 3}') },
      ],
      { retentionDays: 7 },
    );
    const [stored] = actions.artifactsOf(runId);
    assert.equal(stored?.name, 'mlgate-report-default');
    assert.equal(uploaded.id, stored?.id);
    assert.equal(uploaded.size, stored?.zip.length);
    assert.deepEqual(actions.filesOf(stored!), {
      'mlgate-report.json': '{"verdict": "blocked"}',
      'profiles/train.json': '{"rows": 3}',
    });
    // Retention reaches the service as an expiry 7 days out.
    const days = (Date.parse(stored!.expiresAt!) - Date.now()) / 86_400_000;
    assert.ok(days > 6.9 && days <= 7, `expires in ${days} days`);

    const archive = await store().downloadArchive(
      { ...repo, runId, artifactId: uploaded.id },
      { maxBytes: 1_000_000 },
    );
    const entry = listZipEntries(archive).find((e) => e.name === 'mlgate-report.json')!;
    assert.equal(readZipEntry(archive, entry, 1000).toString(), '{"verdict": "blocked"}');
    assert.ok(
      server
        .apiRequests()
        .some(
          (r) => r.path === `/repos/Codertocat/Hello-World/actions/artifacts/${uploaded.id}/zip`,
        ),
    );
  });

  it('refuses to keep a download larger than the cap', async () => {
    const big = actions.seedArtifact({
      runId: 5,
      name: 'big',
      files: { 'a.bin': new Uint8Array(4096).map((_, i) => (i * 7919) % 251) },
    });
    await assert.rejects(
      store().downloadArchive({ ...repo, runId: 5, artifactId: big.id }, { maxBytes: 100 }),
      /bytes; at most 100 are read/,
    );
  });

  it('says artifacts are unavailable on GitHub Enterprise Server, without calling anything', async () => {
    await assert.rejects(
      store('https://ghe.example.com').upload('x', [{ path: 'a', content: 'a' }], {}),
      ArtifactsUnavailableError,
    );
    await assert.rejects(
      store('https://ghe.example.com').downloadArchive(
        { ...repo, runId: 1, artifactId: 1 },
        { maxBytes: 10 },
      ),
      /GitHub Enterprise Server/,
    );
    assert.deepEqual(server.requests, []);
  });

  it('refuses a file path that would leave the staging directory', async () => {
    await assert.rejects(
      store().upload('x', [{ path: '../escape.txt', content: 'a' }], {}),
      /leaves the artifact/,
    );
  });
});
