/**
 * The production baseline across runs, end to end with the bundled action: a
 * passing push to the default branch records the metrics the workflow computed
 * as an artifact; a later pull request compares with them (not with the stale
 * copy in git) and the report says so; once the artifact has expired the pull
 * request falls back to git at its base commit, and the report says that too.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../mocks/fake-github-full.ts';
import { type TempGitRepository, tempGitRepository } from '../mocks/temp-git-repository.ts';
import { type ActionRun, repositoryRoot, runBundledAction } from './run-bundled-action.ts';

const fixtures = path.join(repositoryRoot, 'test/fixtures');
const owner = 'Codertocat';
const repo = 'Hello-World';
const pushRunId = 5001;
const pullRunId = 5002;
const explain = (result: ActionRun) => `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(fixtures, 'github', name), 'utf8'));

describe('production baseline across runs, bundled action end to end', () => {
  let github: FakeGitHub;
  let git: TempGitRepository;
  let baseSha: string;

  const metrics = (rocAuc: number) =>
    git.write({ 'model-service/metrics/eval.json': `{"roc_auc": ${rocAuc}}\n` });
  const run = (options: {
    eventName: string;
    payload: unknown;
    runId: number;
    ref: string;
    sha?: string;
  }) =>
    runBundledAction({
      workspace: git.root,
      apiUrl: github.server.apiUrl,
      resultsUrl: github.server.url,
      ...options,
      inputs: {
        config: 'mlgate.yml',
        'github-token': 'ghs_e2eInstallationToken',
        'working-directory': 'model-service',
        'production-files': 'metrics/eval.json',
      },
    });
  const pushToMaster = () => {
    const payload = fixture('push.json'); // refs/heads/master, the default branch
    return run({ eventName: 'push', payload, runId: pushRunId, ref: payload.ref, sha: baseSha });
  };
  const pullRequest = () => {
    // pull_request.opened.json with its base moved to this repository's commit.
    const payload = fixture('pull_request.opened.json');
    payload.pull_request.base.sha = baseSha;
    return run({ eventName: 'pull_request', payload, runId: pullRunId, ref: 'refs/pull/2/merge' });
  };
  const comment = () => github.server.commentsOn(owner, repo, 2)[0]?.body ?? '';

  beforeAll(async () => {
    github = await startFakeGitHub({ pathPrefix: '/api/v3' });
  });
  afterAll(() => github.server.close());
  beforeEach(() => {
    github.server.reset();
    git = tempGitRepository();
    git.write({ 'model-service/README.md': 'a model\n' });
    copyFileSync(
      path.join(fixtures, 'e2e/variants/mlgate-model-quality.yml'),
      path.join(git.root, 'model-service/mlgate.yml'),
    );
    metrics(0.8); // a stale copy someone committed long ago
    baseSha = git.commit('base');
  });
  afterEach(() => git.remove());

  it('records the accepted metrics on main and compares a pull request with them', async () => {
    metrics(0.91); // what the workflow's evaluation step computed on main
    const pushed = await pushToMaster();
    assert.equal(pushed.exitCode, 0, explain(pushed));
    const [baseline] = github.actions
      .artifactsOf(pushRunId)
      .filter((a) => a.name === 'mlgate-baseline-default');
    assert.ok(baseline, 'the push run recorded the baseline');
    const files = github.actions.filesOf(baseline);
    assert.equal(files['files/metrics/eval.json'], '{"roc_auc": 0.91}\n');
    const manifest = JSON.parse(files['mlgate-baseline.json']!);
    assert.equal(manifest.sha, baseSha);
    assert.equal(manifest.ref, 'refs/heads/master');
    // GitHub marks the push run successful once the job passed.
    github.actions.seedRun({
      id: pushRunId,
      headSha: baseSha,
      headBranch: 'master',
      event: 'push',
    });

    metrics(0.85); // the PR's model: better than git's stale 0.80, worse than production's 0.91
    const pr = await pullRequest();
    assert.equal(pr.exitCode, 1, explain(pr));
    assert.equal(pr.outputs['production-baseline'], 'artifact');
    assert.match(pr.stdout, /production baseline from run 5001: metrics\/eval.json/);
    assert.match(comment(), /roc_auc/);
    assert.match(
      comment(),
      /Production: `metrics\/eval.json` from the artifact `mlgate-baseline-default` of \[run 5001\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/5001\), commit /,
    );
    const list = github.server
      .apiRequests()
      .find((r) => r.path.endsWith('/actions/workflows/mlgate.yml/runs'));
    assert.deepEqual(
      [list?.query.get('branch'), list?.query.get('event'), list?.query.get('status')],
      ['master', 'push', 'success'],
    );
  });

  it('falls back to git at the base commit once the artifact has expired, and says so', async () => {
    metrics(0.91);
    assert.equal((await pushToMaster()).exitCode, 0);
    github.actions.seedRun({
      id: pushRunId,
      headSha: baseSha,
      headBranch: 'master',
      event: 'push',
    });
    for (const artifact of github.actions.artifacts) artifact.expired = true;

    metrics(0.85);
    const pr = await pullRequest();
    assert.equal(pr.exitCode, 0, explain(pr));
    assert.equal(pr.outputs['production-baseline'], 'base-ref');
    assert.match(
      pr.stdout,
      /::warning::mlgate: no production baseline artifact \(the baseline artifact `mlgate-baseline-default` of run 5001 has expired .*\); production files are read from git at the base commit/,
    );
    assert.match(
      comment(),
      /Production: files at the base commit \(no production artifact: the baseline artifact `mlgate-baseline-default` of run 5001 has expired/,
    );
  });

  it('records nothing when the gate blocks on main', async () => {
    metrics(0.91);
    git.write({ 'model-service/mlgate.yml': 'version: 1\nchecks:\n  model_qualty: {}\n' });
    const pushed = await pushToMaster();
    assert.equal(pushed.exitCode, 1, explain(pushed));
    assert.equal(
      github.actions.artifacts.filter((a) => a.name === 'mlgate-baseline-default').length,
      0,
    );
  });
});
