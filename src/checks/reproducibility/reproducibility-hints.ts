/**
 * Static signs that training can be repeated, shown beside the runs: are
 * dependencies pinned (a lock file, `==` in requirements), and does the
 * config declare a seed (`seed`, `random_seed`, `random_state`, …)? They are
 * hints, not findings: a pinned, seeded project can still be nondeterministic.
 */
import { parseMetricsDocument } from '../../infra/compare-metrics.ts';
import { lockKinds } from '../../infra/dependencies/dependency.ts';
import { manifestKind } from '../../infra/dependencies/manifest-kind.ts';
import { parseManifest } from '../../infra/dependencies/parse-manifest.ts';
import { parseToml } from '../../infra/dependencies/parse-pyproject.ts';
import { errorMessage } from '../../model/error-message.ts';

const otherLockFiles =
  /(^|\/)(pnpm-lock\.yaml|yarn\.lock|conda-lock\.ya?ml|[^/]*\.conda-lock\.ya?ml|Cargo\.lock|renv\.lock)$/;
const seedKey = /(^|[._-])(random_)?(seed|seeds|random_state|rng_seed)$/i;
const seedFileName = /(^|\/)[^/]*(config|param|hparam|settings)[^/]*\.(ya?ml|json|toml)$/i;

/** Files to search for seeds when the config names none. */
export function defaultSeedFiles(tracked: readonly string[]): string[] {
  return tracked
    .filter((file) => seedFileName.test(file) && !/(^|\/)(node_modules|\.github)\//.test(file))
    .filter((file) => manifestKind(file) === undefined)
    .slice(0, 20);
}

export function dependencyFiles(tracked: readonly string[]): string[] {
  return tracked.filter((file) => manifestKind(file) !== undefined);
}

export function reproducibilityHints(
  tracked: readonly string[],
  dependencyTexts: ReadonlyMap<string, string>,
  seedTexts: ReadonlyMap<string, string>,
): string[] {
  const hints: string[] = [];
  const locks = tracked.filter((file) => {
    const kind = manifestKind(file);
    return (kind !== undefined && lockKinds.includes(kind)) || otherLockFiles.test(file);
  });
  hints.push(
    locks.length > 0
      ? `Lock file present: ${locks.join(', ')}.`
      : 'No lock file is tracked (poetry.lock, uv.lock, Pipfile.lock, package-lock.json, …): installs may differ between runs.',
  );
  for (const [file, text] of dependencyTexts) {
    const kind = manifestKind(file);
    if (!kind || lockKinds.includes(kind)) continue;
    let unpinned: string[];
    let total: number;
    try {
      const dependencies = parseManifest(kind, text, file);
      total = dependencies.length;
      unpinned = dependencies.filter((d) => !d.pinned).map((d) => d.name);
    } catch (error) {
      hints.push(`${errorMessage(error)}.`);
      continue;
    }
    if (total === 0) continue;
    hints.push(
      unpinned.length === 0
        ? `${file}: all ${total} dependencies pinned to one version.`
        : `${file}: ${unpinned.length} of ${total} dependencies not pinned (${unpinned.slice(0, 8).join(', ')}${unpinned.length > 8 ? ', …' : ''}).`,
    );
  }
  const seeds: string[] = [];
  for (const [file, text] of seedTexts) {
    for (const [key, value] of seedLeaves(file, text)) {
      if (
        seedKey.test(key) &&
        (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))
      ) {
        seeds.push(`${file}: ${key} = ${value}`);
      }
    }
  }
  hints.push(
    seeds.length > 0
      ? `Seeds declared: ${seeds.slice(0, 10).join('; ')}.`
      : `No seed found in ${seedTexts.size === 0 ? 'any config file (set seed_files)' : [...seedTexts.keys()].join(', ')}.`,
  );
  return hints;
}

function seedLeaves(file: string, text: string): Map<string, unknown> {
  try {
    if (file.toLowerCase().endsWith('.toml')) {
      const leaves = new Map<string, unknown>();
      const walk = (value: unknown, prefix: string) => {
        if (value && typeof value === 'object' && !(value instanceof Date)) {
          for (const [key, child] of Object.entries(value))
            walk(child, prefix ? `${prefix}.${key}` : key);
        } else leaves.set(prefix, value);
      };
      walk(parseToml(text, file), '');
      return leaves;
    }
    return parseMetricsDocument(text, file);
  } catch {
    return new Map();
  }
}
