/**
 * Issue #16, "Done when": in a real git repository whose mlgate.yml declares
 * its pipeline steps (test/fixtures/pipeline-repo), `mlgate run` judges what
 * the PR's code produces, not only what the PR commits.
 * - A PR that changes the serving code (ln → log10) without regenerating the
 *   committed serving logs is blocked, naming the stale file and the step.
 * - The same PR with regenerated logs is blocked for skew, naming the feature.
 * - A clean PR passes; a PR whose committed metrics training does not produce
 *   is blocked, naming the metric.
 * The blocked comment of the stale-logs PR is a golden file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseUntrustedReport } from '../../src/github/untrusted-report.ts';
import type { Report } from '../../src/model/report-model.ts';
import { renderComment } from '../../src/report/render-comment.ts';
import { mlgate } from '../cli/mlgate-in-process.ts';
import { type TempGitRepository, tempGitRepository } from '../mocks/temp-git-repository.ts';
import { stableComment } from './stable-comment.ts';

const fixture = fileURLToPath(new URL('../fixtures/pipeline-repo/', import.meta.url));
const penguins = fileURLToPath(new URL('../../examples/penguins/data/train.csv', import.meta.url));

function filesUnder(directory: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(directory)) {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) Object.assign(files, filesUnder(full, `${prefix}${name}/`));
    else files[`${prefix}${name}`] = readFileSync(full, 'utf8');
  }
  return files;
}

/** The fixture with 120 real penguins, its outputs made by its own steps, committed. */
function baseRepository(): TempGitRepository {
  const rows = readFileSync(penguins, 'utf8').split('\n').slice(0, 121).join('\n');
  const repo = tempGitRepository({ ...filesUnder(fixture), 'data/train.csv': `${rows}\n` });
  runStep(repo, 'train.mjs');
  runStep(repo, 'serve.mjs');
  commitAt(repo, '2026-11-01T10:00:00Z', 'base: code and the outputs it produces');
  return repo;
}

/** Commits with a fixed date: train_serve_skew compares the logs' commit time with the code's. */
function commitAt(repo: TempGitRepository, date: string, message: string): void {
  vi.stubEnv('GIT_AUTHOR_DATE', date);
  vi.stubEnv('GIT_COMMITTER_DATE', date);
  repo.commit(message);
  vi.unstubAllEnvs();
}

function runStep(repo: TempGitRepository, script: string): void {
  execFileSync(process.execPath, [script], { cwd: repo.root });
}

async function gate(repo: TempGitRepository): Promise<{ code: number; report: Report }> {
  const json = path.join(repo.root, '..', `${path.basename(repo.root)}-report.json`);
  const run = await mlgate([
    'run',
    ...['--working-directory', repo.root, '--config', path.join(repo.root, 'mlgate.yml')],
    ...['--json', json, '--quiet'],
  ]);
  const parsed = parseUntrustedReport(readFileSync(json, 'utf8'), json);
  assert.ok(parsed.ok, parsed.ok ? '' : `${parsed.problem}\n${run.err}`);
  return { code: run.code, report: { ...parsed.report, mlgateVersion: '0.0.0-test' } };
}

function check(report: Report, id: string) {
  const result = report.checks.find((c) => c.id === id);
  assert.ok(result, `no ${id} in the report`);
  return result;
}

function useLog10InServing(repo: TempGitRepository): void {
  const file = path.join(repo.root, 'serving/features.mjs');
  repo.write({
    'serving/features.mjs': readFileSync(file, 'utf8').replace('Math.log(', 'Math.log10('),
  });
}

describe('pipeline steps in a real git repository, through mlgate run', () => {
  let repo: TempGitRepository | undefined;
  afterEach(() => {
    vi.useRealTimers();
    repo?.remove();
  });

  it('a clean PR passes: every committed artifact is what the steps produce', async () => {
    repo = baseRepository();
    const { code, report } = await gate(repo);
    assert.equal(code, 0, JSON.stringify(report.verdict));
    const artifacts = check(report, 'committed_artifacts');
    assert.equal(artifacts.status, 'pass');
    assert.match(
      artifacts.summary,
      /2 steps ran; all 3 committed artifacts are what the steps produce/,
    );
  });

  it('serving code changed, logs not regenerated: blocked for the stale logs, naming file and step', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-02T09:30:00Z') });
    repo = baseRepository();
    useLog10InServing(repo);
    commitAt(repo, '2026-11-02T09:00:00Z', 'PR: serving computes bill_ratio with log10');
    const { code, report } = await gate(repo);
    assert.equal(code, 1);
    // The committed logs still say ln: skew compares them without a failure, and warns that
    // they are older than the serving code; committed_artifacts is what blocks.
    const skew = check(report, 'train_serve_skew');
    assert.equal(skew.status, 'warn');
    assert.deepEqual(
      skew.findings.map((f) => f.id),
      ['serving-logs:logs/serving_features.csv:older-than-code'],
    );
    const artifacts = check(report, 'committed_artifacts');
    assert.equal(artifacts.status, 'fail');
    const [finding, ...others] = artifacts.findings;
    assert.equal(others.length, 0);
    assert.equal(finding?.id, 'artifact:logs/serving_features.csv');
    assert.match(
      finding?.message ?? '',
      /^logs\/serving_features\.csv is stale: against what step serve \(`node serve\.mjs`\) writes, 120 of 120 rows differ; first at line 2, column `bill_ratio`: committed 0\.8198, produced 0\.356$/,
    );
    const comment = renderComment(report, { commentKey: 'default' });
    assert.match(comment.slice(0, 1500), /logs\/serving\\?_features\.csv/);
    await expect(stableComment(comment)).toMatchFileSnapshot('./golden/pipeline-stale-logs.md');
  });

  it('the same PR with regenerated logs: blocked for skew, naming the feature', async () => {
    repo = baseRepository();
    useLog10InServing(repo);
    runStep(repo, 'serve.mjs');
    commitAt(
      repo,
      '2026-11-02T09:00:00Z',
      'PR: serving computes bill_ratio with log10, logs regenerated',
    );
    const { code, report } = await gate(repo);
    assert.equal(code, 1);
    assert.equal(check(report, 'committed_artifacts').status, 'pass');
    const skew = check(report, 'train_serve_skew');
    assert.equal(skew.status, 'fail');
    assert.ok(
      skew.findings.some((f) => f.id.includes('bill_ratio') && f.severity === 'fail'),
      JSON.stringify(skew.findings.map((f) => f.id)),
    );
    assert.ok(!skew.findings.some((f) => f.id.includes('flipper_length_mm')));
  });

  it('committed metrics that training does not produce: blocked, naming the metric', async () => {
    repo = baseRepository();
    const metrics = JSON.parse(readFileSync(path.join(repo.root, 'metrics.json'), 'utf8'));
    repo.write({ 'metrics.json': `${JSON.stringify({ ...metrics, accuracy: 0.97 }, null, 2)}\n` });
    commitAt(repo, '2026-11-02T09:00:00Z', 'PR: a better accuracy, typed in');
    const { code, report } = await gate(repo);
    assert.equal(code, 1);
    const artifacts = check(report, 'committed_artifacts');
    assert.equal(artifacts.status, 'fail');
    assert.deepEqual(
      artifacts.findings.map((f) => f.id),
      ['artifact:metrics.json'],
    );
    assert.match(
      artifacts.findings[0]?.message ?? '',
      /^metrics\.json is stale: against what step train \(`node train\.mjs`\) writes, 1 of 2 values differ; first `accuracy`: committed 0\.97, produced 0\.\d+$/,
    );
  });
});
