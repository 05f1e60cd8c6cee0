/**
 * Which thread runs the CLI's entry (src/io/thread-role.ts): node:worker_threads
 * is consulted only for an argv of two entries or the command-thread flag, and
 * a worker runs the CLI only with a command thread's data.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  COMMAND_THREAD_FLAG,
  commandThreadArgv,
  type ThreadFacts,
  threadRole,
} from '../../src/io/thread-role.ts';

const node = ['/usr/bin/node', '/action/dist/cli.js'];

/** Facts that count how often they were asked for. */
function factsOf(facts: ThreadFacts) {
  const asked = { count: 0 };
  return {
    asked,
    facts: async () => {
      asked.count += 1;
      return facts;
    },
  };
}

describe('threadRole', () => {
  it('is the main thread for any command, without asking which thread this is', async () => {
    const { asked, facts } = factsOf({ isMainThread: false, workerData: undefined });
    assert.deepEqual(await threadRole([...node, 'drift', '--current', 'c.csv'], facts), {
      kind: 'main',
    });
    assert.equal(asked.count, 0);
  });

  it('asks when there is no argument, or the flag: the main thread, or a worker without a command', async () => {
    for (const argv of [node, [...node, COMMAND_THREAD_FLAG]]) {
      const main = factsOf({ isMainThread: true, workerData: null });
      assert.deepEqual(await threadRole(argv, main.facts), { kind: 'main' });
      assert.equal(main.asked.count, 1);
      const worker = factsOf({ isMainThread: false, workerData: { other: 1 } });
      assert.deepEqual(await threadRole(argv, worker.facts), { kind: 'other-thread' });
    }
  });

  it("is a command thread with its data's argv", async () => {
    const { facts } = factsOf({
      isMainThread: false,
      workerData: { mlgateCommand: ['profile', 'wide.csv'] },
    });
    assert.deepEqual(await threadRole([...node, COMMAND_THREAD_FLAG], facts), {
      kind: 'command-thread',
      argv: ['profile', 'wide.csv'],
    });
  });

  it("reads node:worker_threads by default: this test's thread has no command data", async () => {
    const { isMainThread } = await import('node:worker_threads');
    assert.deepEqual(await threadRole(node), { kind: isMainThread ? 'main' : 'other-thread' });
  });
});

describe('commandThreadArgv', () => {
  it("finds a command thread's argv, and nothing in any other thread's data", () => {
    assert.deepEqual(commandThreadArgv({ mlgateCommand: ['drift', '--current', 'c.csv'] }), [
      'drift',
      '--current',
      'c.csv',
    ]);
    for (const other of [undefined, null, 7, 'drift', { flag: 1 }, { mlgateCommand: [1] }]) {
      assert.equal(commandThreadArgv(other), undefined);
    }
  });
});
