import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { createGitHubClient } from '../../src/github/github-client.ts';
import { monitoringLabel, syncMonitoringIssue } from '../../src/github/monitoring-issue.ts';
import type { Report } from '../../src/model/report-model.ts';
import { monitoringMarker } from '../../src/report/comment-marker.ts';
import { FakeGitHubIssues } from '../mocks/fake-github-issues.ts';
import { FakeGitHubServer } from '../mocks/fake-github-server.ts';
import { allPass, blocked } from '../report/scenarios.ts';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const scheduled = (report: Report, run: number): Report => ({
  ...report,
  event: {
    name: 'schedule',
    repository: repo,
    sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
    runUrl: `https://github.com/Codertocat/Hello-World/actions/runs/${run}`,
  },
});

describe('syncMonitoringIssue over HTTP', () => {
  let server: FakeGitHubServer;
  let issues: FakeGitHubIssues;
  const sync = (report: Report, commentKey = 'default') =>
    syncMonitoringIssue({
      client: createGitHubClient({
        token: 'ghs_monitor',
        apiUrl: server.apiUrl,
        sleep: async () => {},
      }),
      repo,
      commentKey,
      report,
    });
  const open = () => issues.issues.filter((i) => i.state === 'open' && !i.isPullRequest);

  beforeAll(async () => {
    server = await new FakeGitHubServer().start();
    issues = new FakeGitHubIssues(server);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('opens one issue when the gate blocks, updates it while it blocks, closes it with a comment when it passes', async () => {
    assert.deepEqual(await sync(scheduled(allPass(), 1)), { action: 'none' });
    assert.equal(server.writes().length, 0);

    const opened = await sync(scheduled(blocked(), 2));
    assert.equal(opened.action, 'opened');
    const [issue] = open();
    assert.equal(issue?.title, 'mlgate monitoring: the gate blocks');
    assert.deepEqual(issue?.labels, [monitoringLabel]);
    assert.equal(issue?.author.login, 'github-actions[bot]');
    assert.ok(issue?.body.startsWith(monitoringMarker('default')));
    assert.match(issue!.body, /actions\/runs\/2/);
    assert.match(issue!.body, /❌ mlgate: blocked/);

    const same = await sync(scheduled(blocked(), 2));
    assert.deepEqual(same, {
      action: 'unchanged',
      number: issue!.number,
      url: (opened as { url: string }).url,
    });

    const updated = await sync(scheduled(blocked(), 3));
    assert.equal(updated.action, 'updated');
    assert.equal(open().length, 1);
    assert.match(open()[0]!.body, /actions\/runs\/3/);

    const closed = await sync(scheduled(allPass(), 4));
    assert.deepEqual(closed, {
      action: 'closed',
      number: issue!.number,
      url: (opened as { url: string }).url,
    });
    assert.equal(open().length, 0);
    assert.equal(issue?.stateReason, 'completed');
    const [comment] = server.commentsOn(repo.owner, repo.repo, issue!.number);
    assert.match(
      comment!.body,
      /passes the gate again \(\[run\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/4\)\)/,
    );
    assert.deepEqual(
      server.writes().map((r) => `${r.method} ${r.path}`),
      [
        'POST /repos/Codertocat/Hello-World/issues',
        `PATCH /repos/Codertocat/Hello-World/issues/${issue!.number}`,
        `POST /repos/Codertocat/Hello-World/issues/${issue!.number}/comments`,
        `PATCH /repos/Codertocat/Hello-World/issues/${issue!.number}`,
      ],
    );

    // Blocked again after closing: a new issue, the closed one stays closed.
    assert.equal((await sync(scheduled(blocked(), 5))).action, 'opened');
    assert.equal(open().length, 1);
    assert.notEqual(open()[0]!.number, issue!.number);
  });

  it('leaves alone issues by people that quote the marker, pull requests, and other keys', async () => {
    const quoted = issues.seedIssue(
      {
        title: 'why is it red?',
        body: `see ${monitoringMarker('default')}`,
        labels: [monitoringLabel],
      },
      server,
    );
    issues.seedIssue(
      {
        title: 'a PR',
        body: monitoringMarker('default'),
        labels: [monitoringLabel],
        isPullRequest: true,
        author: 'github-actions[bot]',
      },
      server,
    );
    const other = await sync(scheduled(blocked(), 1), 'model-b');
    const mine = await sync(scheduled(blocked(), 1));
    assert.equal(other.action, 'opened');
    assert.equal(mine.action, 'opened');
    assert.notEqual((other as { number: number }).number, (mine as { number: number }).number);
    assert.equal(
      open().find((i) => i.number === (other as { number: number }).number)?.title,
      'mlgate monitoring (model-b): the gate blocks',
    );
    assert.equal(quoted.body, `see ${monitoringMarker('default')}`);
    assert.equal((await sync(scheduled(allPass(), 2))).action, 'closed');
    assert.equal(quoted.state, 'open');
  });

  it('warns instead of failing when the token may not write issues', async () => {
    server.readOnly = true;
    const result = await sync(scheduled(blocked(), 1));
    assert.equal(result.action, 'forbidden');
    assert.match((result as { message: string }).message, /issues: write.*`issue: off`/);
  });
});
