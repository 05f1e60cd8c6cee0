/**
 * Static signs that installs can be repeated, shown beside the runs: is a lock
 * file tracked, and are the dependencies pinned (`==` in requirements)? They
 * are hints, not findings: a pinned project can still be nondeterministic.
 */
import { lockKinds } from '../../infra/dependencies/dependency.ts';
import { manifestKind } from '../../infra/dependencies/manifest-kind.ts';
import { parseManifest } from '../../infra/dependencies/parse-manifest.ts';
import { errorMessage } from '../../model/error-message.ts';

const otherLockFiles =
  /(^|\/)(pnpm-lock\.yaml|yarn\.lock|conda-lock\.ya?ml|[^/]*\.conda-lock\.ya?ml|Cargo\.lock|renv\.lock)$/;

export function dependencyFiles(tracked: readonly string[]): string[] {
  return tracked.filter((file) => manifestKind(file) !== undefined);
}

export function dependencyHints(
  tracked: readonly string[],
  dependencyTexts: ReadonlyMap<string, string>,
): string[] {
  const locks = tracked.filter((file) => {
    const kind = manifestKind(file);
    return (kind !== undefined && lockKinds.includes(kind)) || otherLockFiles.test(file);
  });
  const hints = [
    locks.length > 0
      ? `Lock file present: ${locks.join(', ')}.`
      : 'No lock file is tracked (poetry.lock, uv.lock, Pipfile.lock, package-lock.json, …): installs may differ between runs.',
  ];
  for (const [file, text] of dependencyTexts) {
    const kind = manifestKind(file);
    if (!kind || lockKinds.includes(kind)) continue;
    let dependencies: ReturnType<typeof parseManifest>;
    try {
      dependencies = parseManifest(kind, text, file);
    } catch (error) {
      hints.push(`${errorMessage(error)}.`);
      continue;
    }
    if (dependencies.length === 0) continue;
    const unpinned = dependencies.filter((d) => !d.pinned).map((d) => d.name);
    hints.push(
      unpinned.length === 0
        ? `${file}: all ${dependencies.length} dependencies pinned to one version.`
        : `${file}: ${unpinned.length} of ${dependencies.length} dependencies not pinned (${unpinned.slice(0, 8).join(', ')}${unpinned.length > 8 ? ', …' : ''}).`,
    );
  }
  return hints;
}
