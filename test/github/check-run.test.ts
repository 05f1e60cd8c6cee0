import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { checkRunName, checkRunTitle, publishCheckRun } from '../../src/github/check-run.ts';
import { type CheckAnnotation, createGitHubClient } from '../../src/github/github-client.ts';
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
  const publish = (report = blocked(), annotations: CheckAnnotation[] = []) =>
    publishCheckRun({
      client: createGitHubClient({
        token: 'ghs_checks',
        apiUrl: server.apiUrl,
        sleep: async () => {},
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
  beforeEach(() => server.reset());

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
