/**
 * npm: package.json (`dependencies`, `devDependencies`,
 * `optionalDependencies`; an exact `1.2.3` is pinned, ranges such as `^1.2.3`
 * are not) and package-lock.json (lockfileVersion 2/3 `packages`, keyed by
 * install path, where the name is what follows the last `node_modules/`;
 * version 1 `dependencies`, nested).
 */

import { errorMessage } from '../../model/error-message.ts';
import type { Dependency } from './dependency.ts';

type Json = Record<string, unknown>;

function parseJson(text: string, source: string): Json {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
  }
  throw new Error(`${source}: expected a JSON object`);
}

const exactVersion = /^=?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;

export function parsePackageJson(text: string, source: string): Dependency[] {
  const document = parseJson(text, source);
  const dependencies: Dependency[] = [];
  for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const entries = document[section];
    if (!entries || typeof entries !== 'object') continue;
    for (const [name, spec] of Object.entries(entries as Record<string, unknown>)) {
      const specifier = typeof spec === 'string' ? spec.trim() : '';
      const exact = exactVersion.exec(specifier);
      dependencies.push({
        name,
        ...(exact ? { version: exact[1]! } : {}),
        specifier,
        pinned: exact !== null,
      });
    }
  }
  return dependencies;
}

export function parsePackageLock(text: string, source: string): Dependency[] {
  const document = parseJson(text, source);
  const dependencies: Dependency[] = [];
  const packages = document.packages;
  if (packages && typeof packages === 'object') {
    for (const [installPath, entry] of Object.entries(packages as Record<string, Json>)) {
      if (installPath === '' || entry.link === true) continue;
      const name =
        typeof entry.name === 'string'
          ? entry.name
          : installPath.slice(installPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const version = typeof entry.version === 'string' ? entry.version : undefined;
      dependencies.push({
        name,
        ...(version ? { version } : {}),
        specifier: version ?? '',
        pinned: true,
      });
    }
    return dependencies;
  }
  const walk = (entries: unknown) => {
    if (!entries || typeof entries !== 'object') return;
    for (const [name, entry] of Object.entries(entries as Record<string, Json>)) {
      const version = typeof entry.version === 'string' ? entry.version : undefined;
      dependencies.push({
        name,
        ...(version ? { version } : {}),
        specifier: version ?? '',
        pinned: true,
      });
      walk(entry.dependencies);
    }
  };
  walk(document.dependencies);
  return dependencies;
}
