/**
 * Monitor 1 — dependency changes result in notification. Diffs every
 * dependency manifest and lock file the change touches, base against head,
 * and lists packages added, removed, upgraded and downgraded, major bumps
 * marked. The report is the notification; `fail_on_major` and
 * `fail_on_unpinned` turn those changes into failures.
 */

import { baseRevision, noBaseReason } from '../../infra/base-revision.ts';
import { manifestKind } from '../../infra/dependencies/manifest-kind.ts';
import { globToRegExp, matchesAny } from '../../infra/path-glob.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { dependencyChangesConfig } from './dependency-changes-config.ts';
import { dependencyChangesOutcome } from './dependency-changes-outcome.ts';
import { type ManifestChanges, manifestChanges } from './manifest-changes.ts';

export const dependencyChanges: CheckDefinition<typeof dependencyChangesConfig> = {
  id: 'dependency_changes',
  title: 'Dependency changes are announced',
  rubric: ['monitor-1'],
  config: dependencyChangesConfig,
  async run(config, { workspace, event }) {
    const base = baseRevision(config.base_revision, event);
    if (!base) return { kind: 'skipped', reason: noBaseReason('dependency_changes') };
    const globs = config.files?.map(globToRegExp);
    const files: ManifestChanges[] = [];
    for (const file of await workspace.listChangedFiles(base)) {
      const kind = manifestKind(file.path);
      if (kind === undefined || (globs && !matchesAny(globs, file.path))) continue;
      files.push(await manifestChanges(workspace, base, file, kind));
    }
    return dependencyChangesOutcome(files, base, config);
  },
};
