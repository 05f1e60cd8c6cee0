/**
 * Whether a command wrote a file it was asked to produce. A deterministic
 * command rewrites the very same bytes, so unchanged content alone is no proof
 * that it did nothing: a newer modification time counts as written too.
 */
import type { FileDigest } from '../workspace/infra-operations.ts';

export function fileWasWritten(before: FileDigest | null, after: FileDigest | null): boolean {
  if (after === null) return false;
  if (before === null || before.kind !== 'file' || after.kind !== 'file') return true;
  if (before.sha256 !== after.sha256) return true;
  return (
    before.modifiedMs !== undefined &&
    after.modifiedMs !== undefined &&
    after.modifiedMs > before.modifiedMs
  );
}
