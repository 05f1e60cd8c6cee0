/**
 * Posts the report as the sticky PR comment (gate and publish mode) and turns
 * what happened into a log line: a read-only token or another API failure is a
 * warning, never a failed job, because the job status already carries the
 * verdict and the job summary the report. A comment skipped for the run's retry
 * budget is such a warning too, and is returned so the mode can list it.
 */

import type { RepoRef } from '../github/github-client.ts';
import { skippedWriteNote } from '../github/skipped-write.ts';
import { upsertStickyComment } from '../github/sticky-comment.ts';
import type { Report } from '../model/report-model.ts';
import { commentMarker } from '../report/comment-marker.ts';
import { renderComment } from '../report/render-comment.ts';
import type { ModeContext } from './mode-context.ts';

export interface CommentTarget {
  repo: RepoRef;
  pullNumber: number;
  fromFork: boolean;
}

/** The comment's id ('' when none was written) and, when it was skipped for the retry budget, why. */
export interface CommentOutcome {
  id: string;
  skipped?: string;
}

export async function commentOnPullRequest(
  context: ModeContext,
  target: CommentTarget,
  report: Report,
): Promise<CommentOutcome> {
  const commentKey = context.inputs['comment-key'];
  const result = await upsertStickyComment({
    client: context.github(),
    ...target.repo,
    issueNumber: target.pullNumber,
    body: renderComment(report, { commentKey }),
    marker: commentMarker(commentKey),
    fromFork: target.fromFork,
  }).catch((error: Error) => {
    const skipped = skippedWriteNote(`the PR comment on #${target.pullNumber}`, error);
    return skipped === undefined
      ? { action: 'failed' as const, message: error.message }
      : { action: 'skipped' as const, message: skipped };
  });
  if (result.action === 'skipped') {
    context.log.warning(`mlgate: ${result.message}`);
    return { id: '', skipped: result.message };
  }
  if (result.action === 'forbidden' || result.action === 'failed') {
    context.log.warning(result.message);
    return { id: '' };
  }
  context.log.info(`mlgate: PR comment ${result.action}: ${result.url}`);
  return { id: String(result.commentId) };
}
