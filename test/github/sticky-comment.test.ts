import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { createGitHubClient } from '../../src/github/github-client.ts';
import { upsertStickyComment } from '../../src/github/sticky-comment.ts';
import { commentMarker } from '../../src/report/comment-marker.ts';
import { FakeGitHubServer } from '../mocks/fake-github-server.ts';

const owner = 'Codertocat';
const repo = 'Hello-World';
const issueNumber = 2;
const installationToken = 'ghs_fakeInstallationToken';
const personalToken = 'ghp_fakePersonalToken';
const marker = commentMarker('default');
const report = (verdict: string) => `## mlgate: ${verdict}\n\nreport body\n\n${marker}\n`;

describe('upsertStickyComment over HTTP', () => {
  let server: FakeGitHubServer;
  const upsert = (
    body: string,
    extra: { token?: string; author?: string; fromFork?: boolean; marker?: string } = {},
  ) =>
    upsertStickyComment({
      client: createGitHubClient({
        token: extra.token ?? installationToken,
        apiUrl: server.apiUrl,
        sleep: async () => {},
      }),
      owner,
      repo,
      issueNumber,
      body,
      marker: extra.marker ?? marker,
      author: extra.author,
      fromFork: extra.fromFork,
    });
  const stored = () => server.commentsOn(owner, repo, issueNumber);
  const writes = () => server.writes().map((r) => `${r.method} ${r.path}`);

  beforeAll(async () => {
    server = await new FakeGitHubServer({ users: { [personalToken]: 'mona' } }).start();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('creates the comment, then edits the same one, then makes no write when unchanged', async () => {
    const first = await upsert(report('passed'));
    assert.equal(first.action, 'created');
    assert.equal(stored().length, 1);
    assert.equal(
      first.url,
      `https://github.com/${owner}/${repo}/pull/2#issuecomment-${first.commentId}`,
    );

    const second = await upsert(report('blocked'));
    assert.deepEqual(second, { ...first, action: 'updated' });
    assert.equal(stored().length, 1);
    assert.equal(stored()[0]?.body, report('blocked'));

    const third = await upsert(report('blocked'));
    assert.deepEqual(third, { ...first, action: 'unchanged' });
    assert.deepEqual(writes(), [
      `POST /repos/${owner}/${repo}/issues/2/comments`,
      `PATCH /repos/${owner}/${repo}/issues/comments/${first.commentId}`,
    ]);
  });

  it('finds its comment on the third page of a long PR thread', async () => {
    for (let i = 0; i < 230; i++)
      server.seedComment({ owner, repo, issueNumber, body: `review ${i}` });
    const ours = server.storeComment({
      owner,
      repo,
      issueNumber,
      body: report('passed'),
      author: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const result = await upsert(report('blocked'));
    assert.deepEqual(result, {
      action: 'updated',
      commentId: ours.id,
      url: `https://github.com/${owner}/${repo}/pull/2#issuecomment-${ours.id}`,
    });
    const pages = server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    assert.deepEqual(
      pages.map((r) => r.query.get('page')),
      [null, '2', '3'],
    );
  });

  it("never edits someone else's comment that quotes the marker", async () => {
    const quoted = server.seedComment({
      owner,
      repo,
      issueNumber,
      author: 'octocat',
      body: `> ${report('passed')}`,
    });
    const result = await upsert(report('passed'));
    assert.equal(result.action, 'created');
    assert.equal(stored().find((c) => c.id === quoted.id)?.body, `> ${report('passed')}`);
    assert.equal(stored().length, 2);
  });

  it('keeps one comment per comment key', async () => {
    const markerB = commentMarker('model-b');
    const a = await upsert(report('passed'));
    const b = await upsert(`model b\n${markerB}`, { marker: markerB });
    const a2 = await upsert(report('blocked'));
    assert.equal(a.action, 'created');
    assert.equal(b.action, 'created');
    assert.equal(a2.action, 'updated');
    assert.equal(a2.commentId, a.commentId);
    assert.notEqual(b.commentId, a.commentId);
    assert.equal(stored().length, 2);
  });

  it("uses a personal access token's own login (GET /user) as the author", async () => {
    // A comment by github-actions[bot] with the marker is not ours when we write as mona.
    server.storeComment({
      owner,
      repo,
      issueNumber,
      body: report('passed'),
      author: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const first = await upsert(report('passed'), { token: personalToken });
    assert.equal(first.action, 'created');
    const second = await upsert(report('blocked'), { token: personalToken });
    assert.equal(second.action, 'updated');
    assert.equal(stored().filter((c) => c.author.login === 'mona').length, 1);
  });

  it('takes an explicit author (GitHub App tokens) without asking GET /user', async () => {
    const existing = server.storeComment({
      owner,
      repo,
      issueNumber,
      body: report('passed'),
      author: { login: 'my-app[bot]', type: 'Bot' },
    });
    // The fake's ghs_ tokens write as github-actions[bot]; the edit still goes to the app's comment.
    const result = await upsert(report('blocked'), { author: 'My-App[bot]' });
    assert.equal(result.action, 'updated');
    assert.equal(result.commentId, existing.id);
    assert.equal(
      server.requests.some((r) => r.path === '/user'),
      false,
    );
  });

  it('appends the marker when the body lacks it, so the next run finds the comment', async () => {
    const first = await upsert('plain body');
    assert.equal(first.action, 'created');
    assert.equal(stored()[0]?.body, `plain body\n\n${marker}\n`);
    const second = await upsert('plain body');
    assert.equal(second.action, 'unchanged');
    assert.equal(second.commentId, first.commentId);
  });

  it('treats CRLF line ends and trailing blanks in the stored body as no change', async () => {
    server.storeComment({
      owner,
      repo,
      issueNumber,
      body: `${report('passed').replaceAll('\n', '\r\n')}  \r\n`,
      author: { login: 'github-actions[bot]', type: 'Bot' },
    });
    assert.equal((await upsert(report('passed'))).action, 'unchanged');
    assert.deepEqual(writes(), []);
  });

  it('returns forbidden with fork-safe advice on a read-only token, without throwing', async () => {
    server.readOnly = true;
    const result = await upsert(report('passed'), { fromFork: true });
    assert.equal(result.action, 'forbidden');
    assert.match(result.message, /403 "Resource not accessible by integration"/);
    assert.match(result.message, /forks get a read-only token/);
    assert.match(result.message, /job summary/);
    assert.match(
      result.message,
      /`mode: evaluate` on `pull_request`.*`mode: publish` on `workflow_run`/,
    );
    assert.equal(stored().length, 0);
  });

  it('tells a same-repo run which permission the job lacks', async () => {
    server.readOnly = true;
    const result = await upsert(report('passed'));
    assert.equal(result.action, 'forbidden');
    assert.match(result.message, /GitHub asks for: issues=write; pull_requests=write/);
    assert.match(result.message, /permissions: \{ pull-requests: write, contents: read \}/);
  });

  it('rides out a 5xx on the edit', async () => {
    const first = await upsert(report('passed'));
    assert.equal(first.action, 'created');
    server.failNext({ kind: 'server-error', status: 502 }, { method: 'PATCH' });
    const second = await upsert(report('blocked'));
    assert.equal(second.action, 'updated');
    assert.equal(second.commentId, first.commentId);
    assert.equal(stored().length, 1);
  });

  it('propagates other failures with the endpoint and status', async () => {
    server.failNext({ kind: 'server-error', status: 500 }, { method: 'GET', path: /comments$/ }, 4);
    await assert.rejects(
      upsert(report('passed')),
      /GitHub API GET \/repos\/Codertocat\/Hello-World\/issues\/2\/comments\?per_page=100 failed with 500: Server Error \(after 4 attempts\)/,
    );
  });

  it('refuses a body over GitHub’s 65,536-character limit before calling the API', async () => {
    await assert.rejects(
      upsert(`${'x'.repeat(65_537)}${marker}`),
      /65571 characters; GitHub accepts at most 65536/,
    );
    assert.deepEqual(server.requests, []);
  });
});
