/**
 * pyproject.toml: PEP 621 `[project] dependencies` and
 * `optional-dependencies`, PEP 735 `[dependency-groups]`, and Poetry's
 * `[tool.poetry.dependencies]` / `[tool.poetry.group.*.dependencies]` /
 * `dev-dependencies`. Poetry treats a bare version (`"1.2.3"`) as exact.
 */
import { parse } from 'smol-toml';
import { errorMessage } from '../../model/error-message.ts';
import { type Dependency, normalizePythonName } from './dependency.ts';
import { parseRequirement } from './parse-requirement.ts';

type Table = Record<string, unknown>;

export function parsePyproject(text: string, source: string): Dependency[] {
  const document = parseToml(text, source);
  const dependencies: Dependency[] = [];
  const project = table(document.project);
  const pep508 = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (typeof item !== 'string') continue;
      const dependency = parseRequirement(item);
      if (dependency) dependencies.push(dependency);
    }
  };
  pep508(project.dependencies);
  for (const group of Object.values(table(project['optional-dependencies']))) pep508(group);
  for (const group of Object.values(table(document['dependency-groups']))) pep508(group);
  const poetry = table(table(document.tool).poetry);
  poetryTable(poetry.dependencies, dependencies);
  poetryTable(poetry['dev-dependencies'], dependencies);
  for (const group of Object.values(table(poetry.group)))
    poetryTable(table(group).dependencies, dependencies);
  return dependencies;
}

export function parseToml(text: string, source: string): Table {
  try {
    return parse(text) as Table;
  } catch (error) {
    const message = errorMessage(error).split('\n')[0];
    throw new Error(`${source}: not valid TOML (${message})`);
  }
}

function table(value: unknown): Table {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Table)
    : {};
}

function poetryTable(value: unknown, into: Dependency[]): void {
  for (const [rawName, spec] of Object.entries(table(value))) {
    if (rawName.toLowerCase() === 'python') continue;
    const constraint =
      typeof spec === 'string'
        ? spec
        : typeof table(spec).version === 'string'
          ? (table(spec).version as string)
          : describeSource(table(spec));
    const exact = /^(==?)?\s*(\d[^,*^~<>=!|\s]*)$/.exec(constraint.trim());
    into.push({
      name: normalizePythonName(rawName),
      ...(exact ? { version: exact[2]! } : {}),
      specifier: constraint,
      pinned: exact !== null || /rev\s*=\s*[0-9a-f]{40}/.test(constraint),
    });
  }
}

function describeSource(spec: Table): string {
  for (const key of ['git', 'path', 'url']) {
    if (typeof spec[key] === 'string') {
      const rev = typeof spec.rev === 'string' ? ` rev=${spec.rev}` : '';
      return `${key}=${spec[key]}${rev}`;
    }
  }
  return '*';
}

/** Pipfile: `[packages]` and `[dev-packages]`, name → `"==1.2"`, `"*"` or `{version = "…"}`. */
export function parsePipfile(text: string, source: string): Dependency[] {
  const document = parseToml(text, source);
  const dependencies: Dependency[] = [];
  for (const section of ['packages', 'dev-packages']) {
    for (const [rawName, spec] of Object.entries(table(document[section]))) {
      const written = typeof spec === 'string' ? spec : String(table(spec).version ?? '*');
      const dependency = parseRequirement(`${rawName}${written === '*' ? '' : written}`);
      if (dependency) dependencies.push({ ...dependency, specifier: written });
    }
  }
  return dependencies;
}
