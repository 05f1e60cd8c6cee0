import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { GitHubApiError } from '../../src/github/github-api-error.ts';
import { createGitHubClient, type GitHubClientOptions } from '../../src/github/github-client.ts';
import { RetryBudget } from '../../src/github/retry-budget.ts';
import { FakeGitHubServer } from '../mocks/fake-github-server.ts';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const installationToken = 'ghs_fakeInstallationToken';
const personalToken = 'ghp_fakePersonalToken';

describe('GitHub client over HTTP', () => {
  let server: FakeGitHubServer;
  let sleeps: number[];
  let retries: string[];
  const client = (extra: Partial<GitHubClientOptions> = {}) =>
    createGitHubClient({
      token: installationToken,
      apiUrl: server.apiUrl,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      now: () => Date.parse('2026-03-02T09:00:00Z'),
      onRetry: (message) => retries.push(message),
      ...extra,
    });

  beforeAll(async () => {
    // Served under /api/v3 as on GitHub Enterprise Server: the base URL must keep its path.
    server = await new FakeGitHubServer({
      pathPrefix: '/api/v3',
      users: { [personalToken]: 'mona' },
    }).start();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    sleeps = [];
    retries = [];
  });

  it('pages through all comments 100 at a time by following Link headers', async () => {
    for (let i = 0; i < 250; i++) {
      server.seedComment({ ...repo, issueNumber: 2, body: `comment ${i}` });
    }
    server.seedComment({ ...repo, issueNumber: 3, body: 'on another PR' });
    const pages: number[] = [];
    const bodies: string[] = [];
    for await (const page of client().listIssueComments(repo, 2)) {
      pages.push(page.length);
      bodies.push(...page.map((c) => c.body));
    }
    assert.deepEqual(pages, [100, 100, 50]);
    assert.equal(bodies[0], 'comment 0');
    assert.equal(bodies[249], 'comment 249');
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.path}?${r.query}`),
      [
        'GET /repos/Codertocat/Hello-World/issues/2/comments?per_page=100',
        'GET /repos/Codertocat/Hello-World/issues/2/comments?per_page=100&page=2',
        'GET /repos/Codertocat/Hello-World/issues/2/comments?per_page=100&page=3',
      ],
    );
    assert.equal(server.requests[0]?.headers.authorization, `token ${installationToken}`);
  });

  it('creates and edits comments and maps them to id, body, author and link', async () => {
    const created = await client().createIssueComment(repo, 2, 'first');
    assert.equal(created.author, 'github-actions[bot]');
    assert.equal(created.body, 'first');
    assert.equal(
      created.url,
      `https://github.com/Codertocat/Hello-World/pull/2#issuecomment-${created.id}`,
    );
    const updated = await client().updateIssueComment(repo, created.id, 'second');
    assert.equal(updated.id, created.id);
    assert.equal(server.commentsOn('Codertocat', 'Hello-World', 2)[0]?.body, 'second');
    assert.deepEqual(
      server.requests.map((r) => [r.method, r.path, r.body]),
      [
        ['POST', '/repos/Codertocat/Hello-World/issues/2/comments', { body: 'first' }],
        [
          'PATCH',
          `/repos/Codertocat/Hello-World/issues/comments/${created.id}`,
          { body: 'second' },
        ],
      ],
    );
  });

  it('retries a 5xx with exponential backoff and succeeds', async () => {
    server.failNext({ kind: 'server-error', status: 502 }, { method: 'POST' }, 2);
    const created = await client().createIssueComment(repo, 2, 'body');
    assert.equal(server.commentsOn('Codertocat', 'Hello-World', 2).length, 1);
    assert.equal(created.body, 'body');
    assert.deepEqual(sleeps, [1000, 2000]);
    assert.deepEqual(
      server.requests.map((r) => r.status),
      [502, 502, 201],
    );
    assert.match(
      retries[0] ?? '',
      /POST \/repos\/Codertocat\/Hello-World\/issues\/2\/comments answered 502 \(Server Error\); try 2 of 4 in 1 s \(89 s of the run's retry budget left after it\)$/,
    );
  });

  it('stops after the attempt limit and says how often it tried', async () => {
    server.failNext({ kind: 'server-error', status: 503 }, { method: 'GET' }, 10);
    await assert.rejects(
      async () => {
        for await (const _ of client({ retry: { maxAttempts: 3 } }).listIssueComments(repo, 2)) {
          // drain
        }
      },
      (error: unknown) =>
        error instanceof GitHubApiError &&
        error.status === 503 &&
        error.attempts === 3 &&
        /GET \/repos\/Codertocat\/Hello-World\/issues\/2\/comments\?per_page=100 failed with 503: Server Error \(after 3 attempts\)/.test(
          error.message,
        ),
    );
    assert.equal(server.requests.length, 3);
    assert.deepEqual(sleeps, [1000, 2000]);
  });

  it('waits out a secondary rate limit for retry-after seconds', async () => {
    server.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 7 }, { method: 'PATCH' });
    const created = await client().createIssueComment(repo, 2, 'a');
    await client().updateIssueComment(repo, created.id, 'b');
    assert.deepEqual(sleeps, [7000]);
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.status}`),
      ['POST 201', 'PATCH 403', 'PATCH 200'],
    );
  });

  it('waits for the primary rate limit reset when it is near, fails when it is far', async () => {
    const nowSeconds = Date.parse('2026-03-02T09:00:00Z') / 1000;
    server.failNext({ kind: 'primary-rate-limit', resetEpochSeconds: nowSeconds + 5 });
    await client().createIssueComment(repo, 2, 'a');
    assert.deepEqual(sleeps, [6000]);

    server.failNext({ kind: 'primary-rate-limit', resetEpochSeconds: nowSeconds + 3000 });
    await assert.rejects(
      client().createIssueComment(repo, 2, 'b'),
      /failed with 403: API rate limit exceeded for installation ID 12345678\.; not retried: GitHub asked to wait 3001 s, more than the 90 s left of the run's retry budget of 90 s/,
    );
  });

  it('pays every retry of a client from one budget; a write whose wait no longer fits is not retried', async () => {
    const budget = new RetryBudget(90_000);
    const shared = client({ retryBudget: budget });
    const limitNextPost = () =>
      server.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 40 }, { method: 'POST' });
    limitNextPost();
    await shared.createIssueComment(repo, 2, 'a');
    limitNextPost();
    await shared.createIssueComment(repo, 2, 'b');
    limitNextPost();
    await assert.rejects(shared.createIssueComment(repo, 2, 'c'), (error: unknown) => {
      assert.ok(error instanceof GitHubApiError);
      assert.deepEqual(error.shortfall, { waitMs: 40_000, leftMs: 10_000, totalMs: 90_000 });
      assert.match(
        error.message,
        /POST \/repos\/Codertocat\/Hello-World\/issues\/2\/comments failed with 403: You have exceeded a secondary rate limit.*; not retried: GitHub asked to wait 40 s, more than the 10 s left of the run's retry budget of 90 s/,
      );
      return true;
    });
    assert.deepEqual(sleeps, [40_000, 40_000], 'the run waited 80 s in all, not 120');
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.status}`),
      ['POST 403', 'POST 201', 'POST 403', 'POST 201', 'POST 403'],
    );
    // Once spent, a rate-limited request is answered at once, even a read.
    server.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 20 }, { method: 'GET' });
    await assert.rejects(
      shared.getWorkflowRun(repo, 1),
      /not retried: GitHub asked to wait 20 s, more than the 10 s left/,
    );
    assert.equal(sleeps.length, 2);
  });

  it("gives each client its own budget, so one run never spends another's", async () => {
    for (const body of ['a', 'b']) {
      server.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 80 }, { method: 'POST' });
      await client().createIssueComment(repo, 2, body);
    }
    assert.deepEqual(sleeps, [80_000, 80_000]);
  });

  it('does not retry a permission 403 and reports the permission GitHub asks for', async () => {
    server.readOnly = true;
    await assert.rejects(client().createIssueComment(repo, 2, 'x'), (error: unknown) => {
      assert.ok(error instanceof GitHubApiError);
      assert.equal(error.isPermissionDenied, true);
      assert.equal(error.acceptedPermissions, 'issues=write; pull_requests=write');
      assert.match(error.message, /needs the permission\(s\) issues=write; pull_requests=write/);
      return true;
    });
    assert.equal(server.requests.length, 1);
    assert.deepEqual(sleeps, []);
  });

  it('names a bad token', async () => {
    await assert.rejects(
      client({ token: 'not-a-known-token' }).createIssueComment(repo, 2, 'x'),
      /failed with 401: Bad credentials\. The `github-token` input is invalid or expired/,
    );
  });

  it('refuses an empty token before any request', () => {
    assert.throws(() => client({ token: '' }), /`github-token` input is empty/);
  });

  it("finds a personal access token's login; an installation token has none", async () => {
    assert.equal(await client({ token: personalToken }).authenticatedLogin(), 'mona');
    assert.equal(await client().authenticatedLogin(), undefined);
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
      ['GET /user 200', 'GET /user 403'],
    );
  });
});
