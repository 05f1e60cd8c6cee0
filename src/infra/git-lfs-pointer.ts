/**
 * A Git LFS pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md):
 * a small text file in git standing for a large object stored elsewhere. Its
 * `oid sha256:` line is the object's SHA-256, so the hash is recorded in git.
 */
export interface LfsPointer {
  sha256: string;
  size: number;
}

/** Pointers are under 1024 bytes; anything larger is not one. */
export const lfsPointerMaxBytes = 1024;

export function parseLfsPointer(text: string): LfsPointer | undefined {
  if (!text.startsWith('version https://git-lfs.github.com/spec/v1\n')) return undefined;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text);
  const size = /^size (\d+)$/m.exec(text);
  if (!oid || !size) return undefined;
  return { sha256: oid[1]!, size: Number(size[1]) };
}
