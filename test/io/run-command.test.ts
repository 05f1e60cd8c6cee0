import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, test } from 'vitest';
import { runCommand } from '../../src/io/run-command.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'mlgate-run-command-'));
const logDirectory = path.join(root, 'logs');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const base = {
  root,
  eventName: 'pull_request',
  allowUntrustedCommands: false,
  logDirectory,
  environment: { PATH: process.env.PATH },
};

test('captures the exit code and the interleaved output, and writes the whole log', async () => {
  const result = await runCommand(
    {
      command: 'echo out; echo err >&2; exit 3',
      key: 'checks.debuggability.command',
      timeoutMs: 20_000,
    },
    base,
  );
  assert.equal(result.outcome, 'completed');
  if (result.outcome !== 'completed') return;
  assert.equal(result.exitCode, 3);
  assert.equal(result.timedOut, false);
  assert.equal(result.logTail, 'out\nerr');
  assert.equal(result.outputBytes, 8);
  assert.equal(readFileSync(result.logPath!, 'utf8'), 'out\nerr\n');
});

test('fails a pipeline whose first command fails (bash -eo pipefail, as in Actions)', async () => {
  const result = await runCommand(
    { command: 'false | cat; echo reached', key: 'k', timeoutMs: 20_000 },
    base,
  );
  assert.equal(result.outcome === 'completed' && result.exitCode, 1);
  assert.equal(result.outcome === 'completed' && result.logTail, '');
});

test('drops tokens, action inputs and step-output files from the environment', async () => {
  const result = await runCommand(
    {
      command: 'env',
      key: 'k',
      timeoutMs: 20_000,
      env: { MLGATE_EXTRA: 'yes', GITHUB_TOKEN: 'again' },
    },
    {
      ...base,
      environment: {
        PATH: process.env.PATH,
        GITHUB_TOKEN: 'ghs_secret1',
        ACTIONS_RUNTIME_TOKEN: 'secret2',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret3',
        'INPUT_GITHUB-TOKEN': 'secret4',
        GITHUB_ENV: '/tmp/secret5',
        GITHUB_SHA: 'abc123',
      },
    },
  );
  assert.equal(result.outcome, 'completed');
  if (result.outcome !== 'completed') return;
  assert.doesNotMatch(result.logTail, /secret|ghs_|again/);
  assert.match(result.logTail, /^GITHUB_SHA=abc123$/m);
  assert.match(result.logTail, /^MLGATE_EXTRA=yes$/m);
});

test('kills the whole process group on timeout, background children included', async () => {
  const pidFile = path.join(root, 'child.pid');
  const result = await runCommand(
    {
      command: `sleep 30 & echo $! > ${pidFile}; echo started; wait`,
      key: 'checks.canary.command',
      // Long enough for a loaded machine to start the shell and write the pid file first.
      timeoutMs: 3000,
    },
    { ...base, killGraceMs: 200 },
  );
  assert.equal(result.outcome, 'completed');
  if (result.outcome !== 'completed') return;
  assert.equal(result.timedOut, true);
  assert.equal(result.exitCode, null);
  assert.equal(result.logTail, 'started');
  assert.equal(await endsSoon(Number(readFileSync(pidFile, 'utf8'))), true);
});

test('ends processes the command left running in the background when it exits', async () => {
  const pidFile = path.join(root, 'stray.pid');
  const result = await runCommand(
    { command: `(sleep 30 > /dev/null 2>&1 &  echo $! > ${pidFile})`, key: 'k', timeoutMs: 20_000 },
    base,
  );
  assert.equal(result.outcome === 'completed' && result.exitCode, 0);
  assert.equal(await endsSoon(Number(readFileSync(pidFile, 'utf8'))), true);
});

test('refuses on pull_request_target and workflow_run unless the action input allows it', async () => {
  for (const eventName of ['pull_request_target', 'workflow_run']) {
    const marker = path.join(root, `${eventName}.ran`);
    const refused = await runCommand(
      { command: `touch ${marker}`, key: 'k', timeoutMs: 20_000 },
      { ...base, eventName },
    );
    assert.equal(refused.outcome, 'refused');
    assert.match(
      refused.outcome === 'refused' ? refused.reason : '',
      /allow-commands-on-privileged-events/,
    );
    assert.equal(existsSync(marker), false);
    const allowed = await runCommand(
      { command: `touch ${marker}`, key: 'k', timeoutMs: 20_000 },
      { ...base, eventName, allowUntrustedCommands: true },
    );
    assert.equal(allowed.outcome === 'completed' && allowed.exitCode, 0);
    assert.equal(existsSync(marker), true);
  }
});

test('runs in the working directory and refuses one outside the root', async () => {
  const result = await runCommand(
    { command: 'pwd', key: 'k', timeoutMs: 20_000, workingDirectory: 'logs' },
    base,
  );
  assert.equal(result.outcome === 'completed' && result.logTail, logDirectory);
  await assert.rejects(
    runCommand(
      { command: 'pwd', key: 'checks.x.command', timeoutMs: 1000, workingDirectory: '..' },
      base,
    ),
    /checks\.x\.command: working directory "\.\." is outside the repository/,
  );
});

test('keeps only the last lines of a long log in the tail', async () => {
  const result = await runCommand({ command: 'seq 1 1000', key: 'k', timeoutMs: 20_000 }, base);
  assert.equal(result.outcome, 'completed');
  if (result.outcome !== 'completed') return;
  const lines = result.logTail.split('\n');
  assert.equal(lines.length, 40);
  assert.equal(lines[0], '961');
  assert.equal(lines.at(-1), '1000');
});

/** Waits (up to 5 s) for a process to end; a zombie awaiting its reaper counts as ended. */
async function endsSoon(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt++) {
    let state: string;
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? '';
    } catch {
      return true;
    }
    if (state === 'Z') return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
