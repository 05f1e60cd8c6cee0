/**
 * A write the run gave up on because its retry budget (retry-budget.ts) could
 * not pay for the wait GitHub asked for. The caller names the write, since only
 * it knows what the request was for ("annotation batch 2 of 3", "the PR
 * comment on #2"); the note is what the log, the job summary and the check
 * run's summary show.
 */
import { GitHubApiError } from './github-api-error.ts';
import { describeShortfall } from './retry-budget.ts';

/** `<what> skipped: <why>`, or undefined when `error` is not a skip (a real failure, to handle as such). */
export function skippedWriteNote(what: string, error: unknown): string | undefined {
  if (!(error instanceof GitHubApiError) || !error.shortfall) return undefined;
  return (
    `${what} skipped: ${describeShortfall(error.shortfall)} ` +
    `(GitHub answered ${error.status} to ${error.method} ${error.path}: ${error.apiMessage || 'no message'})`
  );
}
