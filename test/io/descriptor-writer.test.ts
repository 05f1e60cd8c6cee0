/**
 * The CLI's stdout and stderr written to descriptors (src/io/descriptor-writer.ts):
 * every byte in order, partial writes finished, a refused write (EAGAIN) handed
 * with the rest to Node's stream, any other error thrown, a terminal left to
 * Node's stream; output drained only once the stream has written what it took;
 * and in a real process whose stdout is a pipe, the text arrives without Node's
 * socket modules being loaded.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import {
  descriptorWriter,
  type WriteBytes,
  writesDirectly,
} from '../../src/io/descriptor-writer.ts';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const text = 'drift: température ✓\n'.repeat(3);

/** A descriptor taken for a pipe or a file, whatever this test's stdout is. */
const always = () => true;

/** A stream that keeps what it is given, as bytes, and calls back once `release` is called. */
function keepingStream() {
  const chunks: Buffer[] = [];
  const waiting: (() => void)[] = [];
  return {
    chunks,
    stream: () => ({
      write: (chunk: Uint8Array | string, done: () => void) => {
        chunks.push(Buffer.from(chunk));
        waiting.push(done);
      },
    }),
    release: () => {
      for (const done of waiting.splice(0)) done();
    },
  };
}

/** Whether `promise` has settled by the time the callbacks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

/** A write that takes at most `most` bytes each time, then refuses with `code` after `allowed` calls. */
function limitedWrite(
  sink: number[],
  most: number,
  allowed = Infinity,
  code = 'EAGAIN',
): WriteBytes {
  let calls = 0;
  return (_descriptor, bytes, offset) => {
    calls += 1;
    if (calls > allowed) throw Object.assign(new Error(code), { code });
    const taken = bytes.subarray(offset, offset + most);
    sink.push(...taken);
    return taken.length;
  };
}

describe('descriptorWriter', () => {
  it('writes the text to the descriptor as UTF-8', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mlgate-descriptor-')), 'out.txt');
    const descriptor = openSync(file, 'w');
    const { write } = descriptorWriter(descriptor, keepingStream().stream);
    write('first\n');
    write(text);
    closeSync(descriptor);
    assert.equal(readFileSync(file, 'utf8'), `first\n${text}`);
  });

  it('finishes writes that take only part of the bytes', () => {
    const written: number[] = [];
    const { write } = descriptorWriter(1, keepingStream().stream, limitedWrite(written, 5), always);
    write(text);
    assert.equal(Buffer.from(written).toString('utf8'), text);
  });

  it('hands the rest, and every later text, to the stream once the descriptor refuses', () => {
    const written: number[] = [];
    const kept = keepingStream();
    const { write } = descriptorWriter(1, kept.stream, limitedWrite(written, 7, 2), always);
    write(text);
    write('after\n');
    assert.equal(written.length, 14);
    assert.equal(kept.chunks.length, 2);
    const bytes = Buffer.concat([Buffer.from(written), ...kept.chunks]);
    assert.equal(bytes.toString('utf8'), `${text}after\n`);
  });

  it('is drained at once while the descriptor takes everything', async () => {
    const writer = descriptorWriter(1, keepingStream().stream, limitedWrite([], 5), always);
    writer.write(text);
    assert.equal(await settled(writer.drained()), true);
  });

  it('is drained only once the stream has written all it was handed', async () => {
    const kept = keepingStream();
    const writer = descriptorWriter(1, kept.stream, limitedWrite([], 7, 2), always);
    writer.write(text);
    writer.write('after\n');
    assert.equal(await settled(writer.drained()), false);
    kept.release();
    assert.equal(await settled(writer.drained()), true);
  });

  it("leaves a terminal, or anything but a pipe, a socket or a file, to Node's stream", () => {
    const written: number[] = [];
    const kept = keepingStream();
    const { write } = descriptorWriter(1, kept.stream, limitedWrite(written, 64), () => false);
    write(text);
    write('after\n');
    assert.deepEqual(written, []);
    assert.equal(Buffer.concat(kept.chunks).toString('utf8'), `${text}after\n`);
  });

  it('writes directly to files, pipes and sockets only, and never on Windows', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mlgate-descriptor-')), 'f.txt');
    const descriptor = openSync(file, 'w');
    assert.equal(writesDirectly(descriptor), true);
    assert.equal(writesDirectly(descriptor, 'win32'), false);
    closeSync(descriptor);
    const device = openSync('/dev/null', 'w');
    assert.equal(writesDirectly(device), false);
    closeSync(device);
    assert.equal(writesDirectly(987_654), false);
  });

  it('throws any other error, as a failed write to stdout fails the command', () => {
    const { write } = descriptorWriter(
      1,
      keepingStream().stream,
      limitedWrite([], 7, 0, 'EPIPE'),
      always,
    );
    assert.throws(() => write(text), { code: 'EPIPE' });
  });

  it("reaches a pipe without building Node's stdout stream", () => {
    const script = [
      "import { descriptorOutput } from './src/io/descriptor-writer.ts';",
      `descriptorOutput.out(${JSON.stringify(text)});`,
      "descriptorOutput.out(process.moduleLoadList.includes('NativeModule net') ? 'net\\n' : 'no net\\n');",
    ].join('\n');
    const output = execFileSync(
      path.join(repositoryRoot, 'node_modules/.bin/node'),
      ['--input-type=module', '-e', script],
      { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    assert.equal(output, `${text}no net\n`);
  });
});
