import assert from 'node:assert/strict';
import { test } from 'vitest';
import { commandEnvironment } from '../../src/infra/command-environment.ts';
import { commandPolicy } from '../../src/infra/command-policy.ts';

test('tokens, action inputs and step files are dropped, whatever their case', () => {
  const env = commandEnvironment(
    {
      PATH: '/usr/bin',
      github_token: 'x',
      GH_TOKEN: 'x',
      ACTIONS_CACHE_URL: 'x',
      'INPUT_GITHUB-TOKEN': 'x',
      GITHUB_OUTPUT: '/tmp/o',
      GITHUB_REPOSITORY: 'acme/churn',
      RUNNER_TEMP: '/tmp',
    },
    { ACTIONS_RUNTIME_TOKEN: 'sneaky', SEED: '7' },
  );
  assert.deepEqual(env, {
    PATH: '/usr/bin',
    GITHUB_REPOSITORY: 'acme/churn',
    RUNNER_TEMP: '/tmp',
    SEED: '7',
  });
});

test('commands run on ordinary events; on privileged ones only when the action input allows', () => {
  for (const eventName of ['pull_request', 'push', 'schedule', 'workflow_dispatch', 'local']) {
    assert.deepEqual(commandPolicy({ eventName, allowUntrustedCommands: false }), {
      allowed: true,
    });
  }
  for (const eventName of ['pull_request_target', 'workflow_run']) {
    assert.equal(commandPolicy({ eventName, allowUntrustedCommands: false }).allowed, false);
    assert.equal(commandPolicy({ eventName, allowUntrustedCommands: true }).allowed, true);
  }
});
