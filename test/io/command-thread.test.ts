/**
 * A command in a thread of its own (src/io/command-thread.ts): its exit code
 * and what it prints come through; running out of its heap is an end of its
 * own, which says whether any of the result was written; anything else it
 * throws rejects. The entry is a stand-in for src/cli.ts.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'vitest';
import { runInCommandThread, wideTableLimits } from '../../src/io/command-thread.ts';

const entry = new URL('../fixtures/command-thread/entry.mjs', import.meta.url);

/** Runs `argv` in a thread with `limits`, keeping what it printed. */
async function run(argv: string[], limits = wideTableLimits) {
  const out = new PassThrough();
  const err = new PassThrough();
  const texts = { out: '', err: '' };
  out.on('data', (chunk) => {
    texts.out += chunk;
  });
  err.on('data', (chunk) => {
    texts.err += chunk;
  });
  const end = await runInCommandThread(entry, argv, limits, { out, err });
  return { end, ...texts };
}

describe('runInCommandThread', () => {
  it("passes on the thread's exit code and what it printed on each stream", async () => {
    assert.deepEqual(await run(['exit', '1']), {
      end: { kind: 'exited', code: 1 },
      out: 'result 1\n',
      err: 'a note\n',
    });
    assert.deepEqual((await run(['exit', '0'])).end, { kind: 'exited', code: 0 });
  });

  it('ends out of memory at its heap limit, having written no result', async () => {
    const ran = await run(['allocate'], { youngGenerationMb: 4, oldGenerationMb: 24 });
    assert.deepEqual(ran.end, { kind: 'out-of-memory', wroteResult: false });
    assert.equal(ran.err, 'a note before running out\n');
  });

  it('says so when the thread ran out of memory after writing part of its result', async () => {
    const ran = await run(['print-then-allocate'], { youngGenerationMb: 4, oldGenerationMb: 24 });
    assert.deepEqual(ran.end, { kind: 'out-of-memory', wroteResult: true });
    assert.equal(ran.out, 'part of a result\n');
  });

  it('rejects with an error the thread did not catch', async () => {
    await assert.rejects(run(['throw']), /thrown in the thread/);
  });
});
