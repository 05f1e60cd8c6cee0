import * as z from 'zod';
import { repoPath } from '../../config-fields/shared-schemas.ts';

export const specReviewConfig = z.strictObject({
  paths: z
    .array(z.string().min(1), {
      error: 'list the spec and config files, e.g. [models/spec.yaml, configs/**]',
    })
    .min(1, { error: 'list at least one spec or config file' })
    .describe(
      'The model spec and config files (globs), e.g. [models/*.yaml, configs/**]. Each must be tracked by git.',
    ),
  codeowners: repoPath
    .optional()
    .describe(
      "The CODEOWNERS file; default GitHub's search: .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS.",
    ),
  base_revision: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Compare with this revision instead of the PR base (which is where GitHub reads CODEOWNERS).',
    ),
});
export type SpecReviewConfig = z.infer<typeof specReviewConfig>;
