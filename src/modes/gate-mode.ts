/**
 * `mode: gate`, one workflow does everything: evaluate the repository, post
 * the sticky comment and the check run on pull requests, keep the monitoring
 * issue on scheduled runs, and fail the job when the gate blocks.
 */
import { syncMonitoringIssue } from '../github/monitoring-issue.ts';
import { blockedFailure, evaluateRepository } from './evaluate-repository.ts';
import type { ModeContext, ModeResult } from './mode-context.ts';
import { createReportCheckRun } from './report-check-run.ts';
import { commentOnPullRequest } from './report-comment.ts';
import { summarizeSkippedWrites } from './skipped-writes-summary.ts';

/** Events of the monitoring loop: no pull request, fresh serving data. */
export const monitoringEvents: readonly string[] = ['schedule', 'workflow_dispatch'];

export async function runGateMode(context: ModeContext): Promise<ModeResult> {
  const { inputs, log } = context;
  const evaluated = await evaluateRepository(context, {
    uploadReport: inputs.artifact === 'upload',
  });
  const { report, event, outputs } = evaluated;
  if (inputs.comment === 'update' && !event.pullRequest) {
    log.info(`mlgate: a ${event.name} run has no pull request; the report is in the job summary`);
  }
  await reportOnPullRequest(context, evaluated);
  if (inputs.issue === 'update' && monitoringEvents.includes(event.name)) {
    await updateMonitoringIssue(context, evaluated);
  }
  const failure = blockedFailure(context, report);
  if (!failure) {
    log.info(
      `mlgate: passed, ML Test Score ${report.score.final}. Report: ${outputs['report-path']}`,
    );
  }
  return failure === undefined ? { outputs } : { outputs, failure };
}

type Evaluated = Awaited<ReturnType<typeof evaluateRepository>>;

/** The sticky comment and the check run of a pull request, as the inputs ask. */
async function reportOnPullRequest(
  context: ModeContext,
  { report, event, outputs }: Evaluated,
): Promise<void> {
  const { inputs, log } = context;
  const { repository: repo, pullRequest } = event;
  if (!pullRequest || !repo) return;
  // pull_request_target runs with the base repository's token, which can write even for forks.
  const readOnlyToken = event.name === 'pull_request' && pullRequest.fromFork === true;
  const skipped: string[] = [];
  if (inputs.comment === 'update') {
    const comment = await commentOnPullRequest(
      context,
      { repo, pullNumber: pullRequest.number, fromFork: readOnlyToken },
      report,
    );
    outputs['comment-id'] = comment.id;
    if (comment.skipped) skipped.push(comment.skipped);
  }
  if (inputs['check-run'] === 'create' && readOnlyToken) {
    log.info(
      'mlgate: no check run for a pull request from a fork (its token is read-only); this job’s status carries the verdict. ' +
        'The two-workflow setup (docs/pull-request-comments.md) adds the check run.',
    );
  } else if (inputs['check-run'] === 'create') {
    const checkRun = await createReportCheckRun(
      context,
      {
        repo,
        headSha: pullRequest.headSha,
        pullNumber: pullRequest.number,
        detailsUrl: event.runUrl,
        notes: skipped,
      },
      report,
    );
    if (checkRun.created) {
      outputs['check-run-id'] = checkRun.id;
      skipped.push(...checkRun.skipped);
    }
  }
  await summarizeSkippedWrites(context, skipped, 're-run the job');
}

/** The issue the scheduled monitoring run keeps open while the gate fails. */
async function updateMonitoringIssue(
  context: ModeContext,
  { report, event, outputs }: Evaluated,
): Promise<void> {
  const repo = event.repository;
  if (!repo) return;
  const result = await syncMonitoringIssue({
    client: context.github(),
    repo,
    commentKey: context.inputs['comment-key'],
    report,
  }).catch((error: Error) => ({ action: 'failed' as const, message: error.message }));
  if (result.action === 'forbidden' || result.action === 'failed') {
    context.log.warning(`mlgate: ${result.message}`);
  } else if (result.action !== 'none') {
    outputs['issue-number'] = String(result.number);
    context.log.info(`mlgate: monitoring issue ${result.action}: ${result.url}`);
  }
}
