import * as z from 'zod';
import { repoPath } from '../../config-fields/shared-schemas.ts';

export const sha256Hex = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 hash: 64 hexadecimal characters' });

const rollbackKeys = z
  .strictObject({
    artifact: repoPath
      .optional()
      .describe(
        'The production model file (or directory) in git; it must exist at the base revision.',
      ),
    manifest: repoPath
      .optional()
      .describe(
        'A file in git recording the production model, read at the base revision: YAML or JSON with `sha256` and `path` (a file in git) or `uri` (where it is stored), optionally `version`.',
      ),
    reference: z
      .strictObject({
        uri: z
          .string()
          .trim()
          .min(1, { error: 'give the URL or registry reference of the production model' }),
        sha256: sha256Hex
          .optional()
          .describe('Optional when the reference itself pins a digest (`…@sha256:…`).'),
        version: z.string().min(1).optional(),
      })
      .optional()
      .describe(
        'The production model stored outside git: a URL or registry reference and its hash.',
      ),
    base_revision: z
      .string()
      .min(1)
      .optional()
      .describe('The revision holding production; default the PR base.'),
  })
  .refine(
    (config) =>
      [config.artifact, config.manifest, config.reference].filter((value) => value !== undefined)
        .length === 1,
    {
      error:
        'give exactly one of `artifact` (a path in git), `manifest` (a file recording it) or `reference` (a URL or registry reference)',
    },
  );

/**
 * The keys above give the messages a user needs; the union they are narrowed
 * to lets the check read the one way production is named without asserting it.
 */
const baseRevision = { base_revision: z.string().optional() };
export const rollbackConfig = rollbackKeys.pipe(
  z.union([
    z.strictObject({ artifact: z.string(), ...baseRevision }),
    z.strictObject({ manifest: z.string(), ...baseRevision }),
    z.strictObject({ reference: rollbackKeys.shape.reference.unwrap(), ...baseRevision }),
  ]),
);
export type RollbackConfig = z.infer<typeof rollbackConfig>;
