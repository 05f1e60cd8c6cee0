/** SHA-256 of a file in the working tree, streamed so that a large model is never held in memory. */
import { createReadStream } from 'node:fs';
import type { FileDigest } from '../workspace/infra-operations.ts';
import { stat } from './async-fs.ts';
import { nodeCrypto } from './builtins-on-use.ts';

/** null when nothing is at `absolutePath`; a directory has no single digest and is reported as such. */
export async function fileDigest(absolutePath: string): Promise<FileDigest | null> {
  const info = await stat(absolutePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (!info) return null;
  if (info.isDirectory()) {
    throw new Error(
      `${absolutePath} is a directory; name the files in it, since mlgate compares files`,
    );
  }
  const hash = nodeCrypto().createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(absolutePath) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  return { kind: 'file', sha256: hash.digest('hex'), bytes, modifiedMs: info.mtimeMs };
}
