/** Which dependency file a path is, by its name; undefined for anything else. */
import type { ManifestKind } from './dependency.ts';

export function manifestKind(path: string): ManifestKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  if (
    /^requirements.*\.(txt|in)$/.test(lower) ||
    /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path.toLowerCase())
  ) {
    return 'requirements';
  }
  if (/^constraints.*\.txt$/.test(lower)) return 'requirements';
  switch (lower) {
    case 'pyproject.toml':
      return 'pyproject';
    case 'poetry.lock':
      return 'poetry-lock';
    case 'uv.lock':
      return 'uv-lock';
    case 'pipfile':
      return 'pipfile';
    case 'pipfile.lock':
      return 'pipfile-lock';
    case 'environment.yml':
    case 'environment.yaml':
      return 'conda-environment';
    case 'package.json':
      return 'package-json';
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return 'package-lock';
    default:
      return undefined;
  }
}
