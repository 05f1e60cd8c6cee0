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

test('a taker that waits no longer than its limit gets nothing, and a later tail is refused', () => {
  const mailbox = new TailMailbox();
  // The calling thread asks a worker that never answers (one that died): it stops waiting.
  const taker = new TailMailbox(mailbox.buffer);
  assert.equal(taker.awaitRange(20), undefined);
  // The worker's answer comes too late: nothing is given, and its range keeps its stop.
  assert.equal(mailbox.isReady(), false);
  assert.equal(mailbox.tryAssign({ start: 10, stop: 20 }), false);
  assert.equal(taker.awaitRange(20), undefined);
});
