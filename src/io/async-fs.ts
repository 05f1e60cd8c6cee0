/**
 * The promise-returning file calls of the gate's reads and runs, made from
 * node:fs's callbacks rather than taken from node:fs/promises. Loading that
 * module loads nine more of Node's own (its FileHandle, directory handles,
 * watchers, and readline for `filehandle.readLines()`): 3 to 4 ms of a fresh
 * `node`, paid by every `mlgate run`, whose workspace reads files (issue 17,
 * target 1). The calls are the same: `realpath` is the native one, as
 * node:fs/promises' is, and errors carry the same codes. The code that writes
 * files (src/io/write-text-file.ts, loaded when one is written, and the
 * action's report files and artifact staging) still uses node:fs/promises.
 */
import {
  type CopyOptions,
  copyFile as copyFileCallback,
  cp as cpCallback,
  lstat as lstatCallback,
  mkdir as mkdirCallback,
  mkdtemp as mkdtempCallback,
  readdir as readdirCallback,
  readFile as readFileCallback,
  readlink as readlinkCallback,
  realpath as realpathCallback,
  rename as renameCallback,
  rm as rmCallback,
  stat as statCallback,
  symlink as symlinkCallback,
} from 'node:fs';
import { promisify } from 'node:util';

export const readFile = promisify(readFileCallback);
export const realpath = promisify(realpathCallback.native);
export const stat = promisify(statCallback);
export const mkdir = promisify(mkdirCallback);
export const rename = promisify(renameCallback);
export const rm = promisify(rmCallback);
// A pipeline's copy of the workspace (src/io/workspace-copy.ts), in the same chunk as its reads.
export const copyFile = promisify(copyFileCallback);
/** fs.cp with its options (promisify types only its overload without them). */
export const cp = (source: string, destination: string, options: CopyOptions): Promise<void> =>
  new Promise((resolve, reject) =>
    cpCallback(source, destination, options, (error) => (error ? reject(error) : resolve())),
  );
export const lstat = promisify(lstatCallback);
export const mkdtemp = promisify(mkdtempCallback);
export const readdir = promisify(readdirCallback);
export const readlink = promisify(readlinkCallback);
export const symlink = promisify(symlinkCallback);
