/**
 * Python lock files: poetry.lock and uv.lock (TOML, one `[[package]]` per
 * locked distribution with `name` and `version`) and Pipfile.lock (JSON,
 * `default` and `develop` maps of name → `{version: "==x"}`).
 */

import { errorMessage } from '../../model/error-message.ts';
import { type Dependency, normalizePythonName } from './dependency.ts';
import { parseToml } from './parse-pyproject.ts';

export function parseTomlLock(text: string, source: string): Dependency[] {
  const packages = parseToml(text, source).package;
  if (!Array.isArray(packages)) return [];
  const dependencies: Dependency[] = [];
  for (const entry of packages as Array<Record<string, unknown>>) {
    if (typeof entry.name !== 'string') continue;
    const version = typeof entry.version === 'string' ? entry.version : undefined;
    dependencies.push({
      name: normalizePythonName(entry.name),
      ...(version ? { version } : {}),
      specifier: version ? `==${version}` : '',
      pinned: true,
    });
  }
  return dependencies;
}

export function parsePipfileLock(text: string, source: string): Dependency[] {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
  }
  const dependencies: Dependency[] = [];
  for (const section of ['default', 'develop']) {
    const entries = document[section];
    if (entries === null || typeof entries !== 'object') continue;
    for (const [name, spec] of Object.entries(entries as Record<string, { version?: unknown }>)) {
      const written = typeof spec?.version === 'string' ? spec.version : '';
      const version = written.replace(/^===?/, '');
      dependencies.push({
        name: normalizePythonName(name),
        ...(version ? { version } : {}),
        specifier: written,
        pinned: true,
      });
    }
  }
  return dependencies;
}
