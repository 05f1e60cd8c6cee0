/**
 * The fork-safe two-workflow setup, end to end with the bundled dist/index.js:
 * `mode: evaluate` on a fork's pull_request (read-only token) uploads the
 * report with the real @actions/artifact client; `mode: publish` on
 * workflow_run downloads it from that run, validates it, and posts the comment
 * and the check run. The publish job runs in an empty directory: it has no
 * checkout and runs nothing from the pull request.
 */
import assert from 'node:assert/strict';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { buildReport } from '../../src/engine/build-report.ts';
import type { Finding } from '../../src/model/check.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { checkResult, ran } from '../mocks/check-result.ts';
import { type FakeGitHub, startFakeGitHub } from '../mocks/fake-github-full.ts';
import { allPass, blocked, now, event as scenarioEvent } from '../report/scenarios.ts';
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

/** A blocking report whose 120 findings in data/train.csv make three annotation batches. */
function reportWith120Findings() {
  const findings: Finding[] = Array.from({ length: 120 }, (_, i) => ({
    id: `row:${i + 2}`,
    severity: i % 12 < 7 ? 'fail' : 'warn',
    message: `row ${i + 2}: age is not a number`,
    location: { path: 'data/train.csv', line: i + 2, column: 'age' },
  }));
  return buildReport({
    config: {
      version: 1,
      gate: configSchema.shape.gate.parse(undefined),
      steps: {},
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
    const published = await publish(779, 'failure');
    assert.equal(published.exitCode, 1, explain(published));
    assert.match(
      published.stdout,
      /run 779 \(conclusion: failure\) uploaded no artifact `mlgate-report-default`/,
    );
    assert.equal(github.checks.on(headSha)[0]?.conclusion, 'failure');
    assert.equal(comments().length, 0);
  });

  it('annotates 120 findings in batches of 50, failures first', async () => {
    const report = reportWith120Findings();
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

  describe('trusted signals win over untrusted ones', () => {
    it('refuses a report that says passed from an evaluate run that failed', async () => {
      seedReport(781, renderJson(allPass()));
      const published = await publish(781, 'failure');
      assert.equal(published.exitCode, 1, explain(published));
      assert.match(
        published.stdout,
        /::error::mlgate refused the report: the report of the evaluate run 781 says the gate passed, but GitHub says the run concluded `failure`/,
      );
      const [checkRun] = github.checks.on(headSha);
      assert.equal(checkRun?.conclusion, 'failure');
      assert.equal(checkRun?.title, '❌ mlgate report refused');
      assert.match(checkRun!.summary, /Open the run's log to see which step failed/);
      assert.equal(comments().length, 0);
    });

    it('publishes a blocking report from a successful run as blocked (the stricter signal)', async () => {
      seedReport(782, renderJson(blocked()));
      const published = await publish(782, 'success');
      assert.equal(published.exitCode, 0, explain(published));
      assert.equal(published.outputs.passed, 'false');
      assert.equal(github.checks.on(headSha)[0]?.conclusion, 'failure');
      assert.match(comments()[0]!.body, /❌ mlgate: blocked/);
    });

    it('refuses any report of a run that was cancelled, without downloading it', async () => {
      seedReport(783, renderJson(allPass()));
      const published = await publish(783, 'cancelled');
      assert.equal(published.exitCode, 1, explain(published));
      assert.match(
        published.stdout,
        /the evaluate run 783 concluded `cancelled`, not `success` or `failure`/,
      );
      assert.equal(github.checks.on(headSha)[0]?.title, '❌ mlgate report refused');
      const paths = github.server.apiRequests().map((r) => r.path);
      assert.ok(!paths.some((p) => p.includes('/artifacts')), paths.join('\n'));
    });

    it('refuses a report with a __proto__ key (raw JSON text), naming its path', async () => {
      const json = renderJson(allPass()).replace(
        '"verdict": {',
        '"verdict": {"__proto__": {"passed": true},',
      );
      assert.match(json, /"__proto__"/);
      seedReport(784, json);
      const published = await publish(784, 'success');
      assert.equal(published.exitCode, 1, explain(published));
      assert.match(
        published.stdout,
        /::error::mlgate could not publish the report: mlgate-report.json in the artifact `mlgate-report-default` of run 784 does not have the shape of an mlgate report: `verdict.__proto__`: a key named `__proto__`, `constructor` or `prototype` is refused/,
      );
      assert.equal(github.checks.on(headSha)[0]?.title, '❌ no usable mlgate report');
      assert.equal(comments().length, 0);
    });

    it('gives no points for attestation evidence that is a link leading outside the repository', async () => {
      const service = path.join(workspace, 'model-service');
      const outside = await mkdtemp(path.join(os.tmpdir(), 'mlgate-e2e-outside-'));
      await writeFile(
        path.join(outside, 'runbook.md'),
        '# a runbook the repository does not hold\n',
      );
      await mkdir(path.join(service, 'docs'));
      await writeFile(path.join(service, 'docs/rollback.md'), '# Rolling back a model\n');
      await symlink(path.join(outside, 'runbook.md'), path.join(service, 'docs/runbook.md'));
      await symlink('rollback.md', path.join(service, 'docs/rollback-link.md'));
      const config = await readFile(path.join(service, 'mlgate.yml'), 'utf8');
      await writeFile(
        path.join(service, 'mlgate.yml'),
        `${config}attestations:\n` +
          '  infra-1: { evidence: docs/rollback.md }\n' +
          '  infra-2: { evidence: docs/runbook.md }\n' +
          '  infra-3: { evidence: docs/rollback-link.md }\n',
      );
      try {
        const evaluated = await evaluate();
        const report = JSON.parse(await readFile(evaluated.outputs['report-json-path']!, 'utf8'));
        const test = (id: string) =>
          report.score.tests.find((t: { id: string }) => t.id === id) as {
            points: number;
            state: { kind: string; why?: string };
          };
        assert.equal(test('infra-1').points, 0.5, explain(evaluated));
        assert.equal(test('infra-3').points, 0.5, 'a link that stays inside counts');
        assert.equal(test('infra-2').points, 0);
        assert.deepEqual(test('infra-2').state, {
          kind: 'attestation-rejected',
          evidence: 'docs/runbook.md',
          why: 'The evidence file `docs/runbook.md` is not in the repository: it is missing, or a link that leads outside it. Commit the evidence itself inside the repository.',
        });
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    });

    it('skips writes the retry budget cannot wait for and says which, in the log, the check run and the job summary', async () => {
      seedReport(785, renderJson(reportWith120Findings()));
      // Waits longer than the whole 90 s budget: skipped at once, so the test waits for nothing.
      const limited = { kind: 'secondary-rate-limit', retryAfterSeconds: 120 } as const;
      github.server.failNext(limited, { method: 'POST', path: /\/issues\/2\/comments$/ });
      github.server.failNext(limited, { method: 'PATCH', path: /\/check-runs\/\d+$/ });
      const started = Date.now();
      const published = await publish(785);
      assert.ok(Date.now() - started < 30_000, 'no retry wait was taken');
      assert.equal(published.exitCode, 0, explain(published));
      const budget =
        "GitHub asked to wait 120 s, more than the 90 s left of the run's retry budget of 90 s";
      assert.match(
        published.stdout,
        new RegExp(`::warning::mlgate: the PR comment on #2 skipped: ${budget}`),
      );
      assert.match(
        published.stdout,
        new RegExp(`::warning::mlgate: annotation batches 2 to 3 of 3 skipped: ${budget}`),
      );
      assert.equal(comments().length, 0);
      const [checkRun] = github.checks.on(headSha);
      assert.equal(checkRun?.conclusion, 'failure', 'the verdict stands');
      assert.deepEqual(checkRun?.batches, [50], 'no batch was sent into the limit after the skip');
      assert.match(checkRun!.summary, /_the PR comment on #2 skipped: GitHub asked to wait 120 s/);
      assert.match(
        published.summary,
        /### GitHub writes skipped\n\n- the PR comment on #2 skipped: .*\n- annotation batches 2 to 3 of 3 skipped: /,
      );
    });
  });
});
