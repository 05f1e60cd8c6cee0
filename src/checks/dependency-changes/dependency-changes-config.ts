import * as z from 'zod';

export const dependencyChangesConfig = z.strictObject({
  files: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe(
      'Globs of dependency files to watch; default every file mlgate can read: requirements*.txt, constraints*.txt, pyproject.toml, Pipfile, Pipfile.lock, poetry.lock, uv.lock, environment.yml, package.json, package-lock.json.',
    ),
  fail_on_unpinned: z
    .boolean()
    .default(false)
    .describe(
      'Fail when the change adds or re-specifies a dependency without pinning one version.',
    ),
  fail_on_major: z
    .boolean()
    .default(false)
    .describe('Fail on a major version bump (or a 0.x minor bump), up or down.'),
  base_revision: z
    .string()
    .min(1)
    .optional()
    .describe('Compare with this revision instead of the PR base, e.g. HEAD~1 on pushes.'),
});
export type DependencyChangesConfig = z.infer<typeof dependencyChangesConfig>;
