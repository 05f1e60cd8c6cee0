/**
 * Monitor 1 — dependency changes result in notification. Diffs every
 * dependency manifest and lock file the change touches, base against head,
 * and lists packages added, removed, upgraded and downgraded, major bumps
 * marked. The report is the notification; `fail_on_major` and
 * `fail_on_unpinned` turn those changes into failures.
 */

import { baseRevision, noBaseReason } from '../../infra/base-revision.ts';
import {
  type DependencyChange,
  diffDependencies,
} from '../../infra/dependencies/diff-dependencies.ts';
import { manifestKind } from '../../infra/dependencies/manifest-kind.ts';
import { parseManifest } from '../../infra/dependencies/parse-manifest.ts';
import { globToRegExp, matchesAny } from '../../infra/path-glob.ts';
import type { DetailBlock, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { dependencyChangesConfig } from './dependency-changes-config.ts';

const key = 'checks.dependency_changes';

export const dependencyChanges: CheckDefinition<typeof dependencyChangesConfig> = {
  id: 'dependency_changes',
  title: 'Dependency changes are announced',
  rubric: ['monitor-1'],
  config: dependencyChangesConfig,
  async run(config, { workspace, event }) {
    const base = baseRevision(config.base_revision, event);
    if (!base) return { kind: 'skipped', reason: noBaseReason('dependency_changes') };
    const globs = config.files?.map(globToRegExp);
    const changedFiles = (await workspace.listChangedFiles(base)).filter(
      (file) => manifestKind(file.path) !== undefined && (!globs || matchesAny(globs, file.path)),
    );
    const findings: Finding[] = [];
    const details: DetailBlock[] = [];
    const all: Array<DependencyChange & { file: string }> = [];
    for (const file of changedFiles) {
      const kind = manifestKind(file.path)!;
      const before = await workspace.readTextAtRevision(base, file.path, `${key}.files`);
      const after =
        file.status === 'deleted' ? null : await workspace.readText(file.path, `${key}.files`);
      const changes = diffDependencies(
        before === null ? [] : parseManifest(kind, before, `${file.path} at ${base.slice(0, 12)}`),
        after === null ? [] : parseManifest(kind, after, file.path),
      );
      if (changes.length === 0) continue;
      all.push(...changes.map((change) => ({ ...change, file: file.path })));
      details.push({
        type: 'table',
        title: `${file.path}${file.status === 'added' ? ' (new file)' : file.status === 'deleted' ? ' (deleted)' : ''}`,
        header: ['Package', 'Change', 'Before', 'After', 'Note'],
        rows: changes.map((change) => [
          change.name,
          change.kind,
          change.from || '—',
          change.to || '—',
          [
            change.major ? '⚠ major' : '',
            change.unpinned && change.kind !== 'removed' ? 'not pinned' : '',
          ]
            .filter(Boolean)
            .join(', '),
        ]),
      });
      for (const change of changes) {
        const location = { path: file.path, ...(change.line ? { line: change.line } : {}) };
        if (config.fail_on_major && change.major) {
          findings.push({
            id: `major:${file.path}:${change.name}`,
            severity: 'fail',
            message: `${change.name} ${change.kind === 'downgraded' ? 'goes back' : 'jumps'} a major version in ${file.path}: ${change.from} → ${change.to}`,
            location,
          });
        }
        if (config.fail_on_unpinned && change.unpinned && change.kind !== 'removed') {
          findings.push({
            id: `unpinned:${file.path}:${change.name}`,
            severity: 'fail',
            message: `${change.name} in ${file.path} is ${change.kind} without an exact version (${change.to}); pin it with == (or use the lock file)`,
            location,
          });
        }
      }
    }
    const count = (kind: DependencyChange['kind']) =>
      all.filter((change) => change.kind === kind).length;
    const majors = all.filter((change) => change.major);
    const unpinned = all.filter((change) => change.unpinned && change.kind !== 'removed');
    const parts = (['upgraded', 'downgraded', 'added', 'removed', 'changed'] as const)
      .map((kind) => [kind, count(kind)] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${kind}`);
    const files = new Set(all.map((change) => change.file)).size;
    const summary =
      all.length === 0
        ? `no dependency changes between ${base.slice(0, 12)} and this change`
        : `${all.length} dependency changes in ${files} file${files === 1 ? '' : 's'}: ${parts.join(', ')}` +
          (majors.length > 0
            ? `; major: ${majors
                .slice(0, 5)
                .map((m) => `${m.name} ${m.from} → ${m.to}`)
                .join(', ')}`
            : '');
    return {
      kind: 'ran',
      summary,
      figures: [
        { name: 'dependency changes', value: all.length },
        {
          name: 'major bumps',
          value: majors.length,
          ...(config.fail_on_major ? { threshold: '= 0' } : {}),
        },
        {
          name: 'unpinned',
          value: unpinned.length,
          ...(config.fail_on_unpinned ? { threshold: '= 0' } : {}),
        },
      ],
      findings,
      details,
    };
  },
};
