import { z } from 'zod';

export const dependencyChangesConfig = z.strictObject({
  /**
   * Globs of dependency files to watch; default every file mlgate can read:
   * requirements*.txt, constraints*.txt, pyproject.toml, Pipfile, Pipfile.lock,
   * poetry.lock, uv.lock, environment.yml, package.json, package-lock.json.
   */
  files: z.array(z.string().min(1)).min(1).optional(),
  /** Fail when the change adds or re-specifies a dependency without pinning one version. */
  fail_on_unpinned: z.boolean().default(false),
  /** Fail on a major version bump (or a 0.x minor bump), up or down. */
  fail_on_major: z.boolean().default(false),
  /** Compare with this revision instead of the PR base, e.g. HEAD~1 on pushes. */
  base_revision: z.string().min(1).optional(),
});
export type DependencyChangesConfig = z.infer<typeof dependencyChangesConfig>;
