import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { createGitHubClient } from '../../src/github/github-client.ts';
import { pullRequestsForRun } from '../../src/github/pull-requests-for-run.ts';
import { FakeGitHubPulls } from '../mocks/fake-github-pulls.ts';
import { FakeGitHubServer } from '../mocks/fake-github-server.ts';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const head = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const other = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

describe('pullRequestsForRun over HTTP', () => {
  let server: FakeGitHubServer;
  let pulls: FakeGitHubPulls;
  const lookup = (headRepository: string | null) =>
    pullRequestsForRun(
      createGitHubClient({ token: 'ghs_lookup', apiUrl: server.apiUrl, sleep: async () => {} }),
      repo,
      { headSha: head, headRepository },
    );
  const paths = () => server.requests.map((r) => r.path);

  beforeAll(async () => {
    server = await new FakeGitHubServer().start();
    pulls = new FakeGitHubPulls(server);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('finds a same-repository PR through the commit', async () => {
    pulls.seedPull({ number: 2, headSha: head });
    pulls.seedPull({ number: 3, headSha: other });
    const found = await lookup('Codertocat/Hello-World');
    assert.deepEqual(
      found.map((p) => p.number),
      [2],
    );
    assert.deepEqual(paths(), [`/repos/Codertocat/Hello-World/commits/${head}/pulls`]);
  });

  it('finds a fork PR by matching open PRs on head SHA and head repository, across pages', async () => {
    for (let n = 10; n < 160; n++) pulls.seedPull({ number: n, headSha: other });
    // Least recently updated, so it is on the second page of the most recently updated first.
    pulls.seedPull({
      number: 7,
      headSha: head,
      headRepo: 'octocat-fork/Hello-World',
      updatedAt: '2000-01-01T00:00:00Z',
    });
    // Same SHA pushed to another fork: not the run's head repository.
    pulls.seedPull({
      number: 8,
      headSha: head,
      headRepo: 'mallory/Hello-World',
      updatedAt: '1999-01-01T00:00:00Z',
    });
    const found = await lookup('octocat-fork/Hello-World');
    assert.deepEqual(
      found.map((p) => [p.number, p.headRepo]),
      [[7, 'octocat-fork/Hello-World']],
    );
    assert.deepEqual(paths(), [
      `/repos/Codertocat/Hello-World/commits/${head}/pulls`,
      '/repos/Codertocat/Hello-World/pulls',
      '/repos/Codertocat/Hello-World/pulls',
    ]);
  });

  it('ignores closed PRs and finds nothing when no open PR has that head', async () => {
    pulls.seedPull({ number: 2, headSha: head, state: 'closed' });
    assert.deepEqual(await lookup('Codertocat/Hello-World'), []);
  });
});
