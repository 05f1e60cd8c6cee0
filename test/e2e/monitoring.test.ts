/**
 * The monitoring loop end to end with the bundled action: a scheduled run whose
 * gate blocks opens one issue, a second blocked run updates it, a passing run
 * closes it with a comment.
 */
import assert from 'node:assert/strict';
import { copyFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { monitoringMarker } from '../../src/report/comment-marker.ts';
import { type FakeGitHub, startFakeGitHub } from '../mocks/fake-github-full.ts';
import { type ActionRun, repositoryRoot, runBundledAction } from './run-bundled-action.ts';

const fixtures = path.join(repositoryRoot, 'test/fixtures');
const explain = (result: ActionRun) => `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;

describe('scheduled monitoring, bundled action end to end', () => {
  let github: FakeGitHub;
  let workspace: string;
  const scores = path.join('model-service', 'predictions', 'scores.csv');

  const scheduled = (runId: number, inputs: Record<string, string> = {}) =>
    runBundledAction({
      workspace,
      // The package has no schedule example; GitHub's payload is just the cron expression.
      eventName: 'schedule',
      payload: { schedule: '30 6 * * *' },
      apiUrl: github.server.apiUrl,
      resultsUrl: github.server.url,
      runId,
      ref: 'refs/heads/master',
      sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      inputs: {
        config: 'mlgate.yml',
        'github-token': 'ghs_e2eInstallationToken',
        'working-directory': 'model-service',
        ...inputs,
      },
    });

  beforeAll(async () => {
    github = await startFakeGitHub({ pathPrefix: '/api/v3' });
  });
  afterAll(() => github.server.close());
  beforeEach(async () => {
    github.server.reset();
    workspace = await mkdtemp(path.join(os.tmpdir(), 'mlgate-e2e-monitor-'));
    await cp(path.join(fixtures, 'e2e/repo'), workspace, { recursive: true });
  });
  afterEach(() => rm(workspace, { recursive: true, force: true }));

  it('opens one issue when the serving predictions fail, updates it, closes it when they pass', async () => {
    const green = await scheduled(1);
    assert.equal(green.exitCode, 0, explain(green));
    assert.equal(github.issues.issues.length, 0);
    assert.equal(green.outputs['issue-number'], '');

    await copyFile(
      path.join(fixtures, 'e2e/variants/scores-unstable.csv'),
      path.join(workspace, scores),
    );
    const red = await scheduled(2);
    assert.equal(red.exitCode, 1, explain(red));
    const [issue] = github.issues.issues;
    assert.equal(red.outputs['issue-number'], String(issue?.number));
    assert.equal(issue?.state, 'open');
    assert.deepEqual(issue?.labels, ['mlgate-monitoring']);
    assert.ok(issue?.body.startsWith(monitoringMarker('default')));
    assert.match(issue!.body, /p014/);
    assert.match(issue!.body, /actions\/runs\/2\)/);
    assert.equal(github.checks.checkRuns.length, 0, 'no check run without a pull request');
    assert.equal(github.server.commentsOn('Codertocat', 'Hello-World', 2).length, 0);

    const stillRed = await scheduled(3);
    assert.equal(stillRed.exitCode, 1);
    assert.equal(github.issues.issues.length, 1);
    assert.match(issue!.body, /actions\/runs\/3\)/);

    await copyFile(
      path.join(fixtures, 'e2e/repo/model-service/predictions/scores.csv'),
      path.join(workspace, scores),
    );
    const back = await scheduled(4);
    assert.equal(back.exitCode, 0, explain(back));
    assert.equal(issue?.state, 'closed');
    assert.equal(back.outputs['issue-number'], String(issue?.number));
    const [closing] = github.server.commentsOn('Codertocat', 'Hello-World', issue!.number);
    assert.match(closing!.body, /passes the gate again/);
  });

  it('leaves issues alone with `issue: off`', async () => {
    await copyFile(
      path.join(fixtures, 'e2e/variants/scores-unstable.csv'),
      path.join(workspace, scores),
    );
    const red = await scheduled(5, { issue: 'off' });
    assert.equal(red.exitCode, 1);
    assert.deepEqual(github.server.apiRequests(), []);
  });
});
