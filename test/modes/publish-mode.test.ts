/**
 * Publish mode in-process, with the artifact store injected: the REST calls go
 * to the fake GitHub server over HTTP, the artifact transfer is the fake's
 * in-memory store (or a store that fails), so failures of the transfer itself
 * can be played.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { parse } from 'yaml';
import type { ArtifactStore } from '../../src/github/artifact-store.ts';
import { ArtifactsUnavailableError } from '../../src/github/artifact-store.ts';
import { createGitHubClient, type GitHubClient } from '../../src/github/github-client.ts';
import { parseActionInputs } from '../../src/inputs/action-inputs.ts';
import type { ModeContext } from '../../src/modes/mode-context.ts';
import { runPublishMode } from '../../src/modes/publish-mode.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { type FakeGitHub, startFakeGitHub } from '../mocks/fake-github-full.ts';
import { stepClock } from '../mocks/step-clock.ts';
import { allPass, blocked } from '../report/scenarios.ts';

const headSha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const runId = 31337;
const action = parse(await readFile(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default: string }>;
};

describe('publish mode in-process', () => {
  let github: FakeGitHub;
  let temp: string;
  let logs: string[];
  let summaries: string[];

  const context = (
    store: ArtifactStore,
    inputs: Record<string, string> = {},
    conclusion: string | null = 'success',
  ): ModeContext => {
    // One client per run, as src/main.ts makes it: its retries share one budget.
    let client: GitHubClient | undefined;
    const parsed = parseActionInputs(
      (name) => inputs[name] ?? (name === 'github-token' ? 'ghs_t' : action.inputs[name]!.default),
    );
    assert.ok(parsed.success);
    return {
      inputs: { ...parsed.data, mode: 'publish' },
      eventName: 'workflow_run',
      payload: {
        workflow_run: {
          id: runId,
          event: 'pull_request',
          conclusion,
          head_sha: headSha,
          head_branch: 'changes',
          html_url: `https://github.com/Codertocat/Hello-World/actions/runs/${runId}`,
          head_repository: { full_name: 'Codertocat/Hello-World' },
        },
      },
      env: { GITHUB_REPOSITORY: 'Codertocat/Hello-World', RUNNER_TEMP: temp },
      now: new Date('2026-06-15T09:30:00Z'),
      elapsedMs: stepClock(),
      log: {
        info: (m) => logs.push(`info: ${m}`),
        warning: (m) => logs.push(`warning: ${m}`),
        error: (m) => logs.push(`error: ${m}`),
      },
      github: () => {
        client ??= createGitHubClient({
          token: 'ghs_t',
          apiUrl: github.server.apiUrl,
          sleep: async () => {},
        });
        return client;
      },
      artifacts: store,
      writeSummary: async (markdown) => {
        summaries.push(markdown);
      },
    };
  };
  const seedReport = (report = allPass()) =>
    github.actions.seedArtifact({
      runId,
      name: 'mlgate-report-default',
      files: { 'mlgate-report.json': renderJson(report) },
    });

  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterAll(() => github.server.close());
  beforeEach(async () => {
    github.server.reset();
    logs = [];
    summaries = [];
    temp = await mkdtemp(path.join(os.tmpdir(), 'mlgate-publish-'));
    github.pulls.seedPull({ number: 2, headSha });
  });
  afterEach(() => rm(temp, { recursive: true, force: true }));

  it('publishes a passing report: comment, successful check run, outputs, job summary', async () => {
    seedReport();
    const result = await runPublishMode(context(github.actions.store(0)));
    assert.equal(result.failure, undefined, logs.join('\n'));
    assert.equal(result.outputs.passed, 'true');
    assert.equal(github.server.commentsOn('Codertocat', 'Hello-World', 2).length, 1);
    assert.equal(github.checks.on(headSha)[0]?.conclusion, 'success');
    assert.equal(result.outputs['check-run-id'], String(github.checks.on(headSha)[0]?.id));
    assert.match(summaries[0] ?? '', /✅ mlgate: passed/);
    assert.match(await readFile(result.outputs['report-path'], 'utf8'), /✅ mlgate: passed/);
  });

  it('fails closed when the download fails, naming the artifact and the cause', async () => {
    seedReport();
    const broken: ArtifactStore = {
      ...github.actions.store(0),
      downloadArchive: async () => {
        throw new Error('Unexpected HTTP response from blob storage: 503 Service Unavailable');
      },
    };
    const result = await runPublishMode(context(broken));
    assert.match(
      result.failure ?? '',
      /^mlgate could not publish the report: downloading the artifact `mlgate-report-default` of run 31337 failed: .*503/,
    );
    const [checkRun] = github.checks.on(headSha);
    assert.equal(checkRun?.conclusion, 'failure');
    assert.match(checkRun!.summary, /503 Service Unavailable/);
    assert.equal(github.server.commentsOn('Codertocat', 'Hello-World', 2).length, 0);
  });

  it('fails closed on GitHub Enterprise Server, where there are no artifacts to publish', async () => {
    seedReport();
    const ghes: ArtifactStore = {
      ...github.actions.store(0),
      downloadArchive: async () => {
        throw new ArtifactsUnavailableError(
          'GitHub Enterprise Server does not support the artifact client',
        );
      },
    };
    const result = await runPublishMode(context(ghes));
    assert.match(result.failure ?? '', /GitHub Enterprise Server does not support/);
  });

  it('asks for the same mlgate version in both workflows when the report has another shape', async () => {
    const report = JSON.parse(renderJson(allPass()));
    report.newFieldOfALaterVersion = true;
    github.actions.seedArtifact({
      runId,
      name: 'mlgate-report-default',
      files: { 'mlgate-report.json': JSON.stringify(report) },
    });
    const result = await runPublishMode(context(github.actions.store(0)));
    assert.match(
      result.failure ?? '',
      /Unrecognized key: "newFieldOfALaterVersion".*Evaluate and publish must run the same mlgate version/,
    );
  });

  it('does nothing for runs that were not pull requests', async () => {
    const ctx = context(github.actions.store(0));
    (ctx.payload as { workflow_run: { event: string } }).workflow_run.event = 'push';
    const result = await runPublishMode(ctx);
    assert.equal(result.failure, undefined);
    assert.deepEqual(github.server.apiRequests(), []);
    assert.match(logs.join('\n'), /triggered by `push`, not a pull request/);
  });

  it('posts no comment but still creates the check run when the PR moved on to a newer commit', async () => {
    github.server.reset();
    github.pulls.seedPull({ number: 2, headSha: 'c'.repeat(40) });
    seedReport();
    const result = await runPublishMode(context(github.actions.store(0)));
    assert.equal(result.failure, undefined);
    assert.equal(github.server.commentsOn('Codertocat', 'Hello-World', 2).length, 0);
    assert.equal(github.checks.on(headSha).length, 1);
    assert.match(logs.join('\n'), /warning: mlgate: no open pull request has head ec26c3e/);
  });

  it('refuses a passing report from a run that failed: failing check run, no comment, a job failure that says why', async () => {
    seedReport(allPass());
    const result = await runPublishMode(context(github.actions.store(0), {}, 'failure'));
    assert.match(
      result.failure ?? '',
      /^mlgate refused the report: the report of the evaluate run 31337 says the gate passed, but GitHub says the run concluded `failure`; mlgate trusts GitHub's conclusion over the report.*Open the run's log to see which step failed/,
    );
    assert.equal(result.outputs.passed, '');
    const [checkRun] = github.checks.on(headSha);
    assert.equal(checkRun?.conclusion, 'failure');
    assert.equal(checkRun?.title, '❌ mlgate report refused');
    assert.match(checkRun!.summary, /says the gate passed, but GitHub says the run concluded/);
    assert.equal(github.server.commentsOn('Codertocat', 'Hello-World', 2).length, 0);
    assert.deepEqual(summaries, [], 'the refused report is not rendered anywhere');
  });

  it('publishes a blocking report from a successful run as blocked: the stricter signal wins', async () => {
    seedReport(blocked());
    const result = await runPublishMode(context(github.actions.store(0), {}, 'success'));
    assert.equal(result.failure, undefined, logs.join('\n'));
    assert.equal(result.outputs.passed, 'false');
    assert.equal(github.checks.on(headSha)[0]?.conclusion, 'failure');
    assert.match(
      github.server.commentsOn('Codertocat', 'Hello-World', 2)[0]!.body,
      /❌ mlgate: blocked/,
    );
  });

  for (const conclusion of ['cancelled', 'timed_out', 'skipped', null]) {
    it(`refuses any report of a run that concluded ${conclusion ?? 'nothing'}, without reading it`, async () => {
      seedReport(blocked());
      const result = await runPublishMode(context(github.actions.store(0), {}, conclusion));
      assert.match(
        result.failure ?? '',
        new RegExp(
          `^mlgate refused the report: the evaluate run 31337 concluded \`${conclusion ?? 'none'}\``,
        ),
      );
      assert.equal(github.checks.on(headSha)[0]?.title, '❌ mlgate report refused');
      const paths = github.server.apiRequests().map((r) => r.path);
      assert.ok(!paths.some((p) => p.includes('/artifacts')), paths.join('\n'));
    });
  }

  it('skips a write the retry budget cannot wait for, warns, and lists it in the check run and the job summary', async () => {
    seedReport();
    // 120 s is more than the whole 90 s budget: the comment is skipped at once, no time lost.
    github.server.failNext(
      { kind: 'secondary-rate-limit', retryAfterSeconds: 120 },
      { method: 'POST', path: /\/issues\/2\/comments$/ },
    );
    const result = await runPublishMode(context(github.actions.store(0)));
    assert.equal(result.failure, undefined, logs.join('\n'));
    assert.equal(result.outputs['comment-id'], '');
    assert.equal(github.server.commentsOn('Codertocat', 'Hello-World', 2).length, 0);
    const note =
      "the PR comment on #2 skipped: GitHub asked to wait 120 s, more than the 90 s left of the run's retry budget of 90 s";
    assert.ok(
      logs.some((line) => line.startsWith(`warning: mlgate: ${note}`)),
      logs.join('\n'),
    );
    const [checkRun] = github.checks.on(headSha);
    assert.equal(checkRun?.conclusion, 'success');
    assert.match(checkRun!.summary, /_the PR comment on #2 skipped: GitHub asked to wait 120 s/);
    assert.match(
      summaries.at(-1) ?? '',
      /### GitHub writes skipped\n\n- the PR comment on #2 skipped: GitHub asked to wait 120 s/,
    );
  });
});
