import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { checkRunName, checkRunTitle, publishCheckRun } from '../../src/github/check-run.ts';
import { type CheckAnnotation, createGitHubClient } from '../../src/github/github-client.ts';
import { RetryBudget } from '../../src/github/retry-budget.ts';
import { FakeGitHubChecks } from '../mocks/fake-github-checks.ts';
import { FakeGitHubServer } from '../mocks/fake-github-server.ts';
import { allPass, blocked } from '../report/scenarios.ts';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const headSha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const annotation = (n: number, level: CheckAnnotation['level']): CheckAnnotation => ({
  path: 'data/train.csv',
  startLine: n,
  endLine: n,
  level,
  title: `finding ${n}`,
  message: `row ${n} is wrong`,
});

describe('publishCheckRun over HTTP', () => {
  let server: FakeGitHubServer;
  let checks: FakeGitHubChecks;
  let sleeps: number[];
  const publish = (
    report = blocked(),
    annotations: CheckAnnotation[] = [],
    retryBudget = new RetryBudget(),
  ) =>
    publishCheckRun({
      client: createGitHubClient({
        token: 'ghs_checks',
        apiUrl: server.apiUrl,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        retryBudget,
      }),
      repo,
      headSha,
      name: checkRunName('default'),
      report,
      summary: '## report',
      annotations,
      completedAt: '2026-06-15T09:30:00Z',
      detailsUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1',
      externalId: 'default',
    });

  beforeAll(async () => {
    server = await new FakeGitHubServer().start();
    checks = new FakeGitHubChecks(server);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    sleeps = [];
  });

  it('creates a completed check run with the verdict as its conclusion', async () => {
    const passed = await publish(allPass());
    const failed = await publish(blocked());
    assert.equal(passed.action, 'created');
    const [first, second] = checks.on(headSha);
    assert.equal(first?.name, 'mlgate verdict');
    assert.equal(first?.conclusion, 'success');
    assert.equal(first?.status, 'completed');
    assert.equal(first?.title, checkRunTitle(allPass()));
    assert.match(first!.title, /^✅ passed · ML Test Score/);
    assert.equal(second?.conclusion, 'failure');
    assert.match(second!.title, /^❌ blocked \(\d+ reasons?\)/);
    assert.equal(first?.summary, '## report');
    assert.equal(first?.externalId, 'default');
    assert.equal((failed as { id: number }).id, second?.id);
  });

  it('sends 120 annotations in batches of at most 50, failures first, all arriving in order', async () => {
    const annotations = [
      ...Array.from({ length: 70 }, (_, i) => annotation(i + 1, 'failure')),
      ...Array.from({ length: 50 }, (_, i) => annotation(i + 71, 'warning')),
    ];
    const result = await publish(blocked(), annotations);
    assert.deepEqual(result, {
      action: 'created',
      id: checks.checkRuns[0]!.id,
      url: `https://github.com/Codertocat/Hello-World/runs/${checks.checkRuns[0]!.id}`,
      annotations: 120,
      requests: 3,
      skipped: [],
    });
    const [run] = checks.checkRuns;
    assert.deepEqual(run?.batches, [50, 50, 20]);
    assert.deepEqual(
      run?.annotations.map((a) => a.start_line),
      annotations.map((a) => a.startLine),
    );
    assert.deepEqual(
      server.writes().map((r) => r.method),
      ['POST', 'PATCH', 'PATCH'],
    );
  });

  it('keeps at most 1000 annotations and says how many were left out', async () => {
    const annotations = Array.from({ length: 1003 }, (_, i) => annotation(i + 1, 'warning'));
    const result = await publish(blocked(), annotations);
    assert.equal((result as { requests: number }).requests, 20);
    assert.equal(checks.checkRuns[0]?.annotations.length, 1000);
    assert.match(checks.checkRuns[0]!.summary, /3 more annotations are left out/);
  });

  it('skips the batches the retry budget cannot wait for, says which, and keeps the check run', async () => {
    const annotations = Array.from({ length: 120 }, (_, i) => annotation(i + 1, 'failure'));
    // Batch 2 waits 60 s (paid), is limited again and would wait 60 s more: 30 s are left.
    server.failNext(
      { kind: 'secondary-rate-limit', retryAfterSeconds: 60 },
      { method: 'PATCH' },
      2,
    );
    const result = await publish(blocked(), annotations, new RetryBudget(90_000));
    assert.equal(result.action, 'created');
    assert.deepEqual(result.action === 'created' && result.skipped, [
      "annotation batches 2 to 3 of 3 skipped: GitHub asked to wait 60 s, more than the 30 s left of the run's retry budget of 90 s " +
        `(GitHub answered 403 to PATCH /repos/Codertocat/Hello-World/check-runs/${checks.checkRuns[0]!.id}: ` +
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.)',
    ]);
    assert.equal(result.action === 'created' && result.annotations, 50);
    assert.deepEqual(sleeps, [60_000]);
    assert.deepEqual(checks.checkRuns[0]?.batches, [50], 'batch 3 was not sent into the limit');
    assert.equal(checks.checkRuns[0]?.conclusion, 'failure');
  });

  it('names the one batch skipped when it is the last', async () => {
    const annotations = Array.from({ length: 60 }, (_, i) => annotation(i + 1, 'warning'));
    server.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 120 }, { method: 'PATCH' });
    const result = await publish(blocked(), annotations);
    assert.match(
      (result as { skipped: string[] }).skipped[0] ?? '',
      /^annotation batch 2 of 2 skipped: GitHub asked to wait 120 s, more than the 90 s left/,
    );
  });

  it('still fails on a batch GitHub refuses outright (not a skip)', async () => {
    const annotations = Array.from({ length: 60 }, (_, i) => annotation(i + 1, 'warning'));
    server.failNext({ kind: 'server-error', status: 502 }, { method: 'PATCH' }, 10);
    await assert.rejects(
      publish(blocked(), annotations),
      /failed with 502: Server Error \(after 4 attempts\)/,
    );
  });

  it('warns instead of failing when the token may not write checks', async () => {
    server.readOnly = true;
    const result = await publish();
    assert.equal(result.action, 'forbidden');
    assert.match((result as { message: string }).message, /needs `checks: write`/);
    assert.equal(checks.checkRuns.length, 0);
  });

  it('names the check run after the comment key', () => {
    assert.equal(checkRunName('model-a'), 'mlgate verdict (model-a)');
  });
});
