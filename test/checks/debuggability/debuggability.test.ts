import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, test } from 'vitest';
import { debuggability } from '../../../src/checks/debuggability/debuggability.ts';
import { debuggabilityConfig } from '../../../src/checks/debuggability/debuggability-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';

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
