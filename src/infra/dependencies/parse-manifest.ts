/** Reads any supported dependency file into its dependencies. */
import type { Dependency, ManifestKind } from './dependency.ts';
import { parseCondaEnvironment } from './parse-conda-environment.ts';
import { parsePackageJson, parsePackageLock } from './parse-npm.ts';
import { parsePipfile, parsePyproject } from './parse-pyproject.ts';
import { parsePipfileLock, parseTomlLock } from './parse-python-lock.ts';
import { parseRequirementsTxt } from './parse-requirements-txt.ts';

export function parseManifest(kind: ManifestKind, text: string, source: string): Dependency[] {
  switch (kind) {
    case 'requirements':
      return parseRequirementsTxt(text);
    case 'pyproject':
      return parsePyproject(text, source);
    case 'poetry-lock':
    case 'uv-lock':
      return parseTomlLock(text, source);
    case 'pipfile-lock':
      return parsePipfileLock(text, source);
    case 'pipfile':
      return parsePipfile(text, source);
    case 'conda-environment':
      return parseCondaEnvironment(text, source);
    case 'package-json':
      return parsePackageJson(text, source);
    case 'package-lock':
      return parsePackageLock(text, source);
  }
}
