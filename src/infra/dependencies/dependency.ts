/** One declared or locked dependency, as read from a manifest or lock file. */
export interface Dependency {
  /** Normalised for comparison (PEP 503 for Python: lower case, runs of -_. as -). */
  name: string;
  /** The exact version when pinned or locked, else undefined. */
  version?: string;
  /** The requirement as written, e.g. `>=1.2,<2` or `^4.17.0`; '' for none. */
  specifier: string;
  /** True when only one version can be installed (==, a lock entry, an exact npm version). */
  pinned: boolean;
  /** 1-based line in the file, when the format has lines worth naming. */
  line?: number;
}

export type ManifestKind =
  | 'requirements'
  | 'pyproject'
  | 'pipfile'
  | 'pipfile-lock'
  | 'poetry-lock'
  | 'uv-lock'
  | 'conda-environment'
  | 'package-json'
  | 'package-lock';

/** Lock files pin everything by construction; manifests may leave ranges. */
export const lockKinds: readonly ManifestKind[] = [
  'pipfile-lock',
  'poetry-lock',
  'uv-lock',
  'package-lock',
];

/** PEP 503 name normalisation. */
export function normalizePythonName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}
