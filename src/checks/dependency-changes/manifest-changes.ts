/**
 * The dependency changes of each changed manifest or lock file: the file at
 * the base revision against the checkout (a new file against nothing, a
 * deleted one against nothing after).
 */

import type { ManifestKind } from '../../infra/dependencies/dependency.ts';
import {
  type DependencyChange,
  diffDependencies,
} from '../../infra/dependencies/diff-dependencies.ts';
import { parseManifest } from '../../infra/dependencies/parse-manifest.ts';
import type { ChangedFile } from '../../workspace/infra-operations.ts';
import type { Workspace } from '../../workspace/workspace.ts';

const key = 'checks.dependency_changes.files';

export interface ManifestChanges {
  path: string;
  status: ChangedFile['status'];
  changes: DependencyChange[];
}

export async function manifestChanges(
  workspace: Workspace,
  base: string,
  file: ChangedFile,
  kind: ManifestKind,
): Promise<ManifestChanges> {
  const before = await workspace.readTextAtRevision(base, file.path, key);
  const after = file.status === 'deleted' ? null : await workspace.readText(file.path, key);
  const changes = diffDependencies(
    before === null ? [] : parseManifest(kind, before, `${file.path} at ${base.slice(0, 12)}`),
    after === null ? [] : parseManifest(kind, after, file.path),
  );
  return { path: file.path, status: file.status, changes };
}
