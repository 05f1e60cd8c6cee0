/**
 * Conda environment files (environment.yml): `dependencies` holds conda
 * match specs (`numpy=1.26.4=py311h…`, `conda-forge::scipy>=1.11`, `python`)
 * and a `pip:` list of requirements. In conda, `=1.26` is fuzzy (any 1.26.*),
 * so a spec counts as pinned with `==`, with a build string, or with a full
 * three-part version (`=1.26.4`).
 */
import { parse } from 'yaml';
import { errorMessage } from '../../model/error-message.ts';
import type { Dependency } from './dependency.ts';
import { parseRequirement } from './parse-requirement.ts';

const matchSpec = /^(?:[\w.-]+::)?([A-Za-z0-9_.-]+)\s*(.*)$/;

export function parseCondaEnvironment(text: string, source: string): Dependency[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid YAML (${errorMessage(error).split('\n')[0]})`);
  }
  const items = (document as { dependencies?: unknown } | null)?.dependencies;
  if (!Array.isArray(items)) return [];
  const dependencies: Dependency[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      const dependency = parseMatchSpec(item);
      if (dependency) dependencies.push(dependency);
    } else if (item && typeof item === 'object' && Array.isArray((item as { pip?: unknown }).pip)) {
      for (const requirement of (item as { pip: unknown[] }).pip) {
        if (typeof requirement !== 'string' || requirement.startsWith('-')) continue;
        const dependency = parseRequirement(requirement);
        if (dependency) dependencies.push({ ...dependency, name: `pip:${dependency.name}` });
      }
    }
  }
  return dependencies;
}

function parseMatchSpec(spec: string): Dependency | undefined {
  const match = matchSpec.exec(spec.trim());
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const constraint = match[2]!.replace(/\s+/g, '');
  const exact = /^==([^=,*|<>!]+)$/.exec(constraint);
  const withBuild = /^==?([^=,*|<>!]+)=([^=,*|<>!]+)$/.exec(constraint);
  const single = /^=([^=,*|<>!]+)$/.exec(constraint);
  const version = exact?.[1] ?? withBuild?.[1] ?? single?.[1];
  const pinned =
    exact !== null || withBuild !== null || (single !== null && single[1]!.split('.').length >= 3);
  return {
    name,
    ...(version && pinned ? { version } : {}),
    specifier: constraint,
    pinned,
  };
}
