/**
 * Hands production's files (from the artifact of the last accepted run) to the
 * checks without changing them: checks read production as "the file at the
 * base commit" (`workspace.readTextAtRevision(event.baseSha, path)`), so this
 * workspace answers that call from those files and passes everything else —
 * other revisions, other files, all other reads — to the real workspace.
 */

import { baselinePath } from '../github/production-baseline.ts';
import type { Workspace } from '../workspace/workspace.ts';

export function withProductionFiles(
  workspace: Workspace,
  baseRevision: string,
  files: ReadonlyMap<string, string>,
): Workspace {
  if (files.size === 0) return workspace;
  return {
    ...workspace,
    async readTextAtRevision(revision, file, key) {
      const stored = revision === baseRevision ? baselinePath(file) : undefined;
      const text = stored === undefined ? undefined : files.get(stored);
      return text ?? workspace.readTextAtRevision(revision, file, key);
    },
  };
}
