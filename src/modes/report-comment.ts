/**
 * Posts the report as the sticky PR comment (gate and publish mode) and turns
 * what happened into a log line: a read-only token or another API failure is a
 * warning, never a failed job, because the job status already carries the
 * verdict and the job summary the report.
 */

import type { RepoRef } from '../github/github-client.ts';
import { upsertStickyComment } from '../github/sticky-comment.ts';
import type { Report } from '../model/report-model.ts';
import { commentMarker } from '../report/comment-marker.ts';
import { renderComment } from '../report/render-comment.ts';
import type { ModeContext } from './mode-context.ts';

/** The comment's id, or '' when none was written. */
export async function postReportComment(
  context: ModeContext,
  target: { repo: RepoRef; pullNumber: number; fromFork: boolean },
  report: Report,
): Promise<string> {
  const commentKey = context.inputs['comment-key'];
  const result = await upsertStickyComment({
    client: context.github(),
    ...target.repo,
    issueNumber: target.pullNumber,
    body: renderComment(report, { commentKey }),
    marker: commentMarker(commentKey),
    fromFork: target.fromFork,
  }).catch((error: Error) => ({ action: 'failed' as const, message: error.message }));
  if (result.action === 'forbidden' || result.action === 'failed') {
    context.log.warning(result.message);
    return '';
  }
  context.log.info(`mlgate: PR comment ${result.action}: ${result.url}`);
  return String(result.commentId);
}
