import assert from 'node:assert/strict';
import { test } from 'vitest';
import { reproducibility } from '../../../src/checks/reproducibility/reproducibility.ts';
import { reproducibilityConfig } from '../../../src/checks/reproducibility/reproducibility-config.ts';
import { runAtMost } from '../../../src/checks/reproducibility/run-at-most.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import type { CommandRequest, CommandResult } from '../../../src/workspace/infra-operations.ts';
import type { Workspace } from '../../../src/workspace/workspace.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A workspace whose copies run the "training" asynchronously: run k takes longer the
 * smaller k is (so runs finish in reverse order), writes its number into metrics.json
 * (or a fixed value), and the fake records how many runs were going at once.
 */
function concurrentWorkspace(
  cores: number,
  train: (run: number) => { exitCode: number; metrics: string },
) {
  const seen = { running: 0, most: 0, started: [] as number[] };
  let copies = 0;
  const base = memoryWorkspace({ files: { 'train.py': 'print(1)\n' }, cores });
  const workspace: Workspace = {
    ...base,
    async copyForRun() {
      const run = ++copies;
      const files: Record<string, string> = { 'train.py': 'print(1)\n' };
      const copy = memoryWorkspace({ files, cores });
      const runCommand = async (_request: CommandRequest): Promise<CommandResult> => {
        seen.started.push(run);
        seen.running++;
        seen.most = Math.max(seen.most, seen.running);
        await tick(40 - 10 * run);
        seen.running--;
        const { exitCode, metrics } = train(run);
        if (exitCode === 0) files['metrics.json'] = metrics;
        return {
          outcome: 'completed',
          exitCode,
          signal: null,
          timedOut: false,
          durationMs: 0,
          outputBytes: 0,
          logTail: `run ${run}\n`,
        };
      };
      return { ...copy, runCommand, description: `copy ${run}`, dispose: async () => {} };
    },
  };
  return { workspace, seen };
}

async function check(workspace: Workspace, runs: number): Promise<CheckOutcome> {
  const outcome = await reproducibility.run(
    reproducibilityConfig.parse({ command: 'python train.py', runs, outputs: ['metrics.json'] }),
    { workspace, event: { name: 'pull_request' }, now: new Date('2026-11-01T00:00:00Z') },
  );
  if (outcome.kind !== 'ran') throw new Error(outcome.kind);
  return outcome;
}

const runLines = (outcome: CheckOutcome) => {
  const block = outcome.kind === 'ran' && outcome.details.find((d) => d.title === 'Runs');
  return block && block.type === 'list' ? block.items : [];
};

test('with 2 cores, 3 runs go at most 2 at a time and are reported in run order', async () => {
  const { workspace, seen } = concurrentWorkspace(2, (run) => ({
    exitCode: 0,
    metrics: `{"loss": ${run}}`,
  }));
  const outcome = await check(workspace, 3);
  assert.equal(seen.most, 2);
  assert.deepEqual(seen.started, [1, 2, 3]);
  assert.deepEqual(runLines(outcome), [
    'Run 1: exit code 0 in under 1 s; copy 1.',
    'Run 2: exit code 0 in under 1 s; copy 2.',
    'Run 3: exit code 0 in under 1 s; copy 3.',
  ]);
  assert.equal(
    outcome.kind === 'ran' && outcome.findings[0]?.message,
    'metrics.json differs between run 1 and run 2 (run 3 differs from run 1 too): 1 of 1 values differ; first `loss`: run 1 1, run 2 2',
  );
});

test('one core runs one at a time, and the report is the same as with two', async () => {
  const train = (run: number) => ({ exitCode: 0, metrics: `{"loss": ${run}}` });
  const one = concurrentWorkspace(1, train);
  const two = concurrentWorkspace(2, train);
  const [sequential, parallel] = [await check(one.workspace, 3), await check(two.workspace, 3)];
  assert.equal(one.seen.most, 1);
  assert.deepEqual(sequential, parallel);
});

test('a failing run stops new runs; the earliest failure in run order is reported', async () => {
  // Run 2 fails first in time (it is faster than run 1), run 1 succeeds: the report names run 2
  // and only the runs up to it, as one-at-a-time runs would.
  const { workspace, seen } = concurrentWorkspace(2, (run) => ({
    exitCode: run === 2 ? 3 : 0,
    metrics: '{"loss": 1}',
  }));
  const outcome = await check(workspace, 4);
  assert.deepEqual(seen.started, [1, 2]);
  assert.equal(outcome.kind === 'ran' && outcome.findings[0]?.id, 'run:2');
  assert.deepEqual(runLines(outcome), [
    'Run 1: exit code 0 in under 1 s; copy 1.',
    'Run 2: exit code 3 in under 1 s; copy 2.',
  ]);
});

test('runAtMost keeps index order, stops after a stop result, and rethrows the first error', async () => {
  const order: number[] = [];
  const results = await runAtMost(
    5,
    3,
    async (index) => {
      await tick(5 * (6 - index));
      order.push(index);
      return index;
    },
    () => false,
  );
  assert.deepEqual(results, [1, 2, 3, 4, 5]);
  assert.notDeepEqual(order, [1, 2, 3, 4, 5]);
  const stopped = await runAtMost(
    5,
    1,
    async (index) => index,
    (index) => index === 2,
  );
  assert.deepEqual(stopped, [1, 2]);
  await assert.rejects(
    runAtMost(
      3,
      3,
      async (index) => {
        if (index > 1) throw new Error(`task ${index}`);
        return index;
      },
      () => false,
    ),
    /^Error: task 2$/,
  );
});
