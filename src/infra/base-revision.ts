/**
 * The revision that holds production, for checks that compare with it: the
 * check's own `base_revision` when set, else the run's (the PR base, or
 * `mlgate run --base`). Undefined outside PRs without either.
 */
import type { RunEvent } from '../model/run-event.ts';

export function baseRevision(configured: string | undefined, event: RunEvent): string | undefined {
  return configured ?? event.baseSha ?? event.pullRequest?.baseSha;
}

export function noBaseReason(checkId: string): string {
  return (
    'there is no base revision to compare with: this is not a pull request. ' +
    `Set checks.${checkId}.base_revision (e.g. HEAD~1 or origin/main), or pass --base to mlgate run`
  );
}
