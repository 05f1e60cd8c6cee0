/**
 * Writes text to a file named on the command line (-o, --out, --json),
 * replacing it. Missing parent folders are created, as `report/` in
 * `--out report/mlgate.md` is a folder the user means to have; anything
 * else that fails (a parent that is a file, no permission) rejects with
 * Node's error, whose `code` says which.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeTextFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}
