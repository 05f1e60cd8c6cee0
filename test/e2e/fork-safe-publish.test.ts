/**
 * The fork-safe two-workflow setup, end to end with the bundled dist/index.js:
 * `mode: evaluate` on a fork's pull_request (read-only token) uploads the
 * report with the real @actions/artifact client; `mode: publish` on
 * workflow_run downloads it from that run, validates it, and posts the comment
 * and the check run. The publish job runs in an empty directory: it has no
 * checkout and runs nothing from the pull request.
 */
import assert from 'node:assert/strict';
import { copyFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.ts';
import { buildReport } from '../../src/engine/build-report.ts';
import type { Finding } from '../../src/model/check.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { checkResult, ran } from '../mocks/check-result.ts';
import { type FakeGitHub, startFakeGitHub } from '../mocks/fake-github-full.ts';
import { blocked, now, event as scenarioEvent } from '../report/scenarios.ts';
import { type ActionRun, repositoryRoot, runBundledAction } from './run-bundled-action.ts';

const fixtures = path.join(repositoryRoot, 'test/fixtures');
const owner = 'Codertocat';
const repo = 'Hello-World';
const token = 'ghs_e2eInstallationToken';
const headSha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const fork = 'octocat-fork/Hello-World';
const evaluateRunId = 4242424242;
const publishRunId = 4242424300;
const inputs = {
  config: 'mlgate.yml',
  'github-token': token,
  'working-directory': 'model-service',
};
const explain = (result: ActionRun) => `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;

/** pull_request.opened.json as a fork's PR (the package has no fork example). */
async function forkPullRequestPayload() {
  const payload = JSON.parse(
    await readFile(path.join(fixtures, 'github/pull_request.opened.json'), 'utf8'),
  );
  payload.pull_request.head.repo.full_name = fork;
  return payload;
}

/**
 * workflow_run.completed.json as GitHub sends it when an evaluate run of fork
 * PR #2 completes: event pull_request, the PR head, and no pull_requests (empty
 * for forks).
 */
async function workflowRunPayload(runId: number, conclusion: string) {
  const payload = JSON.parse(
    await readFile(path.join(fixtures, 'github/workflow_run.completed.json'), 'utf8'),
  );
  Object.assign(payload.workflow_run, {
    id: runId,
    event: 'pull_request',
    conclusion,
    head_sha: headSha,
    head_branch: 'changes',
    html_url: `https://github.com/${owner}/${repo}/actions/runs/${runId}`,
    pull_requests: [],
    head_repository: { ...payload.workflow_run.head_repository, full_name: fork },
  });
  return payload;
}

describe('fork-safe evaluate → publish, bundled action end to end', () => {
  let github: FakeGitHub;
  let workspace: string;
  let emptyCheckout: string;

  const evaluate = async () =>
    runBundledAction({
      workspace,
      eventName: 'pull_request',
      payload: await forkPullRequestPayload(),
      apiUrl: github.server.apiUrl,
      resultsUrl: github.server.url,
      runId: evaluateRunId,
      inputs: { ...inputs, mode: 'evaluate' },
    });
  const publish = async (runId = evaluateRunId, conclusion = 'failure') =>
    runBundledAction({
      workspace: emptyCheckout,
      eventName: 'workflow_run',
      payload: await workflowRunPayload(runId, conclusion),
      apiUrl: github.server.apiUrl,
      resultsUrl: github.server.url,
      runId: publishRunId,
      ref: 'refs/heads/master',
      inputs: { ...inputs, mode: 'publish' },
    });
  const comments = (number = 2) => github.server.commentsOn(owner, repo, number);
  /** A report artifact as a pull request could upload it: any content at all. */
  const seedReport = (runId: number, json: string) =>
    github.actions.seedArtifact({
      runId,
      name: 'mlgate-report-default',
      files: { 'mlgate-report.json': json, 'mlgate-report.md': '## ✅ mlgate: passed' },
    });

  beforeAll(async () => {
    github = await startFakeGitHub({ pathPrefix: '/api/v3' });
  });
  afterAll(() => github.server.close());
  beforeEach(async () => {
    github.server.reset();
    workspace = await mkdtemp(path.join(os.tmpdir(), 'mlgate-e2e-fork-'));
    emptyCheckout = await mkdtemp(path.join(os.tmpdir(), 'mlgate-e2e-publish-'));
    await cp(path.join(fixtures, 'e2e/repo'), workspace, { recursive: true });
    github.pulls.seedPull({
      number: 2,
      headSha,
      headRepo: fork,
      files: ['model-service/predictions/scores.csv', 'model-service/data/train.csv'],
    });
  });
  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
    await rm(emptyCheckout, { recursive: true, force: true });
  });

  it('evaluate uploads the report with a read-only token; publish comments and creates the check run', async () => {
    await copyFile(
      path.join(fixtures, 'e2e/variants/scores-unstable.csv'),
      path.join(workspace, 'model-service/predictions/scores.csv'),
    );
    github.server.readOnly = true; // a fork PR's token
    const evaluated = await evaluate();
    assert.equal(evaluated.exitCode, 1, explain(evaluated));
    assert.equal(evaluated.outputs.passed, 'false');
    assert.deepEqual(github.server.apiRequests(), [], 'evaluate makes no GitHub API call');
    const [artifact] = github.actions.artifactsOf(evaluateRunId);
    assert.equal(artifact?.name, 'mlgate-report-default');
    assert.equal(evaluated.outputs['artifact-id'], String(artifact?.id));
    assert.match(evaluated.summary, /p014/);

    github.server.readOnly = false; // the workflow_run job's own token
    const published = await publish();
    assert.equal(published.exitCode, 0, explain(published));
    assert.equal(published.outputs.passed, 'false');
    const [comment] = comments();
    assert.equal(comments().length, 1);
    assert.equal(published.outputs['comment-id'], String(comment?.id));
    assert.match(comment!.body, /❌ mlgate: blocked/);
    assert.match(comment!.body, /p014/);
    assert.match(
      comment!.body,
      /\[workflow run\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/4242424242\)/,
    );

    const [checkRun] = github.checks.on(headSha);
    assert.equal(checkRun?.name, 'mlgate verdict');
    assert.equal(checkRun?.conclusion, 'failure');
    assert.equal(published.outputs['check-run-id'], String(checkRun?.id));
    assert.equal(
      checkRun?.detailsUrl,
      `https://github.com/${owner}/${repo}/actions/runs/${evaluateRunId}`,
    );
    assert.deepEqual(
      checkRun?.annotations.map((a) => [a.path, a.annotation_level]),
      [
        ['model-service/predictions/scores.csv', 'failure'],
        ['model-service/predictions/scores.csv', 'failure'],
      ],
    );
    // The fork's commit is not associated with the PR by the commit endpoint: found among open PRs.
    const paths = github.server.apiRequests().map((r) => `${r.method} ${r.path}`);
    assert.ok(paths.includes(`GET /repos/${owner}/${repo}/commits/${headSha}/pulls`));
    assert.ok(paths.includes(`GET /repos/${owner}/${repo}/pulls`));
    // The artifact came from the evaluate run, through the REST download redirect.
    assert.ok(paths.includes(`GET /repos/${owner}/${repo}/actions/artifacts/${artifact?.id}/zip`));
    assert.equal(github.actions.artifacts.length, 1, 'publish uploads nothing');
    assert.match(published.summary, /p014/);
  });

  it('posts where the trusted event points, never where the artifact says', async () => {
    github.pulls.seedPull({ number: 999, headSha: 'b'.repeat(40) });
    const report = JSON.parse(renderJson(blocked()));
    report.event.pullRequest.number = 999;
    report.event.runUrl = 'https://evil.example/phish';
    report.event.sha = 'b'.repeat(40);
    seedReport(777, JSON.stringify(report));
    const published = await publish(777);
    assert.equal(published.exitCode, 0, explain(published));
    assert.equal(comments(999).length, 0);
    const [comment] = comments(2);
    assert.ok(comment, 'the comment is on PR #2, whose head is the run’s head');
    assert.doesNotMatch(comment!.body, /evil\.example/);
    assert.match(comment!.body, /actions\/runs\/777\)/);
    assert.match(comment!.body, /commit ec26c3e/);
    assert.equal(github.checks.on('b'.repeat(40)).length, 0);
    assert.equal(github.checks.on(headSha).length, 1);
  });

  it('refuses a tampered report: names the problem, fails closed with a failing check run, posts no comment', async () => {
    const report = JSON.parse(renderJson(blocked()));
    report.verdict = { passed: true, reasons: [], blocking: [] };
    report.checks[0].markdown = '<img src=x onerror=alert(1)> @everyone';
    seedReport(778, JSON.stringify(report));
    const published = await publish(778, 'success');
    assert.equal(published.exitCode, 1, explain(published));
    assert.match(
      published.stdout,
      /::error::mlgate could not publish the report: mlgate-report.json in the artifact `mlgate-report-default` of run 778 does not have the shape of an mlgate report: `checks.0`: Unrecognized key: "markdown"/,
    );
    assert.equal(comments().length, 0);
    const [checkRun] = github.checks.on(headSha);
    assert.equal(checkRun?.conclusion, 'failure');
    assert.equal(checkRun?.title, '❌ no usable mlgate report');
    assert.doesNotMatch(checkRun!.summary, /<img|@everyone/);
  });

  it('fails closed when the evaluate run uploaded no report', async () => {
    const published = await publish(779, 'cancelled');
    assert.equal(published.exitCode, 1, explain(published));
    assert.match(
      published.stdout,
      /run 779 \(conclusion: cancelled\) uploaded no artifact `mlgate-report-default`/,
    );
    assert.equal(github.checks.on(headSha)[0]?.conclusion, 'failure');
    assert.equal(comments().length, 0);
  });

  it('annotates 120 findings in batches of 50, failures first', async () => {
    const findings: Finding[] = Array.from({ length: 120 }, (_, i) => ({
      id: `row:${i + 2}`,
      severity: i % 12 < 7 ? 'fail' : 'warn',
      message: `row ${i + 2}: age is not a number`,
      location: { path: 'data/train.csv', line: i + 2, column: 'age' },
    }));
    const report = buildReport({
      config: {
        version: 1,
        gate: configSchema.shape.gate.parse(undefined),
        checks: {},
        attestations: {},
        waivers: [],
      },
      results: [checkResult('schema_validation', ['data-1'], ran(findings))],
      evidenceExists: new Map(),
      event: scenarioEvent,
      now,
      mlgateVersion: '0.1.0',
      configErrors: [],
    });
    seedReport(780, renderJson(report));
    const published = await publish(780);
    assert.equal(published.exitCode, 0, explain(published));
    const [checkRun] = github.checks.on(headSha);
    assert.deepEqual(checkRun?.batches, [50, 50, 20]);
    const levels = checkRun!.annotations.map((a) => a.annotation_level);
    assert.equal(levels.filter((l) => l === 'failure').length, 70);
    assert.deepEqual(levels.slice(0, 70), Array(70).fill('failure'));
    assert.ok(checkRun!.annotations.every((a) => a.path === 'model-service/data/train.csv'));
    assert.deepEqual(
      github.server.writes().map((r) => r.method),
      ['POST', 'POST', 'PATCH', 'PATCH'],
      'one comment, the check run, two more annotation batches',
    );
  });

  it('refuses to publish from anything but workflow_run', async () => {
    const result = await runBundledAction({
      workspace: emptyCheckout,
      eventName: 'pull_request',
      payload: await forkPullRequestPayload(),
      apiUrl: github.server.apiUrl,
      inputs: { ...inputs, mode: 'publish' },
    });
    assert.equal(result.exitCode, 1);
    assert.match(result.stdout, /`mode: publish` runs on `workflow_run`/);
    assert.deepEqual(github.server.apiRequests(), []);
  });
});
