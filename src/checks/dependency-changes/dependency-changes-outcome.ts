/**
 * Dependency changes as a check outcome: the notification is the summary and
 * one table per changed file; `fail_on_major` and `fail_on_unpinned` turn
 * major bumps and unpinned packages into findings at their manifest line.
 */
import type { DependencyChange } from '../../infra/dependencies/diff-dependencies.ts';
import type { CheckOutcome, DetailBlock, Figure, Finding } from '../../model/check.ts';
import type { DependencyChangesConfig } from './dependency-changes-config.ts';
import type { ManifestChanges } from './manifest-changes.ts';

type Gates = Pick<DependencyChangesConfig, 'fail_on_major' | 'fail_on_unpinned'>;

export function dependencyChangesOutcome(
  files: readonly ManifestChanges[],
  base: string,
  gates: Gates,
): CheckOutcome {
  const changed = files.filter((file) => file.changes.length > 0);
  const all = changed.flatMap((file) => file.changes);
  const majors = all.filter((change) => change.major);
  const unpinned = all.filter(isUnpinned);
  const gate = (on: boolean): Partial<Figure> =>
    on ? { threshold: '= 0', bound: { comparator: '==', limit: 0 } } : {};
  return {
    kind: 'ran',
    summary: summary(changed, all, majors, base),
    figures: [
      { name: 'dependency changes', value: all.length },
      { name: 'major bumps', value: majors.length, ...gate(gates.fail_on_major) },
      { name: 'unpinned', value: unpinned.length, ...gate(gates.fail_on_unpinned) },
    ],
    findings: changed.flatMap((file) =>
      file.changes.flatMap((change) => changeFindings(change, file.path, gates)),
    ),
    details: changed.map(fileTable),
  };
}

function isUnpinned(change: DependencyChange): boolean {
  return change.unpinned && change.kind !== 'removed';
}

function summary(
  changed: readonly ManifestChanges[],
  all: readonly DependencyChange[],
  majors: readonly DependencyChange[],
  base: string,
): string {
  if (all.length === 0) return `no dependency changes between ${base.slice(0, 12)} and this change`;
  const parts = (['upgraded', 'downgraded', 'added', 'removed', 'changed'] as const)
    .map((kind) => [kind, all.filter((change) => change.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  const files = changed.length;
  const major =
    majors.length > 0
      ? `; major: ${majors
          .slice(0, 5)
          .map((m) => `${m.name} ${m.from} → ${m.to}`)
          .join(', ')}`
      : '';
  return `${all.length} dependency changes in ${files} file${files === 1 ? '' : 's'}: ${parts.join(', ')}${major}`;
}

function changeFindings(change: DependencyChange, path: string, gates: Gates): Finding[] {
  const location = { path, ...(change.line ? { line: change.line } : {}) };
  const findings: Finding[] = [];
  if (gates.fail_on_major && change.major) {
    findings.push({
      id: `major:${path}:${change.name}`,
      severity: 'fail',
      message: `${change.name} ${change.kind === 'downgraded' ? 'goes back' : 'jumps'} a major version in ${path}: ${change.from} → ${change.to}`,
      location,
      measure: {
        figure: `${change.name} version`,
        value: change.to,
        reference: { label: 'base', value: change.from },
      },
      fix: `Keep \`${change.name}\` at ${change.from}'s major version in ${path}, or move to ${change.to} in a change that validates the model with it.`,
    });
  }
  if (gates.fail_on_unpinned && isUnpinned(change)) {
    findings.push({
      id: `unpinned:${path}:${change.name}`,
      severity: 'fail',
      message: `${change.name} in ${path} is ${change.kind} without an exact version (${change.to}); pin it with == (or use the lock file)`,
      location,
      // Unpinned packages of one file come from one habit of writing it.
      cause: `unpinned:${path}`,
      fix: `Pin \`${change.name}\` to one version with == in ${path}, or install from a lock file.`,
    });
  }
  return findings;
}

function fileTable(file: ManifestChanges): DetailBlock {
  const status =
    file.status === 'added' ? ' (new file)' : file.status === 'deleted' ? ' (deleted)' : '';
  return {
    type: 'table',
    title: `${file.path}${status}`,
    header: ['Package', 'Change', 'Before', 'After', 'Note'],
    rows: file.changes.map((change) => [
      change.name,
      change.kind,
      change.from || '—',
      change.to || '—',
      [change.major ? '⚠ major' : '', isUnpinned(change) ? 'not pinned' : '']
        .filter(Boolean)
        .join(', '),
    ]),
  };
}
