/**
 * Model 1 — model specs are reviewed and submitted. Every model spec and
 * config file must be tracked in git (submitted) and covered by a CODEOWNERS
 * rule with owners (reviewed). CODEOWNERS is read as GitHub reads it: from the
 * PR's base branch, at the first of its three locations, with its own
 * matching rules. The report names the owners whose review this change needs.
 */

import { baseRevision } from '../../infra/base-revision.ts';
import { codeownersLocations, parseCodeowners } from '../../infra/codeowners/parse-codeowners.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { findCodeowners } from './find-codeowners.ts';
import { specReviewConfig } from './spec-review-config.ts';
import { codeownersVerdict, ownershipOutcome, specReviewOutcome } from './spec-review-outcome.ts';
import { trackedSpecs } from './tracked-specs.ts';

export const specReview: CheckDefinition<typeof specReviewConfig> = {
  id: 'spec_review',
  title: 'Model specs are reviewed and submitted',
  rubric: ['model-1'],
  config: specReviewConfig,
  async run(config, { workspace, event }) {
    const specs = await trackedSpecs(config.paths, workspace);
    const base = baseRevision(config.base_revision, event);
    const found = await findCodeowners(workspace, config.codeowners, base);
    const verdict = codeownersVerdict(found, config.codeowners ?? codeownersLocations.join(', '));
    if (verdict.kind === 'unusable') {
      const findings = [...specs.findings, verdict.finding];
      return specReviewOutcome(specs.files, findings, [], verdict.summary);
    }
    const changed = base
      ? new Set((await workspace.listChangedFiles(base)).map((file) => file.path))
      : undefined;
    return ownershipOutcome(
      {
        specFiles: specs.files,
        found: verdict.found,
        codeowners: parseCodeowners(verdict.found.text),
        base,
        changed,
      },
      specs.findings,
    );
  },
};
