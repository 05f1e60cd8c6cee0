import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { debuggability } from '../../../src/checks/debuggability/debuggability.ts';
import { debuggabilityConfig } from '../../../src/checks/debuggability/debuggability-config.ts';
import { createPipeline } from '../../../src/checks/pipeline/pipeline.ts';
import { pipelineSteps } from '../../../src/checks/pipeline/pipeline-step.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { itRejectsEachConfig } from '../../mocks/config-error-cases.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { tempGitRepository } from '../../mocks/temp-git-repository.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'mlgate-debug-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(command: string, eventName = 'pull_request'): Promise<CheckOutcome> {
  return debuggability.run(debuggabilityConfig.parse({ command }), {
    workspace: diskWorkspace(root, { eventName, allowUntrustedCommands: false }),
    event: { name: eventName },
    now: new Date('2026-11-01T00:00:00Z'),
  });
}

test('passes when the command exits 0 and prints the intermediate values', async () => {
  const outcome = await run('echo "features: [0.2, -1.3]"; echo "score: 0.81"');
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') return;
  assert.deepEqual(outcome.findings, []);
  const log = outcome.details[0];
  assert.equal(log?.type === 'code' && log.text, 'features: [0.2, -1.3]\nscore: 0.81');
  assert.equal(log?.title, 'Debug output (last lines)');
  assert.match(
    outcome.summary,
    / stepped through an example in (under 1|\d+) s and printed 34 bytes$/,
  );
});

test('fails when it exits non-zero or prints nothing', async () => {
  const silent = await run('true');
  assert.deepEqual(silent.kind === 'ran' && silent.findings.map((f) => f.id), ['output']);
  assert.deepEqual(silent.kind === 'ran' && silent.findings[0]?.measure, {
    figure: 'output bytes',
    value: 0,
    bound: { comparator: '>', limit: 0 },
  });
  // Nothing printed: no empty "(no output)" block.
  assert.deepEqual(silent.kind === 'ran' && silent.details, []);
  const crashed = await run('echo "loading"; exit 2');
  assert.deepEqual(crashed.kind === 'ran' && crashed.findings.map((f) => f.message), [
    'the debug command ended with exit code 2',
  ]);
  assert.deepEqual(crashed.kind === 'ran' && crashed.findings[0]?.measure, {
    figure: 'exit code',
    value: 2,
    bound: { comparator: '==', limit: 0 },
  });
});

test('is skipped on workflow_run, where PR code must not run', async () => {
  const outcome = await run('echo hi', 'workflow_run');
  assert.equal(outcome.kind, 'skipped');
});

describe('step: the debug command is a step under `steps:`', () => {
  const repo = tempGitRepository({
    'debug.mjs': "console.log('features: [0.2, -1.3]');\nconsole.log('score: 0.81');\n",
    'silent.mjs': 'process.exit(2);\n',
  });
  repo.commit('debug script');
  afterAll(() => repo.remove());

  async function runStepCheck(
    step: string,
    steps: Record<string, unknown>,
    eventName = 'pull_request',
  ): Promise<CheckOutcome> {
    const workspace = diskWorkspace(repo.root, { eventName, allowUntrustedCommands: false });
    const pipeline = createPipeline(workspace, pipelineSteps.parse(steps));
    try {
      return await debuggability.run(debuggabilityConfig.parse({ step }), {
        workspace,
        pipeline,
        event: { name: eventName },
        now: new Date('2026-11-01T00:00:00Z'),
      });
    } finally {
      await pipeline.dispose();
    }
  }

  test('runs the step and names it with its command', async () => {
    const outcome = await runStepCheck('debug', { debug: { command: 'node debug.mjs' } });
    assert.equal(outcome.kind, 'ran');
    if (outcome.kind !== 'ran') return;
    assert.deepEqual(outcome.findings, []);
    assert.match(
      outcome.summary,
      /^step `debug` \(`node debug\.mjs`\) stepped through an example in (under 1|\d+) s and printed 34 bytes$/,
    );
  });

  test('a step that fails and prints nothing fails twice, naming the step', async () => {
    const outcome = await runStepCheck('debug', { debug: { command: 'node silent.mjs' } });
    assert.deepEqual(outcome.kind === 'ran' && outcome.findings.map((f) => [f.message, f.fix]), [
      [
        'step `debug` (`node silent.mjs`) ended with exit code 2',
        'Fix `steps.debug.command` so that it steps through an example and exits 0 (its output is below).',
      ],
      [
        'step `debug` (`node silent.mjs`) printed nothing; it should print the intermediate values of one example',
        'Make `steps.debug.command` print the intermediate values (features, activations, prediction) of one example.',
      ],
    ]);
  });

  test('a step it needs that fails is the finding: the debug step did not run', async () => {
    const outcome = await runStepCheck('debug', {
      train: { command: 'echo "no data"; exit 3' },
      debug: { command: 'node debug.mjs', needs: ['train'] },
    });
    assert.equal(outcome.kind, 'ran');
    if (outcome.kind !== 'ran') return;
    assert.deepEqual(
      outcome.findings.map((f) => f.message),
      [
        'step `train` (`echo "no data"; exit 3`) ended with exit code 3, so step `debug` did not run',
      ],
    );
    assert.equal(outcome.summary, outcome.findings[0]?.message);
    assert.deepEqual(outcome.details, [
      { type: 'code', title: 'Log of the failed step (last lines)', text: 'no data' },
    ]);
  });

  test('a step that hits its timeout ends the check in error', async () => {
    await assert.rejects(
      runStepCheck('debug', {
        debug: { command: 'node -e "setTimeout(() => {}, 20000)"', timeout_minutes: 0.005 },
      }),
      /^CommandTimeoutError: steps\.debug\.command did not finish within 0\.005 min/,
    );
  });

  test('is skipped on workflow_run, where PR code must not run', async () => {
    const outcome = await runStepCheck(
      'debug',
      { debug: { command: 'node debug.mjs' } },
      'workflow_run',
    );
    assert.equal(outcome.kind, 'skipped');
  });

  test('a step without declared steps is an error naming the key and the fix', async () => {
    await assert.rejects(
      debuggability.run(debuggabilityConfig.parse({ step: 'debug' }), {
        workspace: diskWorkspace(repo.root),
        event: { name: 'pull_request' },
        now: new Date('2026-11-01T00:00:00Z'),
      }),
      {
        message:
          'checks.debuggability.step names step "debug", but mlgate.yml declares no `steps:`; declare it under `steps:` with its command and outputs, or give `checks.debuggability.command` instead',
      },
    );
  });
});

describe('config: exactly one of `command` and `step`', () => {
  itRejectsEachConfig([
    {
      name: 'both',
      yaml: 'steps: {debug: {command: node debug.mjs}}\nchecks:\n  debuggability: {command: node debug.mjs, step: debug}\n',
      expected:
        /`checks\.debuggability\.step`: `command` and `step` are both given; the check runs one of them.*keep `step`/s,
    },
    {
      name: 'neither',
      yaml: 'checks:\n  debuggability: {timeout_minutes: 5}\n',
      expected:
        /`checks\.debuggability`: no command to run: neither `command` nor `step` is given.*add `step: <a step under steps:>`, or `command: <the shell command to run>`/s,
    },
    {
      name: 'a working directory beside a step',
      yaml: 'steps: {debug: {command: node debug.mjs}}\nchecks:\n  debuggability: {step: debug, working_directory: src}\n',
      expected:
        /`checks\.debuggability\.working_directory`: `working_directory` is set beside `step`, but the step declares its own.*move it to `steps\.debug\.working_directory`/s,
    },
    {
      name: 'a step that is not declared',
      yaml: 'steps: {train: {command: node train.mjs}}\nchecks:\n  debuggability: {step: debug}\n',
      expected: /`checks\.debuggability\.step`: no step named "debug".*use one of: train/s,
    },
  ]);
});
