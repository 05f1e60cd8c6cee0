/**
 * Writing the CLI's stdout and stderr straight to descriptors 1 and 2 with
 * fs.writeSync, in its main thread. process.stdout is a stream Node builds on
 * first use, for a pipe (how CI, scripts and the bench read mlgate) a
 * net.Socket: building it loaded enough of Node to take about 6 ms of a
 * PR-sized `mlgate drift` (0.172 → 0.166 s, 31 runs alternating; issue 17,
 * target 1). Node's own stdout writes files and pipes synchronously on Linux
 * too, so the output and its order are the same.
 *
 * Only pipes, sockets and files are written so. A terminal keeps Node's stream, which
 * on Windows converts the text for the console (bytes written straight to it
 * are read in its code page), and so does anything else, on Windows anything.
 * A descriptor can refuse a write (EAGAIN) when whoever opened it made it
 * non-blocking (a parent sharing its own pipe): from then on the rest goes
 * through Node's stream, which waits for the pipe, so nothing is lost and
 * the order holds, though the stream then writes some of it later, as the
 * pipe takes it (`drained` says when). A command thread must not use this:
 * its process.stdout is forwarded by its parent (src/io/command-thread.ts).
 */
import { fstatSync, writeSync } from 'node:fs';

/** What writes bytes to a descriptor, returning how many it wrote (fs.writeSync's shape). */
export type WriteBytes = (descriptor: number, bytes: Uint8Array, offset: number) => number;

/** The stream to hand the rest to once the descriptor refuses a write; it calls `done` once it has written `chunk` (or failed to). */
export interface FallbackStream {
  write(chunk: Uint8Array | string, done: () => void): unknown;
}

/** Writes text to one descriptor. */
export interface DescriptorWriter {
  /** Writes all of `text` before it returns, unless the descriptor refuses: then the stream has the rest. */
  write(text: string): void;
  /** Settles once everything written so far has left this process: at once, unless the stream took some. */
  drained(): Promise<void>;
}

/**
 * Whether `descriptor` is a pipe, a socket (how Node and libuv give a child
 * its piped stdio) or a file, outside Windows: what descriptorWriter writes to itself.
 */
export function writesDirectly(descriptor: number, platform = process.platform): boolean {
  if (platform === 'win32') return false;
  try {
    const stat = fstatSync(descriptor);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}

export function descriptorWriter(
  descriptor: number,
  fallback: () => FallbackStream,
  write: WriteBytes = writeSync,
  direct: () => boolean = () => writesDirectly(descriptor),
): DescriptorWriter {
  let stream: FallbackStream | undefined;
  let decided = false;
  // The stream writes in order, so its last write's callback comes after every earlier one's.
  let lastStreamed: Promise<void> = Promise.resolve();
  const toStream = (chunk: Uint8Array | string) => {
    const into = stream ?? fallback();
    stream = into;
    lastStreamed = new Promise((done) => into.write(chunk, done));
  };
  return {
    write: (text) => {
      if (!decided) {
        decided = true;
        if (!direct()) stream = fallback();
      }
      if (stream) {
        toStream(text);
        return;
      }
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      try {
        // A write may take only part of the bytes (a pipe, a signal): the loop writes the rest.
        while (offset < bytes.length) offset += write(descriptor, bytes, offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        toStream(bytes.subarray(offset));
      }
    },
    drained: () => lastStreamed,
  };
}

/** The main thread's stdout and stderr. */
const stdout = descriptorWriter(1, () => process.stdout);
const stderr = descriptorWriter(2, () => process.stderr);

export const descriptorOutput = { out: stdout.write, err: stderr.write };

/** Settles once all the main thread's output so far has left the process (what must precede process.exit). */
export async function descriptorOutputDrained(): Promise<void> {
  await Promise.all([stdout.drained(), stderr.drained()]);
}
