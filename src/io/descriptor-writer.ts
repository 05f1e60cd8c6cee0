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
 * the order holds. A command thread must not use this: its process.stdout is
 * forwarded by its parent (src/io/command-thread.ts).
 */
import { fstatSync, writeSync } from 'node:fs';

/** What writes bytes to a descriptor, returning how many it wrote (fs.writeSync's shape). */
export type WriteBytes = (descriptor: number, bytes: Uint8Array, offset: number) => number;

/** The stream to hand the rest to once the descriptor refuses a write. */
export interface FallbackStream {
  write(chunk: Uint8Array | string): unknown;
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
): (text: string) => void {
  let stream: FallbackStream | undefined;
  let decided = false;
  return (text) => {
    if (!decided) {
      decided = true;
      if (!direct()) stream = fallback();
    }
    if (stream) {
      stream.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
      // A write may take only part of the bytes (a pipe, a signal): the loop writes the rest.
      while (offset < bytes.length) offset += write(descriptor, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      stream = fallback();
      stream.write(bytes.subarray(offset));
    }
  };
}

/** The main thread's stdout and stderr. */
export const descriptorOutput = {
  out: descriptorWriter(1, () => process.stdout),
  err: descriptorWriter(2, () => process.stderr),
};
