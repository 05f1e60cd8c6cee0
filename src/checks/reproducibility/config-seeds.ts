/**
 * Seeds a config file declares: a leaf whose key is `seed`, `random_seed`,
 * `random_state`, `rng_seed` (or ends in one, e.g. `training.seed`) with an
 * integer value, in YAML, JSON or TOML. A file that does not parse declares none.
 */
import { parseMetricsDocument } from '../../infra/compare-metrics.ts';
import { manifestKind } from '../../infra/dependencies/manifest-kind.ts';
import { parseToml } from '../../infra/dependencies/parse-pyproject.ts';

const seedKey = /(^|[._-])(random_)?(seed|seeds|random_state|rng_seed)$/i;
const seedFileName = /(^|\/)[^/]*(config|param|hparam|settings)[^/]*\.(ya?ml|json|toml)$/i;

/** Files to search for seeds when the config names none. */
export function defaultSeedFiles(tracked: readonly string[]): string[] {
  return tracked
    .filter((file) => seedFileName.test(file) && !/(^|\/)(node_modules|\.github)\//.test(file))
    .filter((file) => manifestKind(file) === undefined)
    .slice(0, 20);
}

/** `params.yaml: training.seed = 7` for each seed the file declares. */
export function configSeeds(file: string, text: string): string[] {
  const seeds: string[] = [];
  for (const [key, value] of seedLeaves(file, text)) {
    const integer = typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
    if (seedKey.test(key) && integer) seeds.push(`${file}: ${key} = ${value}`);
  }
  return seeds;
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
