import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { eventFromActions } from '../../src/github/event-context.ts';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/github/${name}`, import.meta.url), 'utf8'));

// The merge commit GitHub would put in GITHUB_SHA for this PR: anything but the head SHA.
const mergeSha = '1111111111111111111111111111111111111111';
const runnerEnv = {
  GITHUB_REPOSITORY: 'Codertocat/Hello-World',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '9876543210',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SHA: mergeSha,
  GITHUB_REF: 'refs/pull/2/merge',
};

describe('eventFromActions', () => {
  it('takes the PR head SHA, not the merge SHA, on pull_request', () => {
    const event = eventFromActions({
      eventName: 'pull_request',
      payload: fixture('pull_request.opened.json'),
      env: runnerEnv,
    });
    assert.deepEqual(event, {
      name: 'pull_request',
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
      ref: 'refs/pull/2/merge',
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9876543210',
      sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      pullRequest: {
        number: 2,
        headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
        baseRef: 'master',
        headRef: 'changes',
        fromFork: false,
        author: 'Codertocat',
      },
    });
  });

  it('reads pull_request_target the same way (GITHUB_SHA is the base tip there)', () => {
    const event = eventFromActions({
      eventName: 'pull_request_target',
      payload: fixture('pull_request.opened.json'),
      env: { ...runnerEnv, GITHUB_SHA: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' },
    });
    assert.equal(event.sha, 'ec26c3e57ca3a959ca5aad62de7213c562f8c821');
    assert.equal(event.pullRequest?.number, 2);
  });

  it('marks a PR whose head lives in another repository as from a fork', () => {
    // Derived from pull_request.opened.json: the package ships no fork PR.
    const payload = fixture('pull_request.opened.json');
    const pr = payload.pull_request as { head: { repo: { full_name: string } } };
    pr.head.repo.full_name = 'octocat-fork/Hello-World';
    const event = eventFromActions({ eventName: 'pull_request', payload, env: runnerEnv });
    assert.equal(event.pullRequest?.fromFork, true);
  });

  it('treats a PR whose fork was deleted (head.repo null) as from a fork', () => {
    const payload = fixture('pull_request.opened.json');
    (payload.pull_request as { head: { repo: unknown } }).head.repo = null;
    const event = eventFromActions({ eventName: 'pull_request', payload, env: runnerEnv });
    assert.equal(event.pullRequest?.fromFork, true);
  });

  it('has no PR on push, workflow_dispatch and schedule, and uses GITHUB_SHA', () => {
    const cases: Array<[string, unknown]> = [
      ['push', fixture('push.json')],
      ['workflow_dispatch', fixture('workflow_dispatch.json')],
      // What the runner writes for `schedule` (not in @octokit/webhooks-examples).
      ['schedule', { schedule: '30 5 * * 1' }],
    ];
    for (const [eventName, payload] of cases) {
      const event = eventFromActions({
        eventName,
        payload,
        env: { ...runnerEnv, GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' },
      });
      assert.equal(event.pullRequest, undefined, eventName);
      assert.equal(event.sha, '6113728f27ae82c7b1a177c8d03f9e96e0adf246', eventName);
      assert.equal(event.name, eventName);
    }
  });

  it('builds the run link from GITHUB_SERVER_URL for GitHub Enterprise Server', () => {
    const event = eventFromActions({
      eventName: 'push',
      payload: fixture('push.json'),
      env: { ...runnerEnv, GITHUB_SERVER_URL: 'https://ghes.example.com/' },
    });
    assert.equal(
      event.runUrl,
      'https://ghes.example.com/Codertocat/Hello-World/actions/runs/9876543210',
    );
  });

  it('falls back to the payload repository and omits the run link outside a run', () => {
    const event = eventFromActions({
      eventName: 'push',
      payload: fixture('push.json'),
      env: {},
    });
    assert.deepEqual(event, {
      name: 'push',
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
    });
  });

  it('names the missing field of a truncated pull_request payload', () => {
    const payload = fixture('pull_request.opened.json');
    delete (payload.pull_request as { head: { sha?: string } }).head.sha;
    assert.throws(
      () => eventFromActions({ eventName: 'pull_request', payload, env: runnerEnv }),
      /GITHUB_EVENT_PATH.*`pull_request\.head\.sha`/,
    );
  });

  it('refuses a malformed GITHUB_REPOSITORY and a missing event name', () => {
    assert.throws(
      () =>
        eventFromActions({
          eventName: 'push',
          payload: {},
          env: { GITHUB_REPOSITORY: 'no-slash' },
        }),
      /GITHUB_REPOSITORY is "no-slash"; expected owner\/repo/,
    );
    assert.throws(
      () => eventFromActions({ eventName: '', payload: {}, env: {} }),
      /GITHUB_EVENT_NAME is not set/,
    );
  });
});
