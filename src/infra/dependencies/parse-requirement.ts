/**
 * One PEP 508 requirement (`name[extras] specifier ; marker` or
 * `name @ url`), as found in requirements files, pyproject.toml and the pip
 * section of a conda environment. Pinned means exactly one version: `==`
 * without a wildcard, `===`, or a URL fixed to a commit or a hash.
 */
import { type Dependency, normalizePythonName } from './dependency.ts';

const requirement = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/;

export function parseRequirement(text: string, line?: number): Dependency | undefined {
  const withoutMarker = text.split(';')[0]!.trim();
  const match = requirement.exec(withoutMarker);
  if (!match) return undefined;
  const name = normalizePythonName(match[1]!);
  const rest = match[3]!.trim();
  if (rest.startsWith('@')) {
    const url = rest.slice(1).trim();
    return {
      name,
      version: url,
      specifier: `@ ${url}`,
      pinned: /@[0-9a-f]{40}\b|[#&](sha256|sha384|sha512)=/.test(url),
      ...(line === undefined ? {} : { line }),
    };
  }
  const specifier = rest.replace(/^\((.*)\)$/, '$1').replace(/\s+/g, '');
  const exact = /^(===?)([^,*]+)$/.exec(specifier);
  return {
    name,
    ...(exact ? { version: exact[2]! } : {}),
    specifier,
    pinned: exact !== null,
    ...(line === undefined ? {} : { line }),
  };
}
