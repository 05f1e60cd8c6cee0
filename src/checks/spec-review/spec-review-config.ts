import { z } from 'zod';
import { repoPath } from '../../config/shared-schemas.ts';

export const specReviewConfig = z.strictObject({
  /** The model spec and config files (globs), e.g. [models/*.yaml, configs/**]. Each must be tracked by git. */
  paths: z
    .array(z.string().min(1), {
      error: 'list the spec and config files, e.g. [models/spec.yaml, configs/**]',
    })
    .min(1, { error: 'list at least one spec or config file' }),
  /** The CODEOWNERS file; default GitHub's search: .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS. */
  codeowners: repoPath.optional(),
  /** Compare with this revision instead of the PR base (which is where GitHub reads CODEOWNERS). */
  base_revision: z.string().min(1).optional(),
});
export type SpecReviewConfig = z.infer<typeof specReviewConfig>;
