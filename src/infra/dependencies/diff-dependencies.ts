/**
 * What a change does to one dependency file: packages added, removed,
 * upgraded, downgraded or re-specified, with major bumps marked. A package
 * can appear more than once (an npm lock with nested copies, a package in two
 * groups); its versions are then compared as sets, by their highest member.
 */
import { compareVersions, isMajorChange } from './compare-versions.ts';
import type { Dependency } from './dependency.ts';

export type ChangeKind = 'added' | 'removed' | 'upgraded' | 'downgraded' | 'changed';

export interface DependencyChange {
  name: string;
  kind: ChangeKind;
  /** The versions (or specifiers, when unpinned) before and after; '' when absent. */
  from: string;
  to: string;
  major: boolean;
  /** The package is not pinned to one version after the change. */
  unpinned: boolean;
  line?: number;
}

interface Entry {
  versions: string[];
  specifiers: string[];
  pinned: boolean;
  line?: number;
}

function index(dependencies: readonly Dependency[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const dependency of dependencies) {
    const entry = entries.get(dependency.name) ?? { versions: [], specifiers: [], pinned: true };
    if (dependency.version && !entry.versions.includes(dependency.version))
      entry.versions.push(dependency.version);
    if (!entry.specifiers.includes(dependency.specifier))
      entry.specifiers.push(dependency.specifier);
    entry.pinned &&= dependency.pinned;
    if (entry.line === undefined && dependency.line !== undefined) entry.line = dependency.line;
    entries.set(dependency.name, entry);
  }
  for (const entry of entries.values()) {
    entry.versions.sort(compareVersions);
    entry.specifiers.sort();
  }
  return entries;
}

function describe(entry: Entry | undefined): string {
  if (!entry) return '';
  if (entry.pinned && entry.versions.length > 0) return entry.versions.join(', ');
  return entry.specifiers.map((s) => s || 'any version').join(', ');
}

export function diffDependencies(
  before: readonly Dependency[],
  after: readonly Dependency[],
): DependencyChange[] {
  const old = index(before);
  const current = index(after);
  const changes: DependencyChange[] = [];
  const names = [...new Set([...old.keys(), ...current.keys()])].sort();
  for (const name of names) {
    const a = old.get(name);
    const b = current.get(name);
    const from = describe(a);
    const to = describe(b);
    const line = b?.line !== undefined ? { line: b.line } : {};
    if (!a || !b) {
      changes.push({
        name,
        kind: a ? 'removed' : 'added',
        from,
        to,
        major: false,
        unpinned: b ? !b.pinned : false,
        ...line,
      });
      continue;
    }
    if (from === to && a.pinned === b.pinned) {
      // Same versions, different spelling (e.g. a conda build string added): still a change.
      const before = a.specifiers.join(', ');
      const now = b.specifiers.join(', ');
      if (before !== now)
        changes.push({
          name,
          kind: 'changed',
          from: before,
          to: now,
          major: false,
          unpinned: !b.pinned,
          ...line,
        });
      continue;
    }
    const oldTop = a.versions.at(-1);
    const newTop = b.versions.at(-1);
    let kind: ChangeKind = 'changed';
    let major = false;
    if (a.pinned && b.pinned && oldTop && newTop) {
      const order = compareVersions(newTop, oldTop);
      kind = order > 0 ? 'upgraded' : order < 0 ? 'downgraded' : 'changed';
      major = order !== 0 && isMajorChange(oldTop, newTop);
    }
    changes.push({ name, kind, from, to, major, unpinned: !b.pinned, ...line });
  }
  return changes;
}
