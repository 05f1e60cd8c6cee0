/**
 * The action as GitHub runs it: the committed dist/index.js in a child process,
 * talking over HTTP to a local server that plays GitHub's REST API (served
 * under /api/v3, as on GitHub Enterprise Server, so GITHUB_API_URL must be
 * honoured). Rebuild dist/ with `npm run bundle` after changing src/.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { commentMarker } from '../../src/report/comment-marker.ts';
import { type FakeGitHub, startFakeGitHub } from '../mocks/fake-github-full.ts';
import type { FakeGitHubServer } from '../mocks/fake-github-server.ts';
import { type ActionRun, repositoryRoot, runBundledAction } from './run-bundled-action.ts';

const fixtures = path.join(repositoryRoot, 'test/fixtures');
const owner = 'Codertocat';
const repo = 'Hello-World';
const token = 'ghs_e2eInstallationToken';
const headSha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const runId = 4242424242;

const pullRequestPayload = async () =>
  JSON.parse(await readFile(path.join(fixtures, 'github/pull_request.opened.json'), 'utf8'));

describe('bundled action end to end', () => {
  let github: FakeGitHub;
  let server: FakeGitHubServer;
  let workspace: string;

  const run = async (
    options: { inputs?: Record<string, string>; eventName?: string; payload?: unknown } = {},
  ): Promise<ActionRun> =>
    runBundledAction({
      workspace,
      eventName: options.eventName ?? 'pull_request',
      payload: options.payload ?? (await pullRequestPayload()),
      apiUrl: server.apiUrl,
      resultsUrl: server.url,
      runId,
      inputs: {
        config: 'mlgate.yml',
        'github-token': token,
        comment: 'update',
        'comment-key': 'default',
        'working-directory': 'model-service',
        ...options.inputs,
      },
    });
  const breakPredictions = () =>
    copyFile(
      path.join(fixtures, 'e2e/variants/scores-unstable.csv'),
      path.join(workspace, 'model-service/predictions/scores.csv'),
    );
  const comments = () => server.commentsOn(owner, repo, 2);
  /** Writes to PR comments (check runs are tested on their own). */
  const writes = () =>
    server
      .writes()
      .filter((r) => r.path.includes('/issues/'))
      .map((r) => `${r.method} ${r.path}`);
  const explain = (result: ActionRun) => `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;

  beforeAll(async () => {
    assert.ok(
      existsSync(path.join(repositoryRoot, 'dist/index.js')),
      'dist/index.js is missing: run `npm run bundle`',
    );
    github = await startFakeGitHub({ pathPrefix: '/api/v3' });
    server = github.server;
  });
  afterAll(() => server.close());
  afterEach(() => rm(workspace, { recursive: true, force: true }));
  beforeEach(async () => {
    server.reset();
    github.pulls.seedPull({
      number: 2,
      headSha,
      files: ['model-service/predictions/scores.csv', 'README.md'],
    });
    workspace = await mkdtemp(path.join(os.tmpdir(), 'mlgate-e2e-repo-'));
    await cp(path.join(fixtures, 'e2e/repo'), workspace, { recursive: true });
  });

  it('creates one comment, edits that same comment, and makes no write when nothing changed', async () => {
    const first = await run();
    assert.equal(first.exitCode, 0, explain(first));
    assert.equal(first.outputs.passed, 'true');
    assert.equal(comments().length, 1);
    const [comment] = comments();
    assert.equal(comment?.author.login, 'github-actions[bot]');
    assert.equal(first.outputs['comment-id'], String(comment?.id));
    assert.ok(comment?.body.includes(commentMarker('default')));
    // The report is about the PR head (ec26c3e…), not the merge commit in GITHUB_SHA.
    assert.match(comment?.body ?? '', /ec26c3e/);
    assert.doesNotMatch(comment?.body ?? '', /1111111/);
    assert.deepEqual(writes(), [`POST /repos/${owner}/${repo}/issues/2/comments`]);
    const [passing] = github.checks.on(headSha);
    assert.equal(passing?.name, 'mlgate verdict');
    assert.equal(passing?.conclusion, 'success');
    assert.equal(first.outputs['check-run-id'], String(passing?.id));

    await breakPredictions();
    const second = await run();
    assert.equal(second.exitCode, 1, explain(second));
    assert.equal(second.outputs.passed, 'false');
    assert.match(second.stdout, /::error::mlgate blocked this change/);
    assert.equal(comments().length, 1);
    assert.equal(second.outputs['comment-id'], String(comment?.id));
    assert.match(comments()[0]?.body ?? '', /p014/);
    assert.deepEqual(writes(), [
      `POST /repos/${owner}/${repo}/issues/2/comments`,
      `PATCH /repos/${owner}/${repo}/issues/comments/${comment?.id}`,
    ]);
    // The blocking run's check run fails and marks the changed predictions file.
    const failing = github.checks.on(headSha)[1];
    assert.equal(failing?.conclusion, 'failure');
    assert.match(failing?.title ?? '', /^❌ blocked/);
    assert.match(failing?.summary ?? '', /p014/);
    // Two findings on the score column, each at its first cell: the NaN (line 4, p014) and
    // the probability above 1 (line 8, p030).
    assert.deepEqual(
      failing?.annotations.map((a) => [a.path, a.start_line, a.annotation_level]),
      [
        ['model-service/predictions/scores.csv', 4, 'failure'],
        ['model-service/predictions/scores.csv', 8, 'failure'],
      ],
    );
    for (const annotation of failing?.annotations ?? []) {
      assert.match(
        annotation.title ?? '',
        /^Predictions are numerically stable \(numerical_stability: column:score:(nan|outside-probability)\)$/,
      );
    }

    const third = await run();
    assert.equal(third.exitCode, 1, explain(third));
    assert.equal(third.outputs['comment-id'], String(comment?.id));
    assert.equal(writes().length, 2, 'an unchanged report must not be written again');
    assert.equal(comments().length, 1);
  });

  it('falls back to the job summary with a warning on a read-only token; the exit code still follows the verdict', async () => {
    // A fork PR (derived from the fixture: the package has none): its token is read-only.
    const payload = await pullRequestPayload();
    payload.pull_request.head.repo.full_name = 'octocat-fork/Hello-World';
    server.readOnly = true;

    const passing = await run({ payload });
    assert.equal(passing.exitCode, 0, explain(passing));
    assert.equal(passing.outputs.passed, 'true');
    assert.equal(passing.outputs['comment-id'], '');
    assert.match(passing.stdout, /::warning::.*Resource not accessible by integration/);
    assert.match(passing.stdout, /::warning::.*forks get a read-only token/);
    assert.match(passing.summary, /numerical_stability|numerically stable/i);
    assert.match(passing.summary, /ec26c3e/);
    assert.equal(comments().length, 0);
    // No check run is even tried with a fork's read-only token; the job status carries the verdict.
    assert.equal(github.checks.checkRuns.length, 0);
    assert.match(passing.stdout, /no check run for a pull request from a fork/);

    await breakPredictions();
    const blocked = await run({ payload });
    assert.equal(blocked.exitCode, 1, explain(blocked));
    assert.equal(blocked.outputs.passed, 'false');
    assert.match(blocked.summary, /p014/);
    assert.equal(comments().length, 0);
  });

  it('rides out a 502 from GitHub and still writes exactly one comment', async () => {
    server.failNext({ kind: 'server-error', status: 502 }, { method: 'POST', path: /comments$/ });
    const result = await run();
    assert.equal(result.exitCode, 0, explain(result));
    assert.equal(comments().length, 1);
    assert.deepEqual(
      server
        .writes()
        .filter((r) => r.path.endsWith('/comments'))
        .map((r) => r.status),
      [502, 201],
    );
  });

  it('blocks on a misspelled config key, names it, and posts no comment claiming success', async () => {
    await copyFile(
      path.join(fixtures, 'e2e/variants/mlgate-misspelled-key.yml'),
      path.join(workspace, 'model-service/mlgate.yml'),
    );
    const result = await run();
    assert.equal(result.exitCode, 1, explain(result));
    assert.equal(result.outputs.passed, 'false');
    // The error annotation points at the misspelled key's line of mlgate.yml.
    assert.match(
      result.stdout,
      /::error file=model-service\/mlgate.yml,line=7::.*probabilty_columns/,
    );
    for (const comment of comments()) {
      assert.match(comment.body, /probabilty_columns/);
      assert.doesNotMatch(comment.body, /✅/);
    }
    const [checkRun] = github.checks.on(headSha);
    assert.equal(checkRun?.conclusion, 'failure');
    assert.deepEqual(
      checkRun?.annotations.map((a) => [a.path, a.start_line, a.annotation_level, a.title]),
      [
        [
          'model-service/mlgate.yml',
          7,
          'failure',
          'mlgate config: checks.numerical_stability.probabilty_columns',
        ],
      ],
    );
  });

  it('makes no API call at all with `comment: off` and `check-run: off`', async () => {
    const result = await run({ inputs: { comment: 'off', 'check-run': 'off' } });
    assert.equal(result.exitCode, 0, explain(result));
    assert.equal(result.outputs['comment-id'], '');
    assert.equal(result.outputs['check-run-id'], '');
    assert.deepEqual(server.apiRequests(), []);
    assert.match(result.summary, /numerical_stability|numerically stable/i);
  });

  it('keeps two comments for two comment keys and edits only its own', async () => {
    const a = await run({ inputs: { 'comment-key': 'model-a' } });
    const b = await run({ inputs: { 'comment-key': 'model-b' } });
    assert.equal(a.exitCode, 0, explain(a));
    assert.equal(b.exitCode, 0, explain(b));
    assert.equal(comments().length, 2);
    const bodyOfB = comments().find((c) => c.body.includes(commentMarker('model-b')))?.body;

    await breakPredictions();
    const a2 = await run({ inputs: { 'comment-key': 'model-a' } });
    assert.equal(a2.exitCode, 1, explain(a2));
    assert.equal(a2.outputs['comment-id'], a.outputs['comment-id']);
    assert.equal(comments().length, 2);
    assert.equal(comments().find((c) => c.body.includes(commentMarker('model-b')))?.body, bodyOfB);
    assert.deepEqual(writes(), [
      `POST /repos/${owner}/${repo}/issues/2/comments`,
      `POST /repos/${owner}/${repo}/issues/2/comments`,
      `PATCH /repos/${owner}/${repo}/issues/comments/${a.outputs['comment-id']}`,
    ]);
  });

  it('on push there is no PR: no API call, the report goes to the job summary', async () => {
    const payload = JSON.parse(await readFile(path.join(fixtures, 'github/push.json'), 'utf8'));
    const result = await run({ eventName: 'push', payload });
    assert.equal(result.exitCode, 0, explain(result));
    assert.deepEqual(server.apiRequests(), []);
    assert.match(result.summary, /numerical_stability|numerically stable/i);
  });

  it('uploads the Markdown and JSON reports as the artifact mlgate-report-<key>, kept `retention-days`', async () => {
    await breakPredictions();
    const result = await run({ inputs: { 'comment-key': 'model-a', 'retention-days': '5' } });
    assert.equal(result.exitCode, 1, explain(result));
    const [artifact] = github.actions.artifactsOf(runId);
    assert.equal(artifact?.name, 'mlgate-report-model-a');
    assert.equal(result.outputs['artifact-id'], String(artifact?.id));
    const files = github.actions.filesOf(artifact!);
    assert.deepEqual(Object.keys(files).sort(), ['mlgate-report.json', 'mlgate-report.md']);
    assert.equal(files['mlgate-report.md'], await readFile(result.outputs['report-path']!, 'utf8'));
    const report = JSON.parse(files['mlgate-report.json']!);
    assert.equal(report.verdict.passed, false);
    assert.equal(report.event.pullRequest.number, 2);
    const days = (Date.parse(artifact!.expiresAt!) - Date.now()) / 86_400_000;
    assert.ok(days > 4.9 && days <= 5, `expires in ${days} days`);
  });

  it('warns and carries on when artifacts are unavailable (GitHub Enterprise Server)', async () => {
    const result = await runBundledAction({
      workspace,
      eventName: 'pull_request',
      payload: await pullRequestPayload(),
      apiUrl: server.apiUrl,
      resultsUrl: server.url,
      serverUrl: 'https://ghe.example.com',
      inputs: { config: 'mlgate.yml', 'github-token': token, 'working-directory': 'model-service' },
    });
    assert.equal(result.exitCode, 0, explain(result));
    assert.match(
      result.stdout,
      /::warning::mlgate: GitHub Enterprise Server does not support the artifact client/,
    );
    assert.equal(result.outputs['artifact-id'], '');
    assert.equal(github.actions.artifacts.length, 0);
    assert.equal(comments().length, 1, 'the comment is still posted');
  });

  it('gate mode skips the writes the retry budget cannot wait for and lists them in the job summary', async () => {
    // Longer than the whole 90 s budget: skipped at once, so the test waits for nothing.
    server.failNext(
      { kind: 'secondary-rate-limit', retryAfterSeconds: 120 },
      { method: 'POST', path: /\/issues\/2\/comments$/ },
    );
    const started = Date.now();
    const result = await run({ inputs: { 'check-run': 'create' } });
    assert.ok(Date.now() - started < 30_000, 'no retry wait was taken');
    assert.equal(result.exitCode, 0, explain(result));
    const budget =
      "GitHub asked to wait 120 s, more than the 90 s left of the run's retry budget of 90 s";
    assert.match(
      result.stdout,
      new RegExp(`::warning::mlgate: the PR comment on #2 skipped: ${budget}`),
    );
    assert.equal(comments().length, 0);
    const [checkRun] = github.checks.on(headSha);
    assert.match(
      checkRun?.summary ?? '',
      /_the PR comment on #2 skipped: GitHub asked to wait 120 s/,
    );
    assert.match(
      result.summary,
      /### GitHub writes skipped\n\n- the PR comment on #2 skipped: .*\n\nGitHub rate-limited these requests and the run had no retry time left; re-run the job to write them\./,
    );
  });
});
