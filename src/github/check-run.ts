/**
 * The verdict as a check run on the PR head commit, so that branch protection
 * can require it even where the job's own status can't carry it (publish mode
 * runs on `workflow_run`, outside the pull request). Its summary is the
 * report; its annotations mark findings in the changed files. GitHub takes at
 * most 50 annotations per request: the first 50 go with the creation, the rest
 * in further updates of 50, which GitHub appends. When the run's retry budget
 * can't pay for a rate-limited batch, that batch and the ones after it are
 * skipped (GitHub asks clients not to keep sending while limited) and the
 * result says so; the check run and its conclusion stand.
 */
import type { Report } from '../model/report-model.ts';
import { GitHubApiError } from './github-api-error.ts';
import type { CheckAnnotation, CheckRunOutput, GitHubClient, RepoRef } from './github-client.ts';
import { skippedWriteNote } from './skipped-write.ts';

export const annotationsPerRequest = 50;
/** Beyond this many, the rest are only counted in the summary: 20 requests is plenty to read. */
export const maxAnnotations = 1_000;

export type CheckRunClient = Pick<GitHubClient, 'createCheckRun' | 'updateCheckRun'>;

export interface CheckRunRequest {
  client: CheckRunClient;
  repo: RepoRef;
  headSha: string;
  name: string;
  report: Report;
  /** The report as Markdown, fitted under GitHub's 65,535-character limit. */
  summary: string;
  /** Most severe first. */
  annotations: readonly CheckAnnotation[];
  completedAt: string;
  detailsUrl?: string | undefined;
  externalId?: string | undefined;
}

export type CheckRunResult =
  | {
      action: 'created';
      id: number;
      url: string;
      /** Annotations GitHub accepted. */
      annotations: number;
      requests: number;
      /** Writes left out for the retry budget, e.g. `annotation batches 2 to 3 of 3 skipped: …`. */
      skipped: string[];
    }
  | { action: 'forbidden'; message: string };

/** `mlgate verdict`, or `mlgate verdict (<key>)` for another comment key: the name to require. */
export function checkRunName(commentKey: string): string {
  return commentKey === 'default' ? 'mlgate verdict' : `mlgate verdict (${commentKey})`;
}

export function checkRunTitle(report: Report): string {
  const score = `ML Test Score ${report.score.final}`;
  if (report.verdict.passed) return `✅ passed · ${score}`;
  const count = report.verdict.reasons.length;
  return `❌ blocked (${count === 1 ? '1 reason' : `${count} reasons`}) · ${score}`;
}

export async function publishCheckRun(request: CheckRunRequest): Promise<CheckRunResult> {
  const { client, repo, report } = request;
  const kept = request.annotations.slice(0, maxAnnotations);
  const leftOut = request.annotations.length - kept.length;
  const summary =
    leftOut > 0
      ? `${request.summary}\n\n_${leftOut} more annotations are left out; the report lists every finding._`
      : request.summary;
  const output = (from: number) => ({
    title: checkRunTitle(report),
    summary,
    annotations: kept.slice(from, from + annotationsPerRequest),
  });
  try {
    const created = await client.createCheckRun(repo, {
      name: request.name,
      headSha: request.headSha,
      conclusion: report.verdict.passed ? 'success' : 'failure',
      completedAt: request.completedAt,
      ...(request.detailsUrl ? { detailsUrl: request.detailsUrl } : {}),
      ...(request.externalId ? { externalId: request.externalId } : {}),
      output: output(0),
    });
    const sent = await appendAnnotationBatches(request, created.id, kept.length, output);
    return {
      action: 'created',
      id: created.id,
      url: created.url,
      annotations: Math.min(kept.length, sent.batches * annotationsPerRequest),
      requests: sent.batches,
      skipped: sent.skipped,
    };
  } catch (error) {
    if (error instanceof GitHubApiError && error.isPermissionDenied) {
      return {
        action: 'forbidden',
        message:
          `GitHub refused to create the check run (${error.method} ${error.path}: 403 "${error.apiMessage}"): ` +
          "the token needs `checks: write`. Add it to the job's `permissions`, or set `check-run: off`. " +
          'The report is in the job summary either way.',
      };
    }
    throw error;
  }
}

/** Sends batches 2… of the annotations; stops at the first one the retry budget can't pay for. */
async function appendAnnotationBatches(
  request: CheckRunRequest,
  checkRunId: number,
  count: number,
  output: (from: number) => CheckRunOutput,
): Promise<{ batches: number; skipped: string[] }> {
  const total = Math.max(1, Math.ceil(count / annotationsPerRequest));
  for (let batch = 2; batch <= total; batch++) {
    try {
      await request.client.updateCheckRun(
        request.repo,
        checkRunId,
        output((batch - 1) * annotationsPerRequest),
      );
    } catch (error) {
      const what =
        batch === total
          ? `annotation batch ${batch} of ${total}`
          : `annotation batches ${batch} to ${total} of ${total}`;
      const note = skippedWriteNote(what, error);
      if (note === undefined) throw error;
      return { batches: batch - 1, skipped: [note] };
    }
  }
  return { batches: total, skipped: [] };
}
