/**
 * SHA-256 of a file as it was at a git revision, streamed from `git cat-file`
 * so that a large model is never held in memory. A directory answers with its
 * tree id, which is as content-addressed as a hash.
 */
import type { FileDigest } from '../workspace/infra-operations.ts';
import { childProcess, nodeCrypto } from './builtins-on-use.ts';
import { GitError, runGit, tryGit, verifyRevision } from './git-command.ts';

/** `repoPath` is relative to `root`; null when nothing is at that path at the revision. */
export async function gitFileDigest(
  root: string,
  revision: string,
  repoPath: string,
): Promise<FileDigest | null> {
  await verifyRevision(root, revision);
  const found = await tryGit(root, [
    'rev-parse',
    '--verify',
    '--quiet',
    `${revision}:./${repoPath}`,
  ]);
  if (!('stdout' in found)) return null;
  const object = found.stdout.toString('utf8').trim();
  const type = (await runGit(root, ['cat-file', '-t', object])).toString('utf8').trim();
  if (type === 'tree') return { kind: 'directory', gitObject: object };
  if (type !== 'blob') return null;
  const { sha256, bytes } = await streamHash(root, object);
  return { kind: 'file', sha256, bytes, gitObject: object };
}

function streamHash(root: string, object: string): Promise<{ sha256: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const hash = nodeCrypto().createHash('sha256');
    let bytes = 0;
    let stderr = '';
    const child = childProcess().spawn('git', ['cat-file', 'blob', object], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ sha256: hash.digest('hex'), bytes });
      else reject(new GitError(`git cat-file blob ${object} failed: ${stderr.trim()}`));
    });
  });
}
