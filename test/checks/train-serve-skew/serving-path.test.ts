/**
 * The serving side in a real git repository: test/fixtures/pipeline-repo,
 * whose step `serve` runs the serving code on the training examples (120
 * Palmer Penguins from examples/penguins). Through the pipeline the check
 * compares what the PR's serving code computes now; with committed logs it
 * warns when git says the logs are older than the code that writes them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it, vi } from 'vitest';
import { createPipeline, type Pipeline } from '../../../src/checks/pipeline/pipeline.ts';
import { pipelineSteps } from '../../../src/checks/pipeline/pipeline-step.ts';
import { withStepOutputs } from '../../../src/checks/pipeline/step-output-workspace.ts';
import { trainServeSkew } from '../../../src/checks/train-serve-skew/train-serve-skew.ts';
import { trainServeSkewConfig } from '../../../src/checks/train-serve-skew/train-serve-skew-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { fixtureRepository } from '../../mocks/fixture-repository.ts';
import type { TempGitRepository } from '../../mocks/temp-git-repository.ts';

const fixture = path.join(import.meta.dirname, '../../fixtures/pipeline-repo');
const penguins = path.join(import.meta.dirname, '../../../examples/penguins/data/train.csv');
const trainingRows = `${readFileSync(penguins, 'utf8').split('\n').slice(0, 121).join('\n')}\n`;

// As in the fixture's mlgate.yml.
const steps = pipelineSteps.parse({
  train: {
    command: 'node train.mjs',
    inputs: ['train.mjs', 'features/*.mjs', 'read-csv.mjs', 'data/train.csv'],
    outputs: ['out/train_features.csv', 'metrics.json'],
  },
  serve: {
    command: 'node serve.mjs',
    inputs: ['serve.mjs', 'serving/*.mjs', 'read-csv.mjs', 'data/train.csv'],
    outputs: ['logs/serving_features.csv'],
  },
});

let repo: TempGitRepository | undefined;
let pipeline: Pipeline | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await pipeline?.dispose();
  pipeline = undefined;
  repo?.remove();
  repo = undefined;
});

/** The fixture with its training data, committed (by `committedAt`, when given). */
function repository(committedAt?: string): TempGitRepository {
  // The helper's git passes process.env on: this sets the committer time of its commits.
  if (committedAt) vi.stubEnv('GIT_COMMITTER_DATE', committedAt);
  return fixtureRepository(fixture, { 'data/train.csv': trainingRows });
}

function runScript(script: string): void {
  execFileSync(process.execPath, [script], { cwd: repo!.root });
}

/** The PR's serving code computes bill_ratio with log10 where training uses ln. */
function useLog10InServing(): void {
  const file = path.join(repo!.root, 'serving/features.mjs');
  repo!.write({
    'serving/features.mjs': readFileSync(file, 'utf8').replace('Math.log(', 'Math.log10('),
  });
}

async function check(config: Record<string, unknown>, withSteps = true) {
  const base = diskWorkspace(repo!.root);
  pipeline = withSteps ? createPipeline(base, steps) : undefined;
  const outcome = await trainServeSkew.run(trainServeSkewConfig.parse(config), {
    workspace: pipeline ? withStepOutputs(base, pipeline) : base,
    event: { name: 'pull_request' },
    now: new Date('2026-11-21T00:00:00Z'),
    ...(pipeline ? { pipeline } : {}),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

function servingData(outcome: Extract<CheckOutcome, { kind: 'ran' }>): string[] {
  const block = outcome.details.find((b) => b.title === 'Serving data');
  assert.ok(block?.type === 'list');
  return block.items;
}

const throughSteps = {
  training: { step: 'train', file: 'out/train_features.csv' },
  serving: { step: 'serve', file: 'logs/serving_features.csv' },
  id_column: 'id',
};

describe('through the serving step, example by example', () => {
  it('a serving step that computes a feature with log10 instead of ln fails, naming the feature', async () => {
    repo = repository();
    useLog10InServing();
    repo.commit('PR: serving computes bill_ratio with log10');
    const outcome = await check(throughSteps);
    const values = outcome.findings.filter((f) => f.id.startsWith('values:'));
    assert.deepEqual(
      values.map((f) => [f.id, f.severity]),
      [['values:bill_ratio', 'fail']],
    );
    // p002: bill 39.5 / 17.4 mm; ln(2.2701) = 0.8198, log10(2.2701) = 0.356 (6 decimals in the files).
    assert.match(
      values[0]!.message,
      /^feature `bill_ratio`: 120 of 120 examples differ, largest \|Δ\| 0\.\d+; first id p002: training 0\.8198, serving 0\.356$/,
    );
    assert.deepEqual(values[0]!.location, {
      path: 'step:serve/logs/serving_features.csv',
      feature: 'bill_ratio',
    });
    assert.match(values[0]!.fix ?? '', /^Make step `serve` compute `bill_ratio`/);
    assert.match(outcome.summary, /serving features produced now by step `serve`$/);
    assert.deepEqual(servingData(outcome), [
      'serving features: produced now by step `serve` (`node serve.mjs`), its output logs/serving_features.csv',
    ]);
  });

  it('the same steps on clean serving code: no feature differs', async () => {
    repo = repository();
    const outcome = await check(throughSteps);
    assert.deepEqual(
      outcome.findings.filter((f) => f.severity === 'fail'),
      [],
    );
    const figures = Object.fromEntries(outcome.figures.map((f) => [f.name, f.value]));
    assert.equal(figures['examples joined by id'], 120);
    assert.equal(figures['features with differing values'], 0);
  });
});

describe('committed serving logs against the git history of their code', () => {
  /** Logs made by the ln code on 2026-11-02; the PR's log10 code committed on 2026-11-20. */
  function staleLogs(): void {
    repo = repository('2026-11-02T10:00:00Z');
    runScript('train.mjs');
    runScript('serve.mjs');
    repo.commit('outputs');
    vi.stubEnv('GIT_COMMITTER_DATE', '2026-11-20T10:00:00Z');
    useLog10InServing();
    repo.commit('PR: serving computes bill_ratio with log10, logs not regenerated');
  }

  const committedLogs = {
    training: 'out/train_features.csv',
    serving: 'logs/serving_features.csv',
    ignore: ['id'],
  };

  it('logs a step declares as its output, older than its inputs, warn, naming the code and the step', async () => {
    staleLogs();
    const outcome = await check(committedLogs);
    // The old logs still hold ln: no skew to see, which is why their age matters.
    assert.deepEqual(
      outcome.findings.map((f) => [f.id, f.severity]),
      [['serving-logs:logs/serving_features.csv:older-than-code', 'warn']],
    );
    const [warning] = outcome.findings;
    assert.equal(
      warning?.message,
      'logs/serving_features.csv was last committed 2026-11-02, before serving/features.mjs changed (2026-11-20): the logs may not show what the serving code computes now',
    );
    assert.match(
      warning?.fix ?? '',
      /^Regenerate the logs with step `serve` \(`node serve\.mjs`\) and commit them/,
    );
    assert.match(
      outcome.summary,
      /serving features from committed serving logs logs\/serving_features\.csv \(older than the serving code\)$/,
    );
  });

  it('logs older than a change that leaves their content alone do not warn: their step writes them as committed', async () => {
    repo = repository('2026-11-02T10:00:00Z');
    runScript('train.mjs');
    runScript('serve.mjs');
    repo.commit('outputs');
    vi.stubEnv('GIT_COMMITTER_DATE', '2026-11-20T10:00:00Z');
    const file = path.join(repo.root, 'serving/features.mjs');
    repo.write({ 'serving/features.mjs': `// Reviewed.\n${readFileSync(file, 'utf8')}` });
    repo.commit('PR: a comment in the serving code');
    const outcome = await check(committedLogs);
    assert.deepEqual(outcome.findings, []);
    assert.match(
      servingData(outcome)[0] ?? '',
      /before the serving code changed \(serving\/features\.mjs; latest 2026-11-20\), but step `serve` run now writes them byte for byte as committed$/,
    );
  });

  it('serving_code names the code when no step declares the logs', async () => {
    staleLogs();
    const outcome = await check({ ...committedLogs, serving_code: ['serving/**'] }, false);
    const [warning] = outcome.findings;
    assert.equal(warning?.id, 'serving-logs:logs/serving_features.csv:older-than-code');
    assert.match(warning?.message ?? '', /before serving\/features\.mjs changed \(2026-11-20\)/);
    assert.match(warning?.fix ?? '', /declare logs\/serving_features\.csv as an output/);
  });

  it('logs committed with their code do not warn; logs git has no history for say so', async () => {
    repo = repository('2026-11-02T10:00:00Z');
    runScript('train.mjs');
    runScript('serve.mjs');
    repo.commit('outputs');
    const current = await check(committedLogs);
    assert.deepEqual(current.findings, []);
    assert.match(
      servingData(current)[0] ?? '',
      /last committed 2026-11-02 10:00 UTC, not before the serving code last changed/,
    );
    await pipeline?.dispose();
    repo.write({
      'logs/today.csv': readFileSync(path.join(repo.root, 'logs/serving_features.csv'), 'utf8'),
    });
    const untracked = await check(
      { ...committedLogs, serving: 'logs/today.csv', serving_code: ['serving/**'] },
      false,
    );
    assert.deepEqual(untracked.findings, []);
    assert.match(servingData(untracked)[0] ?? '', /git has no history for them/);
  });
});
