/**
 * `mode: publish`, the second of the two fork-safe workflows: on
 * `workflow_run`, after the evaluate workflow completed, it downloads that
 * run's report artifact as data, validates it (untrusted-report.ts), re-renders
 * the comment from the validated report, posts it on the pull request found
 * from the trusted event (head SHA → open PRs over REST; the artifact's PR
 * number is never used), and creates the check run on the head commit.
 * It runs no code of the pull request and no check.
 *
 * Fail closed: when there is no usable report (no artifact, expired, refused by
 * the schema) or the trusted run conclusion contradicts it (run-conclusion.ts:
 * a passing report from a failed run, any report from a run that did not
 * finish) the check run says so with conclusion `failure`, and this job fails
 * too. Writes that GitHub rate-limits beyond the run's retry budget are
 * skipped, warned about and listed in the job summary.
 */

import { checkRunName } from '../github/check-run.ts';
import { eventFromActions } from '../github/event-context.ts';
import type { PullRequestSummary, RepoRef } from '../github/github-client.ts';
import { pullRequestsForRun } from '../github/pull-requests-for-run.ts';
import { readReportArtifact, reportArtifactName } from '../github/report-artifact.ts';
import {
  passFromFailedRunRefusal,
  type Refusal,
  unfinishedRunRefusal,
} from '../github/run-conclusion.ts';
import { type TriggeringRun, triggeringRunOf } from '../github/triggering-run.ts';
import { errorMessage } from '../model/error-message.ts';
import type { Report } from '../model/report-model.ts';
import type { RunEvent } from '../model/run-event.ts';
import { mlgateVersion } from '../model/version.ts';
import { escapeMarkdown } from '../report/escape-markdown.ts';
import {
  type ActionOutputs,
  emptyOutputs,
  type ModeContext,
  type ModeResult,
} from './mode-context.ts';
import { createReportCheckRun } from './report-check-run.ts';
import { commentOnPullRequest } from './report-comment.ts';
import { writeReportOutputs } from './report-outputs.ts';
import { summarizeSkippedWrites } from './skipped-writes-summary.ts';

/** The largest report artifact (zip) publish mode downloads. */
export const maxReportArchiveBytes = 25 * 1024 * 1024;
/** Pull requests with the same head commit that get the comment. */
const maxPullRequests = 5;

export async function runPublishMode(context: ModeContext): Promise<ModeResult> {
  const { inputs, log } = context;
  const outputs = emptyOutputs();
  const run = triggeringRunOf(context.eventName, context.payload);
  const repo = eventFromActions({
    eventName: context.eventName,
    payload: context.payload,
    env: context.env,
  }).repository;
  if (!repo)
    throw new Error('GITHUB_REPOSITORY is not set: mlgate must run as a GitHub Actions step');
  if (run.event !== 'pull_request') {
    log.info(
      `mlgate: run ${run.id} was triggered by \`${run.event}\`, not a pull request; publish mode posts pull request reports only`,
    );
    return { outputs };
  }
  const client = context.github();
  const trusted = await trustedReport(context, repo, run);
  const pulls = (await pullRequestsForRun(client, repo, run)).slice(0, maxPullRequests);
  if (pulls.length === 0) {
    log.warning(
      `mlgate: no open pull request has head ${run.headSha.slice(0, 7)} (it was closed, or a newer commit was pushed); no comment is posted`,
    );
  }

  if (!trusted.ok) {
    // Fail closed: branch protection must not see a missing or refused report as a pass.
    if (inputs['check-run'] === 'create') {
      const checkRun = await failingCheckRun(context, repo, run, trusted.closed);
      if (checkRun) outputs['check-run-id'] = checkRun;
    }
    return { outputs, failure: trusted.closed.failure };
  }

  return publishReport(context, { repo, run, pulls }, trusted.report, outputs);
}

/**
 * The comment on each pull request and the check run for a report both
 * signals allow; writes skipped for the retry budget are noted in the check
 * run and listed in the job summary.
 */
async function publishReport(
  context: ModeContext,
  where: { repo: RepoRef; run: TriggeringRun; pulls: readonly PullRequestSummary[] },
  trusted: Report,
  outputs: ActionOutputs,
): Promise<ModeResult> {
  const { inputs, log } = context;
  const { repo, run, pulls } = where;
  const report = withTrustedEvent(trusted, repo, run, pulls[0], context.env);
  await writeReportOutputs(context, report, outputs);
  const skipped: string[] = [];
  if (inputs.comment === 'update') {
    for (const pull of pulls) {
      const comment = await commentOnPullRequest(
        context,
        { repo, pullNumber: pull.number, fromFork: false },
        withTrustedEvent(trusted, repo, run, pull, context.env),
      );
      outputs['comment-id'] ||= comment.id;
      if (comment.skipped) skipped.push(comment.skipped);
    }
  }
  if (inputs['check-run'] === 'create') {
    const checkRun = await createReportCheckRun(
      context,
      {
        repo,
        headSha: run.headSha,
        pullNumber: pulls[0]?.number,
        detailsUrl: run.htmlUrl,
        notes: skipped,
      },
      report,
    );
    if (checkRun.created) {
      outputs['check-run-id'] = checkRun.id;
      skipped.push(...checkRun.skipped);
    } else if (!checkRun.forbidden) {
      return { outputs, failure: `mlgate could not publish the verdict: ${checkRun.problem}` };
    }
  }
  await summarizeSkippedWrites(context, skipped, 're-run the publish job');
  log.info(
    `mlgate: published the ${report.verdict.passed ? 'passing' : 'blocking'} report of run ${run.id} for ${run.headSha.slice(0, 7)}`,
  );
  return { outputs };
}

/** Why the gate stays closed: the failing check run's title and text, and the job's failure. */
interface ClosedGate {
  title: string;
  problem: string;
  fix: string;
  failure: string;
}

type TrustedReport = { ok: true; report: Report } | { ok: false; closed: ClosedGate };

/**
 * The run's report when both signals allow it (run-conclusion.ts): a run that
 * did not finish is refused before its artifact is read, a passing report from
 * a failed run after.
 */
async function trustedReport(
  context: ModeContext,
  repo: RepoRef,
  run: TriggeringRun,
): Promise<TrustedReport> {
  const refused = (refusal: Refusal): TrustedReport => ({
    ok: false,
    closed: {
      title: '❌ mlgate report refused',
      ...refusal,
      failure: `mlgate refused the report: ${refusal.problem}. ${refusal.fix}`,
    },
  });
  const unfinished = unfinishedRunRefusal(run);
  if (unfinished) return refused(unfinished);
  const loaded = await loadReport(context, repo, run);
  if (!loaded.ok) {
    return {
      ok: false,
      closed: {
        title: '❌ no usable mlgate report',
        problem: loaded.problem,
        fix: 'Re-run the evaluate workflow, or see its log for why mlgate did not upload the report.',
        failure: `mlgate could not publish the report: ${loaded.problem}`,
      },
    };
  }
  const contradicted = passFromFailedRunRefusal(run, loaded.report.verdict.passed);
  return contradicted ? refused(contradicted) : loaded;
}

type LoadedReport = { ok: true; report: Report } | { ok: false; problem: string };

async function loadReport(
  context: ModeContext,
  repo: RepoRef,
  run: TriggeringRun,
): Promise<LoadedReport> {
  const name = reportArtifactName(context.inputs['comment-key']);
  const source = `the artifact \`${name}\` of run ${run.id}`;
  const [artifact] = await context.github().listRunArtifacts(repo, run.id, name);
  if (!artifact) {
    return {
      ok: false,
      problem:
        `run ${run.id} (conclusion: ${run.conclusion ?? 'none'}) uploaded no artifact \`${name}\`: ` +
        'mlgate did not run there, or with another `comment-key`',
    };
  }
  if (artifact.expired) return { ok: false, problem: `${source} has expired` };
  if (artifact.sizeInBytes > maxReportArchiveBytes) {
    return {
      ok: false,
      problem: `${source} is ${artifact.sizeInBytes} bytes; a report artifact is at most ${maxReportArchiveBytes}`,
    };
  }
  let archive: Uint8Array;
  try {
    archive = await context.artifacts.downloadArchive(
      { ...repo, runId: run.id, artifactId: artifact.id },
      { maxBytes: maxReportArchiveBytes },
    );
  } catch (error) {
    return { ok: false, problem: `downloading ${source} failed: ${errorMessage(error)}` };
  }
  const read = readReportArtifact(archive, source);
  return read.ok
    ? read
    : {
        ok: false,
        problem: `${read.problem}. Evaluate and publish must run the same mlgate version (this is ${mlgateVersion})`,
      };
}

/**
 * The report's event rebuilt from trusted data: the commit, run link and pull
 * request come from the workflow_run event and the REST API. The artifact's
 * own values (any PR number, any link) are dropped; only the note on where
 * production's files came from is kept, with its link rebuilt inside this
 * repository.
 */
function withTrustedEvent(
  report: Report,
  repo: RepoRef,
  run: TriggeringRun,
  pull: PullRequestSummary | undefined,
  env: ModeContext['env'],
): Report {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const event: RunEvent = {
    name: 'pull_request',
    repository: repo,
    sha: run.headSha,
    runUrl: run.htmlUrl,
  };
  if (pull) {
    event.pullRequest = {
      number: pull.number,
      headSha: pull.headSha,
      baseSha: pull.baseSha,
      baseRef: pull.baseRef,
      headRef: pull.headRef,
      fromFork: pull.headRepo?.toLowerCase() !== pull.baseRepo.toLowerCase(),
    };
    event.baseSha = pull.baseSha;
  }
  const production = report.event.production;
  if (production) {
    event.production = production.artifact
      ? {
          ...production,
          artifact: {
            ...production.artifact,
            runUrl: `${server}/${repo.owner}/${repo.repo}/actions/runs/${production.artifact.runId}`,
          },
        }
      : production;
  }
  return { ...report, event };
}

async function failingCheckRun(
  context: ModeContext,
  repo: RepoRef,
  run: TriggeringRun,
  closed: ClosedGate,
): Promise<string | undefined> {
  try {
    const created = await context.github().createCheckRun(repo, {
      name: checkRunName(context.inputs['comment-key']),
      headSha: run.headSha,
      conclusion: 'failure',
      completedAt: context.now.toISOString(),
      detailsUrl: run.htmlUrl,
      externalId: context.inputs['comment-key'],
      output: {
        title: closed.title,
        summary:
          `mlgate did not publish the report of [run ${run.id}](${run.htmlUrl}), so the gate is closed:\n\n` +
          // The problem quotes the artifact (e.g. an unknown key), which the pull request controls.
          `> ${escapeMarkdown(closed.problem, { newline: ' ', maxLength: 2000 })}\n\n` +
          escapeMarkdown(closed.fix),
        annotations: [],
      },
    });
    return String(created.id);
  } catch (error) {
    context.log.warning(`mlgate: creating the failing check run failed: ${errorMessage(error)}`);
    return undefined;
  }
}
