/**
 * Writes text to a file named on the command line (-o, --out, --json),
 * replacing it. Missing parent folders are created, as `report/` in
 * `--out report/mlgate.md` is a folder the user means to have; anything
 * else that fails (a parent that is a file, no permission) rejects with
 * Node's error, whose `code` says which.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeTextFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}

/**
 * The same file written piece by piece, for output too large to hold as one
 * string (a profile of 50,000 columns): `write` queues a piece, `drained`
 * resolves once every queued piece is on disk, `close` finishes the file. A
 * failed write rejects `drained` and `close` with Node's error.
 */
export interface TextFileWriter {
  write(text: string): void;
  drained(): Promise<void>;
  close(): Promise<void>;
}

export async function openTextFile(file: string): Promise<TextFileWriter> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const handle = await open(file, 'w');
  let queue: Promise<unknown> = Promise.resolve();
  return {
    write(text) {
      queue = queue.then(() => handle.write(text));
    },
    drained: () => queue.then(() => undefined),
    async close() {
      try {
        await queue;
      } finally {
        await handle.close();
      }
    },
  };
}
