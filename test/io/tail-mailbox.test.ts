import assert from 'node:assert/strict';
import { test } from 'vitest';
import { TailMailbox } from '../../src/io/tail-mailbox.ts';

test('a worker that comes up after the range was closed takes nothing, without waiting', () => {
  const mailbox = new TailMailbox();
  assert.equal(mailbox.isReady(), false);
  mailbox.close();
  // The worker's side, on a view of the same shared memory: returns at once.
  assert.equal(new TailMailbox(mailbox.buffer).awaitRange(), undefined);
  assert.equal(mailbox.isReady(), false);
});

test('a tail goes only to a worker that said it waits for one', () => {
  const mailbox = new TailMailbox();
  assert.throws(
    () => mailbox.assign({ start: 10, stop: 20 }),
    /a tail was assigned to a worker that was not waiting for one/,
  );
});
